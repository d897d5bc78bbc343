"""Runs inside a real QGIS window (``qgis --code``) started with neither the plugin nor a project:
what QGIS itself shows on this machine (its message bar and log, e.g. QGIS 3.40 saying offline that
it could not download a font it wants), written as a JSON report after ``wait`` seconds
(ESS_WINDOW_ARGS); then QGIS quits. test_real_window.py holds the plugin and the study answerable for
everything else."""
import os
import sys

sys.path.insert(0, os.environ["ESS_WINDOW_HELPERS"])
import qgis_window as window  # noqa: E402 (the helpers' folder is known once QGIS runs this script)
from qgis.utils import iface  # noqa: E402


def finish():
    events = window.events()
    window.write_report({"message_bar": events.bar + [{**window.bar_item(item), "still_shown": True}
                                                      for item in iface.messageBar().items()],
                         "log": events.log})
    window.quit_qgis()


window.record_events()
window.after(float(window.script_args().get("wait", 10)), finish)
