"""What every algorithm of the provider shares: names, groups, user errors."""
from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..core.errors import EssError
from ..core.i18n import tr
from ..core.progress import ProgressText


def group_names() -> dict:
    """The toolbox groups, in the order of a study."""
    return {"etude": tr("Study"), "sources": tr("Sources"), "indicateurs": tr("Indicators"),
            "cartes": tr("Maps and atlases"), "ateliers": tr("Workshops")}


class EssAlgorithm(QgsProcessingAlgorithm):
    """Subclasses implement ``run_step(parameters, context, feedback)``; user errors
    (InputError, Cancelled) become a QgsProcessingException with their message."""

    group_id = "etude"  # a key of group_names()

    def createInstance(self):
        return type(self)()

    def group(self):
        return group_names()[self.group_id]

    def groupId(self):
        return self.group_id

    def add_study_file(self, name: str, optional: bool = False):
        """An existing study, read and updated in place: a GeoPackage, or a PostGIS schema given as
        postgresql://user@host:port/dbname?schema=NAME (gis.study.Study.open checks either)."""
        self.addParameter(QgsProcessingParameterFile(name, tr("Study (GeoPackage or postgresql:// URI)"),
                                                     fileFilter=tr("GeoPackage (*.gpkg);;All files (*)"),
                                                     optional=optional))

    def add_study_destination(self, name: str):
        """The study to write (created when it does not exist): a GeoPackage or a postgresql:// URI."""
        self.addParameter(QgsProcessingParameterFileDestination(name, tr("Study (GeoPackage or postgresql:// URI)"),
                                                                fileFilter="GeoPackage (*.gpkg)"))

    def study(self, parameters, name: str, context, destination: bool = False):
        """The study (gis.study.Study) that the parameter ``name`` (a study file, or with
        ``destination`` a study to write) names."""
        from ..gis.study import Study  # here, not at the top: QGIS start-up loads the algorithms

        read = self.parameterAsFileOutput if destination else self.parameterAsFile
        return Study.open(read(parameters, name, context))

    def processAlgorithm(self, parameters, context, feedback):
        """Runs ``run_step``; while it reports progress, the percentage and the estimated time left
        go to ``feedback.setProgressText``, which the Processing dialog, the panel and the command
        line show."""
        texts = ProgressText()

        def show_remaining(percent):
            text = texts.update(percent)
            if text:
                feedback.setProgressText(text)

        if feedback is not None:
            feedback.progressChanged.connect(show_remaining)
        try:
            return self.run_step(parameters, context, feedback)
        except EssError as error:
            raise QgsProcessingException(str(error)) from error
        finally:
            if feedback is not None:
                feedback.progressChanged.disconnect(show_remaining)

    def run_step(self, parameters, context, feedback):
        raise NotImplementedError
