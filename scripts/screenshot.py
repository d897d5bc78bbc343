"""The README's screenshot: the demo study on a map canvas with the ESS Territoires panel docked.

Headless there is no QGIS main window, so this renders, offscreen, a QMainWindow holding a
QgsMapCanvas with the styled layers of build/demo/observatoire.qgz (run `make demo` first) and
the plugin's dock, and saves it with grab().

    /usr/bin/python3 scripts/screenshot.py [--demo build/demo] [--out docs/capture_panneau.png]
"""
import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


class Interface:
    """What the panel asks of QGIS's iface: the canvas and the message bar."""

    def __init__(self, window, canvas, bar):
        self.window, self.canvas, self.bar = window, canvas, bar

    def mainWindow(self):
        return self.window

    def mapCanvas(self):
        return self.canvas

    def messageBar(self):
        return self.bar


def render(demo: Path, out: Path, width: int, height: int):
    from ess_territoires.gis.qgis_app import stop_qgis
    from ess_territoires.processing.runner import start_qgis

    start_qgis()
    from qgis.core import QgsProject, QgsSettings
    from qgis.gui import QgsLayerTreeMapCanvasBridge, QgsMapCanvas, QgsMessageBar
    from qgis.PyQt.QtCore import QCoreApplication, QSettings, Qt
    from qgis.PyQt.QtGui import QImage
    from qgis.PyQt.QtWidgets import QMainWindow, QVBoxLayout, QWidget

    from ess_territoires.core.i18n import tr
    from ess_territoires.gis.study_folder import open_study_folder
    from ess_territoires.gui import settings
    from ess_territoires.gui.dock import EssDock

    if not (demo / "observatoire.qgz").exists():
        raise SystemExit(tr("No demo study in {folder}: run 'make demo' first.").format(folder=demo))
    scratch = tempfile.TemporaryDirectory()  # the panel's remembered choices stay out of the user's settings
    settings.store = lambda: QgsSettings(str(Path(scratch.name) / "settings.ini"), QSettings.Format.IniFormat)

    project = QgsProject.instance()
    open_study_folder(demo, project)
    for layer in project.mapLayersByName(tr("ESS establishments")):  # the choropleth and circles read better
        project.layerTreeRoot().findLayer(layer.id()).setItemVisibilityChecked(False)
    window = QMainWindow()
    window.setWindowTitle(project.title())
    central = QWidget(window)
    layout = QVBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    bar = QgsMessageBar(central)
    canvas = QgsMapCanvas(central)
    canvas.setCanvasColor(Qt.GlobalColor.white)
    layout.addWidget(bar)
    layout.addWidget(canvas)
    window.setCentralWidget(central)
    bridge = QgsLayerTreeMapCanvasBridge(project.layerTreeRoot(), canvas)
    canvas.setDestinationCrs(project.crs())

    panel = EssDock(Interface(window, canvas, bar), window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
    panel.territory_combo.setCurrentIndex(panel.territory_combo.findData(
        "grand-amienois+grand-beauvaisis+pays-de-thierache"))
    panel._set_study(demo)
    panel.steps.setCurrentIndex(4)  # the atlas step
    panel.atlas_theme_combo.setCurrentIndex(panel.atlas_theme_combo.findData("densite"))
    window.resize(width, height)
    window.show()
    QCoreApplication.processEvents()

    pays = project.mapLayersByName(tr("Pays"))[0]
    extent = pays.extent()
    extent.scale(1.05)
    canvas.setExtent(extent)
    rendered = []
    canvas.mapCanvasRefreshed.connect(lambda: rendered.append(True))
    canvas.refreshAllLayers()
    deadline = time.monotonic() + 60
    while not rendered and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    QCoreApplication.processEvents()

    image = window.grab().toImage()
    # 256 colours keep the picture small for the README (< 300 KB) and sharp enough for flat maps
    image = image.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG", 9):
        raise SystemExit(tr("The picture could not be written to {path}.").format(path=out))
    del bridge
    panel.deleteLater()
    window.close()
    project.clear()
    stop_qgis()
    scratch.cleanup()
    print(tr("Screenshot written to {path} ({kb} KB)").format(path=out, kb=out.stat().st_size // 1024))


def main(argv=None):
    parser = argparse.ArgumentParser(description="Render the README's screenshot of the panel and a styled map.")
    parser.add_argument("--demo", type=Path, default=ROOT / "build" / "demo")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "capture_panneau.png")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=800)
    args = parser.parse_args(argv)
    render(args.demo, args.out, args.width, args.height)


if __name__ == "__main__":
    main()
