"""Our algorithms run outside the toolbox: the command line, the panel, the demo, the tests and the
benchmarks start QGIS with the provider (``start_qgis``) and run an algorithm (``processing_run``)."""
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsProject

from ..gis import qgis_app
from .provider import EssProvider

_provider = None  # a Python provider must stay referenced from Python while registered


def start_qgis():
    """Start QGIS offscreen once (gis.qgis_app), with Processing, the native algorithms and our provider."""
    app = qgis_app.start_qgis()
    register_providers()
    return app


def register_providers():
    """Add QGIS's native algorithms and ours to the Processing registry, when they are not there."""
    global _provider
    registry = QgsApplication.processingRegistry()
    if registry.providerById("native") is None:
        from qgis.analysis import QgsNativeAlgorithms
        registry.addProvider(QgsNativeAlgorithms())
    if registry.providerById("ess_territoires") is None:
        _provider = EssProvider()
        registry.addProvider(_provider)


def processing_run(algorithm_id: str, parameters: dict, feedback=None) -> dict:
    """Run one of our algorithms the way the Processing toolbox does, in this thread.

    Raises QgsProcessingException with the algorithm's own message when it fails, also after the run
    (e.g. the study's project that could not be stored: processing.base.EssAlgorithm.postProcessAlgorithm).
    """
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
    if getattr(algorithm, "post_process_error", None):  # QGIS only reports a failure after the run
        raise QgsProcessingException(algorithm.post_process_error)
    return results
