"""A reader's snapshot, in both homes: a step reading several tables of a study one after the other
reads them as one version while a run writes (through the real Study.write) the same tables
together; the writer waits for the snapshot, saying so, or commits meanwhile; never a traceback,
never a table half written, never one table read from before the write and the next from after."""
import sqlite3
import threading
import time

import pandas as pd
import pytest
from osgeo import ogr

from ess_territoires.core.errors import InputError
from ess_territoires.gis.gpkg import Table
from ess_territoires.gis.ogr_geometry import lambert93
from ess_territoires.gis.study import Study


def version_table(version: int, rows: int = 50) -> Table:
    """A table whose every row (and point) tells its version."""
    geometries = []
    for index in range(rows):
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(700_000.0 + version, 6_900_000.0 + index)
        point.AssignSpatialReference(lambert93())
        geometries.append(point)
    frame = pd.DataFrame({"code": [f"{index:05d}" for index in range(rows)], "version": [version] * rows})
    return Table(frame, geometries, ogr.wkbPoint)


def version_of(study: Study, name: str) -> set:
    table = study.read_table(name)
    return set(table.frame["version"]) | {int(g.GetX() - 700_000.0) for g in table.geometries}


def tables(version: int) -> dict:
    settings = Table(pd.DataFrame({"cle": ["version"], "valeur": [str(version)]}))
    return {"a": version_table(version), "b": version_table(version), "etude": settings}


@pytest.fixture(params=["gpkg", "gpkg-wal", "postgis"])
def study(request, tmp_path):
    """A study holding the tables a and b and its settings at version 1: a GeoPackage in a rollback
    journal (as GDAL writes it), the same in WAL (as QGIS leaves it while editing), a PostGIS schema."""
    if request.param == "postgis":
        study = Study.open(request.getfixturevalue("postgis_location"))
    else:
        study = Study.open(tmp_path / "etude.gpkg")
    study.write(tables(1))
    if request.param == "gpkg-wal":
        with sqlite3.connect(study.location) as con:
            assert con.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    return study


class Writer(threading.Thread):
    """Another run writing a, b, the settings and a new table c at ``version`` together, through its own
    Study; ``before``: called under the write lock, before anything is written."""

    def __init__(self, location, version: int, before=None):
        super().__init__()
        self.location, self.version, self.before = location, version, before
        self.messages, self.error = [], None

    def pushInfo(self, text):
        self.messages.append(text)

    def isCanceled(self):
        return False

    def run(self):
        written = {**tables(self.version), "c": version_table(self.version)}
        if self.before is not None:
            written["a"].recompose = lambda: (self.before(), version_table(self.version))[1]
        try:
            Study.open(self.location).write(written, self)
        except BaseException as error:  # noqa: B036 - told to the test, which fails on it
            self.error = error


def writer_held_in_its_lock(location, release: threading.Event) -> Writer:
    """A Writer of version 2, started and held under its write lock until ``release`` is set."""
    writing = threading.Event()

    def under_the_write_lock():
        writing.set()
        assert release.wait(30)

    writer = Writer(location, 2, before=under_the_write_lock)
    writer.start()
    assert writing.wait(30)
    return writer


def wait_for(condition, seconds=30.0):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_a_reader_sees_one_version_while_a_writer_replaces_the_tables_it_reads(study):
    reader = Study.open(study.location)
    writer = Writer(study.location, 2)
    with reader.snapshot():
        assert version_of(reader, "a") == {1}
        writer.start()
        # the writer waits for the snapshot, saying so (without a snapshot it would write now)
        wait_for(lambda: writer.messages or not writer.is_alive())
        assert writer.is_alive() and "is reading the study" in writer.messages[0]
        assert version_of(reader, "b") == {1}, "a table read after another run's write: a mix of versions"
        assert list(reader.read("b")["version"]) == [1] * 50
        assert reader.settings() == {"version": "1"}
        assert "c" not in reader.layer_names() and not reader.has("c")
    writer.join(60)
    assert not writer.is_alive() and writer.error is None, writer.error
    assert version_of(reader, "a") == version_of(reader, "b") == version_of(reader, "c") == {2}
    assert reader.settings() == {"version": "2"}


class Told:
    """A feedback: what it was told, and ``then`` called at the first message."""

    def __init__(self, then=None):
        self.messages, self.then = [], then

    def pushInfo(self, text):
        self.messages.append(text)
        if self.then is not None:
            self.then()

    def isCanceled(self):
        return False


def test_a_snapshot_asked_while_a_writer_writes_reads_one_version(study, request):
    """The writer holds its lock when the snapshot is asked. A GeoPackage's snapshot waits for the write
    to end, saying so, and reads the new version (no run commits during a snapshot, so that QGIS's own
    connections read its version too); a PostGIS snapshot does not wait: the writer waits for it, and it
    reads the previous version. Either way, both tables from one version."""
    reader = Study.open(study.location)
    go = threading.Event()
    writer = writer_held_in_its_lock(study.location, go)
    told = Told(then=go.set)  # the snapshot waiting for the writer lets it go on
    with reader.snapshot(told):
        first = version_of(reader, "a")
        go.set()
        writer.join(2.0)  # given the time to write these few rows (it has, without a snapshot)
        assert version_of(reader, "b") == first, "a table read after another run's write: a mix of versions"
        assert reader.settings() == {"version": str(*first)} and reader.has("c") == (first == {2})
    writer.join(60)
    assert not writer.is_alive() and writer.error is None, writer.error
    if request.node.callspec.params["study"] == "postgis":
        assert first == {1} and "is reading the study" in writer.messages[0]
    else:
        assert first == {2} and "is writing the study" in told.messages[0]
    assert version_of(reader, "a") == version_of(reader, "b") == version_of(reader, "c") == {2}


def test_a_writer_held_too_long_by_a_snapshot_stops_cleanly_and_writes_nothing(study, monkeypatch):
    from ess_territoires.gis import gpkg, postgis

    monkeypatch.setattr(gpkg, "LOCK_WAIT_S", 1.0)
    monkeypatch.setattr(postgis, "LOCK_WAIT_S", 1.0)
    reader = Study.open(study.location)
    with reader.snapshot():
        reader.read("a")
        writer = Writer(study.location, 2)
        writer.start()
        writer.join(30)
        assert isinstance(writer.error, InputError) and "nothing was written" in str(writer.error)
    assert version_of(reader, "a") == version_of(reader, "b") == {1} and not reader.has("c")


def test_a_snapshot_nests_and_a_write_belongs_after_it(study):
    with study.snapshot() as outer:
        assert outer is study
        with study.snapshot():
            assert version_of(study, "a") == {1}
        assert version_of(study, "b") == {1}  # the outer snapshot is still open
        with pytest.raises(RuntimeError, match="write after the block"):
            study.write(tables(3))
    study.write(tables(3))
    assert version_of(study, "a") == {3}


def test_a_snapshot_reads_the_same_tables_as_a_plain_read(study):
    plain = {name: study.read_table(name) for name in ("a", "etude")}
    with study.snapshot():
        for name, table in plain.items():
            again = study.read_table(name)
            pd.testing.assert_frame_equal(again.frame, table.frame)
            assert again.geometry_type == table.geometry_type
            assert [g.ExportToIsoWkt() if g else None for g in again.geometries] == \
                   [g.ExportToIsoWkt() if g else None for g in table.geometries]
        with pytest.raises(InputError, match="no layer 'absente'"):
            study.read_table("absente")


def test_a_writer_whose_commit_a_reader_holds_too_long_stops_cleanly(study, request, monkeypatch):
    """A reader holds a read transaction past LOCK_WAIT_S when the writer commits: in a GeoPackage,
    another program's (no flock) or, in PostGIS, a snapshot begun after the writer took its lock. The
    writer says it waits for a reader, then stops with a clear message and writes nothing; in WAL it
    does not wait: it commits, the reader keeps its version."""
    from ess_territoires.gis import gpkg, postgis

    monkeypatch.setattr(gpkg, "LOCK_WAIT_S", 1.0)
    monkeypatch.setattr(postgis, "LOCK_WAIT_S", 1.0)
    home = request.node.callspec.params["study"]
    reader = Study.open(study.location)
    if home == "postgis":
        snapshot_open = threading.Event()
        writer = writer_held_in_its_lock(study.location, snapshot_open)
        with reader.snapshot():
            assert version_of(reader, "a") == {1}
            snapshot_open.set()
            writer.join(30)
            assert version_of(reader, "b") == {1}
    else:
        other_program = sqlite3.connect(study.location, isolation_level=None)
        other_program.execute("BEGIN")
        assert other_program.execute("SELECT DISTINCT version FROM a").fetchall() == [(1,)]
        writer = Writer(study.location, 2)
        writer.start()
        writer.join(30)
        assert other_program.execute("SELECT DISTINCT version FROM b").fetchall() == [(1,)]
        other_program.close()
    assert not writer.is_alive()
    wal = home == "gpkg-wal"
    if wal:
        assert writer.error is None, writer.error
    else:
        assert isinstance(writer.error, InputError) and "nothing was written" in str(writer.error), writer.error
        assert any("is reading the study" in message for message in writer.messages), writer.messages
    expected = {2} if wal else {1}
    assert version_of(reader, "a") == version_of(reader, "b") == expected and reader.has("c") == wal


WRITER_PROCESS = """
import sys
sys.path.insert(0, sys.argv[2])
sys.path.insert(0, sys.argv[3])
from ess_territoires.gis.study import Study
from test_study_snapshot import tables, version_table

class Told:
    def pushInfo(self, text):
        print(text, flush=True)

    def isCanceled(self):
        return False

Study.open(sys.argv[1]).write({**tables(2), "c": version_table(2)}, Told())
print("written", flush=True)
"""


def test_a_writer_in_another_process_waits_for_the_snapshot_then_writes_whole(study, tmp_path):
    """As the first test, with the writer in another process (the locks between processes)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    out = tmp_path / "writer.txt"
    reader = Study.open(study.location)
    with reader.snapshot():
        assert version_of(reader, "a") == {1}
        with out.open("w") as stdout, (tmp_path / "writer.err").open("w") as stderr:
            writer = subprocess.Popen([sys.executable, "-c", WRITER_PROCESS, study.location, str(root),
                                       str(Path(__file__).parent)], stdout=stdout, stderr=stderr,
                                      env={**os.environ, "LANG": "C.UTF-8"})
        wait_for(lambda: "is reading the study" in out.read_text() or writer.poll() is not None, 120)
        assert writer.poll() is None, (tmp_path / "writer.err").read_text()
        assert version_of(reader, "b") == {1} and reader.settings() == {"version": "1"}
        assert not reader.has("c")
    assert writer.wait(120) == 0
    errors = (tmp_path / "writer.err").read_text()
    assert "Traceback" not in errors and "locked" not in errors, errors
    assert "written" in out.read_text()
    assert version_of(reader, "a") == version_of(reader, "b") == version_of(reader, "c") == {2}


@pytest.fixture
def reads_seen(monkeypatch):
    """Every read of a table through a Study: (table, whether it was inside a snapshot)."""
    seen = []
    read, read_table = Study.read, Study.read_table

    def spy(original):
        def reading(self, name, *args, **kwargs):
            seen.append((name, getattr(self._reading, "depth", 0) > 0))
            return original(self, name, *args, **kwargs)
        return reading

    monkeypatch.setattr(Study, "read", spy(read))
    monkeypatch.setattr(Study, "read_table", spy(read_table))
    return seen


def test_the_indicators_and_the_portrait_read_their_tables_in_one_snapshot(beauvaisis_study, tmp_path, reads_seen):
    import shutil

    from ess_territoires.gis.portrait_data import read_portrait
    from ess_territoires.gis.study_indicators import compute_study_indicators

    path = tmp_path / "etude.gpkg"
    shutil.copy(beauvaisis_study[0], path)
    study = Study.open(path)
    compute_study_indicators(study)
    inputs = {name for name, _ in reads_seen} - {"imports"}  # the run log: composed again under the write lock
    assert {"communes", "epci", "pays", "ess_communes", "emploi_communes", "etude"} <= inputs
    assert all(inside for name, inside in reads_seen if name != "imports"), reads_seen
    reads_seen.clear()
    read_portrait(study, "200067999")
    assert {"indicateurs_pays", "indicateurs_epci", "indicateurs_communes", "etude"} <= {n for n, _ in reads_seen}
    assert all(inside for _, inside in reads_seen), reads_seen
