"""SIRENE size bands (trancheEffectifs) -> estimated salaried jobs, employer flag and size class.

SIRENE gives bands, not head counts: the estimate is "emplois salariés estimés (tranches SIRENE)",
never an exact count. The table is ``resources/tranches_effectifs.csv`` (code, libelle,
emplois_min, emplois_est, emplois_max, classe_taille, employeur); the empty code is the row for a
missing band.
"""
import csv
from functools import lru_cache

import pandas as pd

from .paths import resource

ESTIMATE_LABEL = "emplois salariés estimés (tranches SIRENE)"
SIZE_CLASSES = ("1_9", "10_49", "50_249", "250_plus")
JOB_COLUMNS = ("emplois_min", "emplois_est", "emplois_max")


@lru_cache(maxsize=1)
def band_table() -> pd.DataFrame:
    """One row per band code (index ``code``, the empty string for a missing band)."""
    with open(resource("tranches_effectifs.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    frame = pd.DataFrame(rows, dtype=str).set_index("code")
    for col in JOB_COLUMNS:
        frame[col] = frame[col].astype(float)
    frame["employeur"] = frame["employeur"].str.strip().eq("oui")
    return frame


def normalize_band(codes: pd.Series) -> pd.Series:
    """Bands as written in the table; a band that lost its leading zero ("1") becomes "01".
    Codes that are not in the table are returned unchanged (see ``known_band``)."""
    table = band_table()
    mapping = {}
    for code in codes.astype(str).unique():
        clean = code.strip().upper()
        if clean not in table.index and len(clean) == 1 and clean.zfill(2) in table.index:
            clean = clean.zfill(2)
        mapping[code] = clean
    return codes.astype(str).map(mapping)


def known_band(codes: pd.Series) -> pd.Series:
    return codes.isin(band_table().index)


def band_columns(codes: pd.Series) -> pd.DataFrame:
    """tranche_effectifs_libelle, emplois_min/est/max, employeur, classe_taille for band codes
    (already normalised); an unknown code counts as a missing band."""
    table = band_table()
    known = codes.where(codes.isin(table.index), "")
    out = table.reindex(known.to_numpy())
    out.index = codes.index
    return pd.DataFrame({
        "tranche_effectifs_libelle": out["libelle"],
        "emplois_min": out["emplois_min"],
        "emplois_est": out["emplois_est"],
        "emplois_max": out["emplois_max"],
        "employeur": out["employeur"].astype(bool),
        "classe_taille": out["classe_taille"].fillna(""),
    }, index=codes.index)


def employer_bands() -> list:
    table = band_table()
    return sorted(table.index[table["employeur"]])
