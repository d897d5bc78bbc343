"""SIRENE import into a study GeoPackage: points, aggregates, rejects and the imports log.

The reading and classification are core.sirene's; this module places the establishments
(a point inside the commune when the stock gives no usable coordinates) and writes every
table in one all-or-nothing transaction, creating the study first when needed.
"""
import time
from pathlib import Path

import pandas as pd
from osgeo import ogr

from ..core.i18n import tr
from ..core.progress import check_canceled
from ..core.sirene import SOURCE as SIRENE_SOURCE
from ..core.sirene import import_sirene
from . import gpkg
from .study import (SYNTHETIC_DATA_KEY, append_import, check_study, import_row, replace_rejets, study_metadata,
                    territory_tables)

STEP = "import_sirene"


def commune_points(gpkg_path) -> dict:
    """code_commune -> a point inside the commune (point on surface), from the study."""
    ds = ogr.Open(str(gpkg_path))
    layer = ds.GetLayerByName("communes")
    points = {}
    for feature in layer:
        point = feature.GetGeometryRef().PointOnSurface()
        points[feature.GetField("code_commune")] = (point.GetX(), point.GetY())
    return points


def place_points(etablissements: pd.DataFrame, points: dict) -> list:
    """OGR points of the establishments: their own x/y, else their commune's point."""
    geometries = []
    for code, x, y in zip(etablissements["code_commune"], etablissements["x"], etablissements["y"]):
        if pd.isna(x) or pd.isna(y):
            x, y = points[code]
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(float(x), float(y))
        geometries.append(point)
    return geometries


def _merge_with_other_sources(path, new: pd.DataFrame, layer: str, key: str) -> pd.DataFrame:
    """Rows of ``layer`` brought by other sources stay; SIRENE rows are replaced by ``new``, keeping
    what other sources recorded about them (columns SIRENE does not have, e.g. partner flags)."""
    if layer not in gpkg.layer_names(path):
        return new
    previous = gpkg.read_frame(path, layer)
    if "source" not in previous.columns:
        return new
    extra = [c for c in previous.columns if c not in new.columns]
    if extra:
        new = new.merge(previous.drop_duplicates(key)[[key] + extra], on=key, how="left")
    keep = ~previous["source"].astype(str).str.startswith(SIRENE_SOURCE) & ~previous[key].isin(new[key])
    return pd.concat([previous[keep], new], ignore_index=True)


def import_into_study(out, etablissements, unites_legales, territory_id=None, geolocalisation=None,
                      include_closed=False, perimeter=None, feedback=None, engine=None) -> dict:
    """Import SIRENE stock files into the study ``out`` (created for ``territory_id`` if absent)."""
    started = time.monotonic()
    out = Path(out)
    tables = {}
    if check_study(out, territory_id):
        communes = gpkg.read_frame(out, "communes", ["code_commune"])["code_commune"]
        reference_codes = (gpkg.read_frame(out, "communes_reference", ["code_commune"])["code_commune"]
                           if "communes_reference" in gpkg.layer_names(out) else pd.Series(dtype=str))
        points = commune_points(out)
    else:
        tables = territory_tables(territory_id, feedback=feedback, study_path=out)
        tables["etude"] = gpkg.Table(study_metadata(territory_id), description=tr("Study settings"))
        communes = tables["communes"].frame["code_commune"]
        reference_codes = tables["communes_reference"].frame["code_commune"]
        points = {code: (geom.PointOnSurface().GetX(), geom.PointOnSurface().GetY())
                  for code, geom in zip(communes, tables["communes"].geometries)}

    # One pass over the stock serves the study and its reference area (the comparisons).
    territory = set(communes)
    result = import_sirene(etablissements, unites_legales, territory | set(reference_codes),
                           geolocalisation=geolocalisation, include_closed=include_closed, perimeter=perimeter,
                           feedback=feedback, engine=engine)
    check_canceled(feedback)
    in_territory = result.etablissements["code_commune"].isin(territory)
    points_frame = _merge_with_other_sources(out, result.etablissements[in_territory].reset_index(drop=True),
                                             "etablissements_ess", "siret")
    ess_communes = result.ess_communes[result.ess_communes["code_commune"].isin(territory)]
    emploi_communes = result.emploi_communes[result.emploi_communes["code_commune"].isin(territory)]
    rejets = replace_rejets(out, result.rejets[result.rejets["code_commune"].fillna("").isin(territory | {""})],
                            STEP)
    check_canceled(feedback)
    stats = dict(result.stats)
    stats["etablissements_ess_zone_reference"] = stats.get("etablissements_ess", 0)
    stats["etablissements_ess"] = int(ess_communes["nb_etab"].sum())
    stats["etablissements_ess_diffusibles"] = int(in_territory.sum())
    stats["rejets"] = int((rejets["action"] == "ecarte").sum()) if "action" in rejets else len(rejets)
    geometries = place_points(points_frame, points)
    check_canceled(feedback)
    tables.update({
        "etablissements_ess": gpkg.Table(points_frame, geometries, ogr.wkbPoint,
                                         tr("ESS establishments (diffusible only)")),
        "ess_communes": gpkg.Table(ess_communes.reset_index(drop=True), description=tr(
            "ESS establishments and estimated jobs per commune, family, sector, employer and size class "
            "(non-diffusible included)")),
        "emploi_communes": gpkg.Table(emploi_communes.reset_index(drop=True), description=tr(
            "All employer establishments per commune and their estimated jobs (SIRENE size bands)")),
        "ess_communes_reference": gpkg.Table(result.ess_communes, description=tr(
            "As ess_communes, for every commune of the reference area (comparisons)")),
        "emploi_communes_reference": gpkg.Table(result.emploi_communes, description=tr(
            "As emploi_communes, for every commune of the reference area (comparisons)")),
        "rejets": gpkg.Table(rejets, description=tr("Rows set aside or repaired, and why")),
    })
    if any(source.get("synthetique") for source in stats.get("inputs", {}).values()):
        settings = tables["etude"].frame if "etude" in tables else gpkg.read_frame(out, "etude")
        settings = settings[settings["cle"] != SYNTHETIC_DATA_KEY]
        tables["etude"] = gpkg.Table(pd.concat([settings, pd.DataFrame([{"cle": SYNTHETIC_DATA_KEY, "valeur": "oui"}])],
                                               ignore_index=True), description=tr("Study settings"))
    counts = {k: v for k, v in stats.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
    inputs = list(stats.get("inputs", {}).values())
    tables["imports"] = append_import(out, {**import_row(STEP, inputs, counts, started,
                                                         stats.get("perimetre_version", "")),
                                            "moteur": stats.get("engine", "")})
    gpkg.write_tables(out, tables, feedback)
    return stats
