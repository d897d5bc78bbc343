"""The ESS perimeter: which legal units are ESS, in which family, and which activities are excluded.

The rule lives in one table, ``resources/perimetre_ess.csv`` (a user may pass an edited copy, saved
from a spreadsheet with a comma or a semicolon). One row per rule, columns
``regle, valeur, valeur_fin, famille, nomenclature, commentaire`` (``nomenclature`` may be absent):

- ``version``: ``valeur`` is the version written into every output;
- ``categorie_juridique``: legal categories ``valeur`` to ``valeur_fin`` (inclusive, 4 digits;
  ``valeur_fin`` empty for a single code) belong to ``famille``;
- ``indicateur_sirene``: units whose ``economieSocialeSolidaireUniteLegale`` equals ``valeur``
  and whose category is in no family above belong to ``famille`` (entreprise_ess);
- ``naf_exclue``: establishments whose own activity is in this NAF division (``84``), this class
  (``94.11``: every sub-class of it, 94.11Z in NAF rév. 2 as 94.11Y in NAF 2025) or is this
  sub-class (``94.11Z``) are not ESS, whatever their legal unit. ``nomenclature`` lists the
  nomenclatures the row holds for (``NAFRev2``, ``NAF2025``, separated by spaces); empty: all.
  An establishment's activity and its nomenclature come from core.naf (NAF 2025 where the row
  has it, NAF rév. 2 otherwise).
"""
import csv
import dataclasses
import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import InputError
from .i18n import tr
from .naf import NOMENCLATURES, nomenclature_name, normalize_code
from .paths import resource
from .text import clean_codes

FAMILLES = ("association", "cooperative", "mutuelle", "fondation", "entreprise_ess")
FAMILLE_LIBELLES = {
    "association": "Association",
    "cooperative": "Coopérative",
    "mutuelle": "Mutuelle",
    "fondation": "Fondation",
    "entreprise_ess": "Entreprise commerciale de l'ESS",
}
# Order of the reasons: an establishment records the first one that applies.
MOTIFS = ("categorie_juridique", "indicateur_sirene", "liste_partenaire", "manuel")

COLUMNS = ("regle", "valeur", "valeur_fin", "famille", "nomenclature", "commentaire")
REQUIRED = COLUMNS[:4]
RULES = ("version", "categorie_juridique", "indicateur_sirene", "naf_exclue")


@dataclass(frozen=True)
class Exclusion:
    """One naf_exclue row: a division ("84"), a class ("94.11") or a sub-class ("94.11Z"), for the
    nomenclatures named (empty: all)."""
    code: str
    nomenclatures: frozenset = frozenset()

    def matches(self, naf: str, nomenclature: str = "") -> bool:
        if self.nomenclatures and nomenclature and nomenclature not in self.nomenclatures:
            return False
        return naf[:len(self.code)] == self.code if len(self.code) < 6 else naf == self.code


@dataclass(frozen=True)
class Perimeter:
    version: str
    categories: tuple  # ((first, last, famille), ...), 4-digit strings
    indicator: tuple  # ((value, famille), ...)
    exclusions: tuple  # (Exclusion, ...)
    source: str

    def famille_of_category(self, code: str) -> str:
        """Family of a legal category code, "" when it is in none."""
        code = str(code).strip()
        for first, last, famille in self.categories:
            if len(code) == 4 and first <= code <= last:
                return famille
        return ""

    def is_excluded(self, naf: str, nomenclature: str = "") -> bool:
        """Whether the activity ``naf`` (of the nomenclature ``nomenclature``, "" when unknown)
        is excluded."""
        naf = normalize_code(naf)
        if not naf:
            return False
        nomenclature = nomenclature_name(nomenclature)
        return any(rule.matches(naf, nomenclature) for rule in self.exclusions)

    def may_be_ess(self, category: pd.Series, flag: pd.Series) -> pd.Series:
        """Whether legal units of these categories and SIRENE ESS flags (O/N) can be ESS: those
        ``classify`` may give a family to (it also needs the establishment's activity)."""
        category = clean_codes(category.fillna("").astype(str), upper=True)
        flag = clean_codes(flag.fillna("").astype(str), upper=True)
        by_category = {code: self.famille_of_category(code) != "" for code in category.unique()}
        return category.map(by_category).astype(bool) | flag.isin({value for value, _ in self.indicator})

    def without_exclusions(self) -> "Perimeter":
        """The same perimeter with no excluded activity (partner lists override the exclusions)."""
        return dataclasses.replace(self, exclusions=())

    def classify(self, frame: pd.DataFrame) -> pd.DataFrame:
        """Columns famille and motif ("" when not ESS) and exclu (bool) for a frame holding
        ``categorie_juridique``, ``indicateur_ess`` (SIRENE's O/N flag), ``naf`` (the
        establishment's own activity) and optionally ``nomenclature_naf`` (core.naf).
        Excluded establishments get famille = motif = ""."""
        category, flag, naf = (clean_codes(frame[c].astype(str), upper=True)
                               for c in ("categorie_juridique", "indicateur_ess", "naf"))
        nomenclature = (frame["nomenclature_naf"].fillna("").astype(str) if "nomenclature_naf" in frame
                        else pd.Series("", index=frame.index))
        by_category = {code: self.famille_of_category(code) for code in category.unique()}
        famille = category.map(by_category)
        motif = famille.where(famille.eq(""), "categorie_juridique")
        for value, fam in self.indicator:
            hit = famille.eq("") & flag.eq(value)
            famille = famille.mask(hit, fam)
            motif = motif.mask(hit, "indicateur_sirene")
        excluded = pd.Series(self._excluded(naf, nomenclature), index=frame.index)
        excluded = excluded & famille.ne("")
        famille = famille.mask(excluded, "")
        motif = motif.mask(excluded, "")
        return pd.DataFrame({"famille": famille, "motif": motif, "exclu": excluded}, index=frame.index)


    def _excluded(self, naf: pd.Series, nomenclature: pd.Series) -> np.ndarray:
        """is_excluded of each (naf, nomenclature) row, computed once per distinct pair."""
        naf_codes, naf_values = pd.factorize(naf)
        nomenclature_codes, nomenclature_values = pd.factorize(nomenclature)
        pairs, pair_index = np.unique(naf_codes.astype(np.int64) * max(len(nomenclature_values), 1)
                                      + nomenclature_codes, return_inverse=True)
        by_pair = np.array([self.is_excluded(naf_values[p // max(len(nomenclature_values), 1)],
                                             nomenclature_values[p % max(len(nomenclature_values), 1)])
                            for p in pairs], dtype=bool)
        return by_pair[pair_index] if len(pairs) else np.zeros(len(naf), dtype=bool)


def default_path() -> Path:
    return resource("perimetre_ess.csv")


def load_perimeter(path=None) -> Perimeter:
    """The default perimeter, or the user's edited copy at ``path`` (validated)."""
    path = Path(path) if path else default_path()
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(tr("The perimeter file {name} cannot be read ({error}). Check the path, "
                            "or leave the option empty to use the default perimeter.")
                         .format(name=path, error=exc)) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise InputError(tr("The perimeter file {name} is empty. Start from a copy of the default "
                            "perimeter (resources/perimetre_ess.csv).").format(name=name))
    delimiter = ";" if lines[0].count(";") > lines[0].count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [h.strip().lower() for h in next(reader)]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise InputError(tr("The perimeter file {name} lacks the column {col}. Its first row must be: "
                            "{cols}.").format(name=name, col=", ".join(missing), cols=",".join(COLUMNS)))
    index = {c: header.index(c) for c in COLUMNS if c in header}
    version, categories, indicator, exclusions = "", [], [], []
    for lineno, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        cell = {c: (row[i].strip() if i < len(row) else "") for c, i in index.items()}
        rule, value, last, famille = cell["regle"].lower(), cell["valeur"], cell["valeur_fin"], cell["famille"]
        where = tr("perimeter file {name}, line {line}").format(name=name, line=lineno)
        if rule == "version":
            version = value
        elif rule == "categorie_juridique":
            first, last = _category(value, where), _category(last or value, where)
            if last < first:
                raise InputError(tr("In the {where}: the range {a}-{b} ends before it starts. "
                                    "Swap the two codes.").format(where=where, a=first, b=last))
            categories.append((first, last, _famille(famille, where)))
        elif rule == "indicateur_sirene":
            if not value:
                raise InputError(tr("In the {where}: the column valeur is empty. Write the value of "
                                    "economieSocialeSolidaireUniteLegale to match, e.g. O.").format(where=where))
            indicator.append((value.upper(), _famille(famille, where)))
        elif rule == "naf_exclue":
            exclusions.append(Exclusion(_naf_rule_code(value, where),
                                        _nomenclatures(cell.get("nomenclature", ""), where)))
        else:
            raise InputError(tr("In the {where}: the rule {rule} is unknown. Use one of: {rules}.")
                             .format(where=where, rule=cell["regle"], rules=", ".join(RULES)))
    if not version:
        raise InputError(tr("The perimeter file {name} has no version row. Add a row "
                            "'version,<your version name>' so that every output says which "
                            "perimeter it used.").format(name=name))
    if not categories and not indicator:
        raise InputError(tr("The perimeter file {name} names no legal category and no SIRENE "
                            "indicator: nothing would be ESS. Add categorie_juridique rows.").format(name=name))
    return Perimeter(version=version, categories=tuple(categories), indicator=tuple(indicator),
                     exclusions=tuple(dict.fromkeys(exclusions)), source=str(path))


def _naf_rule_code(value: str, where: str) -> str:
    """A division ("84", "1" -> "01"), a class ("94.11", "9411") or a sub-class ("94.11Z", "9411Z")."""
    code = normalize_code(value)
    if code.isdigit() and len(code) <= 2:
        return code.zfill(2)
    if code.isdigit() and len(code) == 4:
        code = f"{code[:2]}.{code[2:]}"
    if len(code) in (5, 6) and code[2] == "." and code[:2].isdigit() and code[3:5].isdigit() \
            and (len(code) == 5 or code[5].isalpha()):
        return code
    raise InputError(tr("In the {where}: {code} is not a NAF code. Write a division (like 84), a class "
                        "(like 94.11) or a sub-class (like 94.11Z or 94.11Y).").format(where=where, code=value))


def _nomenclatures(value: str, where: str) -> frozenset:
    names = {nomenclature_name(part) for part in value.replace(",", " ").replace("+", " ").split()}
    unknown = sorted(names - set(NOMENCLATURES))
    if unknown:
        raise InputError(tr("In the {where}: the nomenclature {name} is unknown. Write {names}, separated "
                            "by spaces, or leave the cell empty for all.").format(
            where=where, name=", ".join(unknown), names=" or ".join(NOMENCLATURES)))
    return frozenset(names)


def _category(value: str, where: str) -> str:
    if not (value.isdigit() and len(value) == 4):
        raise InputError(tr("In the {where}: {code} is not a legal category code (4 digits, like "
                            "9220). Correct it.").format(where=where, code=value))
    return value


def _famille(value: str, where: str) -> str:
    famille = value.strip().lower()
    if famille not in FAMILLES:
        raise InputError(tr("In the {where}: the family {famille} is unknown. Use one of: {familles}.")
                         .format(where=where, famille=value, familles=", ".join(FAMILLES)))
    return famille
