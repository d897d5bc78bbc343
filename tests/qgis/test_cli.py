"""The command line: same algorithms, clear errors, no traceback."""
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args, cwd=None):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    return subprocess.run([sys.executable, "-m", "ess_territoires", *args], capture_output=True,
                          text=True, env=env, cwd=cwd or ROOT, timeout=300, check=False)


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


# The CLI with a clock that ticks one second per reading: the time left it prints does not depend on
# this machine's speed.
STEADY_CLOCK_CLI = """
import itertools, sys
from ess_territoires.core import progress
ticks = itertools.count(1)
progress.clock = lambda: float(next(ticks))
from ess_territoires.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture(scope="module")
def national_stock(tmp_path_factory):
    from ess_territoires.core import reference
    from ess_territoires.core.synthetic import generate_sirene

    folder = tmp_path_factory.mktemp("national_cli")
    return generate_sirene(reference.communes_france(), folder, seed=5, national_rows=60_000)


def import_args(stock, out):
    return ["import-sirene", "--etablissements", str(stock["etablissements"]), "--unites-legales",
            str(stock["unites_legales"]), "--territoire", "pays-de-thierache", "--out", str(out)]


def test_import_prints_percent_and_time_left_line_by_line_when_not_on_a_terminal(national_stock, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    result = subprocess.run([sys.executable, "-c", STEADY_CLOCK_CLI, *import_args(national_stock, tmp_path / "e.gpkg")],
                            capture_output=True, text=True, env=env, cwd=ROOT, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0].endswith(" % (estimating the time left…)")
    estimates = [line for line in lines if re.fullmatch(r"\d+ % \(about \d+ (s|min \d\d s) left\)", line)]
    assert len(estimates) >= 3, lines
    assert "\r" not in result.stderr  # no terminal redraws in a log
    assert "ESS establishments" in result.stdout


def test_import_redraws_one_terminal_line_with_percent_and_time_left(national_stock, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-c", STEADY_CLOCK_CLI,
                                *import_args(national_stock, tmp_path / "e.gpkg")],
                               stdout=subprocess.DEVNULL, stderr=follower, env=env, cwd=ROOT)
    os.close(follower)
    output = b""
    while True:
        try:
            data = os.read(leader, 1 << 16)
        except OSError:  # the process closed the terminal
            break
        if not data:
            break
        output += data
    assert process.wait(timeout=300) == 0, output[-2000:]
    os.close(leader)
    text = output.decode("utf-8")
    redraws = text.split("\r")
    assert len(redraws) > 5
    assert any(re.match(r"\[#+\.*\] \d+ % \(about \d+ (s|min \d\d s) left\)", r) for r in redraws), redraws[:20]
    assert re.search(r"\[#{50}\] ", text)  # the bar reaches its end
