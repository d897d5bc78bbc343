"""A study in PostGIS: the same steps, the same tables and figures as in a GeoPackage; the command
line takes either location; writers of one study wait for each other."""
import threading

import pandas as pd
import pytest

from ess_territoires.core.errors import InputError
from ess_territoires.gis.gpkg import Table
from ess_territoires.gis.study import Study
from ess_territoires.processing.runner import processing_run


@pytest.fixture(scope="module")
def beauvaisis_postgis(beauvaisis_study, postgres_server):
    """The Beauvaisis study of conftest, run again from the same stock into a PostGIS schema."""
    _path, stock = beauvaisis_study
    location = postgres_server.new_location("beauvaisis")
    processing_run("ess_territoires:import_sirene", {
        "ETABLISSEMENTS": str(stock["etablissements"]), "UNITES_LEGALES": str(stock["unites_legales"]),
        "GEOLOCALISATION": str(stock["geolocalisation"]), "TERRITOIRE": "epci:200067999", "OUTPUT": location})
    processing_run("ess_territoires:indicateurs", {"GPKG": location})
    return location


def comparable(frame: pd.DataFrame) -> pd.DataFrame:
    """Without the time of the run (settings holding it, run dates and durations)."""
    if "valeur" in frame.columns:
        frame = frame[~frame["valeur"].astype(str).str.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")]
    columns = [c for c in frame.columns if c not in ("date", "duree_s", "entrees")]
    return frame[columns].reset_index(drop=True)


@pytest.mark.parametrize("name", ["communes", "etablissements_ess", "indicateurs_communes", "indicateurs_epci",
                                  "etude"])
def test_import_and_indicators_give_the_same_tables_and_figures_in_postgis(beauvaisis_study, beauvaisis_postgis,
                                                                           name):
    gpkg, postgis = Study.open(beauvaisis_study[0]), Study.open(beauvaisis_postgis)
    assert postgis.provider == "postgres" and name in postgis.layer_names()
    expected, got = gpkg.read(name), postgis.read(name)
    assert list(got.columns) == list(expected.columns)
    pd.testing.assert_frame_equal(comparable(got), comparable(expected), check_dtype=False)
    table = postgis.read_table(name)
    assert len(table.geometries) == len(got)
    if gpkg.read_table(name).geometries[0] is not None:
        assert [g.ExportToWkt() for g in table.geometries[:20]] == \
            [g.ExportToWkt() for g in gpkg.read_table(name).geometries[:20]]


def test_postgis_tables_are_typed_in_lambert93_with_spatial_indexes(beauvaisis_postgis, postgres_server):
    rows = postgres_server.sql("ess", "SELECT f_table_name, srid FROM geometry_columns "
                                      "WHERE f_table_schema = 'beauvaisis' ORDER BY 1")
    assert rows and {srid for _, srid in rows} == {2154}
    indexed = {name for (name,) in postgres_server.sql(
        "ess", "SELECT tablename FROM pg_indexes WHERE schemaname = 'beauvaisis' AND indexdef LIKE '%USING gist%'")}
    assert {"communes", "etablissements_ess"} <= indexed
    types = dict(postgres_server.sql("ess", "SELECT column_name, data_type FROM information_schema.columns "
                                            "WHERE table_schema = 'beauvaisis' AND table_name = 'communes'"))
    assert types["code_commune"] == "text"


def test_the_command_line_takes_a_postgresql_location(postgres_server):
    from test_cli import run  # in a process of its own: the command stops QGIS when it ends

    location = postgres_server.new_location("cli_thierache")
    result = run("etude", "--territoire", "pays-de-thierache", "--out", location)
    assert result.returncode == 0, result.stderr
    assert Study.open(location).territory() == "pays-de-thierache"
    assert f"QGIS project of the study stored in the database: {Study.open(location).project_location()}" \
        in result.stdout.splitlines()
    assert len(Study.open(location).read("communes")) == 160
    absent = f"postgresql://postgres@127.0.0.1:{postgres_server.port}/absente?schema=x"
    result = run("indicateurs", "--gpkg", absent)
    assert result.returncode == 2
    assert "Cannot connect to the PostgreSQL study" in result.stderr and "Traceback" not in result.stderr


def test_a_second_writer_waits_for_the_first_then_writes_whole(postgis_location, monkeypatch):
    from ess_territoires.gis import postgis

    study = Study.open(postgis_location)
    study.write({"t": Table(pd.DataFrame({"v": [0]}))})
    holder = study._store.connect()
    cursor = holder.cursor()
    cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))",
                   (f"ess_territoires:ess:{study._store.schema}",))
    messages = []

    class Told:
        def pushInfo(self, text):
            messages.append(text)

        def isCanceled(self):
            return False

    monkeypatch.setattr(postgis, "LOCK_WAIT_S", 0.5)
    with pytest.raises(InputError, match="nothing was written"):
        study.write({"t": Table(pd.DataFrame({"v": [1]}))}, Told())
    assert messages and "waiting" in messages[0]
    assert list(study.read("t")["v"]) == [0]
    monkeypatch.setattr(postgis, "LOCK_WAIT_S", 30)
    writer = threading.Thread(target=study.write, args=({"t": Table(pd.DataFrame({"v": [2, 3]}))},))
    writer.start()
    writer.join(0.5)
    assert writer.is_alive() and list(study.read("t")["v"]) == [0]  # waits; readers see the previous table
    holder.rollback()
    writer.join(10)
    assert list(study.read("t")["v"]) == [2, 3]
    holder.close()
