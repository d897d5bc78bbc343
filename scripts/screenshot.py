"""The README's picture of the panel: the demo study opened in the real QGIS, in French.

QGIS runs in a window on a virtual display (scripts/qgis_window.py: Xvfb, a throw-away profile
with the packaged plugin) and opens build/demo/observatoire.qgz (run `make demo` first);
scripts/screenshot_window.py, run inside it, opens the panel from the plugin's toolbar button in a
360-pixel-wide dock, shows the atlas step and takes the picture of the whole window.

    /usr/bin/python3 scripts/screenshot.py [--demo build/demo] [--package dist/ess_territoires-X.zip]
        [--out docs/capture_panneau.png]

Without --package, the plugin is packaged from the repository into a temporary zip.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import qgis_window  # noqa: E402


def take(demo: Path, out: Path, width: int, height: int, package: Path | None = None, language: str = "fr"):
    missing = qgis_window.missing_tools()
    if missing:
        raise SystemExit(f"No screenshot: {missing}.")
    project = demo / "observatoire.qgz"
    if not project.exists():
        raise SystemExit(f"No demo study in {demo}: run 'make demo' first.")
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        if package is None:
            package = Path(scratch) / "ess_territoires.zip"
            subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--out", str(package)],
                           check=True, stdout=subprocess.DEVNULL)
        report = qgis_window.run_qgis(ROOT / "scripts" / "screenshot_window.py", project, package, language=language,
                                      args={"out": str(out.resolve())}, width=width, height=height)
    if report.get("errors") or not out.exists():
        raise SystemExit(f"The picture was not taken: {report.get('errors') or report.get('printed')}")
    print(f"{out} ({out.stat().st_size // 1024} KB, QGIS {report['qgis_version']}, {report['seconds']} s)")


def main(argv=None):
    parser = argparse.ArgumentParser(description="Take the README's picture of the panel in the real QGIS window.")
    parser.add_argument("--demo", type=Path, default=ROOT / "build" / "demo")
    parser.add_argument("--package", type=Path, help="the plugin's zip (make package); default: packaged now")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "capture_panneau.png")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=800)
    args = parser.parse_args(argv)
    take(args.demo, args.out, args.width, args.height, args.package)


if __name__ == "__main__":
    main()
