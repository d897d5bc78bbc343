"""SIRENE import into a study: points, aggregates, rejects and the imports log.

The reading and classification are core.sirene's; this module places the establishments
(a point inside the commune when the stock gives no usable coordinates) and writes every
table in one all-or-nothing transaction, creating the study first when needed.
"""
import time

import pandas as pd
from osgeo import ogr

from ..core import dynamics
from ..core.errors import InputError
from ..core.frames import concat_rows
from ..core.i18n import tr
from ..core.progress import check_canceled
from ..core.sirene import SOURCE as SIRENE_SOURCE
from ..core.sirene_parts import import_sirene_in_parts, parts_of
from . import naf_labels as user_naf_labels
from .gpkg import Table
from .points import commune_points, place_points, study_commune_points
from .study import EARLIER_STOCK_DATE_KEY, SETTINGS, STOCK_DATE_KEY, SYNTHETIC_DATA_KEY, import_row
from .territory import new_study_tables

STEP = "import_sirene"
EARLIER_STEP = "import_sirene_anterieur"


def _merge_with_other_sources(study, new: pd.DataFrame, layer: str, key: str) -> pd.DataFrame:
    """Rows of ``layer`` brought by other sources stay; SIRENE rows are replaced by ``new``, keeping
    what other sources recorded about them (columns SIRENE does not have, e.g. partner flags)."""
    if not study.has(layer):
        return new
    previous = study.read(layer)
    if "source" not in previous.columns:
        return new
    extra = [c for c in previous.columns if c not in new.columns]
    if extra:
        new = new.merge(previous.drop_duplicates(key)[[key] + extra], on=key, how="left")
    keep = ~previous["source"].astype(str).str.startswith(SIRENE_SOURCE) & ~previous[key].isin(new[key])
    return pd.concat([previous[keep], new], ignore_index=True)


def _check_stock_dates(study, stock_date, earlier: bool):
    """An earlier stock must predate the current one (and the other way round)."""
    settings = study.settings()
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


def import_into_study(study, etablissements, unites_legales, territory_id=None, geolocalisation=None,
                      include_closed=False, perimeter=None, feedback=None, engine=None, historique=None,
                      stock_date=None, earlier=False, naf_labels=None, settings=None) -> dict:
    """Import SIRENE stock files into ``study`` (a gis.study.Study, created for ``territory_id`` if absent).

    ``historique``: StockEtablissementHistorique for exact closure dates; ``stock_date``
    (YYYY-MM-DD) overrides the stock's own date; ``earlier``: the files are an earlier stock, kept
    beside the current one (``ess_communes_anterieur``…) for the change between the two dates.
    ``naf_labels``: a user's copy of INSEE's NAF 2025 list (gis/naf_labels.py says which list is
    used when it is None); ``settings``: the QgsSettings to read (tests)."""
    started = time.monotonic()
    if stock_date is not None and not hasattr(stock_date, "year"):
        stock_date = dynamics.parse_date(stock_date, tr("stock date"))
    tables = {}
    exists = study.check(territory_id)
    labels25, labels_table = user_naf_labels.for_import(study, naf_labels, exists, settings)
    populations = ["code_commune", "population"]
    if exists:
        communes = study.read("communes", populations)
        reference = (study.read("communes_reference", populations) if study.has("communes_reference")
                     else pd.DataFrame(columns=populations))
        points = study_commune_points(study)
    else:
        tables = new_study_tables(study, territory_id, feedback)
        communes = tables["communes"].frame[populations]
        reference = tables["communes_reference"].frame[populations]
        points = commune_points(tables["communes"])

    # One pass over the stock serves the study and its reference area (the comparisons); a
    # territory too large to hold at once (a national study) takes one pass per part.
    territory = set(communes["code_commune"])
    result = import_sirene_in_parts(etablissements, unites_legales, parts_of(concat_rows([communes, reference])),
                                    geolocalisation=None if earlier else geolocalisation,
                                    include_closed=include_closed, perimeter=perimeter, feedback=feedback,
                                    engine=engine, historique=historique, stock_date=stock_date,
                                    naf2025_labels=labels25)
    check_canceled(feedback)
    if study.exists():
        _check_stock_dates(study, result.stock_date, earlier)
    study_values = tables[SETTINGS].frame if SETTINGS in tables else None  # None: the study's own
    if earlier:
        return _write_earlier(study, tables, study_values, result, territory, started, feedback)
    in_territory = result.etablissements["code_commune"].isin(territory)
    points_frame = _merge_with_other_sources(study, result.etablissements[in_territory].reset_index(drop=True),
                                             "etablissements_ess", "siret")
    ess_communes = result.ess_communes[result.ess_communes["code_commune"].isin(territory)]
    emploi_communes = result.emploi_communes[result.emploi_communes["code_commune"].isin(territory)]
    rejets_table = study.replace_rejets(
        result.rejets[result.rejets["code_commune"].fillna("").isin(territory | {""})], STEP)
    rejets = rejets_table.frame
    check_canceled(feedback)
    stats = dict(result.stats)
    stats["etablissements_ess_zone_reference"] = stats.get("etablissements_ess", 0)
    stats["etablissements_ess"] = int(ess_communes["nb_etab"].sum())
    stats["etablissements_ess_diffusibles"] = int(in_territory.sum())
    stats["rejets"] = int((rejets["action"] == "ecarte").sum()) if "action" in rejets else len(rejets)
    if labels_table is not None:
        tables[user_naf_labels.TABLE] = labels_table
    geometries = place_points(points_frame, points)
    check_canceled(feedback)
    tables.update({
        "etablissements_ess": Table(points_frame, geometries, ogr.wkbPoint,
                                    tr("ESS establishments (diffusible only)")),
        "ess_communes": Table(ess_communes.reset_index(drop=True), description=tr(
            "ESS establishments and estimated jobs per commune, family, sector, employer and size class "
            "(non-diffusible included)")),
        "emploi_communes": Table(emploi_communes.reset_index(drop=True), description=tr(
            "All employer establishments per commune and their estimated jobs (SIRENE size bands)")),
        "ess_communes_reference": Table(result.ess_communes, description=tr(
            "As ess_communes, for every commune of the reference area (comparisons)")),
        "emploi_communes_reference": Table(result.emploi_communes, description=tr(
            "As emploi_communes, for every commune of the reference area (comparisons)")),
        "rejets": rejets_table,
    })
    tables.update(_dynamics_tables(result, territory))
    values = {STOCK_DATE_KEY: result.stock_date.isoformat()}
    if any(source.get("synthetique") for source in stats.get("inputs", {}).values()):
        values[SYNTHETIC_DATA_KEY] = "oui"
    tables[SETTINGS] = study.with_settings(values, study_values)
    counts = {k: v for k, v in stats.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
    inputs = list(stats.get("inputs", {}).values())
    tables["imports"] = study.append_import({**import_row(STEP, inputs, counts, started,
                                                          stats.get("perimetre_version", "")),
                                             "moteur": stats.get("engine", "")})
    study.write(tables, feedback)
    return stats


def _dynamics_tables(result, territory: set) -> dict:
    dynamique, dates = result.dynamique_communes, result.ess_dates_communes
    return {
        "dynamique_communes": Table(dynamique[dynamique["code_commune"].isin(territory)].reset_index(drop=True),
                                    description=tr("ESS creations and closures, and all creations, per commune "
                                                   "and year (the ten full years before the stock's date)")),
        "dynamique_communes_reference": Table(dynamique, description=tr(
            "As dynamique_communes, for every commune of the reference area (comparisons)")),
        "ess_dates_communes": Table(dates[dates["code_commune"].isin(territory)].reset_index(drop=True),
                                    description=tr("ESS establishments (active and closed) per commune, "
                                                   "creation date and closure date, with their estimated jobs")),
        "ess_dates_communes_reference": Table(dates, description=tr(
            "As ess_dates_communes, for every commune of the reference area (comparisons)")),
    }


def _write_earlier(study, tables, settings, result, territory, started, feedback) -> dict:
    """An earlier stock: its aggregates beside the current ones; nothing else of the study changes."""
    ess_communes = result.ess_communes
    tables.update({
        "ess_communes" + dynamics.ANTERIEUR_SUFFIX: Table(
            ess_communes[ess_communes["code_commune"].isin(territory)].reset_index(drop=True),
            description=tr("As ess_communes, from the earlier stock (date_stock_anterieur)")),
        "ess_communes" + dynamics.ANTERIEUR_SUFFIX + "_reference": Table(
            ess_communes, description=tr("As ess_communes_anterieur, for every commune of the reference area")),
    })
    tables[SETTINGS] = study.with_settings({EARLIER_STOCK_DATE_KEY: result.stock_date.isoformat()}, settings)
    stats = dict(result.stats)
    stats["etablissements_ess"] = int(ess_communes.loc[ess_communes["code_commune"].isin(territory), "nb_etab"].sum())
    counts = {k: v for k, v in stats.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
    tables["imports"] = study.append_import({**import_row(EARLIER_STEP, list(stats.get("inputs", {}).values()),
                                                          counts, started, stats.get("perimetre_version", "")),
                                             "moteur": stats.get("engine", "")})
    study.write(tables, feedback)
    return stats
