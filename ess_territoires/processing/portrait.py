"""ess_territoires:portrait — the portrait of a Pays or an EPCI of a study, as a PDF.

The portrait is a print layout added to the project (named "ESS portrait — <territory>"), so it
can be edited in the layout designer and exported again; the command line saves it in the
study's project.
"""
from pathlib import Path

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..core.i18n import tr
from ..gis.compat import NO_THREADING
from .base import EssAlgorithm

FORMATS = ("A4", "A3")


class PortraitAlgorithm(EssAlgorithm):
    group_id = "cartes"
    GPKG = "GPKG"
    TERRITOIRE = "TERRITOIRE"
    FORMAT = "FORMAT"
    LOGO = "LOGO"
    OBSERVATOIRE = "OBSERVATOIRE"
    OUTPUT = "OUTPUT"

    def name(self):
        return "portrait"

    def displayName(self):
        return tr("Portrait of a territory (PDF)")

    def flags(self):
        # Layout rendering and export belong to the main thread.
        return super().flags() | NO_THREADING

    def shortHelpString(self):
        return tr("Writes the portrait of a Pays or an EPCI of the study: cover, key figures against the Pays and "
                  "the reference area, inventory (families, sectors, sizes), employment, territorial coverage, "
                  "dynamics and economic weight, the EPCIs ranked, two maps, the workshops and the method. Each "
                  "section opens with a paragraph written from the study's figures, in the language of QGIS. The "
                  "portrait stays in the project as a layout, editable in the layout designer.")

    def initAlgorithm(self, config=None):
        self.add_study_file(self.GPKG)
        self.addParameter(QgsProcessingParameterString(
            self.TERRITOIRE, tr("Territory: a code_pays or a code_epci of the study")))
        self.addParameter(QgsProcessingParameterEnum(
            self.FORMAT, tr("Page format"), options=[tr("A4 portrait"), tr("A3 portrait")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFile(
            self.LOGO, tr("Logo for the cover (optional)"), optional=True,
            fileFilter=tr("Images (*.png *.jpg *.jpeg *.svg)")))
        self.addParameter(QgsProcessingParameterString(
            self.OBSERVATOIRE, tr("Observatory named on the cover (optional)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Portrait PDF"), fileFilter="PDF (*.pdf)"))
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr("Pages")))
        self.addOutput(QgsProcessingOutputString("LAYOUT", tr("Layout")))

    def run_step(self, parameters, context, feedback):
        from ..core.progress import check_canceled
        from ..gis import portrait, portrait_data

        gpkg = self.parameterAsFile(parameters, self.GPKG, context)
        code = self.parameterAsString(parameters, self.TERRITOIRE, context).strip()
        page_format = FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        logo = self.parameterAsFile(parameters, self.LOGO, context) if parameters.get(self.LOGO) else None
        observatory = self.parameterAsString(parameters, self.OBSERVATOIRE, context).strip()
        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        data = portrait_data.read_portrait(gpkg, code)
        feedback.setProgress(5)
        check_canceled(feedback)
        layout = portrait.build_portrait(context.project(), gpkg, data, page_format, logo, observatory, feedback)
        pages = portrait.export_portrait(layout, out, feedback)
        feedback.setProgress(100)
        feedback.pushInfo(tr("Portrait of {territory}: {pages} pages written to {out}").format(
            territory=data.name, pages=pages, out=Path(out)))
        return {self.OUTPUT: out, "PAGES": pages, "LAYOUT": layout.name()}
