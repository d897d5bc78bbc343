"""Which NAF code a SIRENE row's activity is read from, and in which nomenclature.

Since December 2025 INSEE's stocks carry the NAF 2025 code (``activitePrincipaleNAF25…``) beside
the NAF rév. 2 code of ``activitePrincipale…`` (``nomenclatureActivitePrincipale…`` = NAFRev2); from
1 January 2027 ``activitePrincipale…`` holds the NAF 2025 code (nomenclature NAF2025) and the NAF25
columns may be gone. The rule, per row:

1. a NAF25 code when the row has one: that code, nomenclature ``NAF2025``;
2. else the main code, in the nomenclature the row states (``NAF2025``, ``NAFRev2`` or an older
   one such as ``NAFRev1`` for long-closed establishments); a main code without a stated
   nomenclature (API Recherche d'entreprises) is told by its last letter: NAF 2025 sub-classes end
   in Y, G, H, J, K or L, NAF rév. 2 ones in Z or A to F (the two sets do not meet).

Codes are written as INSEE publishes them, "94.91Y"; "9491Y" (no dot) is accepted and dotted.
"""
import re

import pandas as pd

from .text import clean_codes

NAF2025 = "NAF2025"
NAFREV2 = "NAFRev2"
NOMENCLATURES = (NAF2025, NAFREV2)
# How the rows' nomenclature column may spell them (upper-cased, spaces and dots removed).
_SPELLINGS = {"NAF2025": NAF2025, "NAF25": NAF2025, "NAFREV2": NAFREV2, "NAFR2": NAFREV2}
_UNDOTTED = re.compile(r"^(\d{2})(\d{2}[A-Z])$")
SUBCLASS = re.compile(r"^\d{2}\.\d{2}[A-Z]$")
NAF2025_LETTERS = frozenset("YGHJKL")


def implied_nomenclature(code: str) -> str:
    """The nomenclature a sub-class code belongs to, from its last letter ("" for no code)."""
    code = normalize_code(code)
    if not code:
        return ""
    return NAF2025 if SUBCLASS.match(code) and code[-1] in NAF2025_LETTERS else NAFREV2


def normalize_code(code) -> str:
    """'9491y ' -> '94.91Y'; anything else stripped and upper-cased."""
    text = "" if code is None else str(code).strip().upper()
    match = _UNDOTTED.match(text)
    return f"{match.group(1)}.{match.group(2)}" if match else text


def normalize_codes(codes: pd.Series) -> pd.Series:
    codes = clean_codes(codes.fillna("").astype(str), upper=True)
    return codes.map({code: normalize_code(code) for code in codes.unique()})


def nomenclature_name(value) -> str:
    """The canonical name of a nomenclature as a row states it ("" when it states none)."""
    text = "" if value is None else str(value).strip()
    key = text.upper().replace(" ", "").replace(".", "").replace("É", "E")
    return _SPELLINGS.get(key, text)


def row_activity(main: pd.Series, nomenclature: pd.Series, naf25: pd.Series) -> pd.DataFrame:
    """Columns ``naf`` and ``nomenclature_naf`` of each row (see the module docstring). The three
    series share an index; missing columns are passed as series of ""."""
    main, naf25 = normalize_codes(main), normalize_codes(naf25)
    stated = nomenclature.fillna("").astype(str)
    stated = stated.map({value: nomenclature_name(value) for value in stated.unique()})
    implied = stated.where(stated.ne(""), main.map({code: implied_nomenclature(code) for code in main.unique()}))
    has25 = naf25.ne("")
    naf = naf25.where(has25, main)
    nomenclature_naf = implied.where(~has25, NAF2025).where(naf.ne(""), "")
    return pd.DataFrame({"naf": naf, "nomenclature_naf": nomenclature_naf}, index=main.index)


def counts(nomenclatures: pd.Series) -> dict:
    """Rows per nomenclature, for the import report: {"NAF2025": n, "NAFRev2": n, …}; rows without
    an activity code count under "" only when there are some."""
    values = nomenclatures.fillna("").astype(str).value_counts()
    out = {name: int(values.get(name, 0)) for name in NOMENCLATURES}
    out.update({name: int(n) for name, n in values.items() if name not in out})
    return out
