"""Several people at once, in both homes: three `import-sirene` started together on one study (a
GeoPackage, a PostGIS schema) wait for the run writing it, saying so, then all end cleanly one after
the other, with no traceback; every run is in the run log; a reader meanwhile sees the previous table
or the new one, whole, never a part."""
import contextlib
import fcntl
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ess_territoires.core.errors import InputError
from ess_territoires.gis.study import Study

ROOT = Path(__file__).resolve().parents[2]


def start_import(stock, location, out: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    return subprocess.Popen(
        [sys.executable, "-m", "ess_territoires", "import-sirene", "--etablissements", str(stock["etablissements"]),
         "--unites-legales", str(stock["unites_legales"]), "--geolocalisation", str(stock["geolocalisation"]),
         "--territoire", "epci:200067999", "--out", str(location)],
        stdout=out.open("w"), stderr=out.with_suffix(".err").open("w"), text=True, env=env, cwd=ROOT)


@contextlib.contextmanager
def gpkg_writer(path):
    """Another run writing the GeoPackage: its write lock held."""
    handle = os.open(path, os.O_RDONLY)
    fcntl.flock(handle, fcntl.LOCK_EX)
    try:
        yield
    finally:
        os.close(handle)


@contextlib.contextmanager
def postgis_writer(study):
    """Another run writing the PostGIS study: its advisory lock held in an open transaction."""
    connection = study._store.connect()
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))",
                       (f"ess_territoires:{study._store.parts['dbname']}:{study._store.schema}",))
    try:
        yield
    finally:
        connection.rollback()
        connection.close()


@pytest.fixture(params=["gpkg", "postgis"])
def home(request, tmp_path):
    """A new study of the CA du Beauvaisis and a way to hold its write lock, in each home."""
    from ess_territoires.gis.territory import create_study

    if request.param == "gpkg":
        study = Study.open(tmp_path / "etude.gpkg")
        create_study(study, "epci:200067999")
        return study, lambda: gpkg_writer(study.location)
    study = Study.open(request.getfixturevalue("postgres_server").new_location("trois_imports"))
    create_study(study, "epci:200067999")
    return study, lambda: postgis_writer(study)


def wait_for(condition, seconds=120):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)


def test_three_imports_at_once_wait_then_end_cleanly_and_the_study_stays_whole(beauvaisis_study, home, tmp_path):
    path, stock = beauvaisis_study
    study, another_writer = home
    location = study.location
    expected = len(Study.open(path).read("etablissements_ess"))
    seen, failures, done = [], [], threading.Event()

    def read_while_they_write():
        while not done.is_set():
            study = Study.open(location)
            try:
                if study.has("etablissements_ess"):
                    seen.append(len(study.read("etablissements_ess")))
                    seen.append(len(study.read_table("etablissements_ess").geometries))
            except InputError as error:  # a clear message is acceptable, a traceback or a part is not
                failures.append(str(error))
            time.sleep(0.2)

    reader = threading.Thread(target=read_while_they_write)
    reader.start()
    logs = [tmp_path / f"import_{index}.txt" for index in range(3)]
    try:
        with another_writer():
            runs = [start_import(stock, location, log) for log in logs]
            # each of them has read the study and computed its tables, and waits for the lock
            wait_for(lambda: all("waiting for it to finish" in log.read_text() for log in logs))
            assert all(run.poll() is None for run in runs)
            assert not study.has("etablissements_ess")
        for run in runs:
            run.wait(timeout=300)
    finally:
        done.set()
        reader.join()
    for run, log in zip(runs, logs):
        stderr = log.with_suffix(".err").read_text()
        assert "Traceback" not in stderr and "database is locked" not in stderr, stderr
        assert run.returncode == 0, stderr
    assert len(study.read("etablissements_ess")) == expected
    assert list(study.read("imports")["etape"]) == ["etude"] + ["import_sirene"] * 3  # no run's log row lost
    assert seen and set(seen) == {expected}, "a reader saw a part of a table"
    assert not failures, failures
