"""Runs inside a real QGIS window (``qgis --code``, started by test_real_window.py through
scripts/qgis_window.py) once QGIS has opened a study's project: writes what a user sees as a JSON
report, then quits QGIS. It only looks and clicks, as a user would; the test judges.

The report: QGIS's version and language; the canvas (scale, extent, the study's communes' extent,
the share of the canvas drawn); the project (file, title, unsaved changes); every message of the
message bar and of the log since start-up; the panel, opened from the plugin's own action: its
study text, its step titles, which buttons are enabled, and, in a 360-pixel-wide dock, per step,
whether a horizontal scroll bar shows and which texts are cut.
"""
import os
import sys
import time

sys.path.insert(0, os.environ["ESS_WINDOW_HELPERS"])
import qgis_window as window  # noqa: E402 (the helpers' folder is known once QGIS runs this script)
from qgis.core import Qgis, QgsCoordinateTransform, QgsProject, QgsSettings  # noqa: E402
from qgis.PyQt.QtCore import QCoreApplication, Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402
from qgis.PyQt.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAction,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolBox,
)
from qgis.utils import iface, plugins  # noqa: E402

DOCK_WIDTH = int(window.script_args().get("dock_width", 360))
started = time.monotonic()
report = {"qgis_version": Qgis.QGIS_VERSION, "locale": QgsSettings().value("locale/userLocale", ""),
          "plugin_loaded": "ess_territoires" in plugins, "errors": []}


def settle(seconds=0.3):
    """Let Qt lay the widgets out (the event loop runs for ``seconds``)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.02)


def rectangle(extent):
    return [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()]


def communes_extent(canvas):
    """The extent of the project's layer reading the study's communes, in the canvas' CRS."""
    for layer in QgsProject.instance().mapLayers().values():
        if layer.source().endswith("layername=communes"):
            transform = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(),
                                               QgsProject.instance())
            return rectangle(transform.transformBoundingBox(layer.extent()))
    return None


def canvas_colours(canvas) -> dict:
    """Share of the canvas' pixels (sampled on a grid) per colour ("#rrggbb"), the 16 commonest."""
    image = canvas.grab().toImage()
    counts = {}
    for x in range(0, image.width(), 5):
        for y in range(0, image.height(), 5):
            colour = QColor(image.pixel(x, y)).name()
            counts[colour] = counts.get(colour, 0) + 1
    total = sum(counts.values()) or 1
    return {colour: count / total for colour, count in sorted(counts.items(), key=lambda item: -item[1])[:16]}


def look_at_map():
    canvas = iface.mapCanvas()
    project = QgsProject.instance()
    report["canvas"] = {"scale": canvas.scale(), "extent": rectangle(canvas.extent()),
                        "crs": canvas.mapSettings().destinationCrs().authid(),
                        "communes_extent": communes_extent(canvas), "colours": canvas_colours(canvas),
                        "background": QColor(canvas.canvasColor()).name()}
    report["project"] = {"file": project.fileName(), "title": project.title(), "dirty": project.isDirty(),
                         "visible_layers": [layer.name() for layer in canvas.layers()]}


def clipped_texts(dock, scroll):
    """The texts of the dock that a user cannot read whole: labels narrower than their text, wrapped
    labels shorter than their lines, buttons and check boxes narrower than what they need, and any of
    them reaching past the visible width of the panel."""
    viewport = scroll.viewport()
    cut = []
    for widget in dock.findChildren(QLabel) + dock.findChildren(QAbstractButton):
        text = widget.text() if hasattr(widget, "text") else ""
        if not text or not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap():
                need, have, kind = widget.heightForWidth(widget.width()), widget.height(), "height"
            else:
                metrics = widget.fontMetrics()
                need = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
                need += 2 * widget.margin() + max(widget.indent(), 0)
                have, kind = widget.contentsRect().width(), "width"
        elif isinstance(widget, (QPushButton, QCheckBox)):
            need, have, kind = widget.sizeHint().width(), widget.width(), "width"
        else:
            continue
        right = widget.mapTo(viewport, widget.rect().topRight()).x() if viewport.isAncestorOf(widget) else 0
        if need > have or right > viewport.width():
            cut.append({"widget": type(widget).__name__, "name": widget.objectName(), "text": text,
                        "measure": kind, "needs": need, "has": have, "right_edge": right,
                        "visible_width": viewport.width()})
    return cut


def look_at_panel():
    main = iface.mainWindow()
    dock = main.findChild(QDockWidget, "EssTerritoiresDock")
    action = main.findChild(QAction, "EssTerritoiresAction")
    panel = report["panel"] = {"found": dock is not None, "action": action is not None}
    if dock is None or action is None:
        return
    panel["visible_before"] = dock.isVisible()
    action.trigger()  # the toolbar button (the same action is in the Plugins menu)
    settle(1.0)
    panel["visible"] = dock.isVisible()
    panel["study_text"] = dock.findChild(QLabel, "study_label").text()
    panel["territory"] = dock.findChild(QComboBox, "territory_combo").currentText()
    steps = dock.findChild(QToolBox, "steps")
    panel["steps"] = [steps.itemText(index) for index in range(steps.count())]
    panel["buttons"] = {button.objectName(): button.isEnabled() for button in dock.findChildren(QPushButton)
                        if button.objectName()}
    panel["floating"] = dock.isFloating()
    panel["area"] = int(main.dockWidgetArea(dock))
    main.resizeDocks([dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
    settle(0.5)
    scroll = dock.findChild(QScrollArea, "panel_scroll")
    panel["width"] = dock.width()
    panel["minimum_width"] = dock.minimumSizeHint().width()
    panel["pages"] = []
    for index in range(steps.count()):
        steps.setCurrentIndex(index)
        settle(0.4)
        panel["pages"].append({"title": steps.itemText(index),
                               "horizontal_scroll_bar": scroll.horizontalScrollBar().isVisible(),
                               "cut": clipped_texts(dock, scroll)})
    steps.setCurrentIndex(0)


def finish(drawn):
    try:
        report["map_drawn"] = drawn
        report["seconds_to_map"] = round(time.monotonic() - window.events().started, 1)
        look_at_map()
        look_at_panel()
    except Exception as error:  # noqa: BLE001 (the report carries it to the test)
        import traceback

        report["errors"].append(traceback.format_exc() or repr(error))
    if window.script_args().get("picture"):  # what the window looked like, for whoever debugs the test
        iface.mainWindow().grab().save(window.script_args()["picture"])
    events = window.events()
    report["message_bar"] = events.bar + [{**window.bar_item(item), "still_shown": True}
                                          for item in iface.messageBar().items()]
    report["log"] = events.log
    window.write_report(report)
    window.quit_qgis()


window.record_events()  # startup.py has (from before the plugin loads) where QGIS runs it
window.fill_screen(iface.mainWindow())
window.when(window.map_is_drawn, finish, timeout=float(window.script_args().get("map_timeout", 120)))
