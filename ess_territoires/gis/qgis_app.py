"""A headless QGIS for the command line, the tests and the benchmarks."""
import os
import tempfile

_app = None
_provider = None  # a Python provider must stay referenced from Python while registered


def start_qgis():
    """Start QGIS offscreen once, with Processing, the native algorithms and our provider."""
    global _app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if "XDG_RUNTIME_DIR" not in os.environ:  # Qt warns on every start without it
        runtime = os.path.join(tempfile.gettempdir(), f"runtime-{os.getuid()}")
        os.makedirs(runtime, mode=0o700, exist_ok=True)
        os.environ["XDG_RUNTIME_DIR"] = runtime
    from qgis.core import QgsApplication

    if QgsApplication.instance() is None:
        _app = QgsApplication([], False)
        _app.initQgis()
    from . import i18n
    i18n.install_translator()
    _init_processing()
    return QgsApplication.instance()


def _init_processing():
    from qgis.core import QgsApplication

    global _provider
    registry = QgsApplication.processingRegistry()
    if registry.providerById("native") is None:
        from qgis.analysis import QgsNativeAlgorithms
        registry.addProvider(QgsNativeAlgorithms())
    if registry.providerById("ess_territoires") is None:
        from ..processing.provider import EssProvider
        _provider = EssProvider()
        registry.addProvider(_provider)


def processing_run(algorithm_id: str, parameters: dict, feedback=None) -> dict:
    """Run one of our algorithms the way the Processing toolbox does, in this thread.

    Raises QgsProcessingException with the algorithm's own message when it fails.
    """
    from qgis.core import (QgsApplication, QgsProcessingContext, QgsProcessingException,
                           QgsProcessingFeedback, QgsProject)

    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    if algorithm is None:
        raise QgsProcessingException(f"Unknown algorithm {algorithm_id}")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = feedback or QgsProcessingFeedback()
    ok, message = algorithm.checkParameterValues(parameters, context)
    if not ok:
        raise QgsProcessingException(message)
    if not algorithm.prepare(parameters, context, feedback):
        raise QgsProcessingException(f"{algorithm_id}: could not prepare the run")
    results = algorithm.runPrepared(parameters, context, feedback)
    results.update(algorithm.postProcess(context, feedback) or {})
    return results



def stop_qgis():
    """Close every layer and QGIS's pooled connections, so no GeoPackage is left with a
    -wal journal beside it (a study folder must be complete as files on disk)."""
    global _app
    if _app is None:
        return
    from qgis.core import QgsProject

    QgsProject.instance().clear()
    _app.exitQgis()
    _app = None
