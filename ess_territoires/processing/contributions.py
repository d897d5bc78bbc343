"""ess_territoires:contributions — workshop layers of a study, draft recommendations, export.

Creates the layers ``contributions_atelier`` (points), ``contributions_atelier_zones`` (areas),
``enquetes`` and ``recommandations`` in the study with their ready forms (never touching one that
exists), optionally drafts recommendations from the levers and obstacles raised, and exports the
contributions and recommendations with the indicators as XLSX and CSV (one file per table).
"""

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
)

from ..core.i18n import tr
from .base import EssAlgorithm
from .hors_ligne import add_author


class ContributionsAlgorithm(EssAlgorithm):
    group_id = "ateliers"
    GPKG = "GPKG"
    RECOMMANDATIONS = "RECOMMANDATIONS"
    AUTEUR = "AUTEUR"
    OUTPUT_XLSX = "OUTPUT_XLSX"
    OUTPUT_CSV = "OUTPUT_CSV"

    def name(self):
        return "contributions"

    def displayName(self):
        return tr("Workshop contributions and recommendations")

    def shortHelpString(self):
        return tr("Adds to a study the layers for the workshops: contributions drawn on the map as points "
                  "or areas (lever, obstacle, project or need, theme, description, participant, workshop, "
                  "date), interviews with the ESS establishments and recommendations per Pays, each with a "
                  "ready form. Existing layers are kept as they are. Optionally drafts one recommendation per "
                  "Pays, theme and lever or obstacle raised (rows already there are kept), and exports the "
                  "contributions and recommendations with the indicators as XLSX and CSV.")

    def initAlgorithm(self, config=None):
        self.add_study_file(self.GPKG)
        add_author(self, self.AUTEUR)
        self.addParameter(QgsProcessingParameterBoolean(
            self.RECOMMANDATIONS, tr("Draft recommendations from the levers and obstacles"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_XLSX, tr("Export with the indicators (XLSX)"), fileFilter="XLSX (*.xlsx)", optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_CSV, tr("Export with the indicators (folder of CSV files)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputFile(self.GPKG, tr("Study GeoPackage")))
        self.addOutput(QgsProcessingOutputNumber("RECOMMANDATIONS_AJOUTEES", tr("Recommendations drafted")))
        self.add_project_output()

    def run_step(self, parameters, context, feedback):
        from ..core.errors import InputError
        from ..core.progress import check_canceled
        from ..gis import contributions

        path = self.parameterAsFile(parameters, self.GPKG, context)
        study = self.study(parameters, self.GPKG, context) if path else None
        if study is None or not study.exists():
            raise InputError(tr("The study {path} does not exist: create it first (etude).").format(path=path))
        who = self.parameterAsString(parameters, self.AUTEUR, context)
        created = contributions.ensure_tables(study, who)
        self.study_changed(study)
        if created:
            feedback.pushInfo(tr("Layers created: {names}").format(names=", ".join(created)))
        check_canceled(feedback)
        added = 0
        if self.parameterAsBoolean(parameters, self.RECOMMANDATIONS, context):
            added = contributions.draft_recommendations(study, who)
            feedback.pushInfo(tr("{n} recommendations drafted").format(n=added))
        check_canceled(feedback)
        xlsx = self._optional(parameters, self.OUTPUT_XLSX, context, folder=False)
        csv_folder = self._optional(parameters, self.OUTPUT_CSV, context, folder=True)
        if xlsx or csv_folder:
            counts = contributions.export_tables(study, xlsx, csv_folder)
            feedback.pushInfo(tr("Exported: {tables}").format(
                tables=", ".join(f"{name} ({n})" for name, n in counts.items())))
        return {self.GPKG: path, self.OUTPUT_XLSX: xlsx, self.OUTPUT_CSV: csv_folder,
                "RECOMMANDATIONS_AJOUTEES": added}

    def _optional(self, parameters, name, context, folder):
        if parameters.get(name) in (None, ""):
            return None
        if folder:
            return self.parameterAsString(parameters, name, context) or None
        return self.parameterAsFileOutput(parameters, name, context) or None
