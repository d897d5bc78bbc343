"""Economic weight of the ESS: published turnover of the legal units and insertion structures (SIAE).

The study's ESS legal units are the SIRENs of ``etablissements_ess`` (diffusible establishments
only: a status-P unit is in no individual table, so it is never looked up and counts nowhere
here). API Recherche d'entreprises gives, per unit, ``finances`` (turnover ``ca`` and
``resultat_net`` per year, for the units that publish their accounts) and ``complements``
(``est_siae``, ``type_siae``); the import writes them into ``finances_unites`` (FINANCES_COLUMNS,
one row per unit and year; a unit that publishes no accounts has one row with an empty year).

The rules, in one place:
- a unit's turnover is the ``ca`` of its latest year with a turnover (``latest_turnover``); the
  years differ from one unit to the next;
- it counts once, in the commune of the unit's head office, which is the commune of the unit's
  establishment marked ``siege`` in ``etablissements_ess`` (``head_offices``). A unit whose head
  office is outside the study (or is not one of its ESS establishments) is attributed to no
  commune: its turnover is left out, even though it has establishments in the study;
- an EPCI's or Pays' turnover is the sum over its communes, i.e. the turnover of the ESS units
  headquartered there, wherever their activity takes place;
- SIAE are counted as establishments, where they are (``nb_etab_siae``): every ESS establishment
  of the study whose unit the API marks ``est_siae``; by type (``type_siae``: ACI, AI, EI, ETTI,
  EITI, other kinds of the Marché de l'inclusion in ``autre``), an establishment counting in each
  type its unit declares.
"""
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

FINANCES_TABLE = "finances_unites"
FINANCES_COLUMNS = ["siren", "annee", "ca", "resultat_net", "est_siae", "type_siae", "date_reponse"]
SIAE_TYPES = ("aci", "ai", "ei", "etti", "eiti")
SIAE_OTHER = "autre"


def siae_field(kind: str) -> str:
    return f"nb_etab_siae_{kind}"


STOCK_FIELDS = (["nb_unites_ess_siege", "nb_unites_ca_publie", "ca_publie_ess", "nb_etab_siae"]
                + [siae_field(kind) for kind in SIAE_TYPES + (SIAE_OTHER,)])
RATIO_FIELDS = ["part_unites_ca_publie"]
FIELDS = STOCK_FIELDS + RATIO_FIELDS


@dataclass
class EconomicData:
    """What the economic weight is computed from.

    etablissements: the study's ESS establishments (``etablissements_ess``): siren, code_commune, siege.
    finances: ``finances_unites`` (FINANCES_COLUMNS), or None when the study has none.
    """
    etablissements: pd.DataFrame
    finances: pd.DataFrame = None


def empty_finances() -> pd.DataFrame:
    return typed_finances(pd.DataFrame(columns=FINANCES_COLUMNS))


def typed_finances(frame: pd.DataFrame) -> pd.DataFrame:
    """``finances_unites`` with its types: codes and texts as strings, years and euros as
    nullable integers, est_siae as bool."""
    frame = frame.reindex(columns=FINANCES_COLUMNS).reset_index(drop=True)
    out = pd.DataFrame({"siren": frame["siren"].astype("string").fillna("").astype(object)})
    for column in ("annee", "ca", "resultat_net"):
        out[column] = pd.to_numeric(frame[column], errors="coerce").round().astype("Int64")
    out["est_siae"] = frame["est_siae"].map(_as_bool).astype(bool)
    out["type_siae"] = frame["type_siae"].where(frame["type_siae"].notna(), None).astype(object)
    out["date_reponse"] = frame["date_reponse"].fillna("").astype(str)
    return out


def _as_bool(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "oui", "yes", "1.0")
    try:
        return bool(value) and not (isinstance(value, float) and np.isnan(value))
    except (TypeError, ValueError):
        return False


def latest_turnover(finances: pd.DataFrame) -> pd.DataFrame:
    """Per unit with a published turnover: siren, annee (its latest year with a turnover), ca."""
    frame = typed_finances(finances)
    frame = frame[frame["ca"].notna() & frame["annee"].notna()]
    frame = frame.sort_values(["siren", "annee"], kind="stable").drop_duplicates("siren", keep="last")
    return frame[["siren", "annee", "ca"]].reset_index(drop=True)


def siae_kinds(type_siae) -> tuple:
    """The type keys of a ``type_siae`` value ("ACI, EI" -> ("aci", "ei")); ``autre`` for a kind
    outside SIAE_TYPES or no kind at all."""
    text = "" if type_siae is None or (isinstance(type_siae, float) and np.isnan(type_siae)) else str(type_siae)
    kinds = []
    for part in re.split(r"[,;/|\s]+", text.strip("[]")):
        part = part.strip("'\" ").lower()
        if not part:
            continue
        kind = part if part in SIAE_TYPES else SIAE_OTHER
        if kind not in kinds:
            kinds.append(kind)
    return tuple(kinds) or (SIAE_OTHER,)


def siae_units(finances: pd.DataFrame) -> dict:
    """{siren: type keys} of the units the API marks est_siae."""
    frame = typed_finances(finances)
    frame = frame[frame["est_siae"]].drop_duplicates("siren")
    return {siren: siae_kinds(kind) for siren, kind in zip(frame["siren"], frame["type_siae"])}


def head_offices(etablissements: pd.DataFrame) -> pd.Series:
    """siren -> commune of the unit's head office among the study's ESS establishments (units
    whose head office is not one of them are absent)."""
    frame = establishments(etablissements)
    frame = frame[frame["siege"]]
    if "siret" in frame.columns:
        frame = frame.sort_values("siret", kind="stable")
    frame = frame.drop_duplicates("siren")
    return pd.Series(frame["code_commune"].to_numpy(), index=pd.Index(frame["siren"], name="siren"),
                     name="code_commune", dtype=object)


# The columns of a study's etablissements_ess that the economic weight uses.
ESTABLISHMENT_COLUMNS = ("siret", "siren", "code_commune", "siege")


def establishments(etablissements: pd.DataFrame) -> pd.DataFrame:
    """siren, code_commune, siege (False when a source did not say) and siret when known."""
    columns = [c for c in ESTABLISHMENT_COLUMNS if c in etablissements.columns]
    frame = etablissements[columns].reindex(columns=columns + [c for c in ("siren", "code_commune", "siege")
                                                               if c not in columns])
    frame["siren"] = frame["siren"].fillna("").astype(str)
    frame["code_commune"] = frame["code_commune"].fillna("").astype(str)
    frame["siege"] = frame["siege"].map(_as_bool).astype(bool)
    return frame[frame["siren"] != ""]


def commune_stocks(codes: pd.Index, data: EconomicData = None) -> pd.DataFrame:
    """The economic stock fields per commune (index ``codes``), 0 where there is nothing (and
    everywhere when ``data`` is None or the study has no finances)."""
    out = pd.DataFrame(0, index=codes, columns=STOCK_FIELDS, dtype="int64")
    out["ca_publie_ess"] = 0.0
    if data is None or data.etablissements is None or data.etablissements.empty:
        return out
    etabs = establishments(data.etablissements)
    finances = data.finances if data.finances is not None else empty_finances()

    offices = head_offices(etabs)
    offices = offices[offices.isin(codes)]
    out["nb_unites_ess_siege"] = offices.value_counts().reindex(codes, fill_value=0).astype("int64").to_numpy()
    turnover = latest_turnover(finances)
    turnover = turnover[turnover["siren"].isin(offices.index)]
    commune_of = turnover["siren"].map(offices)
    out["nb_unites_ca_publie"] = commune_of.value_counts().reindex(codes, fill_value=0).astype("int64").to_numpy()
    out["ca_publie_ess"] = turnover["ca"].astype(float).groupby(commune_of.to_numpy()).sum() \
        .reindex(codes, fill_value=0.0).astype(float).to_numpy()

    siae = siae_units(finances)
    located = etabs[etabs["code_commune"].isin(codes) & etabs["siren"].isin(siae.keys())]
    out["nb_etab_siae"] = located["code_commune"].value_counts().reindex(codes, fill_value=0) \
        .astype("int64").to_numpy()
    for kind in SIAE_TYPES + (SIAE_OTHER,):
        of_kind = located[located["siren"].map(lambda s, kind=kind: kind in siae[s]).astype(bool)]
        out[siae_field(kind)] = of_kind["code_commune"].value_counts().reindex(codes, fill_value=0) \
            .astype("int64").to_numpy()
    return out


def add_ratios(frame: pd.DataFrame) -> pd.DataFrame:
    """part_unites_ca_publie of a frame of sums (ratio of sums; 0 when no unit has its head office there)."""
    if "nb_unites_ess_siege" in frame:
        numerator = frame["nb_unites_ca_publie"].to_numpy(dtype=float)
        denominator = frame["nb_unites_ess_siege"].to_numpy(dtype=float)
        ratio = np.zeros(len(frame), dtype=float)
        np.divide(100.0 * numerator, denominator, out=ratio, where=denominator > 0)
        frame["part_unites_ca_publie"] = ratio
    return frame


def unknown(frame: pd.DataFrame) -> pd.DataFrame:
    """The economic fields left empty (an area whose units were not looked up: the reference area)."""
    for column in FIELDS:
        frame[column] = np.nan
    return frame
