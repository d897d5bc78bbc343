"""Client of geo.api.gouv.fr: communes (contour, population, surface, EPCI) and EPCI names.

Used to refresh or extend the reference geography so that a territory can be built anywhere
in France. Results are plain pandas structures; geometries stay GeoJSON dicts in WGS84
(EPSG:4326) and are written into the study GeoPackage by the QGIS side.

Commune frames have the columns COMMUNE_COLUMNS:
    code_commune (INSEE code, string), nom, population (int, 0 when unknown), surface_ha
    (float, hectares as the API gives it), code_epci (SIREN or ""), code_departement,
    geometry (GeoJSON Polygon/MultiPolygon dict, or None).
EPCI frames have the columns EPCI_COLUMNS:
    code_epci, nom, type (CA, CC, CU, METRO, MET69), population (int), codes_departements
    (comma-separated string).
"""
from collections.abc import Iterable
from typing import Optional

import pandas as pd

from ..core.errors import InputError
from ..core.i18n import tr
from ..core.progress import check_canceled
from . import addresses
from .http import ApiError, HttpClient, NotFoundError

DEFAULT_BASE_URL = addresses.GEO_API_URL
NAMESPACE = "geo_api"
COMMUNE_FIELDS = "code,nom,population,surface,codeEpci,codeDepartement"
EPCI_FIELDS = "code,nom,type,population,codesDepartements"
COMMUNE_COLUMNS = ["code_commune", "nom", "population", "surface_ha", "code_epci", "code_departement", "geometry"]
EPCI_COLUMNS = ["code_epci", "nom", "type", "population", "codes_departements"]


def make_client(base_url: str = DEFAULT_BASE_URL, **options) -> HttpClient:
    """An HttpClient for this API (options: cache, offline, proxies, headers, max_per_second…)."""
    return HttpClient(base_url or DEFAULT_BASE_URL, NAMESPACE, **options)


def communes_of_departement(http: HttpClient, code: str, feedback=None) -> pd.DataFrame:
    """The communes of a département (code "80", "2A", "971"…), with their contours."""
    code = str(code).strip().upper()
    return _communes(http, f"/departements/{code}/communes",
                     tr("The département {code} does not exist. Use an INSEE code such as 80, 2A or 971.")
                     .format(code=code), feedback)


def communes_of_epci(http: HttpClient, code: str, feedback=None) -> pd.DataFrame:
    """The communes of an EPCI (its 9-digit SIREN), with their contours."""
    code = str(code).strip()
    return _communes(http, f"/epcis/{code}/communes",
                     tr("The EPCI {code} does not exist. Use the 9-digit SIREN of the EPCI.").format(code=code),
                     feedback)


def communes_of(http: HttpClient, departements: Iterable[str] = (), epcis: Iterable[str] = (),
                feedback=None) -> pd.DataFrame:
    """The communes of several départements and EPCIs, once each, sorted by code."""
    asked = [(communes_of_departement, c) for c in departements] + [(communes_of_epci, c) for c in epcis]
    frames = []
    for index, (function, code) in enumerate(asked):
        check_canceled(feedback)
        frames.append(function(http, code, feedback))
        if feedback is not None:
            feedback.setProgress(100.0 * (index + 1) / len(asked))
    if not frames:
        return pd.DataFrame(columns=COMMUNE_COLUMNS)
    frame = pd.concat(frames, ignore_index=True).drop_duplicates("code_commune")
    return frame.sort_values("code_commune").reset_index(drop=True)


def epcis(http: HttpClient, departement: Optional[str] = None, feedback=None) -> pd.DataFrame:
    """All EPCIs (names, type, population), or those of one département."""
    params = {"fields": EPCI_FIELDS}
    if departement:
        params["codeDepartement"] = str(departement).strip().upper()
    data = http.get_json("/epcis", params, feedback)
    if not isinstance(data, list):
        raise _unexpected(http, "/epcis")
    return _epci_frame(data)


def epci(http: HttpClient, code: str, feedback=None) -> dict:
    """One EPCI as a dict of EPCI_COLUMNS."""
    code = str(code).strip()
    try:
        data = http.get_json(f"/epcis/{code}", {"fields": EPCI_FIELDS}, feedback)
    except NotFoundError as exc:
        raise InputError(tr("The EPCI {code} does not exist. Use the 9-digit SIREN of the EPCI.")
                         .format(code=code)) from exc
    if not isinstance(data, dict):
        raise _unexpected(http, f"/epcis/{code}")
    return _epci_frame([data]).iloc[0].to_dict()


def _communes(http: HttpClient, path: str, not_found: str, feedback) -> pd.DataFrame:
    params = {"fields": COMMUNE_FIELDS, "format": "geojson", "geometry": "contour"}
    try:
        data = http.get_json(path, params, feedback)
    except NotFoundError as exc:
        raise InputError(not_found) from exc
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise _unexpected(http, path)
    rows = []
    for feature in data.get("features") or []:
        props = feature.get("properties") or {}
        rows.append({
            "code_commune": str(props.get("code") or ""),
            "nom": props.get("nom") or "",
            "population": int(props.get("population") or 0),
            "surface_ha": float(props.get("surface") or 0.0),
            "code_epci": str(props.get("codeEpci") or ""),
            "code_departement": str(props.get("codeDepartement") or ""),
            "geometry": feature.get("geometry"),
        })
    frame = pd.DataFrame(rows, columns=COMMUNE_COLUMNS)
    return frame.sort_values("code_commune").reset_index(drop=True)


def _epci_frame(items) -> pd.DataFrame:
    rows = [{
        "code_epci": str(item.get("code") or ""),
        "nom": item.get("nom") or "",
        "type": item.get("type") or "",
        "population": int(item.get("population") or 0),
        "codes_departements": ",".join(item.get("codesDepartements") or []),
    } for item in items if isinstance(item, dict)]
    frame = pd.DataFrame(rows, columns=EPCI_COLUMNS)
    return frame.sort_values("code_epci").reset_index(drop=True)


def _unexpected(http: HttpClient, path: str) -> ApiError:
    return ApiError(tr("The answer of {url} does not look like geo.api.gouv.fr. Check the address setting "
                       "(--geo-url).").format(url=http.base_url + path))
