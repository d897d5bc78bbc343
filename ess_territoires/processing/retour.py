"""ess_territoires:retour — bring an offline copy back: its workshop rows merged into the study."""
from qgis.core import QgsProcessingOutputNumber, QgsProcessingOutputString, QgsProcessingParameterFile

from ..core.i18n import tr
from ..gis.compat import FOLDER_PARAMETER
from .base import EssAlgorithm
from .hors_ligne import add_author


class RetourAlgorithm(EssAlgorithm):
    group_id = "ateliers"
    DOSSIER = "DOSSIER"
    ETUDE = "ETUDE"
    AUTEUR = "AUTEUR"
    COUNTS = {"INSERTIONS": "inserted", "MISES_A_JOUR": "updated", "SUPPRESSIONS": "deleted",
              "CONFLITS": "conflicts"}

    def name(self):
        return "retour"

    def displayName(self):
        return tr("Bring back an offline copy")

    def shortHelpString(self):
        return tr("Merges the contributions, interviews and recommendations captured or edited in an offline "
                  "copy (made by \"Take a study offline\") into the study it was taken from: new rows are added, "
                  "rows edited only in the copy replace the study's, rows edited only in the study are kept, rows "
                  "deleted in the copy are deleted unless the study edited them since. A row edited on both "
                  "sides is a conflict: both versions are kept in the table conflits, for you to choose in the "
                  "panel. All or nothing; bringing the same copy back again changes nothing.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(self.DOSSIER, tr("Folder of the offline copy"),
                                                     behavior=FOLDER_PARAMETER))
        self.add_study_file(self.ETUDE)
        add_author(self, self.AUTEUR)
        self.addOutput(QgsProcessingOutputString("ETUDE", tr("Study")))
        for name, label in (("INSERTIONS", tr("Rows added")), ("MISES_A_JOUR", tr("Rows updated")),
                            ("SUPPRESSIONS", tr("Rows deleted")), ("CONFLITS", tr("Conflicts"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.add_project_output()

    def run_step(self, parameters, context, feedback):
        from ..gis import offline

        study = self.study(parameters, self.ETUDE, context)
        folder = self.parameterAsFile(parameters, self.DOSSIER, context)
        report = offline.bring_back(folder, study, self.parameterAsString(parameters, self.AUTEUR, context),
                                    feedback)
        self.study_changed(study)
        feedback.pushInfo(tr("Brought back into {study}: {inserted} rows added, {updated} updated, {deleted} "
                             "deleted, {conflicts} conflicts, {unchanged} unchanged.").format(
            study=study, inserted=report.inserted, updated=report.updated, deleted=report.deleted,
            conflicts=report.conflicts, unchanged=report.unchanged))
        if report.conflicts:
            feedback.pushInfo(tr("{n} rows were edited both in the copy and in the study: choose a version of "
                                 "each in the panel (Offline copy, conflicts).").format(n=report.conflicts))
        results = {"ETUDE": str(study)}
        results.update({key: getattr(report, attribute) for key, attribute in self.COUNTS.items()})
        return results
