"""The ESS's dynamics in a territory: creations, closures and ages, and the change between two stocks.

A SIRENE stock holds the closed establishments too, with their creation date and (for the closed ones)
the start date of their closed period. From one stock the import keeps, per commune:
- ``dynamique_communes``: per calendar year of the ten full years before the stock's date, the ESS
  establishments created (``creations_ess``) and closed (``fermetures_ess``), and every establishment
  created, ESS or not (``creations_toutes``);
- ``ess_dates_communes``: the ESS establishments (active and closed) grouped by creation date and closure
  date, with their estimated jobs: the median age, the share under five years and the change between two
  stocks are read from it. It holds no identifier: non-diffusible establishments count here as in every
  aggregate.

"Last five full years" are the five calendar years before the stock's date's year (a stock of
2026-11-01 gives 2021 to 2025). Ages are in years of 365.25 days at the stock's date.

The change between an earlier stock (date ``date_stock_anterieur``) and the current one is split into
creations (the estimated jobs, in the current stock, of the active ESS establishments created after the
earlier date), closures (minus the estimated jobs, with the band the current stock keeps for them, of the
ESS establishments created before the earlier date and closed since) and the rest
(``evolution_emplois_tranches_est``: size-band changes of the establishments present at both dates, and
establishments entering or leaving the perimeter), so that the three parts add up to the change.
"""
from datetime import date
from typing import Optional

import numpy as np
import pandas as pd

from .employment import JOB_COLUMNS
from .errors import InputError
from .i18n import tr

YEARS_SHORT = 5
YEARS_LONG = 10
DAYS_PER_YEAR = 365.25
DYNAMIQUE_FIELDS = ["code_commune", "annee", "creations_ess", "fermetures_ess", "creations_toutes"]
DATES_FIELDS = ["code_commune", "date_creation", "date_fermeture", "nb_etab", *JOB_COLUMNS]
ANTERIEUR_SUFFIX = "_anterieur"


def parse_date(text: str, what: str) -> date:
    """A YYYY-MM-DD date given by the user; InputError otherwise."""
    try:
        return date.fromisoformat(str(text).strip()[:10])
    except ValueError:
        raise InputError(tr("The {what} '{value}' is not a date: write it as YYYY-MM-DD (e.g. 2026-11-01).")
                         .format(what=what, value=text)) from None


def years_before(stock_date: date, n: int) -> list:
    """The n full calendar years before the stock's date, oldest first."""
    return list(range(stock_date.year - n, stock_date.year))


def latest_date(last_processed: pd.Series):
    """The latest date (YYYY-MM-DD…) of ``last_processed``; None when none is a date."""
    values = pd.Series(pd.unique(last_processed.astype(str)), dtype=object)
    latest = pd.to_datetime(values.str.slice(0, 10), format="%Y-%m-%d", errors="coerce").max()
    return None if pd.isna(latest) else latest.date()


def stock_date_of(latest_dates, file_date: str) -> tuple:
    """(date, origin): the stock's date is the latest ``dateDernierTraitementEtablissement`` of the
    rows read (``latest_dates``: ``latest_date`` of each block of rows); the file's own date
    (``file_date``, ISO) when no row gives one."""
    dates = [d for d in latest_dates if d is not None]
    if not dates:
        return date.fromisoformat(file_date[:10]), "date_fichier"
    return max(dates), "dateDernierTraitementEtablissement"


def _year(dates: pd.Series) -> pd.Series:
    """The year (first four characters) of each date, NaN when not a number; computed once per
    distinct date (a national selection holds ~1 M rows and a few thousand dates)."""
    codes, values = pd.factorize(dates.astype(str))
    years = pd.to_numeric(pd.Series(values, dtype=object).str.slice(0, 4), errors="coerce")
    return pd.Series(years.to_numpy().take(codes), index=dates.index)


def dynamique_communes(frame: pd.DataFrame, codes, stock_date: date) -> pd.DataFrame:
    """Per commune of ``codes`` and year of the ten full years before ``stock_date``: creations_ess,
    fermetures_ess, creations_toutes. ``frame``: one row per establishment (active or closed) with
    code_commune, ess (bool), date_creation, date_fermeture ("" when active)."""
    years = years_before(stock_date, YEARS_LONG)
    communes = sorted(set(codes))
    index = pd.MultiIndex.from_product([communes, years], names=["code_commune", "annee"])
    commune = pd.Index(communes).get_indexer(frame["code_commune"])  # -1: not one of ``codes``
    ess = frame["ess"].astype(bool).to_numpy()

    def count(mask, dates):
        """Rows of ``mask`` per (commune, year of ``dates``) of the index (a national selection
        holds ~1 M rows: counted with numpy, not grouped)."""
        offset = _year(dates).to_numpy(dtype=float) - years[0]
        ok = mask & (commune >= 0) & (offset >= 0) & (offset < len(years)) & (offset == np.floor(offset))
        cell = commune[ok] * len(years) + offset[ok].astype(np.int64)
        return np.bincount(cell, minlength=len(index))

    out = pd.DataFrame({"creations_ess": count(ess, frame["date_creation"]),
                        "fermetures_ess": count(ess, frame["date_fermeture"]),
                        "creations_toutes": count(np.ones(len(frame), dtype=bool), frame["date_creation"])},
                       index=index)
    out = out.astype("int64").reset_index()
    out["annee"] = out["annee"].astype("int64")
    return out[DYNAMIQUE_FIELDS]


def ess_dates(ess: pd.DataFrame) -> pd.DataFrame:
    """The ESS establishments grouped by commune, creation date and closure date, with their jobs."""
    grouped = ess.groupby(["code_commune", "date_creation", "date_fermeture"], sort=True)
    out = grouped[list(JOB_COLUMNS)].sum()
    out.insert(0, "nb_etab", grouped.size().astype("int64"))
    out = out.reset_index()
    for column in JOB_COLUMNS:
        out[column] = out[column].astype(float)
    return out[DATES_FIELDS]


# ----------------------------------------------------------------------------------------------
# Indicators


def commune_stocks(codes: pd.Index, dynamique: pd.DataFrame, dates: pd.DataFrame, stock_date: date,
                   anterieur: Optional[dict] = None) -> pd.DataFrame:
    """The summable dynamics of each commune of ``codes``: five-year creations and closures, all
    creations, active ESS establishments with a known creation date and those under five years
    (``dates``: from ``dated``); and,
    with ``anterieur`` ({"ess_communes": earlier ess_communes, "date": date, "ess_communes_actuel":
    current ess_communes}), the change between the two stocks and its split."""
    last5 = years_before(stock_date, YEARS_SHORT)
    dyn = dynamique.assign(code_commune=dynamique["code_commune"].astype(str),
                           annee=pd.to_numeric(dynamique["annee"]))
    dyn = dyn[dyn["annee"].isin(last5)].groupby("code_commune")[
        ["creations_ess", "fermetures_ess", "creations_toutes"]].sum()
    out = pd.DataFrame(index=codes)
    out["creations_ess_5ans"] = dyn["creations_ess"]
    out["fermetures_ess_5ans"] = dyn["fermetures_ess"]
    out["creations_toutes_5ans"] = dyn["creations_toutes"]
    active = dates[dates["date_fermeture"] == ""]
    known = active[active["age"].notna()]
    out["nb_etab_ess_age_connu"] = known.groupby("code_commune")["nb_etab"].sum()
    out["nb_etab_ess_moins_5ans"] = known[known["age"] < YEARS_SHORT].groupby("code_commune")["nb_etab"].sum()
    out = out.fillna(0).astype("int64")
    out["solde_ess_5ans"] = out["creations_ess_5ans"] - out["fermetures_ess_5ans"]
    if anterieur is not None:
        out = out.join(_change(codes, dates, anterieur))
    return out


def dated(dates: pd.DataFrame, stock_date: date) -> pd.DataFrame:
    """``ess_dates_communes`` with its dates parsed once: ``creation``, ``fermeture`` (timestamps) and
    ``age`` (years at the stock's date; NaN when the creation date is unknown). The functions below
    take this frame."""
    dates = dates.copy()
    dates["code_commune"] = dates["code_commune"].astype(str)
    dates["date_fermeture"] = dates["date_fermeture"].fillna("").astype(str)
    dates["nb_etab"] = pd.to_numeric(dates["nb_etab"]).fillna(0).astype("int64")
    created = pd.to_datetime(dates["date_creation"].fillna("").astype(str), format="%Y-%m-%d", errors="coerce")
    age = (pd.Timestamp(stock_date) - created).dt.days / DAYS_PER_YEAR
    dates["age"] = age.where(age >= 0)
    dates["creation"] = created
    dates["fermeture"] = pd.to_datetime(dates["date_fermeture"], format="%Y-%m-%d", errors="coerce")
    return dates


def _change(codes, dates, anterieur) -> pd.DataFrame:
    """evolution_* of each commune (floats; see the module's docstring for the split)."""
    earlier_date = pd.Timestamp(anterieur["date"])
    now = anterieur["ess_communes_actuel"]
    before = anterieur["ess_communes"]
    out = pd.DataFrame(index=codes)

    def sums(table, column):
        table = table.assign(code_commune=table["code_commune"].astype(str))
        return pd.to_numeric(table[column]).groupby(table["code_commune"]).sum().reindex(codes, fill_value=0)

    out["evolution_etab_ess"] = (sums(now, "nb_etab") - sums(before, "nb_etab")).astype(float)
    for column in JOB_COLUMNS:
        out[column.replace("emplois_", "evolution_emplois_ess_")] = sums(now, column) - sums(before, column)
    created = dates[(dates["date_fermeture"] == "") & (dates["creation"] > earlier_date)]
    closed = dates[(dates["fermeture"] > earlier_date) & ~(dates["creation"] > earlier_date)]
    out["evolution_emplois_creations_est"] = created.groupby("code_commune")["emplois_est"].sum() \
        .reindex(codes, fill_value=0).astype(float)
    out["evolution_emplois_fermetures_est"] = -closed.groupby("code_commune")["emplois_est"].sum() \
        .reindex(codes, fill_value=0).astype(float)
    out["evolution_emplois_tranches_est"] = (out["evolution_emplois_ess_est"] - out["evolution_emplois_creations_est"]
                                             - out["evolution_emplois_fermetures_est"])
    return out


def median_ages(dates: pd.DataFrame, groups: pd.Series) -> pd.Series:
    """The median age (years) of the active ESS establishments of each group; ``groups`` maps
    code_commune -> group code. 0 for a group with no dated active ESS establishment."""
    dates = dates[(dates["date_fermeture"] == "") & dates["age"].notna() & (dates["nb_etab"] > 0)]
    dates = dates.assign(group=dates["code_commune"].map(groups)).dropna(subset=["group"])
    if dates.empty:
        return pd.Series(dtype=float)
    # Every group at once (a national study has ~36,000 communes): rows sorted by group then age,
    # cumulative weights over all groups, each group's middle found from where it starts.
    codes, names = pd.factorize(dates["group"])
    ages, weights = dates["age"].to_numpy(dtype=float), dates["nb_etab"].to_numpy(dtype="int64")
    order = np.lexsort((ages, codes))
    codes, ages, cumulative = codes[order], ages[order], np.cumsum(weights[order])
    starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]])
    ends = np.r_[starts[1:], len(codes)]
    before = np.r_[0, cumulative[ends[:-1] - 1]]
    total = cumulative[ends - 1] - before
    low = ages[np.searchsorted(cumulative, before + (total + 1) // 2)]
    high = ages[np.searchsorted(cumulative, before + total // 2 + 1)]
    return pd.Series((low + high) / 2, index=names[codes[starts]], dtype=float)


def weighted_median(values: np.ndarray, weights: np.ndarray) -> float:
    """The median of ``values`` repeated ``weights`` times (the mean of the two middle values when
    the count is even)."""
    order = np.argsort(values, kind="stable")
    values, cumulative = values[order], np.cumsum(weights[order])
    total = cumulative[-1]
    low = values[np.searchsorted(cumulative, (total + 1) // 2)]
    high = values[np.searchsorted(cumulative, total // 2 + 1)]
    return float((low + high) / 2)
