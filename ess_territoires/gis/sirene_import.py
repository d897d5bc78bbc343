"""SIRENE import into a study GeoPackage: points, aggregates, rejects and the imports log.

The reading and classification are core.sirene's; this module places the establishments
(a point inside the commune when the stock gives no usable coordinates) and writes every
table in one all-or-nothing transaction, creating the study first when needed.
"""
import time
from pathlib import Path

import pandas as pd
from osgeo import ogr

from ..core import dynamics
from ..core.errors import InputError
from ..core.i18n import tr
from ..core.sirene import SOURCE as SIRENE_SOURCE
from ..core.sirene import import_sirene
from . import gpkg
from . import naf_labels as user_naf_labels
from .study import (EARLIER_STOCK_DATE_KEY, STOCK_DATE_KEY, SYNTHETIC_DATA_KEY, append_import, check_study,
                    import_row, replace_rejets, study_metadata, study_settings, territory_tables)

STEP = "import_sirene"
EARLIER_STEP = "import_sirene_anterieur"


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


def _with_settings(settings: pd.DataFrame, values: dict) -> gpkg.Table:
    """The etude table with ``values`` (key -> value) set."""
    settings = settings[~settings["cle"].isin(values)]
    added = pd.DataFrame([{"cle": key, "valeur": value} for key, value in values.items()])
    return gpkg.Table(pd.concat([settings, added], ignore_index=True), description=tr("Study settings"))


def _check_stock_dates(out, stock_date, earlier: bool):
    """An earlier stock must predate the current one (and the other way round)."""
    settings = study_settings(out)
    other = settings.get(STOCK_DATE_KEY if earlier else EARLIER_STOCK_DATE_KEY)
    if not other:
        return
    other = dynamics.parse_date(other, "date")
    if (earlier and stock_date >= other) or (not earlier and stock_date <= other):
        raise InputError(tr("This stock is dated {date} and the study's {other_kind} stock {other}: an earlier "
                            "stock (--stock-anterieur) must predate the current one. Check the files, or give "
                            "the right date with --date-stock.")
                         .format(date=stock_date.isoformat(), other=other.isoformat(),
                                 other_kind=tr("current") if earlier else tr("earlier")))


def import_into_study(out, etablissements, unites_legales, territory_id=None, geolocalisation=None,
                      include_closed=False, perimeter=None, feedback=None, engine=None, historique=None,
                      stock_date=None, earlier=False, naf_labels=None, settings=None) -> dict:
    """Import SIRENE stock files into the study ``out`` (created for ``territory_id`` if absent).

    ``historique``: StockEtablissementHistorique for exact closure dates; ``stock_date``
    (YYYY-MM-DD) overrides the stock's own date; ``earlier``: the files are an earlier stock, kept
    beside the current one (``ess_communes_anterieur``…) for the change between the two dates.
    ``naf_labels``: a user's copy of INSEE's NAF 2025 list (gis/naf_labels.py says which list is
    used when it is None); ``settings``: the QgsSettings to read (tests)."""
    started = time.monotonic()
    out = Path(out)
    if stock_date is not None and not hasattr(stock_date, "year"):
        stock_date = dynamics.parse_date(stock_date, tr("stock date"))
    tables = {}
    exists = check_study(out, territory_id)
    labels25, labels_table = user_naf_labels.for_import(out, naf_labels, exists, settings)
    if exists:
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
                           geolocalisation=None if earlier else geolocalisation, include_closed=include_closed,
                           perimeter=perimeter, feedback=feedback, engine=engine, historique=historique,
                           stock_date=stock_date, naf2025_labels=labels25)
    if out.exists():
        _check_stock_dates(out, result.stock_date, earlier)
    study_values = tables["etude"].frame if "etude" in tables else gpkg.read_frame(out, "etude")
    if earlier:
        return _write_earlier(out, tables, study_values, result, territory, started, feedback)
    in_territory = result.etablissements["code_commune"].isin(territory)
    points_frame = _merge_with_other_sources(out, result.etablissements[in_territory].reset_index(drop=True),
                                             "etablissements_ess", "siret")
    ess_communes = result.ess_communes[result.ess_communes["code_commune"].isin(territory)]
    emploi_communes = result.emploi_communes[result.emploi_communes["code_commune"].isin(territory)]
    rejets = replace_rejets(out, result.rejets[result.rejets["code_commune"].fillna("").isin(territory | {""})],
                            STEP)
    stats = dict(result.stats)
    stats["etablissements_ess_zone_reference"] = stats.get("etablissements_ess", 0)
    stats["etablissements_ess"] = int(ess_communes["nb_etab"].sum())
    stats["etablissements_ess_diffusibles"] = int(in_territory.sum())
    stats["rejets"] = int((rejets["action"] == "ecarte").sum()) if "action" in rejets else len(rejets)
    if labels_table is not None:
        tables[user_naf_labels.TABLE] = labels_table
    tables.update({
        "etablissements_ess": gpkg.Table(points_frame, place_points(points_frame, points), ogr.wkbPoint,
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
    tables.update(_dynamics_tables(result, territory))
    values = {STOCK_DATE_KEY: result.stock_date.isoformat()}
    if any(source.get("synthetique") for source in stats.get("inputs", {}).values()):
        values[SYNTHETIC_DATA_KEY] = "oui"
    tables["etude"] = _with_settings(study_values, values)
    counts = {k: v for k, v in stats.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
    inputs = list(stats.get("inputs", {}).values())
    tables["imports"] = append_import(out, {**import_row(STEP, inputs, counts, started,
                                                         stats.get("perimetre_version", "")),
                                            "moteur": stats.get("engine", "")})
    gpkg.write_tables(out, tables, feedback)
    return stats


def _dynamics_tables(result, territory: set) -> dict:
    dynamique, dates = result.dynamique_communes, result.ess_dates_communes
    return {
        "dynamique_communes": gpkg.Table(dynamique[dynamique["code_commune"].isin(territory)].reset_index(drop=True),
                                         description=tr("ESS creations and closures, and all creations, per commune "
                                                        "and year (the ten full years before the stock's date)")),
        "dynamique_communes_reference": gpkg.Table(dynamique, description=tr(
            "As dynamique_communes, for every commune of the reference area (comparisons)")),
        "ess_dates_communes": gpkg.Table(dates[dates["code_commune"].isin(territory)].reset_index(drop=True),
                                         description=tr("ESS establishments (active and closed) per commune, "
                                                        "creation date and closure date, with their estimated jobs")),
        "ess_dates_communes_reference": gpkg.Table(dates, description=tr(
            "As ess_dates_communes, for every commune of the reference area (comparisons)")),
    }


def _write_earlier(out, tables, settings, result, territory, started, feedback) -> dict:
    """An earlier stock: its aggregates beside the current ones; nothing else of the study changes."""
    ess_communes = result.ess_communes
    tables.update({
        "ess_communes" + dynamics.ANTERIEUR_SUFFIX: gpkg.Table(
            ess_communes[ess_communes["code_commune"].isin(territory)].reset_index(drop=True),
            description=tr("As ess_communes, from the earlier stock (date_stock_anterieur)")),
        "ess_communes" + dynamics.ANTERIEUR_SUFFIX + "_reference": gpkg.Table(
            ess_communes, description=tr("As ess_communes_anterieur, for every commune of the reference area")),
    })
    tables["etude"] = _with_settings(settings, {EARLIER_STOCK_DATE_KEY: result.stock_date.isoformat()})
    stats = dict(result.stats)
    stats["etablissements_ess"] = int(ess_communes.loc[ess_communes["code_commune"].isin(territory), "nb_etab"].sum())
    counts = {k: v for k, v in stats.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
    tables["imports"] = append_import(out, {**import_row(EARLIER_STEP, list(stats.get("inputs", {}).values()), counts,
                                                         started, stats.get("perimetre_version", "")),
                                            "moteur": stats.get("engine", "")})
    gpkg.write_tables(out, tables, feedback)
    return stats
