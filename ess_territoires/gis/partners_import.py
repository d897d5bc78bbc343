"""A partner list (CSV or XLSX with SIRET or SIREN) matched to a study, all or nothing.

``import_partners_into_study`` reads the list (core.partners), matches its rows to the study's
``etablissements_ess`` and, unless offline, looks the others up in API Recherche d'entreprises
(a SIREN brings its head office). Then it writes, in one transaction:

- ``etablissements_ess``: the looked-up establishments of the study's communes are added with
  ``source`` "liste_partenaire:<file>"; their ``motif`` is ``liste_partenaire`` unless the
  perimeter already makes them ESS (then categorie_juridique or indicateur_sirene: the first
  reason that applies), and a list overrides the excluded activities. A unit in no ESS family
  joins the family entreprise_ess. Every row gets ``partenaire`` (bool): named by a list.
- ``partenaires``: one row per matched line of the list, all its columns as text, with
  ``siret`` (the establishment's: the head office's for a SIREN), ``fichier`` and ``statut``
  ("dans_l_etude", "ajoute" when this file brought it in, now or in an earlier run, or
  "non_diffusible"). A status-P establishment keeps only its
  line number and statut: no identifier, no name. Rows of an earlier import of the same file
  are replaced; other files' rows stay. An establishment a file brought in stays in the study
  when a later version of the file no longer names it (its ``partenaire`` flag goes to false).
- ``ess_communes`` (when it exists): the establishments a list brings in are added to the
  aggregates. Non-diffusible ones are not (the list cannot add them without their SIRET, which
  no table may hold; the SIRENE or API import already counts them when they are ESS).
- ``rejets`` (etape ``import_partenaires``): invalid or duplicated identifiers, identifiers not
  found, establishments closed or outside the territory, and rows not looked up (offline: only
  their line number, since the number may be a non-diffusible establishment's).
- ``imports``: one row (etape ``import_partenaires``).

Look-ups go through the study's ``cache_api``: offline, cached answers are used and what is not
cached is rejected with that reason, so a second run without network gives the same result.
"""
import dataclasses
import time

import pandas as pd
from osgeo import ogr

from ..core import partners as partner_lists
from ..core.errors import InputError
from ..core.frames import concat_rows
from ..core.i18n import tr
from ..core.perimeter import Perimeter, load_perimeter
from ..core.progress import check_canceled
from ..core.sirene import ESS_COMMUNES_KEYS, ETABLISSEMENT_FIELDS, JOBS, _ess_communes
from ..sources import recherche_entreprises
from ..sources.http import NotCachedError
from . import network
from .gpkg import Table
from .points import finish_points, place_inside_france, place_points, study_commune_points
from .study import import_row

STEP = "import_partenaires"
SOURCE_PREFIX = "liste_partenaire"
IN_STUDY, ADDED, HIDDEN = "dans_l_etude", "ajoute", "non_diffusible"


def import_partners_into_study(study, path, api_url=None, offline=False, feedback=None, perimeter=None,
                               settings=None, client_options=None) -> dict:
    """Match the partner list ``path`` to ``study`` (a gis.study.Study); see the module docstring.

    api_url: overrides the setting; offline: no look-up online (the setting can also ask for it);
    perimeter: an edited perimeter table; settings / client_options: as in
    gis.api_import.import_api_into_study. Returns the counts of the ``imports`` row.
    """
    started = time.monotonic()
    if not study.is_study():
        raise InputError(tr("{path} is not a study GeoPackage. Create the study first (etude, import-sirene or "
                            "import-api), then match the partner list to it.").format(path=study))
    if not isinstance(perimeter, Perimeter):
        perimeter = load_perimeter(perimeter)
    rows = partner_lists.read_partner_list(path)
    fichier = rows.attrs["fichier"]
    names = study.layer_names()
    study_points = study.read("etablissements_ess") if "etablissements_ess" in names \
        else pd.DataFrame(columns=list(ETABLISSEMENT_FIELDS))
    communes = set(study.read("communes", ["code_commune"])["code_commune"])
    matched, to_lookup, rejets = partner_lists.match_partners(rows, study_points[["siret", "siren", "siege"]])
    rejets = [rejets]
    check_canceled(feedback)

    offline = network.effective_offline(offline, settings)
    url = network.api_url(api_url, settings)
    found, not_cached, stats = _look_up(study, to_lookup, url, offline, settings, client_options, feedback)
    looked_up, still, _ = partner_lists.match_partners(to_lookup, found[["siret", "siren", "siege"]])
    missing_offline = still["siret"].where(still["siret"].ne(""), still["siren"]).isin(not_cached)
    # not looked up: it may be a non-diffusible establishment, so only its line number is written
    unverified = still[missing_offline].assign(siret="", siren="", identifiant_source="")
    rejets.append(partner_lists.reject(unverified, tr(
        "Not in the study, and offline mode forbids looking it up: run again with network access.")))
    rejets.append(partner_lists.reject(still[~missing_offline], tr(
        "Not found in SIRENE by API Recherche d'entreprises: check the number.")))

    found = found.set_index("siret", drop=False)
    brought = found.loc[looked_up["siret"].unique()] if len(looked_up) else found.iloc[0:0]
    hidden = brought["statut_diffusion"].eq("P")
    outside = ~brought["code_commune"].isin(communes)
    closed = brought["etat"].ne("A")
    reasons = [
        (outside & ~hidden, tr("Establishment {siret} is in the commune {code}, outside the study's territory: "
                               "not added.")),
        (closed & ~outside & ~hidden, tr("Establishment {siret} is closed: not added.")),
        ((outside | closed) & hidden, tr("Non-diffusible establishment outside the territory or closed: not "
                                         "added.")),
    ]
    set_aside = outside | closed
    for mask, reason in reasons:
        for siret in brought.index[mask]:
            lines = looked_up[looked_up["siret"] == siret]
            if hidden[siret]:  # no identifier of a non-diffusible establishment in any table
                lines = lines.assign(siret="", siren="", identifiant_source="")
            rejets.append(partner_lists.reject(
                lines,
                reason.format(siret=siret, code=brought.at[siret, "code_commune"])))
    kept = brought[~set_aside]
    new = _classify_for_list(kept, perimeter, fichier)
    new_points = new[new["statut_diffusion"].ne("P")][list(ETABLISSEMENT_FIELDS)].reset_index(drop=True)
    place_rejets = place_inside_france(new_points)

    statut = {siret: (HIDDEN if hidden[siret] else ADDED) for siret in kept.index}
    own_source = f"{SOURCE_PREFIX}:{fichier}"
    brought_before = set(study_points.loc[study_points["source"].astype(str) == own_source, "siret"].astype(str)) \
        if "source" in study_points.columns else set()
    matched_statut = matched["siret"].isin(brought_before).map({True: ADDED, False: IN_STUDY})
    table = _partners_table(study, pd.concat([matched.assign(statut=matched_statut),
                                            looked_up[looked_up["siret"].isin(statut)].assign(
                                                statut=lambda f: f["siret"].map(statut))],
                                           ignore_index=True), fichier)
    listed = set(table["siret"].astype(str)) - {""}
    points_frame = finish_points(concat_rows([study_points, new_points]), listed)
    tables = {
        "etablissements_ess": Table(points_frame, place_points(points_frame, study_commune_points(study)),
                                    ogr.wkbPoint, tr("ESS establishments (diffusible only)")),
        "partenaires": Table(table, description=tr("Rows of the partner lists matched to the study")),
    }
    if "ess_communes" in names:
        tables["ess_communes"] = Table(_add_to_aggregates(study.read("ess_communes"), new_points), description=tr(
            "ESS establishments and estimated jobs per commune, family, sector, employer and size class "
            "(non-diffusible included)"))
    rejets_frame = pd.concat(rejets + [pd.DataFrame(place_rejets, columns=partner_lists.REJET_FIELDS)],
                             ignore_index=True)
    tables["rejets"] = study.replace_rejets(rejets_frame.assign(fichier=fichier), STEP,
                                            keep=lambda previous: previous["fichier"] != fichier)
    counts = {
        "lignes": len(rows),
        "dans_l_etude": len(matched),
        "ajoutes": len(new_points),
        "non_diffusibles": int((pd.Series(statut, dtype=object) == HIDDEN).sum()),
        "rejets": len(rejets_frame[rejets_frame["action"] == "ecarte"]),
        **stats,
    }
    inputs = [{"fichier": str(path), "api": url, "hors_ligne": offline}]
    tables["imports"] = study.append_import(import_row(STEP, inputs, counts, started, perimeter.version))
    study.write(tables, feedback)
    if feedback is not None:
        feedback.pushInfo(tr("{file}: {lines} lines, {study} already in the study, {added} added, {hidden} "
                             "non-diffusible (not shown), {rejets} set aside (see the rejets table).").format(
            file=fichier, lines=counts["lignes"], study=counts["dans_l_etude"], added=counts["ajoutes"],
            hidden=counts["non_diffusibles"], rejets=counts["rejets"]))
    return counts


def _look_up(study, to_lookup, url, offline, settings, client_options, feedback):
    """(found establishments in recherche_entreprises.COLUMNS, identifiers not cached offline, counts)."""
    found = [recherche_entreprises.to_frame([])]
    not_cached = set()
    stats = {"requetes": 0, "reponses_du_cache": 0}
    identifiers = [(kind, siret if kind == "siret" else siren) for kind, siret, siren in
                   zip(to_lookup["type_identifiant"], to_lookup["siret"], to_lookup["siren"])]
    if not identifiers:
        return found[0], not_cached, stats
    cache = study.api_cache(offline)
    if cache is None:  # offline, and nothing was ever cached
        return found[0], {value for _, value in identifiers}, stats
    http = network.api_client(url, offline, cache, settings, **(client_options or {}))
    try:
        for index, (kind, value) in enumerate(identifiers):
            lookup = recherche_entreprises.lookup_sirets if kind == "siret" else recherche_entreprises.lookup_sirens
            try:
                found.append(lookup(http, [value], feedback))
            except NotCachedError:
                not_cached.add(value)
            if feedback is not None:
                feedback.setProgress(90.0 * (index + 1) / len(identifiers))
    finally:
        http.close()
        cache.close()
    stats = {"requetes": http.requests_sent, "reponses_du_cache": http.cache_hits}
    frame = pd.concat(found, ignore_index=True).drop_duplicates("siret")
    return frame.reset_index(drop=True), not_cached, stats


def _classify_for_list(raw: pd.DataFrame, perimeter: Perimeter, fichier: str) -> pd.DataFrame:
    """Establishments named by a list in the establishment schema: the perimeter's family and
    reason when it makes them ESS, else motif liste_partenaire (exclusions lifted; a unit in no
    family is an entreprise_ess)."""
    if raw.empty:
        return pd.DataFrame(columns=list(ETABLISSEMENT_FIELDS) + ["statut_diffusion", "etat"])
    raw = raw.reset_index(drop=True)
    by_perimeter = recherche_entreprises.classify(raw, perimeter)
    everything = dataclasses.replace(perimeter.without_exclusions(), indicator=(("O", "entreprise_ess"),))
    frame = recherche_entreprises.classify(raw.assign(est_ess=True), everything)
    motif = frame["siret"].map(dict(zip(by_perimeter["siret"], by_perimeter["motif"])))
    frame["motif"] = motif.fillna("liste_partenaire")
    frame["source"] = f"{SOURCE_PREFIX}:{fichier}"
    return frame


def _partners_table(study, matched: pd.DataFrame, fichier: str) -> pd.DataFrame:
    """This file's matched rows (identifiers and columns of status-P rows blanked) and the rows
    of the other files already in the study."""
    frame = matched.drop(columns=["motif_rejet"]).assign(fichier=fichier)
    hidden = frame["statut"].eq(HIDDEN)
    keep = {"ligne", "statut", "fichier"}
    for column in frame.columns:
        if column not in keep:
            frame[column] = frame[column].astype(object).where(~hidden, "")
    frame = frame.sort_values("ligne").reset_index(drop=True)
    frame["ligne"] = frame["ligne"].astype("int64")
    if study.has("partenaires"):
        previous = study.read("partenaires")
        if "fichier" in previous.columns:
            frame = pd.concat([previous[previous["fichier"] != fichier], frame], ignore_index=True)
    text = [c for c in frame.columns if c != "ligne"]
    frame[text] = frame[text].fillna("").astype(str)
    return frame


def _add_to_aggregates(ess_communes: pd.DataFrame, new_points: pd.DataFrame) -> pd.DataFrame:
    if new_points.empty:
        return ess_communes
    added = _ess_communes(new_points.assign(employeur=new_points["employeur"].astype(bool)))
    both = pd.concat([ess_communes.assign(employeur=ess_communes["employeur"].astype(bool)), added],
                     ignore_index=True)
    grouped = both.groupby(ESS_COMMUNES_KEYS, sort=True, dropna=False)
    out = grouped[["nb_etab"] + JOBS].sum().reset_index()
    out["nb_etab"] = out["nb_etab"].astype("int64")
    return out
