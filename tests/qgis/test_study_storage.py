"""Study: the one way to a study's storage (open, read, write all or nothing, settings, run log,
rejected rows, API cache, QGIS layers and styles)."""
import shutil
import socket

import pandas as pd
import pytest
from osgeo import ogr
from qgis.core import QgsVectorLayer

from ess_territoires.core.errors import Cancelled, InputError
from ess_territoires.core.progress import Feedback
from ess_territoires.gis.gpkg import Table
from ess_territoires.gis.study import Study, import_row


def copy_study(source: Study, target: Study):
    """Every table of ``source`` written into ``target`` (the same study in another home)."""
    target.write({name: source.read_table(name) for name in source.layer_names()})
    return target


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(params=["gpkg", "postgis"])
def study(request, study_3pays, tmp_path):
    """The study of the three Pays, in a GeoPackage and in a PostGIS schema: one behaviour for both."""
    path = tmp_path / "etude.gpkg"
    shutil.copy(study_3pays, path)
    if request.param == "gpkg":
        return Study.open(path)
    return copy_study(Study.open(path), Study.open(request.getfixturevalue("postgis_location")))


def test_a_location_is_a_geopackage_or_a_postgresql_uri(tmp_path, postgres_server):
    with pytest.raises(InputError, match=r"must end in \.gpkg"):
        Study.open(tmp_path / "etude.sqlite")
    with pytest.raises(InputError, match="must not hold a password") as error:
        Study.open("postgresql://cress:secret@localhost:5432/observatoire?schema=thierache")
    assert "secret" not in str(error.value)
    with pytest.raises(InputError, match=r"dbname\?schema=NAME"):
        Study.open("postgresql://cress@localhost:5432/observatoire")
    with pytest.raises(InputError, match="cannot hold a study"):
        Study.open("postgresql://cress@localhost:5432/observatoire?schema=Drop;Table")
    unreachable = Study.open(f"postgresql://cress@127.0.0.1:{free_port()}/observatoire?schema=thierache")
    with pytest.raises(InputError, match="Cannot connect to the PostgreSQL study"):
        unreachable.layer_names()
    remote = Study.open(postgres_server.new_location("absente"))
    assert str(remote) == postgres_server.new_location("absente")
    assert not remote.exists() and remote.layer_names() == [] and remote.settings() == {}
    assert not remote.exists()  # opening writes nothing
    absent = Study.open(tmp_path / "absente.gpkg")
    assert str(absent) == str(tmp_path / "absente.gpkg")
    assert not absent.exists() and absent.layer_names() == [] and absent.settings() == {}
    assert not (tmp_path / "absente.gpkg").exists()  # opening writes nothing


def test_read_keeps_codes_as_text_and_read_table_adds_the_geometries(study):
    communes = study.read("communes", ["code_commune", "population"])
    assert list(communes.columns) == ["code_commune", "population"] and len(communes) == 860
    assert communes["code_commune"].map(type).eq(str).all() and communes["code_commune"].str.len().eq(5).all()
    assert communes["code_commune"].str.startswith("02").sum() == 160  # the Thiérache's, leading zero kept
    pays = study.read_table("pays")
    assert len(pays.geometries) == len(pays.frame) == 3
    assert all(g.GetGeometryType() == ogr.wkbMultiPolygon for g in pays.geometries)
    with_fid = study.read("pays", ["code_pays"], fid=True)
    assert list(with_fid.columns) == ["fid", "code_pays"] and list(with_fid["fid"]) == [1, 2, 3]


def test_write_is_all_or_nothing(study, tmp_path):
    before = {name: study.read(name) for name in study.layer_names()}
    feedback = Feedback()
    feedback.cancel()
    new = Table(pd.DataFrame({"code": ["01"], "valeur": [1.5]}), description="essai")
    with pytest.raises(Cancelled):
        study.write({"essai": new, "pays": Table(pd.DataFrame({"code_pays": ["x"]}))}, feedback)
    assert set(study.layer_names()) == set(before)
    pd.testing.assert_frame_equal(study.read("pays"), before["pays"])
    study.write({"essai": new})
    pd.testing.assert_frame_equal(study.read("essai"), new.frame)
    if study.provider == "ogr":
        assert sorted(p.name for p in tmp_path.iterdir()) == ["etude.gpkg"]
    else:
        assert "essai__ecriture" not in study.layer_names()


def test_settings_run_log_and_rejected_rows_are_tables_to_write_with_the_run(study):
    assert study.territory() == "grand-amienois+grand-beauvaisis+pays-de-thierache"
    assert study.check("grand-amienois+grand-beauvaisis+pays-de-thierache") is True
    with pytest.raises(InputError, match="was created for the territory"):
        study.check("pays-de-thierache")
    rejets = pd.DataFrame({"siret": ["1", "2"], "motif_rejet": ["a", "b"]})
    tables = {"etude": study.with_settings({"date_stock": "2026-10-31"}),
              "imports": study.append_import(import_row("essai", ["f.csv"], {"lignes": 2}, 0.0)),
              "rejets": study.replace_rejets(rejets, "essai")}
    assert study.settings().get("date_stock") is None  # nothing written yet
    study.write(tables)
    assert study.settings()["date_stock"] == "2026-10-31"
    assert study.settings()["territoire_id"] == study.territory()
    assert list(study.read("imports")["etape"]) == ["etude", "essai"]
    study.write({"rejets": study.replace_rejets(rejets.iloc[:1], "autre")})
    study.write({"rejets": study.replace_rejets(rejets.iloc[1:], "essai")})
    kept = study.read("rejets")
    assert sorted(zip(kept["etape"], kept["siret"])) == [("autre", "1"), ("essai", "2")]


def test_a_new_location_is_not_a_study_until_written(tmp_path):
    new = Study.open(tmp_path / "neuve.gpkg")
    assert new.check("pays-de-thierache") is False
    with pytest.raises(InputError, match="give a territory"):
        new.check()
    assert not new.is_study()


def test_the_api_cache_is_opened_only_when_used(study, tmp_path):
    assert study.api_cache(offline=True) is None
    with pytest.raises(InputError, match="holds no cached API answers"):
        study.api_cache(offline=True, required=True)
    cache = study.api_cache()
    assert cache.count() == 0 and "cache_api" not in study.layer_names()  # nothing stored, nothing written
    cache.put("api:/search?q=x", "http://api/search?q=x", {"q": "x"}, 200, '{"results": []}')
    cache.close()
    again = study.api_cache(offline=True)
    assert again.get("api:/search?q=x").text == '{"results": []}'
    again.close()
    assert "cache_api" in study.layer_names()


def test_qgis_reads_the_layers_and_their_styles_from_the_study(study):
    from ess_territoires.gis import layers

    layer = QgsVectorLayer(study.layer_uri("epci"), "EPCI", study.provider)
    assert layer.isValid() and layer.featureCount() == 17
    assert study.layer_name_of(layer.source()) == "epci"
    other = Study.open(str(study) + ".autre.gpkg" if study.provider == "ogr" else str(study) + "_autre")
    assert other.layer_name_of(layer.source()) is None
    assert study.numeric_fields("epci") == ["nb_communes", "population", "surface_km2"]
    assert study.numeric_fields("absente") == []
    assert not study.has_default_style("epci")
    layer = layers.open_layer(study, "epci")
    layer.setOpacity(0.5)
    study.save_style(layer, "epci")
    study.save_style(layer, "epci")  # replaced, never duplicated (QGIS 3.22 would ask in a dialog)
    assert study.has_default_style("epci")
    assert len(study.read("layer_styles").query("f_table_name == 'epci'")) == 1
    assert layers.open_layer(study, "epci").opacity() == pytest.approx(0.5)


def test_a_second_writer_of_a_geopackage_waits_then_stops_cleanly_or_writes_whole(tmp_path, monkeypatch):
    import fcntl
    import os
    import threading

    from ess_territoires.gis import gpkg

    study = Study.open(tmp_path / "verrou.gpkg")
    study.write({"t": Table(pd.DataFrame({"v": [0]}))})
    holder = os.open(tmp_path / "verrou.gpkg", os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX)  # another run writing
    told = []
    feedback = Feedback()
    feedback.pushInfo = told.append
    monkeypatch.setattr(gpkg, "LOCK_WAIT_S", 0.5)
    with pytest.raises(InputError, match="nothing was written"):
        study.write({"t": Table(pd.DataFrame({"v": [1]}))}, feedback)
    assert told and "waiting" in told[0] and list(study.read("t")["v"]) == [0]
    monkeypatch.setattr(gpkg, "LOCK_WAIT_S", 30)
    writer = threading.Thread(target=study.write, args=({"t": Table(pd.DataFrame({"v": [2, 3]}))},))
    writer.start()
    writer.join(0.5)
    assert writer.is_alive() and list(study.read("t")["v"]) == [0]  # readers see the previous table
    os.close(holder)
    writer.join(10)
    assert list(study.read("t")["v"]) == [2, 3]
