"""Reading the figures of a portrait's text back, to check each one against the study.

A figure is "found" when some allowed value, rounded as the page rounds it (the number of
decimals written), equals it: |written − value| ≤ half a unit of the last decimal. Signs are
not compared (a sentence says "a diminué de 3" for −3). Fixed phrases whose numbers belong to
the wording ("pour 10 000 habitants", "de 1 à 9 salariés") are removed first.
"""
import math
import re
from decimal import Decimal

from ess_territoires.core.portrait_text import FIXED_PHRASES
from ess_territoires.core.wording import THRESHOLDS

SPACES = "\u202f\u00a0 "
FRENCH = re.compile(r"(?<![\w,.])\d{1,3}(?:[\u202f\u00a0 ]\d{3})*(?:,\d+)?(?![\d])")
ENGLISH = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\d])")


def normalise(text: str) -> str:
    """One space for any run of spaces (pdftotext breaks lines and may turn U+202F into a space)."""
    text = text.replace("\u2212", "-").replace("\u00ad", "")
    for space in "\u202f\u00a0\n\t":
        text = text.replace(space, " ")
    text = re.sub(r"-\s+", "-", text)  # a word broken at a hyphen at the end of a line
    return re.sub(r" +", " ", text)


def strip_fixed(text: str) -> str:
    text = normalise(text)
    for phrase in sorted(FIXED_PHRASES, key=len, reverse=True):
        text = text.replace(normalise(phrase), " ")
    return text


def figures(text: str, lang: str = "fr") -> list:
    """(Decimal value, decimals, as written) of every number of ``text``."""
    text = strip_fixed(text)
    found = []
    for match in (FRENCH if lang == "fr" else ENGLISH).finditer(text):
        raw = match.group(0)
        if lang == "fr":
            digits = raw.replace(" ", "").replace(",", ".")
        else:
            digits = raw.replace(",", "")
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        found.append((Decimal(digits), decimals, raw))
    return found


def unexplained(text: str, allowed, lang: str = "fr") -> list:
    """The numbers of ``text`` that no value of ``allowed`` (nor a threshold) explains."""
    values = [abs(float(v)) for v in allowed if v is not None] + [float(t) for t in THRESHOLDS]
    values += [v / 1_000_000 for v in values if v >= 1_000_000]  # "45,7 millions d'euros"
    missing = []
    for number, decimals, raw in figures(text, lang):
        tolerance = 0.5 * 10 ** -decimals + 1e-9
        if not any(abs(float(number) - v) <= tolerance for v in values):
            missing.append(raw)
    return missing


def row_values(row: dict) -> list:
    """The numeric fields of a row (dict)."""
    values = []
    for value in row.values():
        if isinstance(value, (int, float)) and not isinstance(value, bool) and not math.isnan(value):
            values.append(value)
    return values


def date_values(*isos) -> list:
    """Year, month and day of each YYYY-MM-DD date."""
    values = []
    for iso in isos:
        if iso:
            values += [int(iso[:4]), int(iso[5:7]), int(iso[8:10])]
    return values
