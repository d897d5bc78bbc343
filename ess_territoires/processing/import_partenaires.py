"""ess_territoires:import_partenaires — match a partner list (CSV or XLSX) to a study."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ..core.i18n import tr
from .base import EssAlgorithm


class ImportPartenairesAlgorithm(EssAlgorithm):
    group_id = "sources"
    FICHIER = "FICHIER"
    OUTPUT = "OUTPUT"
    API_URL = "API_URL"
    OFFLINE = "OFFLINE"

    def name(self):
        return "import_partenaires"

    def displayName(self):
        return tr("Import a partner list")

    def shortHelpString(self):
        return tr("Reads a partner list (CSV with any usual separator, UTF-8 or latin-1, or XLSX) holding a "
                  "SIRET or SIREN column plus any other columns. Each row is matched to the study's "
                  "establishments; a number not in the study is looked up in API Recherche d'entreprises "
                  "(a SIREN brings its head office) unless offline, and added with the reason liste_partenaire. "
                  "The rows and their columns go to the table partenaires, the establishments are flagged "
                  "partenaire, and the rows that cannot be used go to rejets with the reason.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(self.FICHIER, tr("Partner list (CSV or XLSX)")))
        self.addParameter(QgsProcessingParameterString(
            self.API_URL, tr("API address (empty: the plugin setting)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OFFLINE, tr("Offline: no look-up online (cached answers only)"), defaultValue=False))
        self.add_study_destination(self.OUTPUT)
        self.addOutput(QgsProcessingOutputNumber("DANS_L_ETUDE", tr("Rows already in the study")))
        self.addOutput(QgsProcessingOutputNumber("AJOUTES", tr("Establishments added")))
        self.addOutput(QgsProcessingOutputNumber("REJETS", tr("Rows set aside")))
        self.add_project_output()

    def run_step(self, parameters, context, feedback):
        from ..gis.partners_import import import_partners_into_study

        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        study = self.study(parameters, self.OUTPUT, context, destination=True)
        counts = import_partners_into_study(
            study,
            self.parameterAsFile(parameters, self.FICHIER, context),
            api_url=self.parameterAsString(parameters, self.API_URL, context) or None,
            offline=self.parameterAsBoolean(parameters, self.OFFLINE, context), feedback=feedback)
        self.study_changed(study)
        return {self.OUTPUT: out, "DANS_L_ETUDE": counts["dans_l_etude"], "AJOUTES": counts["ajoutes"],
                "REJETS": counts["rejets"]}
