"""Runs inside the real QGIS window (``qgis --code``, started by scripts/screenshot.py) once it has
opened the demo study: opens the panel from the plugin's toolbar button in a 360-pixel-wide dock,
shows the atlas step on the densities' theme, waits for the map, and saves the whole window as the
README's picture (ESS_WINDOW_ARGS: {"out": path}). Then QGIS quits."""
import os
import sys
import time

sys.path.insert(0, os.environ["ESS_WINDOW_HELPERS"])
import qgis_window as window  # noqa: E402 (the helpers' folder is known once QGIS runs this script)
from qgis.core import Qgis  # noqa: E402
from qgis.PyQt.QtCore import QCoreApplication, Qt  # noqa: E402
from qgis.PyQt.QtGui import QImage  # noqa: E402
from qgis.PyQt.QtWidgets import QAction, QComboBox, QDockWidget, QToolBox  # noqa: E402
from qgis.utils import iface  # noqa: E402

DOCK_WIDTH = 360
ATLAS_STEP, ATLAS_THEME = 4, "densite"
report = {"qgis_version": Qgis.QGIS_VERSION, "errors": []}


def settle(seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.02)


def open_panel():
    main = iface.mainWindow()
    main.findChild(QAction, "EssTerritoiresAction").trigger()
    dock = main.findChild(QDockWidget, "EssTerritoiresDock")
    main.resizeDocks([dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
    dock.findChild(QToolBox, "steps").setCurrentIndex(ATLAS_STEP)
    themes = dock.findChild(QComboBox, "atlas_theme_combo")
    themes.setCurrentIndex(max(themes.findData(ATLAS_THEME), 0))
    settle(1.0)
    window.when(window.map_is_drawn, take, timeout=120)  # the canvas, narrower now, draws again


def take(_drawn):
    try:
        iface.messageBar().clearWidgets()  # passing notices (a task finished) are not the picture's subject
        settle(0.5)
        image = iface.mainWindow().grab().toImage()
        # 256 colours keep the picture small for the README (< 300 KB) and sharp enough for flat maps
        image = image.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
        if not image.save(window.script_args()["out"], "PNG", 9):
            report["errors"].append("the picture could not be written")
    except Exception as error:  # noqa: BLE001 (the report carries it to the script)
        report["errors"].append(repr(error))
    window.write_report(report)
    window.quit_qgis()


window.record_events()
window.fill_screen(iface.mainWindow())
window.when(window.map_is_drawn, lambda _drawn: open_panel(), timeout=120)
