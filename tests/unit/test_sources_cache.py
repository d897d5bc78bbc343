"""The cache_api table: a proper GeoPackage attributes table, keys, dates."""
import re
import sqlite3

import pytest
from osgeo import ogr, osr

from ess_territoires.core.errors import InputError
from ess_territoires.sources.cache import ResponseCache, request_key


def test_a_new_cache_file_is_a_geopackage_that_gdal_opens(tmp_path):
    path = tmp_path / "cache.gpkg"
    with ResponseCache(path) as cache:
        cache.put("geo_api:/epcis?fields=nom", "https://geo.api.gouv.fr/epcis?fields=nom", {"fields": "nom"},
                  200, '[{"nom": "CC de la Thiérache du Centre"}]')
    ds = ogr.Open(str(path))
    assert ds is not None and ds.GetDriver().GetName() == "GPKG"
    layer = ds.GetLayerByName("cache_api")
    assert layer is not None and layer.GetGeomType() == ogr.wkbNone
    feature = layer.GetNextFeature()
    assert feature["request_key"] == "geo_api:/epcis?fields=nom"
    assert "Thiérache" in feature["response"]
    assert feature["status"] == 200
    ds = None
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
    assert db.execute("SELECT data_type FROM gpkg_contents WHERE table_name = 'cache_api'").fetchone() == (
        "attributes",)


def test_the_table_is_registered_in_an_existing_study_geopackage(tmp_path):
    path = tmp_path / "etude.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2154)
    layer = ds.CreateLayer("communes", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("code_commune", ogr.OFTString))
    ds = None
    with ResponseCache(path) as cache:
        cache.put("k", "u", {}, 200, "{}")
    ds = ogr.Open(str(path), 1)
    names = sorted(ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount()))
    assert names == ["cache_api", "communes"]
    ds = None
    # GDAL can still write into the file, and the cache can reopen it afterwards
    ds = ogr.Open(str(path), 1)
    ds.CreateLayer("epci", srs, ogr.wkbPolygon)
    ds = None
    with ResponseCache(path) as cache:
        assert cache.get("k").text == "{}"


def test_plain_sqlite_file_without_geopackage_tables(tmp_path):
    path = tmp_path / "cache.sqlite"
    sqlite3.connect(path).execute("CREATE TABLE other (a)").connection.commit()
    with ResponseCache(path) as cache:
        cache.put("k", "u", {}, 200, "[]")
        assert cache.get("k").text == "[]"


def test_put_replaces_and_dates_the_answer(tmp_path):
    with ResponseCache(tmp_path / "c.gpkg") as cache:
        assert cache.get("k") is None
        cache.put("k", "http://a/x", {"a": "1"}, 200, "[1]")
        cache.put("k", "http://b/x", {"a": "1"}, 200, "[2]")
        got = cache.get("k")
        assert cache.count() == 1
        assert (got.text, got.url, got.status) == ("[2]", "http://b/x", 200)
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", got.fetched_at)


def test_request_key_ignores_order_and_base_url_but_not_values():
    a = request_key("recherche_entreprises", "/search", {"page": 2, "epci": "200070969", "est_ess": True})
    b = request_key("recherche_entreprises", "/search", {"est_ess": "true", "epci": "200070969", "page": "2"})
    assert a == b == "recherche_entreprises:/search?epci=200070969&est_ess=true&page=2"
    assert a != request_key("recherche_entreprises", "/search", {"page": 3, "epci": "200070969", "est_ess": True})
    assert a != request_key("geo_api", "/search", {"page": 2, "epci": "200070969", "est_ess": True})


def test_a_file_that_is_not_sqlite_is_refused_clearly(tmp_path):
    path = tmp_path / "notes.gpkg"
    path.write_text("ceci n'est pas une base de données\n" * 100)
    with pytest.raises(InputError, match="cannot be used"):
        ResponseCache(path)
