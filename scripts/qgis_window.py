"""The real QGIS application in a window, as a user sees it: for the tests and `make screenshot`.

``run_qgis`` starts ``qgis`` on a virtual X display (Debian's Xvfb, from `make deps`) with a
throw-away profile into which the packaged plugin (the zip of `make package`) is installed and
enabled, opens a project and runs a script inside QGIS (``qgis --code``). The script writes a JSON
report (path in the environment variable ESS_WINDOW_REPORT, its parameters as JSON in
ESS_WINDOW_ARGS) and quits QGIS (``quit_qgis``). Everything the run creates (profile, display,
processes) is removed afterwards; a run past its timeout is stopped.

A ``startup.py`` placed where QGIS looks for it (its data folder, moved into the throw-away folder
through XDG_DATA_HOME) records, from before the plugin loads, every message of QGIS's log and of its
message bar, and every refresh of the map canvas (``record_events``); a QGIS that would not run it
has them recorded from when the script starts.

The second half of this module runs inside QGIS: the helpers the scripts share.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import tempfile
import textwrap
import time
import zipfile
from pathlib import Path

PLUGIN = "ess_territoires"
HELPERS = Path(__file__).resolve().parent
LOCALES = {"en": "en_US", "fr": "fr_FR"}

STARTUP = textwrap.dedent("""
    import os, sys
    sys.path.insert(0, os.environ["ESS_WINDOW_HELPERS"])
    import qgis_window
    qgis_window.record_events()
""")


def missing_tools() -> str:
    """Why a real QGIS window cannot run here ("" when it can)."""
    missing = [tool for tool in ("qgis", "Xvfb") if shutil.which(tool) is None]
    return (f"{' and '.join(missing)} not installed (Debian's qgis and xvfb, from `make deps`)"
            if missing else "")


def profile_settings(language: str, plugin: bool = True) -> str:
    """QGIS3.ini of the throw-away profile: the plugin enabled, the interface's language, no check
    that would reach the network."""
    return textwrap.dedent(f"""\
        [PythonPlugins]
        {PLUGIN}={str(plugin).lower()}

        [locale]
        userLocale={LOCALES.get(language, language)}
        overrideFlag=true

        [qgis]
        checkVersion=false

        [app]
        plugin_installer\\checkOnStart=false
        """)


def make_profile(folder: Path, plugin_zip: Path | None, language: str) -> Path:
    """A profiles folder holding one fresh profile ("default") with the plugin installed and enabled
    (none without ``plugin_zip``)."""
    profile = folder / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    if plugin_zip is not None:
        with zipfile.ZipFile(plugin_zip) as archive:
            archive.extractall(plugins)
    (profile / "QGIS").mkdir()
    (profile / "QGIS" / "QGIS3.ini").write_text(profile_settings(language, plugin_zip is not None),
                                                encoding="utf-8")
    startup = folder / "data" / "QGIS" / "QGIS3" / "startup.py"
    startup.parent.mkdir(parents=True)
    startup.write_text(STARTUP, encoding="utf-8")
    return folder  # QGIS looks for the profiles in its "profiles" sub-folder


class Display:
    """A virtual X display (Xvfb) on a free number, chosen by Xvfb itself (-displayfd): several runs
    on the machine never take the same one."""

    def __init__(self, width: int, height: int):
        read, write = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=own_session_ending_with_parent)
        os.close(write)
        number = b""
        with os.fdopen(read, "rb") as pipe:
            while not number.endswith(b"\n"):
                chunk = pipe.read(1)
                if not chunk:
                    break
                number += chunk
        if not number.strip():
            self.close()
            raise RuntimeError("Xvfb did not start")
        self.name = f":{int(number)}"

    def close(self):
        stop(self.process)


def own_session_ending_with_parent():
    """In the child, before it runs: a session (and process group) of its own, which ``stop`` ends
    whole, and, on Linux, a SIGKILL when the process that started it dies (a test run killed by a
    timeout leaves no QGIS nor Xvfb behind)."""
    os.setsid()
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def stop(process: subprocess.Popen, grace: float = 10):
    """Stop ``process`` and what it started (its own process group), politely then not."""
    if process.poll() is not None:
        return
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 5)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(wait)
            return
        except subprocess.TimeoutExpired:
            continue


def run_qgis(script: Path, project: Path | None, plugin_zip: Path | None, language: str = "en",
             args: dict | None = None, timeout: float = 300, width: int = 1280, height: int = 800) -> dict:
    """Start QGIS on ``project`` (None: none) with the plugin of ``plugin_zip`` (None: without it) in
    a fresh profile speaking ``language`` ("en", "fr"), run ``script`` inside it (``args`` in
    ESS_WINDOW_ARGS) and return the report it wrote, with ``seconds`` (QGIS's whole run) and what
    QGIS ``printed``. RuntimeError, with what QGIS printed, when QGIS stops without a report or runs
    past ``timeout`` seconds."""
    script, project, plugin_zip = (Path(path).resolve() if path else None for path in (script, project, plugin_zip))
    folder = Path(tempfile.mkdtemp(prefix="ess-territoires-qgis-"))
    display = None
    try:
        profiles = make_profile(folder, plugin_zip, language)
        report = folder / "report.json"
        runtime = folder / "runtime"
        runtime.mkdir(mode=0o700)
        display = Display(width, height)
        env = {key: value for key, value in os.environ.items() if key not in ("QT_QPA_PLATFORM", "PYTHONPATH")}
        env.update(DISPLAY=display.name, XDG_DATA_HOME=str(folder / "data"), XDG_RUNTIME_DIR=str(runtime),
                   ESS_WINDOW_REPORT=str(report), ESS_WINDOW_ARGS=json.dumps(args or {}),
                   ESS_WINDOW_HELPERS=str(HELPERS), QT_QPA_PLATFORM="xcb",
                   ESS_WINDOW_STUCK=str(max(timeout - 30, timeout * 0.8)))
        output = folder / "qgis.log"
        started = time.monotonic()
        with open(output, "wb") as log:
            process = subprocess.Popen(
                ["qgis", "--nologo", "--profiles-path", str(profiles), "--code", str(script)]
                + ([str(project)] if project else []),
                env=env, cwd=folder, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                preexec_fn=own_session_ending_with_parent)
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                pass
            finally:
                stop(process)
        seconds = time.monotonic() - started
        printed = output.read_text(encoding="utf-8", errors="replace")
        if not report.exists():
            raise RuntimeError(f"QGIS wrote no report within {timeout:.0f} s (it ran {seconds:.0f} s); "
                               f"it printed:\n{printed[-4000:]}")
        result = json.loads(report.read_text(encoding="utf-8"))
        if "stuck" in result:
            problems = [entry for entry in result["log"] if entry["level"] >= 1][-5:]
            raise RuntimeError(f"QGIS was still running after {seconds:.0f} s, with these windows open: "
                               f"{result['stuck']}; its last warnings: {problems}; it printed:\n{printed[-4000:]}")
        result["seconds"] = round(seconds, 1)
        result["printed"] = printed[-4000:]
        return result
    finally:
        if display is not None:
            display.close()
        shutil.rmtree(folder, ignore_errors=True)


# ------------------------------------------------------------------------------------------------
# Inside QGIS (``qgis --code``): what the scripts share. Nothing here runs outside QGIS.

def script_args() -> dict:
    return json.loads(os.environ.get("ESS_WINDOW_ARGS") or "{}")


def level_number(level) -> int:
    """A Qgis.MessageLevel as a number (Info 0, Warning 1, Critical 2), on Qt 5 and Qt 6."""
    return int(getattr(level, "value", level))


def record_events():
    """Record, from now on, every message of QGIS's log and of its message bar and every refresh of
    the canvas (module ``ess_window_events``), and stop QGIS with a report of the windows open if it
    runs too long (a dialog waiting for an answer: its own event loop runs the timer). Called by
    startup.py, before the plugin loads; again (doing nothing) by the script."""
    import sys
    import types

    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QTimer
    from qgis.utils import iface

    if "ess_window_events" in sys.modules:
        return sys.modules["ess_window_events"]
    events = types.ModuleType("ess_window_events")
    events.started = time.monotonic()
    events.log, events.bar, events.refreshed = [], [], []
    sys.modules["ess_window_events"] = events
    QgsApplication.messageLog().messageReceived.connect(
        lambda message, tag, level: events.log.append({"tag": tag, "level": level_number(level), "message": message}))
    iface.messageBar().widgetAdded.connect(lambda widget: events.bar.append(bar_item(widget)))
    iface.mapCanvas().mapCanvasRefreshed.connect(lambda: events.refreshed.append(time.monotonic()))
    QTimer.singleShot(int(float(os.environ.get("ESS_WINDOW_STUCK", "240")) * 1000), stuck)
    return events


def bar_item(widget) -> dict:
    """A message bar item as a dict (QGIS 3.40 hands widgetAdded's item over as a plain QWidget)."""
    from qgis.gui import QgsMessageBarItem
    from qgis.PyQt import sip

    item = widget if isinstance(widget, QgsMessageBarItem) else sip.cast(widget, QgsMessageBarItem)
    return {"title": item.title(), "text": item.text(), "level": level_number(item.level())}


def stuck():
    """QGIS still runs, with no report: say which windows are open, and stop."""
    from qgis.PyQt.QtWidgets import QApplication

    report = Path(os.environ["ESS_WINDOW_REPORT"])
    if report.exists():
        return
    windows = [{"class": type(widget).__name__, "title": widget.windowTitle(),
                "text": widget.text() if callable(getattr(widget, "text", None)) else ""}
               for widget in QApplication.topLevelWidgets() if widget.isVisible()]
    events = record_events()
    write_report({"stuck": windows, "log": events.log, "message_bar": events.bar})
    os._exit(3)


def events():
    """What has been recorded (the log, the message bar, the canvas refreshes)."""
    return record_events()


def after(seconds: float, function):
    """Call ``function`` once QGIS's event loop has run ``seconds`` more (the window is live)."""
    from qgis.PyQt.QtCore import QTimer

    QTimer.singleShot(int(seconds * 1000), function)


def when(condition, function, timeout: float, interval: float = 0.2):
    """Call ``function(True)`` as soon as ``condition()`` holds, or ``function(False)`` after
    ``timeout`` seconds; the event loop runs in between."""
    deadline = time.monotonic() + timeout

    def check():
        if condition():
            function(True)
        elif time.monotonic() > deadline:
            function(False)
        else:
            after(interval, check)

    after(interval, check)


def fill_screen(window):
    """The main window over the whole screen (the virtual display has no window manager to maximise it)."""
    from qgis.PyQt.QtWidgets import QApplication

    window.setGeometry(QApplication.primaryScreen().availableGeometry())


def map_is_drawn(quiet: float = 1.5) -> bool:
    """The canvas has drawn at least once, is idle and has not drawn again for ``quiet`` seconds
    (a resized window draws again)."""
    from qgis.utils import iface

    refreshed = events().refreshed
    return bool(refreshed) and not iface.mapCanvas().isDrawing() and time.monotonic() - refreshed[-1] >= quiet


def write_report(report: dict):
    Path(os.environ["ESS_WINDOW_REPORT"]).write_text(json.dumps(report, indent=1, ensure_ascii=False),
                                                     encoding="utf-8")


def quit_qgis():
    """Leave QGIS as its Quit does, without its questions (unsaved project, temporary layers): the
    project is closed first (the plugin sees it go), then the application."""
    from qgis.core import QgsApplication
    from qgis.utils import iface

    iface.newProject(False)
    QgsApplication.instance().exit(0)
