"""ess_territoires:indicateurs — ESS indicators of a study per commune, EPCI and Pays
(gis.study_indicators.compute_study_indicators).

Like every algorithm module, it imports the gis modules when it runs: the provider loads the
algorithms at QGIS start-up, which must stay fast (no pandas, no GDAL then).
"""
from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..core.i18n import tr
from .base import EssAlgorithm


class IndicateursAlgorithm(EssAlgorithm):
    group_id = "indicateurs"
    GPKG = "GPKG"
    JOINTURE = "JOINTURE"
    JOINTURE_CLE = "JOINTURE_CLE"
    OUTPUT_CSV = "OUTPUT_CSV"
    OUTPUT_XLSX = "OUTPUT_XLSX"

    def name(self):
        return "indicateurs"

    def displayName(self):
        return tr("Compute the indicators")

    def shortHelpString(self):
        return tr("Computes the ESS indicators of a study per commune, EPCI and Pays (establishments per "
                  "family, size and sector, estimated jobs from the SIRENE size bands, share of employment, "
                  "per 10,000 inhabitants and per km², communes without ESS, distance to the nearest ESS "
                  "establishment), the key figures with the value of their Pays and of the reference area (the "
                  "départements of the reference data), and, when the API import fetched the finances, the "
                  "published turnover of the ESS legal units at their head office and the SIAE establishments. "
                  "Optionally joins a "
                  "CSV keyed by commune code and writes a comparison table of the territories as CSV and XLSX.")

    def initAlgorithm(self, config=None):
        self.add_study_file(self.GPKG)
        self.addParameter(QgsProcessingParameterFile(
            self.JOINTURE, tr("CSV to join, keyed by commune code"), extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.JOINTURE_CLE, tr("Commune code column of the CSV (found by name when empty)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_CSV, tr("Comparison table (CSV)"), fileFilter="CSV (*.csv)", optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_XLSX, tr("Comparison table (XLSX)"), fileFilter="XLSX (*.xlsx)", optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputFile(self.GPKG, tr("Study GeoPackage")))
        self.add_project_output()

    def run_step(self, parameters, context, feedback):
        from ..gis.study_indicators import compute_study_indicators

        path = self.parameterAsFile(parameters, self.GPKG, context)
        study = self.study(parameters, self.GPKG, context)
        jointure = self.parameterAsFile(parameters, self.JOINTURE, context) or None
        key = self.parameterAsString(parameters, self.JOINTURE_CLE, context) or None
        csv_path = self._optional_output(parameters, self.OUTPUT_CSV, context)
        xlsx_path = self._optional_output(parameters, self.OUTPUT_XLSX, context)
        counts = compute_study_indicators(study, jointure, key, csv_path, xlsx_path, feedback)
        self.study_changed(study)
        feedback.pushInfo(tr("{communes} communes, {epci} EPCI and {pays} Pays written to {path}").format(
            communes=counts["indicateurs_communes"], epci=counts["indicateurs_epci"],
            pays=counts["indicateurs_pays"], path=path))
        return {self.GPKG: path, self.OUTPUT_CSV: csv_path, self.OUTPUT_XLSX: xlsx_path}

    def _optional_output(self, parameters, name, context):
        if parameters.get(name) in (None, ""):
            return None
        return self.parameterAsFileOutput(parameters, name, context) or None
