"""What every algorithm of the provider shares: names, groups, user errors, and the QGIS project
of a study in a database, stored again after each step that changed the study."""
from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..core.errors import EssError, InputError
from ..core.i18n import tr
from ..core.progress import ProgressText

# The output that names the study's QGIS project stored in its database by the step (absent for a
# GeoPackage study, whose project is the study folder's .qgz, saved by the panel and the demo).
PROJECT_OUTPUT = "PROJET"


def group_names() -> dict:
    """The toolbox groups, in the order of a study."""
    return {"etude": tr("Study"), "sources": tr("Sources"), "indicateurs": tr("Indicators"),
            "cartes": tr("Maps and atlases"), "ateliers": tr("Workshops")}


class EssAlgorithm(QgsProcessingAlgorithm):
    """Subclasses implement ``run_step(parameters, context, feedback)``; user errors
    (InputError, Cancelled) become a QgsProcessingException with their message.

    A step that changes a study says so (``study_changed``, and ``add_project_output`` in
    ``initAlgorithm``): after the run, on the main thread (``postProcessAlgorithm``, which the
    toolbox, ``processing.run``, the panel's task and the command line all call), the QGIS project of
    a study in a database is stored in its schema, where a colleague opens it from the Browser. What
    else must happen on the main thread after the run goes in ``finish_run``."""

    group_id = "etude"  # a key of group_names()
    _results = None  # what run_step returned
    _changed = None  # (study, names of the layers restyled), said by the step
    post_process_error = None  # the message of a failure after the run (processing.runner raises it)

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

    def add_project_output(self):
        """Declare the output PROJET: the study's QGIS project stored in its database by the step."""
        self.addOutput(QgsProcessingOutputString(PROJECT_OUTPUT, tr("QGIS project of the study stored in the "
                                                                    "database")))

    def study_changed(self, study, restyled=()):
        """Say that this run changed ``study`` (a gis.study.Study) and gave the layers ``restyled`` a
        new default style: its project is stored after the run when the study is in a database."""
        self._changed = (study, tuple(restyled))

    def processAlgorithm(self, parameters, context, feedback):
        """Runs ``run_step``; while it reports progress, the percentage and the estimated time left
        go to ``feedback.setProgressText``, which the Processing dialog, the panel and the command
        line show."""
        texts = ProgressText()
        self._results, self._changed, self.post_process_error = None, None, None

        def show_remaining(percent):
            text = texts.update(percent)
            if text:
                feedback.setProgressText(text)

        if feedback is not None:
            feedback.progressChanged.connect(show_remaining)
        try:
            self._results = self.run_step(parameters, context, feedback)
            return self._results
        except EssError as error:
            raise QgsProcessingException(str(error)) from error
        finally:
            if feedback is not None:
                feedback.progressChanged.disconnect(show_remaining)

    def run_step(self, parameters, context, feedback):
        raise NotImplementedError

    def postProcessAlgorithm(self, context, feedback):
        """After a successful run, on the main thread: the project of the study the step changed is
        stored when the study is in a database, then ``finish_run``. Returns the run's results with
        PROJET (QGIS replaces the run's results by what this returns). A failure is reported through
        ``feedback`` as a QgsProcessingException (QGIS reports it; processing.runner raises it)."""
        results = dict(self._results or {})
        try:
            results.update(self._store_study_project(context, feedback))
            results.update(self.finish_run(context, feedback) or {})
        except EssError as error:
            self.post_process_error = str(error)
            raise QgsProcessingException(str(error)) from error
        return results

    def finish_run(self, context, feedback) -> dict:
        """What a step does after its run, on the main thread, once the study's project is stored (e.g.
        a QGIS project to write); its outputs."""
        return {}

    def _store_study_project(self, context, feedback) -> dict:
        from ..gis.project import store_study_project, stored_in_database

        if self._changed is None:
            return {}
        study, restyled = self._changed
        if not stored_in_database(study) or not study.is_study():
            return {}
        try:
            location = store_study_project(study, restyled, open_project=context.project())
        except EssError as error:
            raise InputError(tr("The study was written, but its QGIS project could not be stored in the "
                                 "database: {error}").format(error=error)) from error
        if feedback is not None:
            feedback.pushInfo(tr("QGIS project of the study stored in the database: {location}").format(
                location=location))
        return {PROJECT_OUTPUT: location}
