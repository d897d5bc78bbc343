"""A national-mode stock (INSEE publishes national files only): the import shows percent and time
left, and a cancel stops it within 2 s leaving the study as it was, whatever the phase."""
import sqlite3
import threading
import time
import zipfile

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from ess_territoires.core import progress, reference
from ess_territoires.core.synthetic import generate_sirene
from ess_territoires.processing.runner import processing_run

CANCEL_BOUND_SECONDS = 2.0


@pytest.fixture(scope="module")
def national(qgis_app, tmp_path_factory):
    """300,000 establishments over all of France, as zips and as extracted CSVs, and a study of the
    three Pays with a first import done."""
    folder = tmp_path_factory.mktemp("national")
    zips = generate_sirene(reference.communes_france(), folder, seed=11, national_rows=300_000)
    csvs = {}
    for role in ("etablissements", "unites_legales"):
        with zipfile.ZipFile(zips[role]) as archive:
            (member,) = archive.namelist()
            csvs[role] = folder / member
            archive.extract(member, folder)
    study = folder / "etude.gpkg"
    processing_run("ess_territoires:import_sirene", {
        "ETABLISSEMENTS": str(csvs["etablissements"]), "UNITES_LEGALES": str(csvs["unites_legales"]),
        "TERRITOIRE": "grand-amienois+grand-beauvaisis+pays-de-thierache", "OUTPUT": str(study)})
    return {"zip": zips, "csv": csvs, "study": study}


def tables(path) -> dict:
    """Every table of the GeoPackage, row by row."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {name: con.execute(f'SELECT * FROM "{name}"').fetchall() for name in sorted(names)}


class CancelAt(QgsProcessingFeedback):
    """Cancelled from another thread (as the panel's and the dialog's Cancel buttons do) once the
    run has reported ``percent``; remembers when."""

    def __init__(self, percent):
        super().__init__()
        self.target = percent
        self.canceled_at = None
        self.texts = []
        self.done = threading.Event()
        self.watcher = threading.Thread(target=self._watch, daemon=True)
        self.watcher.start()

    def _watch(self):
        while not self.done.is_set():
            if self.progress() >= self.target:
                self.canceled_at = time.monotonic()
                self.cancel()
                return
            time.sleep(0.001)

    def setProgressText(self, text):
        super().setProgressText(text)
        self.texts.append(text)


@pytest.mark.parametrize("kind, percent", [("csv", 15), ("csv", 75), ("csv", 99), ("zip", 30)])
def test_cancel_returns_within_two_seconds_and_leaves_the_study_as_it_was(national, tmp_path, kind, percent):
    study = tmp_path / "etude.gpkg"
    study.write_bytes(national["study"].read_bytes())
    before_bytes, before_tables = study.read_bytes(), tables(study)
    files = national[kind]
    feedback = CancelAt(percent)
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        try:
            processing_run("ess_territoires:import_sirene", {
                "ETABLISSEMENTS": str(files["etablissements"]), "UNITES_LEGALES": str(files["unites_legales"]),
                "OUTPUT": str(study)}, feedback)
        finally:
            returned_at = time.monotonic()
            feedback.done.set()
    assert feedback.canceled_at is not None
    assert returned_at - feedback.canceled_at < CANCEL_BOUND_SECONDS
    assert study.read_bytes() == before_bytes
    assert tables(study) == before_tables
    assert sorted(p.name for p in tmp_path.iterdir()) == ["etude.gpkg"]


class SteadyClock:
    """One second per reading: the time left no longer depends on this machine's speed."""

    def __init__(self):
        self.now = 0.0

    def __call__(self):
        self.now += 1.0
        return self.now


def test_processing_reports_percent_and_time_left(national, tmp_path, monkeypatch):
    monkeypatch.setattr(progress, "clock", SteadyClock())
    study = tmp_path / "etude.gpkg"
    study.write_bytes(national["study"].read_bytes())
    feedback = CancelAt(101)  # never cancels: records the progress texts
    files = national["zip"]
    try:
        processing_run("ess_territoires:import_sirene", {
            "ETABLISSEMENTS": str(files["etablissements"]), "UNITES_LEGALES": str(files["unites_legales"]),
            "OUTPUT": str(study)}, feedback)
    finally:
        feedback.done.set()
    assert feedback.texts[0].endswith(" % (estimating the time left…)")
    estimates = [t for t in feedback.texts if "left)" in t]
    assert len(estimates) > 20, feedback.texts
    percents = [int(t.split(" ")[0]) for t in feedback.texts]
    assert percents == sorted(set(percents))  # one text per whole percent, in order
    assert all(" % (about " in t for t in estimates)
