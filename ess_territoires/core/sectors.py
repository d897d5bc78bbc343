"""NAF code -> sector key, by NAF division, from ``resources/secteurs.csv``.

Columns ``division, secteur, secteur_libelle, nomenclature``; the row whose division is ``*`` gives
the sector of every other division (autres_services). ``nomenclature`` names the nomenclatures a
row holds for (``NAFRev2``, ``NAF2025``, separated by spaces; empty: all): NAF 2025 has no division
45 (NACE Rev. 2.1 moved the sale of motor vehicles into divisions 46-47 and their repair into 95),
so a row's sector comes from the division of the code it was classified on (core.naf), in its
nomenclature. A code of another nomenclature (NAFRev1 on old closed establishments) or of unknown
nomenclature is read by its division alone.
"""
import csv
from functools import lru_cache

import pandas as pd

from .naf import NOMENCLATURES
from .paths import resource


@lru_cache(maxsize=1)
def _table():
    with open(resource("secteurs.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    by_division = {}
    for r in rows:
        if r["division"] != "*":
            names = frozenset((r.get("nomenclature") or "").split()) or frozenset(NOMENCLATURES)
            by_division[r["division"]] = (r["secteur"], names)
    default = next(r["secteur"] for r in rows if r["division"] == "*")
    labels = {r["secteur"]: r["secteur_libelle"] for r in rows}
    return by_division, default, labels


def sector_labels() -> dict:
    """sector key -> French label, in the table's order."""
    return dict(_table()[2])


def sector_keys() -> list:
    return list(_table()[2])


def sector_of(naf: str, nomenclature: str = "") -> str:
    by_division, default, _ = _table()
    sector, names = by_division.get(str(naf).strip()[:2], (default, None))
    if names is not None and nomenclature in NOMENCLATURES and nomenclature not in names:
        return default
    return sector


def sectors(naf: pd.Series, nomenclatures: pd.Series = None) -> pd.Series:
    naf = naf.fillna("").astype(str)
    if nomenclatures is None:
        nomenclatures = pd.Series("", index=naf.index)
    pairs = pd.Series(list(zip(naf, nomenclatures.fillna("").astype(str))), index=naf.index, dtype=object)
    return pairs.map({pair: sector_of(*pair) for pair in pairs.unique()})
