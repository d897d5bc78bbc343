"""A headless QGIS for the command line, the tests and the benchmarks (Processing: processing/runner.py)."""
import os
import tempfile

_app = None


def start_qgis():
    """Start QGIS offscreen once, with the plugin's translation."""
    global _app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if os.name == "posix" and "XDG_RUNTIME_DIR" not in os.environ:  # Qt on Linux warns on every start without it
        runtime = os.path.join(tempfile.gettempdir(), f"runtime-{os.getuid()}")
        os.makedirs(runtime, mode=0o700, exist_ok=True)
        os.environ["XDG_RUNTIME_DIR"] = runtime
    from qgis.core import QgsApplication

    if QgsApplication.instance() is None:
        _app = QgsApplication([], False)
        _app.initQgis()
    from . import fonts, i18n
    i18n.install_translator()
    fonts.register_fonts()
    return QgsApplication.instance()


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
