"""ess_territoires:import_api — ESS establishments of a study from API Recherche d'entreprises."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterString,
)

from ..core.i18n import tr
from .base import EssAlgorithm


class ImportApiAlgorithm(EssAlgorithm):
    group_id = "sources"
    OUTPUT = "OUTPUT"
    TERRITOIRE = "TERRITOIRE"
    API_URL = "API_URL"
    GEO_URL = "GEO_URL"
    OFFLINE = "OFFLINE"
    FINANCES = "FINANCES"

    def name(self):
        return "import_api"

    def displayName(self):
        return tr("Import from API Recherche d'entreprises")

    def shortHelpString(self):
        return tr("Asks API Recherche d'entreprises (free, no key) for the ESS establishments of the study's "
                  "communes, applies the ESS perimeter again and adds them to the study GeoPackage as points; "
                  "an establishment already imported from SIRENE keeps its SIRENE row and is marked as "
                  "confirmed. Every answer is cached in the study: an interrupted run resumes where it stopped, "
                  "and offline mode works from the cache without any network call. The per-commune ESS counts "
                  "are recomputed only when the study has no SIRENE import; the API cannot give the employment "
                  "of all employers, so the share of employment needs SIRENE. Non-diffusible establishments "
                  "count in the totals only. With \"Finances\", it also writes the table finances_unites: the "
                  "published turnover and net result per year and the SIAE status of the study's ESS legal units, "
                  "taken from the answers already cached when possible, else asked by SIREN.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString(
            self.TERRITOIRE, tr("Territory (to create the study when the file does not exist)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.API_URL, tr("API address (empty: the plugin setting)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.GEO_URL, tr("geo.api.gouv.fr address, for communes outside the reference data (empty: the "
                             "plugin setting)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OFFLINE, tr("Offline: use the cache only, no network call"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.FINANCES, tr("Finances: also fetch the published turnover and the SIAE status of the study's ESS "
                              "legal units (table finances_unites)"), defaultValue=False))
        self.add_study_destination(self.OUTPUT)
        self.addOutput(QgsProcessingOutputNumber("ETABLISSEMENTS_ESS", tr("ESS establishments")))
        self.addOutput(QgsProcessingOutputNumber("REQUETES", tr("Requests sent")))
        self.add_project_output()

    def run_step(self, parameters, context, feedback):
        from ..gis.api_import import import_api_into_study

        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        study = self.study(parameters, self.OUTPUT, context, destination=True)
        counts = import_api_into_study(
            study,
            territory_id=self.parameterAsString(parameters, self.TERRITOIRE, context) or None,
            api_url=self.parameterAsString(parameters, self.API_URL, context) or None,
            geo_url=self.parameterAsString(parameters, self.GEO_URL, context) or None,
            offline=self.parameterAsBoolean(parameters, self.OFFLINE, context),
            finances=self.parameterAsBoolean(parameters, self.FINANCES, context), feedback=feedback)
        self.study_changed(study)
        return {self.OUTPUT: out, "ETABLISSEMENTS_ESS": counts["etablissements_ess"],
                "REQUETES": counts["requetes"]}
