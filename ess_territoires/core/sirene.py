"""Import the ESS establishments of a territory from SIRENE stock files (pure Python + pandas).

``import_sirene`` streams StockEtablissement (keeping the territory's rows), then StockUniteLegale
(keeping the legal units of those rows) and optionally the Geolocalisation file, classifies with
the perimeter, estimates jobs from the size bands and returns a ``SireneImport`` of DataFrames.
Status P (non-diffusible establishment or legal unit) rows count in ``ess_communes`` and
``emploi_communes`` only; no other table holds their SIRET, name or point.
Each establishment's activity (``naf``, ``nomenclature_naf``) follows core.naf: its NAF 2025 code
where the row has one, its NAF rév. 2 code otherwise; the stats count rows per nomenclature.
"""
import re
import time
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import dynamics, employment, labels, naf, sectors
from .errors import InputError
from .i18n import tr
from .perimeter import Perimeter, load_perimeter
from .progress import check_canceled
from .sirene_read import check_engine, open_source, read_filtered
from .text import clean_codes, sort_key

ETAB_COLUMNS = [
    "siren", "siret", "statutDiffusionEtablissement", "dateCreationEtablissement",
    "trancheEffectifsEtablissement", "etablissementSiege", "codeCommuneEtablissement",
    "coordonneeLambertAbscisseEtablissement", "coordonneeLambertOrdonneeEtablissement",
    "etatAdministratifEtablissement", "enseigne1Etablissement", "denominationUsuelleEtablissement",
    "activitePrincipaleEtablissement", "nomenclatureActivitePrincipaleEtablissement",
    "activitePrincipaleNAF25Etablissement", "dateDebut", "dateDernierTraitementEtablissement",
]
UL_COLUMNS = [
    "siren", "statutDiffusionUniteLegale", "categorieJuridiqueUniteLegale",
    "economieSocialeSolidaireUniteLegale", "denominationUniteLegale", "denominationUsuelle1UniteLegale",
    "sigleUniteLegale", "nomUniteLegale", "nomUsageUniteLegale", "prenom1UniteLegale", "prenomUsuelUniteLegale",
]
GEO_COLUMNS = ["siret", "x", "y", "qualite_xy", "epsg"]
HISTORY_COLUMNS = ["siret", "dateDebut", "etatAdministratifEtablissement", "changementEtatAdministratifEtablissement"]
CLOSED_STATES = ("F", "C")
# What the classification of every establishment of the territory needs from its legal unit; the
# names (and the establishments' own details below) only serve the listed ESS establishments, a
# few percent of the rows: they are joined to those alone (a national stock gives ~1 M rows).
UL_CLASS_COLUMNS = ["siren", "statutDiffusionUniteLegale", "categorieJuridiqueUniteLegale",
                    "economieSocialeSolidaireUniteLegale"]
UL_NAME_COLUMNS = [c for c in UL_COLUMNS if c not in UL_CLASS_COLUMNS]
ETAB_DETAIL_COLUMNS = ["dateCreationEtablissement", "etablissementSiege", "coordonneeLambertAbscisseEtablissement",
                       "coordonneeLambertOrdonneeEtablissement", "enseigne1Etablissement",
                       "denominationUsuelleEtablissement"]
# Columns of the territory's rows (~1 M on a national stock) dropped once what they give is computed.
ETAB_USED_COLUMNS = ["statutDiffusionEtablissement", "trancheEffectifsEtablissement", "etatAdministratifEtablissement",
                     "dateDernierTraitementEtablissement"]
# What the dynamics need of every row of the territory (the rest is dropped once the snapshot's
# tables are made).
DYNAMICS_COLUMNS = ["siret", "code_commune", "ess", "ferme", "dateCreationEtablissement", "dateDebut",
                    *employment.JOB_COLUMNS]
CLASSIFIED_COLUMNS = ["activitePrincipaleEtablissement", "nomenclatureActivitePrincipaleEtablissement",
                      "activitePrincipaleNAF25Etablissement", "categorieJuridiqueUniteLegale", "indicateur_ess"]

ETABLISSEMENT_FIELDS = [
    "siret", "siren", "code_commune", "nom", "nom_tri", "nom_unite_legale", "famille", "motif",
    "categorie_juridique", "categorie_juridique_libelle", "naf", "nomenclature_naf", "naf_libelle", "secteur",
    "tranche_effectifs", "tranche_effectifs_libelle", "emplois_min", "emplois_est", "emplois_max",
    "siege", "employeur", "classe_taille", "date_creation", "x", "y", "precision_geoloc", "source",
]
ESS_COMMUNES_KEYS = ["code_commune", "famille", "secteur", "employeur", "classe_taille"]
JOBS = list(employment.JOB_COLUMNS)
REJET_FIELDS = ["fichier", "siret", "code_commune", "motif_rejet", "action"]
# Lambert-93 (EPSG:2154) extent of metropolitan France, with a margin.
FRANCE_BOUNDS = (50_000.0, 6_000_000.0, 1_300_000.0, 7_200_000.0)
GEOLOC_RANDOM_IN_COMMUNE = "33"  # qualite_xy: random point inside the commune
SOURCE = "sirene_stock"  # the ``source`` of the rows this import brings, followed by the file's name
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class SireneImport:
    etablissements: pd.DataFrame
    ess_communes: pd.DataFrame
    emploi_communes: pd.DataFrame
    rejets: pd.DataFrame
    stats: dict = field(default_factory=dict)
    # Dynamics (core.dynamics), for every commune read (the study's and the reference area's)
    dynamique_communes: pd.DataFrame = None
    ess_dates_communes: pd.DataFrame = None
    stock_date: object = None  # datetime.date


def import_sirene(etablissements, unites_legales, communes, geolocalisation=None, include_closed=False,
                  perimeter=None, feedback=None, engine=None, historique=None, stock_date=None,
                  naf2025_labels=None) -> SireneImport:
    """Import the ESS establishments of the communes ``communes`` (codes as strings).

    Inputs are paths to CSV, INSEE's ``_utf8.zip`` or Parquet files. Closed establishments are
    always read, for the dynamics; ``include_closed`` decides whether they count in the snapshot
    (establishments, ess_communes, emploi_communes). ``historique`` (StockEtablissementHistorique)
    gives the exact closure dates; ``stock_date`` (a date) overrides the stock's own date.
    ``naf2025_labels`` (code -> label, e.g. from labels.read_naf2025_list) overrides the shipped
    NAF 2025 labels. Raises
    InputError for an unusable file (nothing is returned) and Cancelled when ``feedback`` asks to stop.
    """
    started = time.perf_counter()
    engine = check_engine(engine)
    if not isinstance(perimeter, Perimeter):
        perimeter = load_perimeter(perimeter)
    territory = _territory_codes(communes)
    sources = {"etablissements": open_source(etablissements, "etablissements"),
               "unites_legales": open_source(unites_legales, "unites_legales")}
    if historique:
        sources["historique"] = open_source(historique, "historique")
    if geolocalisation:
        sources["geolocalisation"] = open_source(geolocalisation, "geolocalisation")
    ranges = _progress_ranges(sources)
    rejets = []
    counts = {}

    # 1. Establishments of the territory (codes that lost their leading zero are matched too).
    stripped = {code[1:]: code for code in territory if code.startswith("0")}
    etab_file = sources["etablissements"]
    read, latest = {}, []
    frames = list(read_filtered(etab_file, ETAB_COLUMNS, "codeCommuneEtablissement", territory | set(stripped),
                                engine, feedback, ranges["etablissements"], read,
                                reduce=_establishments_reducer(include_closed, latest)))
    counts["etablissements_lus"] = read["rows"]
    phases = {"lecture_etablissements": time.perf_counter() - started}
    _require_rows(etab_file, read["rows"])
    etab = _concat(frames, ETAB_COLUMNS)
    all_rejets = []
    etab = _prepare_establishments(etab, stripped, etab_file.path.name, all_rejets)
    # closed establishments are read for the dynamics; include_closed says whether the snapshot shows them
    etab["ferme"] = clean_codes(etab["etatAdministratifEtablissement"], upper=True).isin(CLOSED_STATES)
    counts["etablissements_fermes_ignores"] = 0 if include_closed else int(etab["ferme"].sum())
    for column in ETAB_USED_COLUMNS:
        del etab[column]
    rejets.extend(_in_snapshot(all_rejets, etab, include_closed))
    if stock_date:
        stock_date_origin = "date_stock"
    else:
        stock_date, stock_date_origin = dynamics.stock_date_of(latest, etab_file.modified)
    check_canceled(feedback)

    # 2. Their legal units.
    ul_file = sources["unites_legales"]
    read = {}
    frames = list(read_filtered(ul_file, UL_COLUMNS, "siren", set(etab["siren"]), engine, feedback,
                                ranges["unites_legales"], read, reduce=_units_reducer(perimeter)))
    counts["unites_legales_lues"] = read["rows"]
    phases["lecture_unites_legales"] = time.perf_counter() - started - sum(phases.values())
    _require_rows(ul_file, read["rows"])
    units = _concat(frames, UL_COLUMNS)
    check_canceled(feedback)
    if units["siren"].duplicated().any():
        units = units.drop_duplicates("siren", keep="first")
    check_canceled(feedback)
    classify_rejets = []
    _join_units(etab, units, ul_file.path.name, classify_rejets)
    # The units' names serve the listed (ESS) establishments, their status the rejets: the units
    # that can be neither are freed before the classification (a national stock gives ~1 M units).
    units = _rows(units, perimeter.may_be_ess(units["categorieJuridiqueUniteLegale"],
                                              units["economieSocialeSolidaireUniteLegale"]).to_numpy()
                  | units["siren"].isin({r[2] for r in rejets}).to_numpy())
    check_canceled(feedback)
    frame = _classify(etab, perimeter, feedback)
    check_canceled(feedback)
    rejets.extend(_in_snapshot(classify_rejets, frame, include_closed))
    # The snapshot's rows are selected by a mask, never copied: on a national stock the territory's
    # frame holds ~1 M rows of ~50 columns.
    snapshot = pd.Series(True, index=frame.index) if include_closed else ~frame["ferme"]
    ess = frame["ess"] & snapshot
    shown = ess & frame["diffusible"]
    listed = _listed(_rows(frame, shown), units)
    # the rejets' legal units that are diffusible (rejets come from these rows and the listed ones)
    public_units = _public_units(units, {r[2] for r in rejets} | set(listed["siren"]))
    del etab, units  # the legal units' names are no longer needed: freed before the dynamics
    # What needs every row is computed now; the dynamics need only a few of the frame's columns.
    geo_sirets = set(frame.loc[shown, "siret"]) if "geolocalisation" in sources else set()
    ess_communes = _ess_communes(_rows(frame, ess, ESS_COMMUNES_KEYS + JOBS))
    emploi_communes = _emploi_communes(_rows(frame, snapshot & frame["employeur"].astype(bool),
                                             ["code_commune", "employeur"] + JOBS), territory)
    totals = {"etablissements_territoire": int(snapshot.sum()), "etablissements_ess": int(ess.sum()),
              "etablissements_ess_non_diffusibles": int((ess & ~frame["diffusible"]).sum()),
              "exclus_par_activite": int((frame["exclu"] & snapshot).sum()),
              **nomenclature_counts(frame["nomenclature_naf"][snapshot])}
    del snapshot, ess, shown
    for column in [c for c in frame.columns if c not in DYNAMICS_COLUMNS]:
        del frame[column]
    check_canceled(feedback)

    closures = _closure_dates(frame, sources.get("historique"), engine, feedback, ranges, counts)
    dated = pd.DataFrame({"code_commune": frame["code_commune"], "ess": frame["ess"],
                          "date_creation": _iso_dates(frame["dateCreationEtablissement"]),
                          "date_fermeture": closures, **{c: frame[c] for c in JOBS}}, copy=False)
    del closures
    dynamique = dynamics.dynamique_communes(dated, territory, stock_date)
    ess_dates = dynamics.ess_dates(dated[dated["ess"]])
    del dated

    # 3. Coordinates of the diffusible ESS establishments.
    geo = None
    if "geolocalisation" in sources:
        geo_file = sources["geolocalisation"]
        read = {}
        frames = list(read_filtered(geo_file, GEO_COLUMNS, "siret", geo_sirets, engine,
                                    feedback, ranges["geolocalisation"], read))
        counts["geolocalisation_lues"] = read["rows"]
        _require_rows(geo_file, read["rows"])
        geo = _concat(frames, GEO_COLUMNS).drop_duplicates("siret", keep="first")
    check_canceled(feedback)

    source_label = f"{SOURCE}:{etab_file.path.name}"
    etablissements_ess = _establishment_table(listed, geo, source_label, etab_file.path.name, rejets,
                                              naf2025_labels)
    check_canceled(feedback)
    rejets_frame = _rejets_frame(rejets, public_units)
    counts.update({
        "etablissements_territoire": totals.pop("etablissements_territoire"),
        "etablissements_ess": totals.pop("etablissements_ess"),
        "etablissements_ess_diffusibles": len(etablissements_ess),
        **totals,
        "rejets": int((rejets_frame["action"] == "ecarte").sum()),
        "corrections": int((rejets_frame["action"] == "corrige").sum()),
    })
    stats = {
        "inputs": {role: src.describe() for role, src in sources.items()},
        **counts,
        "perimetre_version": perimeter.version,
        "perimetre_source": perimeter.source,
        "inclure_fermes": bool(include_closed),
        "communes": len(territory),
        "date_stock": stock_date.isoformat(),
        "date_stock_origine": stock_date_origin,
        "historique": "historique" in sources,
        "engine": engine,
        "duration_seconds": round(time.perf_counter() - started, 3),
        "phases_seconds": {**{k: round(v, 3) for k, v in phases.items()},
                           "classement_et_agregats": round(time.perf_counter() - started - sum(phases.values()), 3)},
    }
    if feedback is not None:
        feedback.setProgress(100.0)
        feedback.pushInfo(tr("{n} ESS establishments found ({p} non-diffusible, counted in the totals only) "
                             "among {t} establishments of the communes read.")
                          .format(n=counts["etablissements_ess"], p=counts["etablissements_ess_non_diffusibles"],
                                  t=counts["etablissements_territoire"]))
        feedback.pushInfo(tr("Activity codes: {naf2025} establishments in NAF 2025, {nafrev2} in NAF rév. 2 "
                             "(the NAF 2025 code where a row has one), {other} in another nomenclature or "
                             "without a code.").format(naf2025=counts[NOMENCLATURE_KEYS[naf.NAF2025]],
                                                       nafrev2=counts[NOMENCLATURE_KEYS[naf.NAFREV2]],
                                                       other=counts[NOMENCLATURE_KEYS[""]]))
    return SireneImport(etablissements_ess, ess_communes, emploi_communes, rejets_frame, stats,
                        dynamique, ess_dates, stock_date)


def _iso_dates(values: pd.Series) -> pd.Series:
    """YYYY-MM-DD dates; "" for anything else (computed once per distinct value)."""
    values = values.fillna("").astype(str)
    return values.map({value: _iso_date(value) for value in values.unique()})


def _iso_date(value: str) -> str:
    text = value.strip()[:10]
    return text if ISO_DATE.fullmatch(text) else ""


def _establishments_reducer(include_closed: bool, latest: list):
    """What each block of the territory's establishments keeps (read_filtered's ``reduce``): the
    latest processing date is noted in ``latest`` and the column blanked, the closed period's start
    (``dateDebut``) is kept for closed establishments only, and their details (names, coordinates)
    only when the snapshot shows them: a national stock gives ~1 M rows, a third of them closed."""
    def reduce(rows: pd.DataFrame) -> dict:
        closed = clean_codes(rows["etatAdministratifEtablissement"], upper=True).isin(CLOSED_STATES).to_numpy()
        blank = {}
        if "dateDernierTraitementEtablissement" in rows:
            latest.append(dynamics.latest_date(rows["dateDernierTraitementEtablissement"]))
            blank["dateDernierTraitementEtablissement"] = np.full(len(rows), "", dtype=object)
        if "dateDebut" in rows:
            blank["dateDebut"] = np.where(closed, rows["dateDebut"].to_numpy(), "")
        if not include_closed:
            blank.update({c: np.where(closed, "", rows[c].to_numpy()) for c in ETAB_DETAIL_COLUMNS[1:] if c in rows})
        return blank
    return reduce


def _units_reducer(perimeter: Perimeter):
    """What each block of legal units keeps (read_filtered's ``reduce``): the names only for the
    units that can be ESS (only ESS establishments are listed with their unit's name)."""
    def reduce(units: pd.DataFrame) -> dict:
        flag = units.get("economieSocialeSolidaireUniteLegale", pd.Series("", index=units.index))
        may_be_ess = perimeter.may_be_ess(units["categorieJuridiqueUniteLegale"], flag).to_numpy()
        return {c: np.where(may_be_ess, units[c].to_numpy(), "") for c in UL_NAME_COLUMNS if c in units}
    return reduce


def _in_snapshot(rejets: list, frame: pd.DataFrame, include_closed: bool) -> list:
    """The rejets (tuples, SIRET second) of establishments the snapshot shows."""
    if include_closed or not rejets:
        return list(rejets)
    sirets = {r[1] for r in rejets}
    shown = set(frame.loc[frame["siret"].isin(sirets).to_numpy() & ~frame["ferme"].to_numpy(), "siret"])
    return [r for r in rejets if r[1] in shown]


def _public_units(units: pd.DataFrame, sirens: set) -> set:
    """Those of ``sirens`` whose legal unit is diffusible (status O)."""
    rows = units[units["siren"].isin(sirens).to_numpy()]
    return set(rows.loc[clean_codes(rows["statutDiffusionUniteLegale"], upper=True).eq("O"), "siren"])


def _closure_dates(frame, history, engine, feedback, ranges, counts) -> pd.Series:
    """Each establishment's closure date ("" when active): the start of its closed period, from
    StockEtablissementHistorique when given (the latest period that closed it), else the stock's
    ``dateDebut`` (the start of its current period, which a later change may have moved)."""
    closed = frame["ferme"].astype(bool)
    dates = _iso_dates(frame["dateDebut"]).where(closed, "")
    counts["etablissements_fermes"] = int(closed.sum())
    if history is None or not closed.any():
        return dates
    read = {}
    frames = list(read_filtered(history, HISTORY_COLUMNS, "siret", set(frame.loc[closed, "siret"]), engine,
                                feedback, ranges["historique"], read))
    counts["historique_periodes_lues"] = read["rows"]
    _require_rows(history, read["rows"])
    periods = _concat(frames, HISTORY_COLUMNS)
    closing = periods[clean_codes(periods["etatAdministratifEtablissement"], upper=True).isin(CLOSED_STATES)
                      & periods["changementEtatAdministratifEtablissement"].str.strip().str.lower().eq("true")]
    exact = _iso_dates(closing["dateDebut"]).groupby(closing["siret"]).max()
    exact = exact[exact != ""]
    from_history = frame["siret"].map(exact)
    use = closed & from_history.notna()
    counts["fermetures_datees_historique"] = int(use.sum())
    return dates.where(~use, from_history)


# Keys of the import report: establishments of the communes read, per nomenclature of their activity.
NOMENCLATURE_KEYS = {naf.NAF2025: "etablissements_naf2025", naf.NAFREV2: "etablissements_nafrev2",
                     "": "etablissements_autre_nomenclature"}


def nomenclature_counts(nomenclatures: pd.Series) -> dict:
    """{etablissements_naf2025: n, etablissements_nafrev2: n, etablissements_autre_nomenclature: n}:
    the last counts rows of an older nomenclature (NAFRev1…) or without an activity code."""
    by_name = naf.counts(nomenclatures)
    out = {NOMENCLATURE_KEYS[name]: by_name.pop(name, 0) for name in (naf.NAF2025, naf.NAFREV2)}
    out[NOMENCLATURE_KEYS[""]] = int(sum(by_name.values()))
    return out


def _territory_codes(communes) -> set:
    if isinstance(communes, (str, bytes)):
        communes = [communes]
    codes = {str(c).strip() for c in communes if str(c).strip()}
    if not codes:
        raise InputError(tr("The territory has no commune. Choose a territory (preset, EPCIs, communes "
                            "or départements) before importing."))
    bad = sorted(c for c in codes if len(c) != 5)
    if bad:
        raise InputError(tr("These commune codes are not 5-character INSEE codes: {codes}. Write them as "
                            "text with their leading zero (02691, not 2691).").format(codes=", ".join(bad[:5])))
    return codes


def _progress_ranges(sources) -> dict:
    total = sum(s.data_size for s in sources.values())
    ranges, start = {}, 0.0
    for role, src in sources.items():
        width = 99.0 * src.data_size / total
        ranges[role] = (start, start + width)
        start += width
    return ranges


def _require_rows(source, rows):
    if rows == 0:
        raise InputError(tr("The file {name} holds a header but no rows. Download it again from "
                            "data.gouv.fr.").format(name=source.path.name))


def _concat(frames: list, columns) -> pd.DataFrame:
    """One frame of the frames read; the list is emptied, so that the caller's list does not keep
    them alive (on a national stock, the legal units read hold ~1 M rows)."""
    kept = [f for f in frames if len(f)]
    frames.clear()
    frames = kept
    if not frames:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    if len(frames) == 1:  # what read_filtered gives: no copy
        return frames[0].reset_index(drop=True) if not isinstance(frames[0].index, pd.RangeIndex) else frames[0]
    return pd.concat(frames, ignore_index=True)


def _rows(frame: pd.DataFrame, mask, columns=None) -> pd.DataFrame:
    """The rows of ``frame`` where ``mask`` is true (only ``columns``, default all), column by column:
    ``frame[mask]`` would first consolidate the whole frame (on a ~1 M-row national selection of
    ~40 columns added one by one, a 200 MB copy) to take a few percent of its rows."""
    where = np.flatnonzero(np.asarray(mask, dtype=bool))
    columns = list(frame.columns) if columns is None else list(columns)
    return pd.DataFrame({c: frame[c].to_numpy()[where] for c in columns}, index=frame.index[where],
                        columns=columns, copy=False)


REJECT_COLUMNS = ["siret", "siren", "statut", "code_commune"]


def _reject(rejets, fichier, rows: pd.DataFrame, reason: str, action: str):
    """Note rows for rejets; ``_rejets_frame`` blanks the SIRET of non-diffusible ones."""
    for siret, siren, statut, code in zip(rows["siret"], rows["siren"], rows["statut"], rows["code_commune"]):
        rejets.append((fichier, siret, siren, statut, code, reason, action))


def _rejets_frame(rejets, public_units: set) -> pd.DataFrame:
    """The rejets table; a SIRET is written only when the establishment and its legal unit are
    known to be diffusible (status O), so no status-P establishment can be identified."""
    if not rejets:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in REJET_FIELDS})
    frame = pd.DataFrame(rejets, columns=["fichier", "siret", "siren", "statut", "code_commune",
                                          "motif_rejet", "action"])
    public = frame["statut"].eq("O") & frame["siren"].isin(public_units)
    frame["siret"] = frame["siret"].where(public, "")
    return frame[REJET_FIELDS].astype(str).reset_index(drop=True)


def _prepare_establishments(etab, stripped, fichier, rejets) -> pd.DataFrame:
    """Territory rows (already limited to the wanted states): commune codes repaired, duplicates
    and unknown bands noted in rejets. Works in place (a national stock gives ~1 M rows: no copy)."""
    etab.columns = ["code_commune" if c == "codeCommuneEtablissement" else c for c in etab.columns]
    etab["statut"] = clean_codes(etab["statutDiffusionEtablissement"], upper=True)
    repaired = etab["code_commune"].isin(set(stripped))
    if repaired.any():
        etab.loc[repaired, "code_commune"] = etab.loc[repaired, "code_commune"].map(stripped)
        _reject(rejets, fichier, _rows(etab, repaired, REJECT_COLUMNS),
                tr("Commune code without its leading zero: restored."), "corrige")
    dup = etab["siret"].duplicated(keep="first")
    if dup.any():
        _reject(rejets, fichier, _rows(etab, dup, REJECT_COLUMNS), tr("Duplicated SIRET: the first row was kept."),
                "ecarte")
        etab = _rows(etab, ~dup).reset_index(drop=True)
    bands = employment.normalize_band(etab["trancheEffectifsEtablissement"])
    unknown = ~employment.known_band(bands)
    if unknown.any():
        _reject(rejets, fichier, _rows(etab, unknown, REJECT_COLUMNS),
                tr("Unknown size band: counted as a missing band (no jobs)."), "corrige")
    etab["tranche_effectifs"] = bands.where(~unknown, "")
    return etab


def _unit_columns(sirens: pd.Series, units: pd.DataFrame, columns) -> tuple:
    """({column: values of each siren's legal unit, "" when it has none}, missing mask), without
    a merge (which would copy every other column of a ~1 M-row national selection)."""
    position = pd.Index(units["siren"]).get_indexer(sirens.to_numpy())  # units are unique by siren
    missing = position < 0
    out = {}
    for column in columns:
        if len(units):
            values = units[column].to_numpy(dtype=object)[position]
            values[missing] = ""
        else:
            values = np.full(len(sirens), "", dtype=object)
        out[column] = values
    return out, missing


def _listed(shown, units) -> pd.DataFrame:
    """The rows to list (diffusible ESS establishments) with their legal unit's names."""
    shown = shown.copy()
    names, _ = _unit_columns(shown["siren"], units, UL_NAME_COLUMNS)
    for column, values in names.items():
        shown[column] = values
    return shown


def _join_units(frame, units, fichier, rejets):
    """Each establishment's legal unit's status, category and flag, and whether both are
    diffusible: columns added to ``frame`` in place (a national stock gives ~1 M rows: no copy);
    establishments without a legal unit noted in rejets."""
    columns, missing = _unit_columns(frame["siren"], units, UL_CLASS_COLUMNS[1:])
    for column, values in columns.items():
        frame[column] = values
    missing = pd.Series(missing, index=frame.index)
    frame["diffusible"] = frame["statut"].eq("O") & clean_codes(frame["statutDiffusionUniteLegale"],
                                                                 upper=True).eq("O")
    del frame["statutDiffusionUniteLegale"]
    if missing.any():
        _reject(rejets, fichier, _rows(frame, missing, REJECT_COLUMNS),
                tr("Legal unit not found in the StockUniteLegale file: establishment left out of the ESS "
                   "count (still counted in employment)."), "ecarte")


def _classify(frame, perimeter, feedback=None) -> pd.DataFrame:
    """Every establishment of the territory (with its legal unit's columns, ``_join_units``) with
    its activity, family, sector, jobs and size class: columns added to ``frame`` in place (a
    national stock gives ~1 M rows: no copy), which is returned."""
    check_canceled(feedback)  # (a cancel is seen within a fraction of a second on ~1 M rows)
    frame["categorie_juridique"] = clean_codes(frame["categorieJuridiqueUniteLegale"])
    activity = naf.row_activity(frame["activitePrincipaleEtablissement"],
                                frame["nomenclatureActivitePrincipaleEtablissement"],
                                frame["activitePrincipaleNAF25Etablissement"])
    frame["naf"] = activity["naf"]
    frame["nomenclature_naf"] = activity["nomenclature_naf"]
    del activity
    main = naf.normalize_codes(frame["activitePrincipaleEtablissement"])  # the row's NAF rév. 2 code, if any
    implied = main.map({code: naf.implied_nomenclature(code) for code in main.unique()})
    frame["naf_rev2"] = main.where(implied.eq(naf.NAFREV2), "")
    del main, implied
    frame["indicateur_ess"] = frame.pop("economieSocialeSolidaireUniteLegale")
    check_canceled(feedback)
    classified = perimeter.classify(frame)
    for column in CLASSIFIED_COLUMNS:
        del frame[column]  # what they give is in the frame now
    frame["famille"] = classified["famille"]
    frame["motif"] = classified["motif"]
    frame["exclu"] = classified["exclu"]
    del classified
    frame["ess"] = frame["famille"].ne("")
    check_canceled(feedback)
    frame["secteur"] = sectors.sectors(frame["naf"], frame["nomenclature_naf"])
    for name, column in employment.band_columns(frame["tranche_effectifs"]).items():
        frame[name] = column
    return frame


def _unit_name(frame) -> pd.Series:
    person = (frame["prenomUsuelUniteLegale"].where(frame["prenomUsuelUniteLegale"].ne(""),
                                                     frame["prenom1UniteLegale"]) + " " +
              frame["nomUsageUniteLegale"].where(frame["nomUsageUniteLegale"].ne(""), frame["nomUniteLegale"]))
    name = person.str.strip()
    for col in ("sigleUniteLegale", "denominationUsuelle1UniteLegale", "denominationUniteLegale"):
        value = frame[col].str.strip()
        name = value.where(value.ne(""), name)
    return name


def _establishment_table(ess, geo, source_label, fichier, rejets, naf2025_labels=None) -> pd.DataFrame:
    ess = ess.reset_index(drop=True)
    unit_name = _unit_name(ess)
    own = ess["enseigne1Etablissement"].str.strip()
    own = own.where(own.ne(""), ess["denominationUsuelleEtablissement"].str.strip())
    nom = own.where(own.ne(""), unit_name)
    nom = nom.where(nom.ne(""), "SIRET " + ess["siret"])
    x = pd.to_numeric(ess["coordonneeLambertAbscisseEtablissement"], errors="coerce")
    y = pd.to_numeric(ess["coordonneeLambertOrdonneeEtablissement"], errors="coerce")
    outside = _outside_france(x, y)
    in_commune = pd.Series(False, index=ess.index)
    if geo is not None:
        g = ess[["siret"]].merge(geo, on="siret", how="left").fillna("")
        l93 = g["epsg"].str.strip().isin(["2154", ""])
        gx = pd.to_numeric(g["x"], errors="coerce").where(l93)
        gy = pd.to_numeric(g["y"], errors="coerce").where(l93)
        geo_outside = _outside_france(gx, gy)
        # the Geolocalisation file fills what the stock lacks, or replaces stock coordinates outside France
        use = (x.isna() | y.isna() | outside) & gx.notna() & gy.notna() & ~geo_outside
        x, y = x.where(~use, gx), y.where(~use, gy)
        outside = (outside & ~use) | (geo_outside & (x.isna() | y.isna()))
        in_commune = use & g["qualite_xy"].str.strip().eq(GEOLOC_RANDOM_IN_COMMUNE)
    if outside.any():
        _reject(rejets, fichier, ess[outside],
                tr("Coordinates outside France: the establishment is placed in its commune."), "corrige")
    valid = x.notna() & y.notna() & ~outside
    x, y = x.where(valid), y.where(valid)
    precision = np.where(x.notna() & ~in_commune, "adresse", "commune")
    out = pd.DataFrame({
        "siret": ess["siret"], "siren": ess["siren"], "code_commune": ess["code_commune"],
        "nom": nom, "nom_tri": nom.map(sort_key), "nom_unite_legale": unit_name,
        "famille": ess["famille"], "motif": ess["motif"],
        "categorie_juridique": ess["categorie_juridique"],
        "categorie_juridique_libelle": labels.category_labels(ess["categorie_juridique"]),
        "naf": ess["naf"], "nomenclature_naf": ess["nomenclature_naf"],
        "naf_libelle": labels.naf_labels(ess["naf"], ess["nomenclature_naf"], ess["naf_rev2"], naf2025_labels),
        "secteur": ess["secteur"],
        "tranche_effectifs": ess["tranche_effectifs"],
        "tranche_effectifs_libelle": ess["tranche_effectifs_libelle"],
        "emplois_min": ess["emplois_min"], "emplois_est": ess["emplois_est"], "emplois_max": ess["emplois_max"],
        "siege": ess["etablissementSiege"].str.strip().str.lower().eq("true"),
        "employeur": ess["employeur"].astype(bool), "classe_taille": ess["classe_taille"],
        "date_creation": ess["dateCreationEtablissement"].str.strip(),
        "x": x.astype(float), "y": y.astype(float), "precision_geoloc": precision,
        "source": source_label,
    }, columns=ETABLISSEMENT_FIELDS)
    return out.sort_values("siret", kind="stable").reset_index(drop=True)


def _outside_france(x, y) -> pd.Series:
    """Known coordinates that fall outside metropolitan France in Lambert-93."""
    xmin, ymin, xmax, ymax = FRANCE_BOUNDS
    return x.notna() & y.notna() & ~(x.between(xmin, xmax) & y.between(ymin, ymax))


def _ess_communes(ess) -> pd.DataFrame:
    grouped = ess.groupby(ESS_COMMUNES_KEYS, sort=True, dropna=False)
    out = grouped[JOBS].sum()
    out.insert(0, "nb_etab", grouped.size())
    out = out.reset_index()
    out["nb_etab"] = out["nb_etab"].astype("int64")
    return out[ESS_COMMUNES_KEYS + ["nb_etab"] + JOBS]


def _emploi_communes(frame, territory) -> pd.DataFrame:
    employers = _rows(frame, frame["employeur"].astype(bool), ["code_commune"] + JOBS)
    grouped = employers.groupby("code_commune", sort=True)
    out = grouped[JOBS].sum()
    out.insert(0, "nb_etab_employeurs", grouped.size())
    out = out.reindex(sorted(territory), fill_value=0)
    out.index.name = "code_commune"
    out = out.reset_index()
    out["nb_etab_employeurs"] = out["nb_etab_employeurs"].astype("int64")
    for col in JOBS:
        out[col] = out[col].astype(float)
    return out
