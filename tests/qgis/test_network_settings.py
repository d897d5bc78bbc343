"""The proxy and addresses configured in QGIS reach the web clients (which know nothing of QGIS)."""
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QSettings

from ess_territoires.gis import network
from tests.fakes.fake_recherche_entreprises import FakeRechercheEntreprises


def qgis_settings(tmp_path, **values) -> QgsSettings:
    settings = QgsSettings(str(tmp_path / "QGIS3.ini"), QSettings.Format.IniFormat)
    for key, value in values.items():
        settings.setValue(key, value)
    return settings


def test_no_proxy_configured_lets_requests_use_the_system(tmp_path):
    assert network.proxies("https://recherche-entreprises.api.gouv.fr", qgis_settings(tmp_path)) == {}


def test_an_http_proxy_with_credentials(tmp_path):
    settings = qgis_settings(tmp_path, **{
        "proxy/proxyEnabled": True, "proxy/proxyType": "HttpProxy", "proxy/proxyHost": "proxy.cress.local",
        "proxy/proxyPort": "3128", "proxy/proxyUser": "carto", "proxy/proxyPassword": "p@ss word",
        "proxy/noProxyUrls": ["https://geo.api.gouv.fr"]})
    address = "http://carto:p%40ss%20word@proxy.cress.local:3128"
    assert network.proxies("https://recherche-entreprises.api.gouv.fr", settings) == {"http": address, "https": address}
    assert network.proxies("https://geo.api.gouv.fr/communes", settings) == {"no_proxy": "geo.api.gouv.fr"}


def test_the_api_client_goes_through_the_qgis_proxy(tmp_path):
    with FakeRechercheEntreprises() as proxy:
        host, port = proxy.url.split("//")[1].split(":")
        settings = qgis_settings(tmp_path, **{
            "proxy/proxyEnabled": True, "proxy/proxyType": "HttpProxy", "proxy/proxyHost": host,
            "proxy/proxyPort": port.rstrip("/"), "ess_territoires/api_recherche_entreprises_url":
                "http://recherche-entreprises.invalid"})
        client = network.api_client(settings=settings)
        client.get_json("/search", {"est_ess": "true", "code_commune": "80021", "per_page": 25, "page": 1})
        (request,) = proxy.requests
        assert request.absolute  # sent to the proxy with the API's absolute address
        assert request.headers["User-Agent"].startswith("ESS-Territoires/")
