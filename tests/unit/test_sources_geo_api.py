"""geo.api.gouv.fr client against the fake server."""
import pandas as pd
import pytest

from ess_territoires.core.errors import InputError
from ess_territoires.sources import geo_api
from ess_territoires.sources.cache import ResponseCache
from ess_territoires.sources.http import ApiError
from tests.fakes.fake_geo_api import FakeGeoApi

EPCIS_80 = {"200070969": "CC Avre Luce Noye", "248000531": "CA Amiens Métropole"}
EPCIS_02 = {"240200444": "CC de la Thiérache du Centre"}


@pytest.fixture(scope="module")
def geo_server():
    with FakeGeoApi() as fake:
        fake.add_departement("80", EPCIS_80, communes_per_epci=6)
        fake.add_departement("02", EPCIS_02, communes_per_epci=4)
        yield fake


@pytest.fixture
def server(geo_server):
    geo_server.reset()
    yield geo_server


def fast(url, **options):
    return geo_api.make_client(url, max_per_second=1000, backoff=0.01, max_backoff=0.05, **options)


def test_communes_of_a_departement_with_contours(server):
    frame = geo_api.communes_of_departement(fast(server.url), "80")
    assert list(frame.columns) == geo_api.COMMUNE_COLUMNS
    assert len(frame) == 12
    assert frame["code_commune"].str.startswith("80").all()
    first = frame.iloc[0]
    source = server.communes[first["code_commune"]]
    assert first["nom"] == source["nom"] and "É" in first["nom"]
    assert first["population"] == source["population"]
    assert first["surface_ha"] == source["surface"]
    assert first["code_epci"] == source["codeEpci"]
    assert first["code_departement"] == "80"
    assert first["geometry"] == source["contour"]
    (request,) = server.requests
    assert request.path == "/departements/80/communes"
    assert request.query["format"] == "geojson" and request.query["geometry"] == "contour"
    assert set(request.query["fields"].split(",")) >= {"code", "nom", "population", "surface", "codeEpci"}


def test_communes_of_an_epci(server):
    frame = geo_api.communes_of_epci(fast(server.url), "240200444")
    assert len(frame) == 4
    assert (frame["code_epci"] == "240200444").all()
    assert (frame["code_departement"] == "02").all()
    assert frame["code_commune"].str.len().eq(5).all()  # "02001": the leading zero stays


def test_communes_of_several_areas_once_each(server):
    frame = geo_api.communes_of(fast(server.url), departements=["80"], epcis=["248000531", "240200444"])
    assert len(frame) == 16
    assert frame["code_commune"].is_unique and frame["code_commune"].is_monotonic_increasing


def test_unknown_departement_or_epci_is_a_clear_input_error(server):
    with pytest.raises(InputError, match="département 99 does not exist"):
        geo_api.communes_of_departement(fast(server.url), "99")
    with pytest.raises(InputError, match="EPCI 999999999 does not exist"):
        geo_api.communes_of_epci(fast(server.url), "999999999")
    with pytest.raises(InputError, match="EPCI 999999999 does not exist"):
        geo_api.epci(fast(server.url), "999999999")


def test_epci_names(server):
    frame = geo_api.epcis(fast(server.url))
    assert list(frame.columns) == geo_api.EPCI_COLUMNS
    assert dict(zip(frame["code_epci"], frame["nom"])) == {**EPCIS_80, **EPCIS_02}
    somme = geo_api.epcis(fast(server.url), departement="80")
    assert set(somme["code_epci"]) == set(EPCIS_80)
    one = geo_api.epci(fast(server.url), "248000531")
    assert one["nom"] == "CA Amiens Métropole" and one["codes_departements"] == "80"
    assert one["population"] == sum(c["population"] for c in server.communes.values()
                                    if c["codeEpci"] == "248000531")


def test_offline_second_run_gives_the_same_result(server, tmp_path):
    cache = ResponseCache(tmp_path / "etude.gpkg")
    online = geo_api.communes_of(fast(server.url, cache=cache), departements=["80", "02"])
    names = geo_api.epcis(fast(server.url, cache=cache))
    offline_http = fast("http://127.0.0.1:9", cache=cache, offline=True)
    pd.testing.assert_frame_equal(online, geo_api.communes_of(offline_http, departements=["80", "02"]))
    pd.testing.assert_frame_equal(names, geo_api.epcis(offline_http))
    assert len(server.requests) == 3


def test_server_errors_are_retried(server):
    server.add_fault(status=502, count=2)
    frame = geo_api.communes_of_departement(fast(server.url), "02")
    assert len(frame) == 4 and len(server.requests) == 3


def test_an_answer_of_another_service_fails_clearly(server):
    server.add_fault(body=b'{"results": []}')
    with pytest.raises(ApiError, match="--geo-url"):
        geo_api.communes_of_departement(fast(server.url), "80")


def test_malformed_json_fails_clearly(server):
    server.add_fault(body=b"<html>proxy error</html>")
    with pytest.raises(ApiError, match="not valid JSON"):
        geo_api.epcis(fast(server.url))
