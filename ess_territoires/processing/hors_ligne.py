"""ess_territoires:hors_ligne — take a study offline: a study folder for a meeting without network."""
from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
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
                  "PostGIS or in a GeoPackage, for a meeting. The copy records where it came from and when, "
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

    def run_step(self, parameters, context, feedback):
        from ..gis import offline, study_folder

        study = self.study(parameters, self.ETUDE, context)
        folder = self.parameterAsString(parameters, self.OUTPUT, context)
        counts = offline.take_offline(study, folder, self.parameterAsString(parameters, self.AUTEUR, context),
                                      feedback)
        paths = study_folder.StudyFolder(offline.copy_folder_of(folder))
        feedback.pushInfo(tr("Offline copy of {study} written to {folder} (workshop rows: {rows})").format(
            study=study, folder=paths.folder,
            rows=", ".join(f"{name} {n}" for name, n in counts.items())))
        return {self.OUTPUT: str(paths.folder), "GPKG": str(paths.gpkg), "QGZ": str(paths.qgz),
                "LIGNES_ATELIER": sum(counts.values())}
