"""ESS establishments of a study from API Recherche d'entreprises, with an offline cache.

``import_api_into_study`` asks the API for the ESS legal units of the study's communes
(sources.recherche_entreprises.fetch_territory, per EPCI, at most 7 requests a second), applies
the perimeter again (``classify``: the API's ``est_ess`` is wider) and writes, all or nothing:

- ``etablissements_ess``: the diffusible establishments as points (Lambert-93; the API's
  coordinates, else a point inside the commune: ``precision_geoloc`` "adresse" / "commune").
  Rows that other sources put there stay: when the SIRENE import (or a partner list) already
  holds a SIRET, its row is kept (SIRENE has the coordinates and names of the stock files) and
  the column ``confirme_api`` (bool) records that the API also counts it as ESS. Rows of a
  previous API run are replaced. Status-P establishments never get a row.
- ``ess_communes``: recomputed from the API's establishments (status P included) and the rows
  of other sources ONLY when the study has no SIRENE import. When SIRENE aggregates exist they
  are kept as they are: the API cannot tell employers from non-employers among all the
  establishments of a commune, so it cannot produce ``emploi_communes`` (the denominator of the
  share of employment), and mixing API counts into SIRENE's would break that share. The
  ``imports`` row says which case applied (``remarque``).
- ``rejets`` (etape ``import_api``): coordinates outside France (placed in the commune) and
  queries the API could not page through completely (``action`` "incomplet").
- ``finances_unites`` (only with ``finances``): the published accounts and SIAE status of the
  legal units of the ``etablissements_ess`` written (gis.finances_import); replaced whole.
- ``imports``: one row (etape ``import_api``).

Every API answer is stored, with its date, in the table ``cache_api`` of the study as soon as it
arrives, through its own connection: a failed or cancelled run leaves every other table of the
study as it was, but keeps the answers already fetched, so that the next run resumes from them.
With ``offline`` (or the offline setting) nothing goes to the network: the cache answers, and a
request that is not cached stops the run.
"""
import time

import pandas as pd
from osgeo import ogr

from ..core.economic import FINANCES_TABLE
from ..core.errors import InputError
from ..core.frames import concat_rows
from ..core.i18n import tr
from ..core.perimeter import Perimeter, load_perimeter
from ..core.sirene import ETABLISSEMENT_FIELDS, _ess_communes
from ..sources import recherche_entreprises
from ..sources.http import NotCachedError
from . import network
from .finances_import import study_finances
from .geo_reference import add_reference_communes
from .gpkg import Table
from .points import CONFIRMED, commune_points, finish_points, place_inside_france, place_points, study_commune_points
from .study import import_row
from .territory import communes_without_contour, departement_of, new_study_tables

STEP = "import_api"
SOURCE = recherche_entreprises.SOURCE


def has_sirene_import(study) -> bool:
    if not study.has("imports"):
        return False
    return bool(study.read("imports", ["etape"])["etape"].eq("import_sirene").any())


def partner_sirets(study) -> set:
    if not study.has("partenaires"):
        return set()
    frame = study.read("partenaires", ["siret"])
    return set(frame["siret"].dropna().astype(str)) - {""}


# ----------------------------------------------------------------------------- the import

def import_api_into_study(study, territory_id=None, api_url=None, offline=False, feedback=None,
                          perimeter=None, settings=None, client_options=None, geo_url=None,
                          finances=False) -> dict:
    """Import the ESS establishments of ``study`` (a gis.study.Study, created for ``territory_id``
    when absent) from API Recherche d'entreprises. See the module docstring for what is written.

    api_url: overrides the setting (default https://recherche-entreprises.api.gouv.fr).
    geo_url: geo.api.gouv.fr's address, used (unless offline) to fetch the contours of a new
    study's communes that the reference data lacks.
    offline: no network call (the setting can also ask for it); answers come from the cache.
    perimeter: path of an edited perimeter table (default perimeter when None).
    settings: where to read the network settings (default QgsSettings()).
    client_options: HttpClient options that override the settings (tests: faster retries).
    finances: also write ``finances_unites``, the finances and SIAE status of the study's ESS legal
    units (gis.finances_import), in the same transaction.
    Returns the counts written into the ``imports`` row.
    """
    started = time.monotonic()
    existing = study.check(territory_id)
    if not isinstance(perimeter, Perimeter):
        perimeter = load_perimeter(perimeter)
    tables = {}
    if existing:
        communes = study.read("communes", ["code_commune", "code_epci"])
        points = study_commune_points(study)
    else:
        missing = communes_without_contour(territory_id, study)
        if missing and not network.effective_offline(offline, settings):
            add_reference_communes(study, departements=sorted({departement_of(c) for c in missing}),
                                   geo_url=geo_url, offline=offline, feedback=feedback, settings=settings,
                                   client_options=client_options)
        tables = new_study_tables(study, territory_id, feedback)
        communes = tables["communes"].frame[["code_commune", "code_epci"]]
        points = commune_points(tables["communes"])
    offline = network.effective_offline(offline, settings)
    url = network.api_url(api_url, settings)

    cache = study.api_cache(offline, required=True)
    http = network.api_client(url, offline, cache, settings, **(client_options or {}))
    try:
        raw = recherche_entreprises.fetch_territory(
            http, {code: (epci or None) for code, epci in zip(communes["code_commune"], communes["code_epci"])},
            feedback=feedback, strict=False)

        classified = recherche_entreprises.classify(raw, perimeter)
        diffusible = classified["statut_diffusion"].ne("P")
        new = classified.loc[diffusible, list(ETABLISSEMENT_FIELDS)].reset_index(drop=True)
        rejets = place_inside_france(new)
        new[CONFIRMED] = True

        previous = study.read("etablissements_ess") if study.has("etablissements_ess") \
            else pd.DataFrame(columns=list(ETABLISSEMENT_FIELDS))
        if "source" in previous.columns:
            previous = previous[previous["source"].astype(str) != SOURCE]
        confirmed = previous["siret"].astype(str).isin(set(classified["siret"]))
        previous = previous.assign(**{CONFIRMED: confirmed})
        added = new[~new["siret"].isin(set(previous["siret"].astype(str)))]
        points_frame = finish_points(concat_rows([previous, added]), partner_sirets(study))
        # the finances of the legal units of the etablissements_ess about to be written, same client
        money = study_finances(http, points_frame, feedback, url) if finances else None
    except NotCachedError as error:
        raise InputError(tr("{message} Nothing was written.").format(message=error)) from error
    finally:
        http.close()
        cache.close()
    requests_sent, cache_hits = http.requests_sent, http.cache_hits

    sirene = has_sirene_import(study)
    counts = {
        "etablissements_api": len(raw),
        "etablissements_ess": len(classified),
        "etablissements_ess_diffusibles": int(diffusible.sum()),
        "etablissements_ess_non_diffusibles": int((~diffusible).sum()),
        "ajoutes": len(added),
        "deja_dans_l_etude_confirmes": int(confirmed.sum()),
        "requetes": int(requests_sent),
        "reponses_du_cache": int(cache_hits),
        "requetes_incompletes": len(raw.attrs.get("incomplete", [])),
    }
    for query in raw.attrs.get("incomplete", []):
        rejets.append({"fichier": url, "siret": "", "code_commune": "", "action": "incomplet",
                       "motif_rejet": recherche_entreprises.incomplete_message([query])})
    if sirene:
        remark = tr("SIRENE aggregates kept (ess_communes, emploi_communes): the API adds points and confirms "
                    "establishments only.")
    else:
        remark = tr("ess_communes computed from the API; emploi_communes not produced: the API cannot count the "
                    "employers of a commune, import SIRENE for the share of employment.")
        others = points_frame[~points_frame["siret"].isin(set(classified["siret"]))]
        aggregated = pd.concat([classified, others], ignore_index=True)
        tables["ess_communes"] = Table(_ess_communes(aggregated), description=tr(
            "ESS establishments and estimated jobs per commune, family, sector, employer and size class "
            "(non-diffusible included)"))
    tables["etablissements_ess"] = Table(points_frame, place_points(points_frame, points), ogr.wkbPoint,
                                         tr("ESS establishments (diffusible only)"))
    if money is not None:
        counts.update(money.counts)
        rejets += money.rejets
        tables[FINANCES_TABLE] = Table(money.frame, description=tr(
            "Published accounts (turnover, net result per year) and SIAE status of the study's ESS legal units, "
            "from API Recherche d'entreprises"))
    rejets_frame = pd.DataFrame(rejets, columns=["fichier", "siret", "code_commune", "motif_rejet", "action"])
    tables["rejets"] = study.replace_rejets(rejets_frame, STEP)
    inputs = [{"api": url, "hors_ligne": offline, "cache": str(study), "finances": bool(finances)}]
    tables["imports"] = study.append_import({**import_row(STEP, inputs, counts, started, perimeter.version),
                                             "remarque": remark})
    study.write(tables, feedback)
    if feedback is not None:
        feedback.pushInfo(tr("{n} ESS establishments from the API ({p} non-diffusible, counted in the totals "
                             "only), {added} added to the study; {requests} requests, {hits} answers from the "
                             "cache.").format(n=counts["etablissements_ess"],
                                              p=counts["etablissements_ess_non_diffusibles"],
                                              added=counts["ajoutes"], requests=requests_sent, hits=cache_hits))
        feedback.pushInfo(remark)
        for message in (money.messages if money is not None else []):
            feedback.pushInfo(message)
    return {**counts, "remarque": remark}

