"""The QGIS side of the network settings: proxy, User-Agent, API addresses, offline mode.

``sources/`` knows nothing of QGIS: this module reads QGIS's settings and hands the clients
their base URL, proxies, headers and retry options (``api_client``, ``geo_client``).

Our settings (QgsSettings, section ``ess_territoires``), each with its default:
    ess_territoires/api_recherche_entreprises_url  https://recherche-entreprises.api.gouv.fr
    ess_territoires/geo_api_url                    https://geo.api.gouv.fr
    ess_territoires/offline                        false  (true: no network call at all)
    ess_territoires/max_retries                    4      (5xx answers, timeouts, connection errors)
    ess_territoires/retry_backoff_s                1.0    (first wait; doubles each retry, at most 30 s)
A command-line option or algorithm parameter overrides the URL settings; offline mode is on
when either the parameter or the setting asks for it (a parameter cannot lift the setting).

QGIS's proxy (Settings > Options > Network), as QGIS 3.22 to 3.40 store it: ``proxy/proxyEnabled``,
``proxy/proxyHost``, ``proxy/proxyPort``, ``proxy/proxyUser``, ``proxy/proxyPassword``,
``proxy/proxyType`` (DefaultProxy, Socks5Proxy, HttpProxy, HttpCachingProxy, FtpCachingProxy),
``proxy/noProxyUrls`` and the older ``proxy/proxyExcludedUrls`` (URL prefixes that go direct).
DefaultProxy means the system's proxy, which requests reads itself (environment variables,
or the registry on Windows). Credentials kept in QGIS's authentication database
(``proxy/authcfg``) are not read: give them as proxy user and password.
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from .. import __about__
from ..sources import addresses

KEY_API_URL = "ess_territoires/api_recherche_entreprises_url"
KEY_GEO_URL = "ess_territoires/geo_api_url"
KEY_OFFLINE = "ess_territoires/offline"
KEY_MAX_RETRIES = "ess_territoires/max_retries"
KEY_BACKOFF = "ess_territoires/retry_backoff_s"
DEFAULT_MAX_RETRIES = 4
DEFAULT_BACKOFF = 1.0

HTTP_PROXY_TYPES = ("HttpProxy", "HttpCachingProxy")
SOCKS_PROXY_TYPES = ("Socks5Proxy",)


@dataclass
class NetworkSettings:
    api_url: str = addresses.RECHERCHE_ENTREPRISES_URL
    geo_url: str = addresses.GEO_API_URL
    offline: bool = False
    max_retries: int = DEFAULT_MAX_RETRIES
    backoff: float = DEFAULT_BACKOFF


def _settings(settings=None):
    if settings is not None:
        return settings
    from qgis.core import QgsSettings

    return QgsSettings()


def _text(settings, key, default="") -> str:
    value = settings.value(key, default)
    return default if value is None else str(value).strip()


def _bool(settings, key, default=False) -> bool:
    value = settings.value(key, default)
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("true", "1", "yes", "on")


def _number(settings, key, default, kind):
    try:
        return kind(settings.value(key, default))
    except (TypeError, ValueError):
        return default


def _list(settings, key) -> list:
    value = settings.value(key, [])
    if value is None:
        return []
    if isinstance(value, str):
        value = value.split("|")
    return [str(v).strip() for v in value if str(v).strip()]


def load_settings(settings=None) -> NetworkSettings:
    """Our network settings from QgsSettings (or from ``settings``, anything with ``value(key, default)``)."""
    s = _settings(settings)
    return NetworkSettings(
        api_url=_text(s, KEY_API_URL) or addresses.RECHERCHE_ENTREPRISES_URL,
        geo_url=_text(s, KEY_GEO_URL) or addresses.GEO_API_URL,
        offline=_bool(s, KEY_OFFLINE),
        max_retries=max(0, _number(s, KEY_MAX_RETRIES, DEFAULT_MAX_RETRIES, int)),
        backoff=max(0.0, _number(s, KEY_BACKOFF, DEFAULT_BACKOFF, float)),
    )


def proxies(url: str, settings=None) -> dict:
    """A requests ``proxies`` dict for ``url`` from QGIS's proxy settings; {} lets requests use
    the system's proxy (environment), as QGIS's DefaultProxy does."""
    s = _settings(settings)
    if not _bool(s, "proxy/proxyEnabled"):
        return {}
    host = urlsplit(url).hostname or ""
    for prefix in _list(s, "proxy/noProxyUrls") + _list(s, "proxy/proxyExcludedUrls"):
        if url.startswith(prefix) or host == prefix:
            return {"no_proxy": host}  # requests then goes direct, whatever the environment says
    kind = _text(s, "proxy/proxyType", "DefaultProxy")
    proxy_host = _text(s, "proxy/proxyHost")
    if kind not in HTTP_PROXY_TYPES + SOCKS_PROXY_TYPES or not proxy_host:
        return {}
    scheme = "socks5h" if kind in SOCKS_PROXY_TYPES else "http"
    user, password = _text(s, "proxy/proxyUser"), _text(s, "proxy/proxyPassword")
    credentials = ""
    if user:
        credentials = quote(user, safe="") + (":" + quote(password, safe="") if password else "") + "@"
    port = _text(s, "proxy/proxyPort")
    address = f"{scheme}://{credentials}{proxy_host}" + (f":{port}" if port and port != "0" else "")
    return {"http": address, "https": address}


def user_agent() -> str:
    """The User-Agent of our requests: the plugin, its version and QGIS's."""
    from qgis.core import Qgis

    return f"ESS-Territoires/{__about__.__version__} (QGIS plugin; QGIS {Qgis.version().split('-')[0]})"


def client_options(url: str, offline: bool = False, cache=None, settings=None) -> dict:
    """Keyword arguments of sources.http.HttpClient for ``url``: cache, offline, proxies, headers, retries."""
    values = load_settings(settings)
    return {"cache": cache, "offline": bool(offline) or values.offline, "proxies": proxies(url, settings),
            "headers": {"User-Agent": user_agent()}, "max_retries": values.max_retries,
            "backoff": values.backoff}


def effective_offline(offline: bool = False, settings=None) -> bool:
    return bool(offline) or load_settings(settings).offline


def api_url(url: str | None = None, settings=None) -> str:
    return (url or "").strip() or load_settings(settings).api_url


def geo_url(url: str | None = None, settings=None) -> str:
    return (url or "").strip() or load_settings(settings).geo_url


def api_client(url: str | None = None, offline: bool = False, cache=None, settings=None, **overrides):
    """A client of API Recherche d'entreprises configured from QGIS (``url`` overrides the setting)."""
    base = api_url(url, settings)
    options = {**client_options(base, offline, cache, settings), **overrides}
    from ..sources import recherche_entreprises

    return recherche_entreprises.make_client(base, **options)


def geo_client(url: str | None = None, offline: bool = False, cache=None, settings=None, **overrides):
    """A client of geo.api.gouv.fr configured from QGIS (``url`` overrides the setting)."""
    base = geo_url(url, settings)
    options = {**client_options(base, offline, cache, settings), **overrides}
    from ..sources import geo_api

    return geo_api.make_client(base, **options)
