"""ess_territoires:hors_ligne — take a study offline: a study folder for a meeting without network
(gis.offline: the data copied in the run, the copy's project written after it, on the main thread)."""
from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ..core.i18n import tr
from .base import EssAlgorithm


def add_author(algorithm, name: str):
    """The optional author of the rows written (default: the panel's, else QGIS's user)."""
    algorithm.addParameter(QgsProcessingParameterString(
        name, tr("Author (default: the one set in the panel, else your QGIS user name)"), optional=True))


class HorsLigneAlgorithm(EssAlgorithm):
    group_id = "ateliers"
    ETUDE = "ETUDE"
    AUTEUR = "AUTEUR"
    OUTPUT = "OUTPUT"

    def name(self):
        return "hors_ligne"

    def displayName(self):
        return tr("Take a study offline")

    def shortHelpString(self):
        return tr("Writes a study folder (GeoPackage and QGIS project, no network needed) from a study in "
                  "PostGIS or in a GeoPackage, for a meeting. The copy's project is the study's own, with its "
                  "layouts, map themes and added layers, its study layers reading the copy's GeoPackage; a layer "
                  "reading another database is left out, and the log says what else needs the network. The "
                  "copy records where it came from and when, "
                  "and the state of its workshop rows: contributions, interviews and recommendations captured "
                  "or edited in it are merged back later by \"Bring back an offline copy\". The folder must be "
                  "new or empty.")

    def initAlgorithm(self, config=None):
        self.add_study_file(self.ETUDE)
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT, tr("Folder of the offline copy")))
        add_author(self, self.AUTEUR)
        self.addOutput(QgsProcessingOutputFile("GPKG", tr("GeoPackage of the copy")))
        self.addOutput(QgsProcessingOutputFile("QGZ", tr("Project of the copy")))
        self.addOutput(QgsProcessingOutputNumber("LIGNES_ATELIER", tr("Workshop rows copied")))
        self.addOutput(QgsProcessingOutputString("BESOINS", tr("What the copy's project needs beyond its folder "
                                                               "(the network, other files)")))
        self.addOutput(QgsProcessingOutputString("COUCHES_ECARTEES", tr("Layers of the study's project left out "
                                                                        "of the copy (they read a database)")))
        self.add_project_output()

    def run_step(self, parameters, context, feedback):
        from ..gis import offline

        self._study = self.study(parameters, self.ETUDE, context)
        self._copy = offline.copy_study(self._study, self.parameterAsString(parameters, self.OUTPUT, context),
                                        self.parameterAsString(parameters, self.AUTEUR, context), feedback)
        self.study_changed(self._study)  # its project is stored (new workshop tables), then copied
        paths = self._copy.paths
        return {self.OUTPUT: str(paths.folder), "GPKG": str(paths.gpkg), "QGZ": str(paths.qgz),
                "LIGNES_ATELIER": sum(self._copy.counts.values())}

    def postProcessAlgorithm(self, context, feedback):
        try:
            return super().postProcessAlgorithm(context, feedback)
        except BaseException:
            self._copy.discard()  # a copy without its project is no copy
            raise

    def finish_run(self, context, feedback):
        """The copy's project (QgsProject, layouts: the main thread), from the study's project just
        stored (with what the user added to it when it is the project open in QGIS)."""
        from ..gis import offline

        copy = self._copy
        offline.write_copy_project(self._study, copy)
        feedback.pushInfo(tr("Offline copy of {study} written to {folder} (workshop rows: {rows}; layouts: "
                             "{layouts}; map themes: {themes})").format(
            study=self._study, folder=copy.paths.folder, layouts=copy.layouts, themes=copy.themes,
            rows=", ".join(f"{name} {n}" for name, n in copy.counts.items())))
        for line in copy.needs:
            feedback.pushInfo(tr("The copy needs more than its folder: {need}").format(need=line))
        if copy.left_out:
            feedback.pushInfo(tr("Left out of the copy (they read a database): {layers}").format(
                layers=", ".join(copy.left_out)))
        return {"BESOINS": "\n".join(copy.needs), "COUCHES_ECARTEES": ", ".join(copy.left_out)}
