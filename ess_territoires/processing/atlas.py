"""ess_territoires:atlas — print atlas of a study (one page per Pays, EPCI or commune)."""
import tempfile
from pathlib import Path

from qgis.core import (QgsProcessingAlgorithm, QgsProcessingOutputNumber, QgsProcessingParameterEnum,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterString)

from ..core.i18n import tr
from ..gis import atlas, layers
from ..gis.study import create_study
from .base import EssAlgorithm

DEFAULT_TERRITORY = "grand-amienois+grand-beauvaisis+pays-de-thierache"


class AtlasAlgorithm(EssAlgorithm):
    GPKG = "GPKG"
    COUVERTURE = "COUVERTURE"
    TERRITOIRE = "TERRITOIRE"
    FORMAT = "FORMAT"
    OUTPUT = "OUTPUT"

    def name(self):
        return "atlas"

    def displayName(self):
        return tr("Print atlas")

    def group(self):
        return tr("Maps and atlases")

    def groupId(self):
        return "cartes"

    def flags(self):
        # Layout rendering and export belong to the main thread.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def shortHelpString(self):
        return tr("Exports an atlas of the study to PDF: one page per Pays, per EPCI or per commune, "
                  "sorted by name. Without a study GeoPackage, the atlas covers the three preset Pays.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.GPKG, tr("Study GeoPackage"), extension="gpkg", optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.COUVERTURE, tr("One page per"), options=list(atlas.coverage_titles().values()), defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.TERRITOIRE, tr("Only the Pays (territory id)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.FORMAT, tr("Page format"), options=list(atlas.PAGE_FORMATS), defaultValue=0))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Atlas PDF"), fileFilter="PDF (*.pdf)"))
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr("Pages")))

    def run_step(self, parameters, context, feedback):
        gpkg = self.parameterAsFile(parameters, self.GPKG, context)
        coverage_name = atlas.COVERAGES[self.parameterAsEnum(parameters, self.COUVERTURE, context)]
        territory = self.parameterAsString(parameters, self.TERRITOIRE, context)
        page_format = list(atlas.PAGE_FORMATS)[self.parameterAsEnum(parameters, self.FORMAT, context)]
        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not gpkg:
            self._workdir = tempfile.TemporaryDirectory(prefix="ess_atlas_")
            gpkg = str(Path(self._workdir.name) / "etude.gpkg")
            create_study(DEFAULT_TERRITORY, gpkg, feedback=feedback)
        project = context.project()
        study_layers = {name: layers.find_or_add_layer(project, gpkg, name) for name in layers.TERRITORY_LAYERS}
        map_layers = [study_layers["pays"], study_layers["epci"], study_layers["communes"]]
        title = atlas.coverage_titles()[coverage_name]
        layout = atlas.build_layout(
            project, study_layers[coverage_name], map_layers,
            name=tr("ESS atlas — {coverage}").format(coverage=title),
            sources=atlas.sources_text(gpkg), page_format=page_format,
            coverage_filter=atlas.coverage_filter(coverage_name, territory),
            subtitle=tr("EPCI and communes"))
        pages = atlas.export_pdf(layout, out, feedback)
        feedback.pushInfo(tr("{pages} pages written to {out}").format(pages=pages, out=out))
        return {self.OUTPUT: out, "PAGES": pages}
