"""ess_territoires:import_sirene — ESS establishments of a study from SIRENE stock files."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ..core.i18n import tr
from .base import EssAlgorithm


class ImportSireneAlgorithm(EssAlgorithm):
    group_id = "sources"
    ETABLISSEMENTS = "ETABLISSEMENTS"
    UNITES_LEGALES = "UNITES_LEGALES"
    GEOLOCALISATION = "GEOLOCALISATION"
    INCLURE_FERMES = "INCLURE_FERMES"
    PERIMETRE = "PERIMETRE"
    LIBELLES_NAF = "LIBELLES_NAF"
    TERRITOIRE = "TERRITOIRE"
    HISTORIQUE = "HISTORIQUE"
    DATE_STOCK = "DATE_STOCK"
    STOCK_ANTERIEUR = "STOCK_ANTERIEUR"
    OUTPUT = "OUTPUT"

    def name(self):
        return "import_sirene"

    def displayName(self):
        return tr("Import SIRENE stock files")

    def shortHelpString(self):
        return tr("Reads INSEE's StockEtablissement and StockUniteLegale files (CSV, the published zip or "
                  "Parquet) for the communes of the study, keeps the ESS establishments according to the "
                  "perimeter, estimates their jobs from the size bands and writes the points, the "
                  "aggregates per commune and the rejected rows into the study GeoPackage. Non-diffusible "
                  "establishments count in the aggregates only. Closed establishments are always read for "
                  "the dynamics (creations and closures per year, ages); StockEtablissementHistorique gives "
                  "their exact closure dates. An earlier stock, imported as such, is kept beside the current "
                  "one for the change between the two dates.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.ETABLISSEMENTS, tr("StockEtablissement file (csv, zip or parquet)")))
        self.addParameter(QgsProcessingParameterFile(
            self.UNITES_LEGALES, tr("StockUniteLegale file (csv, zip or parquet)")))
        self.addParameter(QgsProcessingParameterFile(
            self.GEOLOCALISATION, tr("Geolocalisation file (optional)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.INCLURE_FERMES, tr("Keep closed establishments"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFile(
            self.PERIMETRE, tr("Edited ESS perimeter (CSV, optional)"), extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.LIBELLES_NAF, tr("INSEE's list of NAF 2025 sub-classes (CSV, XLSX or ODS, optional; default: "
                                  "the plugin setting, then the study's labels)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TERRITOIRE, tr("Territory (to create the study when the file does not exist)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.HISTORIQUE, tr("StockEtablissementHistorique file, for exact closure dates (optional)"),
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.DATE_STOCK, tr("Date of the stock, YYYY-MM-DD (default: the latest processing date of its rows)"),
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.STOCK_ANTERIEUR, tr("These files are an earlier stock, kept beside the current one"),
            defaultValue=False))
        self.add_study_destination(self.OUTPUT)
        self.addOutput(QgsProcessingOutputNumber("ETABLISSEMENTS_ESS", tr("ESS establishments")))
        self.add_project_output()

    def run_step(self, parameters, context, feedback):
        from ..gis.sirene_import import import_into_study

        out = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        study = self.study(parameters, self.OUTPUT, context, destination=True)
        stats = import_into_study(
            study,
            self.parameterAsFile(parameters, self.ETABLISSEMENTS, context),
            self.parameterAsFile(parameters, self.UNITES_LEGALES, context),
            territory_id=self.parameterAsString(parameters, self.TERRITOIRE, context) or None,
            geolocalisation=self.parameterAsFile(parameters, self.GEOLOCALISATION, context) or None,
            include_closed=self.parameterAsBoolean(parameters, self.INCLURE_FERMES, context),
            perimeter=self.parameterAsFile(parameters, self.PERIMETRE, context) or None,
            historique=self.parameterAsFile(parameters, self.HISTORIQUE, context) or None,
            stock_date=self.parameterAsString(parameters, self.DATE_STOCK, context).strip() or None,
            earlier=self.parameterAsBoolean(parameters, self.STOCK_ANTERIEUR, context),
            naf_labels=self.parameterAsFile(parameters, self.LIBELLES_NAF, context) or None,
            feedback=feedback)
        self.study_changed(study)
        feedback.pushInfo(tr("{ess} ESS establishments, {rejets} rows set aside; perimeter {version}; "
                             "engine {engine}; {seconds} s.").format(
            ess=stats.get("etablissements_ess"), rejets=stats.get("rejets"),
            version=stats.get("perimetre_version"), engine=stats.get("engine"),
            seconds=stats.get("duration_seconds")))
        feedback.pushInfo(tr("Stock dated {date}; {closed} closed establishments read for the dynamics ({exact} "
                             "closure dates from the history file).").format(
            date=stats.get("date_stock"), closed=stats.get("etablissements_fermes", 0),
            exact=stats.get("fermetures_datees_historique", 0)))
        return {self.OUTPUT: out, "ETABLISSEMENTS_ESS": stats.get("etablissements_ess", 0)}
