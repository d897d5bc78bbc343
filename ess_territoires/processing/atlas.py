"""ess_territoires:atlas — print atlas of a study (one page per Pays, EPCI or commune)."""
import tempfile
from pathlib import Path

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ..core import choices
from ..core.i18n import tr
from ..gis.compat import NO_THREADING
from .base import EssAlgorithm


class AtlasAlgorithm(EssAlgorithm):
    group_id = "cartes"
    GPKG = "GPKG"
    COUVERTURE = "COUVERTURE"
    TERRITOIRE = "TERRITOIRE"
    THEME = "THEME"
    FORMAT = "FORMAT"
    PAR_PAGE = "PAR_PAGE"
    PNG = "PNG"
    ATELIERS = "ATELIERS"
    GRAPHIQUES = "GRAPHIQUES"
    OUTPUT = "OUTPUT"

    def name(self):
        return "atlas"

    def displayName(self):
        return tr("Print atlas")

    def flags(self):
        # Layout rendering and export belong to the main thread.
        return super().flags() | NO_THREADING

    def shortHelpString(self):
        return tr("Exports an atlas of the study to PDF: one page per Pays, per EPCI or per commune, "
                  "sorted by name, with the theme's map, key figures, families, legend, sources and method. "
                  "Without a study GeoPackage, the atlas covers the three preset Pays. The layout stays in "
                  "the project, editable in the layout designer.")

    def initAlgorithm(self, config=None):
        self.add_study_file(self.GPKG, optional=True)
        self.addParameter(QgsProcessingParameterEnum(
            self.COUVERTURE, tr("One page per"), options=choices.labels(choices.atlas_coverages()), defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.TERRITOIRE, tr("Only the Pays (territory id)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.THEME, tr("Theme"), options=choices.labels(choices.atlas_themes()), defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.FORMAT, tr("Page format"), options=choices.labels(choices.page_formats()), defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.PAR_PAGE, tr("One PDF per page"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.PNG, tr("Folder for one PNG per page (optional)"), optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ATELIERS, tr("Show the workshop contributions and end with the recommendations"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.GRAPHIQUES, tr("Families as a bar chart instead of the table"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Atlas PDF"), fileFilter="PDF (*.pdf)"))
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr("Pages")))

    def run_step(self, parameters, context, feedback):
        from ..core.errors import InputError
        from ..core.territories import all_presets_id
        from ..gis import atlas, contributions
        from ..gis.study import Study
        from ..gis.territory import create_study

        gpkg = self.parameterAsFile(parameters, self.GPKG, context)
        coverage = choices.atlas_coverages()[self.parameterAsEnum(parameters, self.COUVERTURE, context)].key
        territory = self.parameterAsString(parameters, self.TERRITOIRE, context)
        theme = choices.atlas_themes()[self.parameterAsEnum(parameters, self.THEME, context)].key
        page_format = choices.page_formats()[self.parameterAsEnum(parameters, self.FORMAT, context)].key
        png = self.parameterAsString(parameters, self.PNG, context) if parameters.get(self.PNG) else ""
        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not gpkg:
            self._workdir = tempfile.TemporaryDirectory(prefix="ess_atlas_")
            study = Study.open(Path(self._workdir.name) / "etude.gpkg")
            create_study(study, all_presets_id(), feedback=feedback)
        else:
            study = Study.open(gpkg)
            if not study.exists():
                raise InputError(tr("The study {path} does not exist: create it first (etude).").format(path=gpkg))
        project = context.project()
        workshops = self.parameterAsBoolean(parameters, self.ATELIERS, context)
        layout = atlas.build_atlas(project, study, coverage, territory=territory, theme=theme,
                                   page_format=page_format, contributions=workshops)
        if self.parameterAsBoolean(parameters, self.GRAPHIQUES, context):
            from ..gis.atlas_charts import family_chart
            family_chart(layout)
        closing = None
        if workshops and study.has(contributions.RECOMMANDATIONS):
            closing = contributions.recommendations_layout(project, study, territory, page_format)
        pages = atlas.export_pdf(layout, out, feedback, closing=closing,
                                 per_page=self.parameterAsBoolean(parameters, self.PAR_PAGE, context))
        if png:
            atlas.export_png(layout, png, feedback)
        feedback.pushInfo(tr("{pages} pages written to {out}").format(pages=pages, out=out))
        return {self.OUTPUT: out, "PAGES": pages}
