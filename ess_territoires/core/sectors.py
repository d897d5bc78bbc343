"""NAF code -> sector key, by NAF division, from ``resources/secteurs.csv``.

Columns ``division, secteur, secteur_libelle``; the row whose division is ``*`` gives the sector of
every other division (autres_services).
"""
import csv
from functools import lru_cache

import pandas as pd

from .paths import resource


@lru_cache(maxsize=1)
def _table():
    with open(resource("secteurs.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    by_division = {r["division"]: r["secteur"] for r in rows if r["division"] != "*"}
    default = next(r["secteur"] for r in rows if r["division"] == "*")
    labels = {r["secteur"]: r["secteur_libelle"] for r in rows}
    return by_division, default, labels


def sector_labels() -> dict:
    """sector key -> French label, in the table's order."""
    return dict(_table()[2])


def sector_keys() -> list:
    return list(_table()[2])


def sector_of(naf: str) -> str:
    by_division, default, _ = _table()
    return by_division.get(str(naf).strip()[:2], default)


def sectors(naf: pd.Series) -> pd.Series:
    by_division, default, _ = _table()
    naf = naf.astype(str)
    return naf.map({code: by_division.get(code.strip()[:2], default) for code in naf.unique()})
