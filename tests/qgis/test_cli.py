"""The command line: same algorithms, clear errors, no traceback."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args, cwd=None):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    return subprocess.run([sys.executable, "-m", "ess_territoires", *args], capture_output=True,
                          text=True, env=env, cwd=cwd or ROOT, timeout=300)


def test_territoires_lists_the_presets():
    result = run("territoires")
    assert result.returncode == 0, result.stderr
    lines = {line.split()[0]: line.split() for line in result.stdout.splitlines()[1:]}
    assert lines["grand-amienois"][-2:] == ["466", "381991"]
    assert lines["grand-beauvaisis"][-2] == "234"
    assert lines["pays-de-thierache"][-2] == "160"


def test_atlas_without_study_covers_the_three_pays(tmp_path):
    out = tmp_path / "atlas.pdf"
    result = run("atlas", "--couverture", "pays", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "3 pages" in result.stdout and out.exists()


def test_bad_input_exits_non_zero_without_traceback(tmp_path):
    not_a_gpkg = tmp_path.parent / "pas_un_gpkg.gpkg"
    not_a_gpkg.write_text("hello")
    cases = [
        ("indicateurs", "--gpkg", str(not_a_gpkg)),
        ("atlas", "--gpkg", str(not_a_gpkg), "--couverture", "pays", "--out", str(tmp_path / "a.pdf")),
        ("style", "--gpkg", str(not_a_gpkg), "--couche", "communes", "--champ", "population"),
        ("etude", "--territoire", "nulle-part", "--out", str(tmp_path / "x.gpkg")),
        ("etude", "--territoire", "grand-amienois", "--out", str(tmp_path / "x.txt")),
        ("atlas", "--gpkg", str(tmp_path / "absent.gpkg"), "--couverture", "pays", "--out", str(tmp_path / "a.pdf")),
        ("atlas", "--couverture", "cantons", "--out", str(tmp_path / "a.pdf")),
    ]
    for args in cases:
        result = run(*args)
        assert result.returncode != 0, args
        assert "Traceback" not in result.stderr, result.stderr
        assert result.stderr.strip(), args
    assert not any(tmp_path.iterdir())


def test_every_command_has_help():
    for command in ("territoires", "etude", "atlas", "demo"):
        result = run(command, "--help")
        assert result.returncode == 0 and "usage" in result.stdout.lower()
