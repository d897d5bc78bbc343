"""core/ and sources/ import no qgis: they run in a plain Python."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_core_and_sources_import_without_qgis():
    modules = [f"ess_territoires.{p.parent.name}.{p.stem}" for folder in ("core", "sources")
               for p in sorted((ROOT / "ess_territoires" / folder).glob("*.py")) if p.stem != "__init__"]
    script = (f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nimport importlib\n"
              f"for m in {modules!r}: importlib.import_module(m)\n"
              "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('qgis', 'PyQt5', 'PyQt6'))\n"
              "print(bad)\nsys.exit(1 if bad else 0)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(modules) >= 6
