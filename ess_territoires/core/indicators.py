"""ESS indicators per commune, EPCI and Pays, and their comparison with the Pays and the reference area.

Inputs are DataFrames read from a study GeoPackage (codes as strings):
- communes: code_commune, nom, nom_tri, code_epci, nom_epci, code_pays, nom_pays, population, surface_km2;
- ess_communes: code_commune, famille, secteur, employeur, classe_taille, nb_etab, emplois_min/est/max
  (status-P establishments included);
- emploi_communes: code_commune, nb_etab_employeurs, emplois_min/est/max (all employers, ESS or not).

Every field, its French alias, definition, unit and nature (identifiant, stock, ratio, mesure) is
described once, in ``resources/indicateurs.csv`` (``field_table``). Stocks are summed from the communes
up; ratios are always computed from the sums of their level (ratio of sums, never a mean of commune
ratios) and are 0 when their denominator is 0.

Comparison columns. The reference area is the area of the reference data (by default the three
départements 02, 60 and 80), whose ESS and employment the SIRENE import aggregates in the same
pass as the study's (``ReferenceArea``); a study without them (API only) is compared with itself. On the
layers, only the fields marked ``comparaison = oui`` in the field table carry the value of their Pays
(``<field>_pays``, communes and EPCI) and of the reference area (``<field>_ref``): the ratios, which
compare territories of any size, and the key stocks (ESS establishments, estimated ESS and total
jobs). Repeating all ~40 fields twice would give ~120 columns per layer, unreadable in an attribute
table or an atlas page; every field of every territory is compared side by side in the comparison
table (``comparison_table``), one row per Pays, EPCI and the reference area.
"""
import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache

import numpy as np
import pandas as pd

from . import dynamics as dyn
from . import economic
from .employment import JOB_COLUMNS, SIZE_CLASSES
from .errors import InputError
from .i18n import tr
from .paths import resource
from .perimeter import FAMILLES
from .sectors import sector_keys
from .text import sort_key

LEVELS = ("communes", "epci", "pays")
KEYS = {"communes": "code_commune", "epci": "code_epci", "pays": "code_pays"}
NATURES = ("identifiant", "stock", "ratio", "mesure")
PAYS_SUFFIX = "_pays"
REF_SUFFIX = "_ref"
JOIN_SUFFIX = "_jointure"
REFERENCE_CODE = "reference"
# Columns that may hold the commune code in a file to join, compared without case.
JOIN_KEY_NAMES = ("code_commune", "codgeo", "code_insee", "insee_com", "insee", "depcom", "com")


def family_field(famille: str) -> str:
    return f"nb_etab_{famille}"


def size_field(size_class: str) -> str:
    return f"nb_etab_taille_{size_class}"


def sector_field(sector: str) -> str:
    return f"nb_etab_secteur_{sector}"


# ----------------------------------------------------------------------------------------------
# The field table


@lru_cache(maxsize=1)
def _base_fields() -> pd.DataFrame:
    with open(resource("indicateurs.csv"), encoding="utf-8", newline="") as f:
        frame = pd.DataFrame(list(csv.DictReader(f)), dtype=str)
    frame["niveaux"] = frame["niveaux"].str.split()
    frame["comparaison"] = frame["comparaison"].eq("oui")
    frame["decimales"] = pd.to_numeric(frame["decimales"], errors="coerce")
    return frame


@lru_cache(maxsize=1)
def field_table() -> pd.DataFrame:
    """Every field of the indicator layers: champ, alias, definition, unite, nature, niveaux (list),
    comparaison (bool), decimales; the comparison fields (``_pays``, ``_ref``) included.
    Cached: callers must not modify it."""
    base = _base_fields()
    rows = [base]
    compared = base[base["comparaison"]]
    for suffix, levels, alias, definition in (
            (PAYS_SUFFIX, ("communes", "epci"), "{alias} (Pays)", "Valeur du Pays du territoire : {definition}"),
            (REF_SUFFIX, LEVELS, "{alias} (référence)",
             "Valeur de la zone de référence (départements des données de référence) : {definition}")):
        extra = compared.copy()
        extra["champ"] = extra["champ"] + suffix
        extra["alias"] = [alias.format(alias=a) for a in extra["alias"]]
        extra["definition"] = [definition.format(definition=d) for d in extra["definition"]]
        extra["niveaux"] = [[lv for lv in lvs if lv in levels] for lvs in extra["niveaux"]]
        extra["comparaison"] = False
        rows.append(extra)
    return pd.concat(rows, ignore_index=True)


def fields_of(level: str) -> list:
    """Field names of a level, in the table's order (comparison fields after the base fields)."""
    table = field_table()
    return [name for name, levels in zip(table["champ"], table["niveaux"]) if level in levels]


def aliases() -> dict:
    table = field_table()
    return dict(zip(table["champ"], table["alias"]))


def nature_of(field: str):
    """identifiant, stock, ratio or mesure; None for a field the table does not describe (a joined one)."""
    table = field_table()
    found = table.loc[table["champ"] == field, "nature"]
    return found.iloc[0] if len(found) else None


def decimals() -> dict:
    table = field_table().dropna(subset=["decimales"])
    return {name: int(value) for name, value in zip(table["champ"], table["decimales"])}


def fields_markdown() -> str:
    """The field table as a Markdown table (for the README)."""
    table = _base_fields()
    lines = ["| Champ | Alias | Définition | Unité | Niveaux |", "|---|---|---|---|---|"]
    for row in table.itertuples(index=False):
        lines.append(f"| `{row.champ}` | {row.alias} | {row.definition} | {row.unite} | {', '.join(row.niveaux)} |")
    lines.append("")
    lines.append("Les champs marqués d'une comparaison existent aussi avec le suffixe `_pays` (valeur du Pays) "
                 "et `_ref` (valeur de la zone de référence : les départements des données de référence, "
                 "l'Aisne, l'Oise et la Somme par défaut) : "
                 + ", ".join(f"`{c}`" for c in table.loc[table["comparaison"], "champ"]) + ".")
    return "\n".join(lines)


# ----------------------------------------------------------------------------------------------
# Computation


@dataclass
class Indicators:
    communes: pd.DataFrame
    epci: pd.DataFrame
    pays: pd.DataFrame
    reference: pd.DataFrame  # one row: the reference area


def stock_fields() -> list:
    """The stock fields summed from the communes up (population and surface first)."""
    return (["population", "surface_km2", "nb_etab_ess"] + [family_field(f) for f in FAMILLES]
            + ["nb_etab_ess_employeurs", "emplois_ess_min", "emplois_ess_est", "emplois_ess_max",
               "emplois_total_est"]
            + [size_field(c) for c in SIZE_CLASSES] + [sector_field(s) for s in sector_keys()])


def _ratio(numerator, denominator, factor=1.0) -> np.ndarray:
    numerator = np.asarray(numerator, dtype=float)
    denominator = np.asarray(denominator, dtype=float)
    out = np.zeros(len(numerator), dtype=float)
    np.divide(numerator * factor, denominator, out=out, where=denominator > 0)
    return out


def add_ratios(frame: pd.DataFrame) -> pd.DataFrame:
    """The ratios of a frame of sums (one row per territory), 0 for a zero denominator."""
    frame["part_emploi_ess"] = _ratio(frame["emplois_ess_est"], frame["emplois_total_est"], 100.0)
    frame["etab_ess_pour_10000_hab"] = _ratio(frame["nb_etab_ess"], frame["population"], 10000.0)
    frame["etab_ess_par_km2"] = _ratio(frame["nb_etab_ess"], frame["surface_km2"])
    if "nb_communes" in frame:
        frame["part_communes_avec_ess"] = _ratio(
            frame["nb_communes"] - frame["nb_communes_sans_ess"], frame["nb_communes"], 100.0)
    if "creations_ess_5ans" in frame:
        frame["creations_ess_pour_10000_hab"] = _ratio(frame["creations_ess_5ans"], frame["population"], 10000.0)
        frame["part_ess_creations_5ans"] = _ratio(frame["creations_ess_5ans"], frame["creations_toutes_5ans"], 100.0)
        frame["part_ess_moins_5ans"] = _ratio(frame["nb_etab_ess_moins_5ans"], frame["nb_etab_ess_age_connu"], 100.0)
    economic.add_ratios(frame)
    return frame


def _is_employer(values: pd.Series) -> pd.Series:
    return values.astype(str).str.strip().str.lower().isin(["1", "true", "oui", "yes", "1.0"])


def _check_values(ess: pd.DataFrame, column: str, allowed, what: str):
    unknown = sorted(set(ess[column]) - set(allowed))
    if unknown:
        raise InputError(tr("The table ess_communes holds an unknown {what}: {values}. It must be one of "
                            "{allowed}; run the SIRENE import again to rebuild it.")
                         .format(what=what, values=", ".join(map(repr, unknown)), allowed=", ".join(allowed)))


def _pivot(ess: pd.DataFrame, column: str, keys, names) -> pd.DataFrame:
    table = ess.groupby(["code_commune", column])["nb_etab"].sum().unstack(fill_value=0)
    table = table.reindex(columns=list(keys), fill_value=0)
    table.columns = [names(k) for k in keys]
    return table


def commune_stocks(communes: pd.DataFrame, ess_communes: pd.DataFrame,
                   emploi_communes: pd.DataFrame) -> pd.DataFrame:
    """The stock fields of each commune (index code_commune, in the order of ``communes``)."""
    codes = pd.Index(communes["code_commune"].astype(str), name="code_commune")
    ess = ess_communes.copy()
    ess["code_commune"] = ess["code_commune"].astype(str)
    ess = ess[ess["code_commune"].isin(codes)]
    for column in ("famille", "secteur", "classe_taille"):
        ess[column] = ess[column].fillna("").astype(str)
    _check_values(ess, "famille", FAMILLES, tr("family"))
    _check_values(ess, "secteur", sector_keys(), tr("sector"))
    _check_values(ess, "classe_taille", ("",) + SIZE_CLASSES, tr("size class"))
    ess["nb_etab"] = pd.to_numeric(ess["nb_etab"]).fillna(0).astype("int64")
    employers = ess[_is_employer(ess["employeur"])]

    out = pd.DataFrame(index=codes)
    out["population"] = pd.to_numeric(communes["population"]).fillna(0).astype("int64").to_numpy()
    out["surface_km2"] = pd.to_numeric(communes["surface_km2"]).fillna(0.0).astype(float).to_numpy()
    out["nb_etab_ess"] = ess.groupby("code_commune")["nb_etab"].sum()
    out = out.join(_pivot(ess, "famille", FAMILLES, family_field))
    out["nb_etab_ess_employeurs"] = employers.groupby("code_commune")["nb_etab"].sum()
    for column in JOB_COLUMNS:
        out[column.replace("emplois_", "emplois_ess_")] = ess.groupby("code_commune")[column].sum()
    emploi = emploi_communes.assign(code_commune=emploi_communes["code_commune"].astype(str))
    out["emplois_total_est"] = emploi.groupby("code_commune")["emplois_est"].sum()
    out = out.join(_pivot(employers[employers["classe_taille"] != ""], "classe_taille", SIZE_CLASSES, size_field))
    out = out.join(_pivot(ess, "secteur", sector_keys(), sector_field))
    out = out.infer_objects().fillna(0)  # sums of an empty table are of dtype object
    for column in stock_fields():
        is_jobs = column.startswith("emplois_") or column == "surface_km2"
        out[column] = out[column].astype(float if is_jobs else "int64")
    return out[stock_fields()]


def _aggregate(stocks: pd.DataFrame, groups: pd.Series) -> pd.DataFrame:
    """Sums of the stocks per group, with nb_communes and nb_communes_sans_ess."""
    grouped = stocks.groupby(groups.to_numpy(), sort=False)
    out = grouped.sum()
    out.insert(0, "nb_communes", grouped.size().astype("int64"))
    out["nb_communes_sans_ess"] = (stocks["nb_etab_ess"] == 0).groupby(groups.to_numpy(), sort=False).sum()
    out["nb_communes_sans_ess"] = out["nb_communes_sans_ess"].astype("int64")
    return out


def _first(values: pd.Series):
    return values.mode().iloc[0] if len(values.mode()) else ""


@dataclass
class Dynamics:
    """A study's dynamics tables (core.dynamics): per commune and year, ESS establishments by
    creation and closure date, the stock's date; and, when an earlier stock was imported, its
    ess_communes and date."""
    dynamique: pd.DataFrame
    dates: pd.DataFrame
    stock_date: date
    anterieur: pd.DataFrame = None
    anterieur_date: date = None

    def stocks(self, codes: pd.Index, ess_communes: pd.DataFrame) -> pd.DataFrame:
        earlier = None
        if self.anterieur is not None:
            earlier = {"ess_communes": self.anterieur, "date": self.anterieur_date,
                       "ess_communes_actuel": ess_communes}
        return dyn.commune_stocks(codes, self.dynamique, self.parsed_dates, self.stock_date, earlier)

    @cached_property
    def parsed_dates(self) -> pd.DataFrame:
        """``dates`` with creation, closure and age parsed once for every level."""
        return dyn.dated(self.dates, self.stock_date)


# Fields that only a stock's dynamics give (empty when the study has none), and the change
# between two stocks (empty without an earlier stock).
DYNAMICS_FIELDS = ("creations_ess_5ans", "fermetures_ess_5ans", "solde_ess_5ans", "creations_toutes_5ans",
                   "creations_ess_pour_10000_hab", "part_ess_creations_5ans", "age_median_ess",
                   "part_ess_moins_5ans")
CHANGE_FIELDS = ("evolution_etab_ess", "evolution_emplois_ess_min", "evolution_emplois_ess_est",
                 "evolution_emplois_ess_max", "evolution_emplois_creations_est",
                 "evolution_emplois_fermetures_est", "evolution_emplois_tranches_est")


@dataclass
class ReferenceArea:
    """The area every value is compared with: its communes (code_commune, population,
    surface_km2, code_epci) and their ESS and employment aggregates, as in a study."""
    name: str
    communes: pd.DataFrame
    ess_communes: pd.DataFrame
    emploi_communes: pd.DataFrame
    dynamics: Dynamics = None


def _with_dynamics(stocks: pd.DataFrame, ess_communes: pd.DataFrame, dynamics: Dynamics) -> pd.DataFrame:
    if dynamics is None:
        return stocks
    return stocks.join(dynamics.stocks(stocks.index, ess_communes))


def _median_ages(frame: pd.DataFrame, key: str, dynamics: Dynamics, groups: pd.Series):
    """Adds age_median_ess to ``frame`` (one row per ``key``); ``groups``: code_commune -> key."""
    if dynamics is None:
        return
    ages = dyn.median_ages(dynamics.parsed_dates, groups)
    frame["age_median_ess"] = frame[key].map(ages).fillna(0.0).astype(float).to_numpy()


def _fill_missing(frame: pd.DataFrame, level: str):
    """Fields a study lacks the data for (dynamics, change between stocks) stay empty."""
    for column in DYNAMICS_FIELDS + CHANGE_FIELDS:
        if column not in frame.columns and column in fields_of(level):
            frame[column] = np.nan


def compute(communes: pd.DataFrame, ess_communes: pd.DataFrame, emploi_communes: pd.DataFrame,
            distances: pd.Series = None, joined: pd.DataFrame = None,
            reference_area: ReferenceArea = None, dynamics: Dynamics = None,
            economic_data: economic.EconomicData = None) -> Indicators:
    """The indicators of a study. ``distances``: km per code_commune (None: left empty);
    ``joined``: columns to add to the communes, keyed by code_commune (see ``read_join``);
    ``reference_area``: what the ``_ref`` values describe (None: the whole study);
    ``dynamics``: the study's dynamics tables (None: the dynamics fields stay empty);
    ``economic_data``: the study's ESS establishments and finances_unites (core.economic; None:
    the economic weight fields are 0)."""
    communes = communes.reset_index(drop=True).copy()
    for column in ("code_commune", "code_epci", "code_pays", "nom", "nom_epci", "nom_pays"):
        communes[column] = communes[column].fillna("").astype(str)
    if "nom_tri" not in communes:
        communes["nom_tri"] = communes["nom"].map(sort_key)
    stocks = _with_dynamics(commune_stocks(communes, ess_communes, emploi_communes), ess_communes, dynamics)
    stocks = stocks.join(economic.commune_stocks(stocks.index, economic_data))
    by_code = communes.set_index("code_commune")

    # Communes
    commune_frame = by_code[["nom", "nom_tri", "code_epci", "nom_epci", "code_pays", "nom_pays"]].join(stocks)
    commune_frame = add_ratios(commune_frame)
    distance = pd.Series(np.nan, index=commune_frame.index) if distances is None else \
        pd.Series(distances, dtype=float).reindex(commune_frame.index)
    commune_frame["distance_etab_ess_km"] = distance.to_numpy()
    commune_frame = commune_frame.reset_index()
    _median_ages(commune_frame, "code_commune", dynamics, pd.Series(by_code.index, index=by_code.index))

    # EPCI (communes outside any EPCI belong to no EPCI row, as in the study's epci layer)
    in_epci = by_code["code_epci"] != ""
    epci = _aggregate(stocks[in_epci.to_numpy()], by_code.loc[in_epci, "code_epci"])
    names = by_code[in_epci].groupby("code_epci").agg(
        nom=("nom_epci", "first"), code_pays=("code_pays", _first))
    epci = names.join(epci, how="right")
    epci.index.name = "code_epci"
    epci["nom_tri"] = epci["nom"].map(sort_key)
    pays_names = by_code.groupby("code_pays")["nom_pays"].first()
    epci["nom_pays"] = epci["code_pays"].map(pays_names).fillna("")
    epci = add_ratios(epci).reset_index().sort_values("nom_tri", kind="stable").reset_index(drop=True)
    _median_ages(epci, "code_epci", dynamics, by_code.loc[in_epci, "code_epci"])

    # Pays (in the order of the study's parts, i.e. of first appearance)
    pays = _aggregate(stocks, by_code["code_pays"])
    pays.index.name = "code_pays"
    pays.insert(0, "nom", pays_names.reindex(pays.index).to_numpy())
    pays.insert(1, "nom_tri", pays["nom"].map(sort_key))
    pays.insert(2, "nb_epci", by_code[in_epci].groupby("code_pays")["code_epci"].nunique()
                .reindex(pays.index, fill_value=0).astype("int64"))
    pays = add_ratios(pays).reset_index()
    _median_ages(pays, "code_pays", dynamics, by_code["code_pays"])

    # Reference area: the reference départements when given, else the whole study
    if reference_area is None:
        ref_stocks, ref_epci, ref_name = stocks, by_code.loc[in_epci, "code_epci"], tr("Reference area (whole study)")
        ref_dynamics = dynamics
    else:
        ref_communes = reference_area.communes.reset_index(drop=True).copy()
        ref_communes["code_commune"] = ref_communes["code_commune"].astype(str)
        ref_dynamics = reference_area.dynamics if dynamics is not None else None
        ref_stocks = _with_dynamics(commune_stocks(ref_communes, reference_area.ess_communes,
                                                   reference_area.emploi_communes),
                                    reference_area.ess_communes, ref_dynamics)
        ref_epci = ref_communes["code_epci"].fillna("").astype(str)
        ref_epci, ref_name = ref_epci[ref_epci != ""], reference_area.name
    reference = _aggregate(ref_stocks, pd.Series(REFERENCE_CODE, index=ref_stocks.index))
    reference.index.name = "code_pays"
    reference.insert(0, "nom", ref_name)
    reference.insert(1, "nom_tri", reference["nom"].map(sort_key))
    reference.insert(2, "nb_epci", int(ref_epci.nunique()))
    reference = add_ratios(reference).reset_index()
    if reference_area is not None:  # only the study's legal units are looked up
        reference = economic.unknown(reference)
    _median_ages(reference, "code_pays", ref_dynamics, pd.Series(REFERENCE_CODE, index=ref_stocks.index))
    for frame, level in ((commune_frame, "communes"), (epci, "epci"), (pays, "pays"), (reference, "pays")):
        _fill_missing(frame, level)

    _add_comparisons(commune_frame, pays, reference, with_pays=True)
    _add_comparisons(epci, pays, reference, with_pays=True)
    _add_comparisons(pays, pays, reference, with_pays=False)

    commune_frame = commune_frame[fields_of("communes")]
    if joined is not None:
        commune_frame = add_join(commune_frame, joined)
    return Indicators(commune_frame, epci[fields_of("epci")], pays[fields_of("pays")],
                      reference[[c for c in fields_of("pays") if not c.endswith(REF_SUFFIX)]])


def _add_comparisons(frame: pd.DataFrame, pays: pd.DataFrame, reference: pd.DataFrame, with_pays: bool):
    table = _base_fields()
    compared = [c for c in table.loc[table["comparaison"], "champ"] if c in frame.columns]
    pays_by_code = pays.set_index("code_pays")
    for column in compared:
        if with_pays:
            frame[column + PAYS_SUFFIX] = frame["code_pays"].map(pays_by_code[column]).to_numpy()
        frame[column + REF_SUFFIX] = reference[column].iloc[0]


# ----------------------------------------------------------------------------------------------
# Comparison table


def comparison_table(result: Indicators) -> pd.DataFrame:
    """One row per territory of the study: the Pays, then the EPCI, then the reference area,
    with every field of the Pays level (the ``_ref`` columns left out: the reference is a row)."""
    columns = [c for c in fields_of("pays") if not c.endswith(REF_SUFFIX)]
    columns = [c for c in columns if c not in ("code_pays", "nom_tri")]
    parts = []
    for level, frame, code in (("pays", result.pays, "code_pays"), ("epci", result.epci, "code_epci"),
                               ("reference", result.reference, "code_pays")):
        part = frame.rename(columns={code: "code"}).copy()
        part.insert(0, "niveau", level)
        parts.append(part.reindex(columns=["niveau", "code"] + columns))
    table = pd.concat(parts, ignore_index=True)
    places = decimals()
    for column in table.columns:
        if column in places and pd.api.types.is_float_dtype(table[column]):
            table[column] = table[column].round(places[column])
    return table


# ----------------------------------------------------------------------------------------------
# Join of a table keyed by commune code


def repair_commune_code(value) -> str:
    """"2691" -> "02691", "2691.0" -> "02691"; "2A004" and other codes are kept (trimmed)."""
    text = "" if value is None or (isinstance(value, float) and np.isnan(value)) else str(value).strip()
    if re.fullmatch(r"\d+\.0+", text):
        text = text.split(".")[0]
    if text.isdigit() and len(text) < 5:
        text = text.zfill(5)
    return text


_NUMBER = re.compile(r"-?\d+([.,]\d+)?([eE][-+]?\d+)?")


def _as_number(values: pd.Series):
    """A numeric Series when every non-empty value is a number (decimal comma accepted) and none
    looks like a code with a leading zero; else None."""
    text = values.fillna("").astype(str).str.strip().str.replace("\u00a0", "", regex=False).str.replace(" ", "")
    filled = text[text != ""]
    if filled.empty or not filled.str.fullmatch(_NUMBER.pattern).all():
        return None
    if filled.str.match(r"-?0\d").any():
        return None
    numbers = pd.to_numeric(text.str.replace(",", ".", regex=False).replace("", np.nan))
    if numbers.dropna().mod(1).eq(0).all() and not filled.str.contains(r"[.,eE]").any():
        return numbers.astype("Int64")
    return numbers.astype(float)


def read_join(path, key=None) -> pd.DataFrame:
    """A CSV keyed by commune code, read with every value as text then typed column by column.

    The key is ``key`` or the first column named like a commune code (JOIN_KEY_NAMES, any case);
    it is returned as ``code_commune``, with the leading zeros a spreadsheet dropped put back.
    """
    frame = None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, sep=None, engine="python",
                                encoding=encoding)
            break
        except UnicodeDecodeError:
            continue
        except (OSError, pd.errors.ParserError, csv.Error) as error:
            raise InputError(tr("The file to join {path} cannot be read ({error}). Give a CSV file "
                                "with a header row.").format(path=path, error=error)) from error
    if frame is None:
        raise InputError(tr("The file to join {path} is neither UTF-8 nor Windows-1252 text: save it "
                            "as CSV UTF-8.").format(path=path))
    frame.columns = [str(c).strip() for c in frame.columns]
    lower = {c.lower(): c for c in frame.columns}
    wanted = [key] if key else list(JOIN_KEY_NAMES)
    found = next((lower[name.lower()] for name in wanted if name.lower() in lower), None)
    if found is None:
        raise InputError(tr("The file to join {path} has no commune code column (looked for: {names}; "
                            "columns found: {columns}). Name the column of INSEE commune codes "
                            "code_commune.").format(path=path, names=", ".join(wanted),
                                                    columns=", ".join(frame.columns)))
    codes = frame[found].map(repair_commune_code)
    frame = frame.drop(columns=[found])
    if "code_commune" in frame.columns:
        frame = frame.drop(columns=["code_commune"])
    empty = codes == ""
    if empty.any():
        raise InputError(tr("The file to join {path} has {n} rows without a commune code in column {column}: "
                            "fill or remove them.").format(path=path, n=int(empty.sum()), column=found))
    duplicated = codes[codes.duplicated()].unique()
    if len(duplicated):
        raise InputError(tr("The file to join {path} has several rows for the commune(s) {codes}: keep one "
                            "row per commune.").format(path=path, codes=", ".join(duplicated[:10])))
    out = pd.DataFrame({"code_commune": codes})
    for column in frame.columns:
        number = _as_number(frame[column])
        out[column] = frame[column].to_numpy() if number is None else number.to_numpy()
    return out


def add_join(communes: pd.DataFrame, joined: pd.DataFrame) -> pd.DataFrame:
    """The joined columns added to the commune indicators (left join on code_commune); a column
    whose name is already used gets the suffix ``_jointure``. Communes absent from the file get
    empty values; rows of other communes are ignored."""
    joined = joined.copy()
    joined["code_commune"] = joined["code_commune"].map(repair_commune_code)
    renamed = {c: c + JOIN_SUFFIX for c in joined.columns if c != "code_commune" and c in communes.columns}
    joined = joined.rename(columns=renamed)
    return communes.merge(joined, on="code_commune", how="left", validate="one_to_one")
