"""Communes from geo.api.gouv.fr added to a study GeoPackage, so a study can be built anywhere.

The plugin's reference holds the contours of a few départements; ``add_reference_communes``
fetches the communes of other départements or EPCIs (contour, population, surface, EPCI and
its name) and writes them into the STUDY GeoPackage (never into the plugin folder) as the
layer ``communes_reference_ajoutees``, in Lambert-93 with valid multipolygons and the fields of
the study's ``communes`` (gis.territory.COMMUNE_FIELDS). Answers go through the study's
``cache_api`` (offline mode works from it). Study creation reads them (gis.territory.added_communes)
when a commune has no contour in the reference.
"""
import json
import time

import pandas as pd
from osgeo import ogr, osr

from ..core.errors import InputError
from ..core.i18n import tr
from ..core.text import sort_key
from ..sources import geo_api
from ..sources.http import NotCachedError
from . import network
from .gpkg import Table
from .ogr_geometry import lambert93, polygons_only
from .study import ADDED_COMMUNES, import_row
from .territory import COMMUNE_FIELDS, read_communes

LAYER = ADDED_COMMUNES
STEP = "communes_geo_api"


def _codes(values) -> list:
    if isinstance(values, str):
        values = values.split(",")
    return [str(v).strip() for v in values or () if str(v).strip()]


def fetch_communes(http, departements=(), epcis=(), feedback=None):
    """(frame of COMMUNE_FIELDS, OGR multipolygons in Lambert-93) of the communes of these départements
    and EPCIs, from geo.api.gouv.fr through ``http``."""
    departements = [code.upper().zfill(2) for code in _codes(departements)]
    epcis = _codes(epcis)
    communes = geo_api.communes_of(http, departements, epcis, feedback)
    names = {}
    for code in departements:
        found = geo_api.epcis(http, code, feedback)
        names.update(zip(found["code_epci"], found["nom"]))
    for code in sorted(set(communes["code_epci"]) - set(names) - {""}):
        names[code] = geo_api.epci(http, code, feedback)["nom"]
    to_l93 = osr.CoordinateTransformation(_wgs84(), lambert93())
    rows, geometries = [], []
    for record in communes.itertuples(index=False):
        if not record.geometry:
            raise InputError(tr("geo.api.gouv.fr gave no contour for the commune {code}. Try again later.")
                             .format(code=record.code_commune))
        geometry = ogr.CreateGeometryFromJson(_json(record.geometry))
        geometry.Transform(to_l93)
        geometry = polygons_only(geometry)
        surface = record.surface_ha / 100.0 if record.surface_ha else geometry.GetArea() / 1e6
        rows.append({"code_commune": record.code_commune, "nom": record.nom, "nom_tri": sort_key(record.nom),
                     "code_departement": record.code_departement, "code_epci": record.code_epci,
                     "nom_epci": names.get(record.code_epci, ""), "population": int(record.population),
                     "surface_km2": round(float(surface), 4)})
        geometries.append(geometry)
    return pd.DataFrame(rows, columns=COMMUNE_FIELDS), geometries


def add_reference_communes(study, departements=(), epcis=(), geo_url=None, offline=False, feedback=None,
                           settings=None, client_options=None) -> dict:
    """Fetch the communes of ``departements`` / ``epcis`` and write them into the layer
    communes_reference_ajoutees of ``study`` (a gis.study.Study, created when absent; a study or a
    study to be). Communes already in the layer are replaced. All or nothing; returns counts."""
    started = time.monotonic()
    if not _codes(departements) and not _codes(epcis):
        raise InputError(tr("Give at least one département (e.g. 59) or EPCI (its 9-digit SIREN)."))
    offline = network.effective_offline(offline, settings)
    url = network.geo_url(geo_url, settings)
    cache = study.api_cache(offline, required=True)
    http = network.geo_client(url, offline, cache, settings, **(client_options or {}))
    try:
        frame, geometries = fetch_communes(http, departements, epcis, feedback)
    except NotCachedError as error:
        raise InputError(tr("{message} Nothing was written.").format(message=error)) from error
    finally:
        http.close()
        cache.close()
    if study.has(LAYER):
        previous, previous_geoms = read_communes(study, LAYER)
        keep = ~previous["code_commune"].isin(set(frame["code_commune"]))
        geometries = [g for g, k in zip(previous_geoms, keep) if k] + geometries
        frame = pd.concat([previous[keep], frame], ignore_index=True)
    counts = {"communes": len(frame), "requetes": http.requests_sent, "reponses_du_cache": http.cache_hits}
    tables = {LAYER: Table(frame, geometries, ogr.wkbMultiPolygon,
                           tr("Communes added from geo.api.gouv.fr (reference for the study)")),
              "imports": study.append_import(import_row(STEP, [{"geo_api": url, "departements": _codes(departements),
                                                                "epci": _codes(epcis)}], counts, started))}
    study.write(tables, feedback)
    return counts


def _wgs84():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _json(geometry) -> str:
    return json.dumps(geometry)
