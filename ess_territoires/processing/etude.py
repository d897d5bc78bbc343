"""ess_territoires:etude — create a study GeoPackage for a territory."""
from qgis.core import QgsProcessingOutputString, QgsProcessingParameterString

from ..core.i18n import tr
from .base import EssAlgorithm


class EtudeAlgorithm(EssAlgorithm):
    TERRITOIRE = "TERRITOIRE"
    OUTPUT = "OUTPUT"

    def name(self):
        return "etude"

    def displayName(self):
        return tr("Create a study")

    def shortHelpString(self):
        return tr("Creates a study GeoPackage holding the communes, EPCI and Pays of a territory. "
                  "Territory: a preset (grand-amienois, grand-beauvaisis, pays-de-thierache), "
                  "epci:SIREN,…, communes:CODE,… or dep:CODE,…; join several with +.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString(
            self.TERRITOIRE, tr("Territory"), defaultValue="grand-amienois"))
        self.add_study_destination(self.OUTPUT)
        self.addOutput(QgsProcessingOutputString("TERRITOIRE_ID", tr("Territory id")))
        self.add_project_output()

    def run_step(self, parameters, context, feedback):
        from ..gis.territory import create_study

        territory = self.parameterAsString(parameters, self.TERRITOIRE, context)
        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        study = self.study(parameters, self.OUTPUT, context, destination=True)
        counts = create_study(study, territory, feedback=feedback)
        self.study_changed(study)
        feedback.pushInfo(tr("{communes} communes, {epci} EPCI, {pays} Pays written to {out}")
                          .format(out=out, **counts))
        return {self.OUTPUT: out, "TERRITOIRE_ID": territory}
