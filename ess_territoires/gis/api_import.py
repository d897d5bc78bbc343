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

Every API answer is stored, with its date, in the table ``cache_api`` of the study (or of
``cache_path``) as soon as it arrives, through its own connection: a failed or cancelled run
leaves every other table of the study as it was, but keeps the answers already fetched, so
that the next run resumes from them. With ``offline`` (or the offline setting) nothing goes to
the network: the cache answers, and a request that is not cached stops the run.
"""
import time
from pathlib import Path

import pandas as pd
from osgeo import ogr

from ..core.economic import FINANCES_TABLE
from ..core.errors import InputError
from ..core.frames import concat_rows
from ..core.i18n import tr
from ..core.perimeter import Perimeter, load_perimeter
from ..core.sirene import ETABLISSEMENT_FIELDS, FRANCE_BOUNDS, _ess_communes
from ..sources import recherche_entreprises
from ..sources.cache import TABLE as CACHE_TABLE
from ..sources.cache import ResponseCache
from ..sources.http import NotCachedError
from . import gpkg, network
from .finances_import import study_finances
from .sirene_import import commune_points, place_points
from .study import (
    append_import,
    check_study,
    communes_without_contour,
    departement_of,
    import_row,
    replace_rejets,
    study_metadata,
    territory_tables,
)

STEP = "import_api"
SOURCE = recherche_entreprises.SOURCE
CONFIRMED = "confirme_api"
PARTNER_FLAG = "partenaire"
# ----------------------------------------------------------------------------- shared with the other sources

class StudyCache:
    """The ResponseCache of a file, opened when it already holds a cache or when the first
    answer is stored: a run that fetched nothing creates no file and no table."""

    def __init__(self, path):
        self.path = Path(path)
        self._cache = ResponseCache(self.path) if has_cache(self.path) else None

    def get(self, key):
        return self._cache.get(key) if self._cache is not None else None

    def put(self, key, url, params, status, text):
        if self._cache is None:
            self._cache = ResponseCache(self.path)
        return self._cache.put(key, url, params, status, text)

    def count(self) -> int:
        return self._cache.count() if self._cache is not None else 0

    def responses(self, prefix: str):
        return self._cache.responses(prefix) if self._cache is not None else iter(())

    def close(self):
        if self._cache is not None:
            self._cache.close()


def has_cache(path) -> bool:
    path = Path(path)
    return path.exists() and _has_table(path, CACHE_TABLE)


def open_cache(path, offline: bool):
    """The cache of ``path``; None in offline mode when the file holds no cache."""
    if offline and not has_cache(path):
        return None
    return StudyCache(path)


def _has_table(path, name) -> bool:
    import contextlib
    import sqlite3

    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        return con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() \
            is not None


def required_cache(path, offline: bool):
    """The cache of ``path``; in offline mode with no cache there, an InputError saying what to do."""
    cache = open_cache(path, offline)
    if cache is None:
        raise InputError(tr("Offline mode, and {path} holds no cached API answers: nothing was written. Run this "
                            "step once with network access (offline mode off), then work offline.").format(path=path))
    return cache


def has_sirene_import(path) -> bool:
    if "imports" not in gpkg.layer_names(path):
        return False
    return bool(gpkg.read_frame(path, "imports", ["etape"])["etape"].eq("import_sirene").any())


def partner_sirets(path) -> set:
    if "partenaires" not in gpkg.layer_names(path):
        return set()
    frame = gpkg.read_frame(path, "partenaires", ["siret"])
    return set(frame["siret"].dropna().astype(str)) - {""}


def finish_points(frame: pd.DataFrame, partners: set) -> pd.DataFrame:
    """Flag columns of etablissements_ess filled for every row (sources add rows without them)."""
    frame = frame.reset_index(drop=True)
    if CONFIRMED in frame.columns:
        frame[CONFIRMED] = frame[CONFIRMED].fillna(False).astype(bool)
    frame[PARTNER_FLAG] = frame["siret"].astype(str).isin(partners)
    for column in ("siege", "employeur"):
        if column in frame.columns:
            frame[column] = frame[column].fillna(False).astype(bool)
    return frame.sort_values("siret", kind="stable").reset_index(drop=True)


def points_of_communes(tables: dict) -> dict:
    communes = tables["communes"]
    return {code: (geom.PointOnSurface().GetX(), geom.PointOnSurface().GetY())
            for code, geom in zip(communes.frame["code_commune"], communes.geometries)}


def outside_france(x: pd.Series, y: pd.Series) -> pd.Series:
    xmin, ymin, xmax, ymax = FRANCE_BOUNDS
    return x.notna() & y.notna() & ~(x.between(xmin, xmax) & y.between(ymin, ymax))


# ----------------------------------------------------------------------------- the import

def import_api_into_study(out, territory_id=None, api_url=None, offline=False, feedback=None, cache_path=None,
                          perimeter=None, settings=None, client_options=None, geo_url=None,
                          finances=False) -> dict:
    """Import the ESS establishments of the study ``out`` (created for ``territory_id`` when
    absent) from API Recherche d'entreprises. See the module docstring for what is written.

    api_url: overrides the setting (default https://recherche-entreprises.api.gouv.fr).
    geo_url: geo.api.gouv.fr's address, used (unless offline) to fetch the contours of a new
    study's communes that the reference data lacks.
    offline: no network call (the setting can also ask for it); answers come from the cache.
    cache_path: a GeoPackage holding the cache (default: the study itself).
    perimeter: path of an edited perimeter table (default perimeter when None).
    settings: where to read the network settings (default QgsSettings()).
    client_options: HttpClient options that override the settings (tests: faster retries).
    finances: also write ``finances_unites``, the finances and SIAE status of the study's ESS legal
    units (gis.finances_import), in the same transaction.
    Returns the counts written into the ``imports`` row.
    """
    started = time.monotonic()
    out = Path(out)
    existing = check_study(out, territory_id)
    if not isinstance(perimeter, Perimeter):
        perimeter = load_perimeter(perimeter)
    tables = {}
    if existing:
        communes = gpkg.read_frame(out, "communes", ["code_commune", "code_epci"])
        points = commune_points(out)
    else:
        missing = communes_without_contour(territory_id, out)
        if missing and not network.effective_offline(offline, settings):
            from .geo_reference import add_reference_communes
            add_reference_communes(out, departements=sorted({departement_of(c) for c in missing}), geo_url=geo_url,
                                   offline=offline, feedback=feedback, settings=settings,
                                   client_options=client_options)
        tables = territory_tables(territory_id, feedback=feedback, study_path=out)
        tables["etude"] = gpkg.Table(study_metadata(territory_id), description=tr("Study settings"))
        communes = tables["communes"].frame[["code_commune", "code_epci"]]
        points = points_of_communes(tables)
    offline = network.effective_offline(offline, settings)
    cache_path = Path(cache_path) if cache_path else out
    url = network.api_url(api_url, settings)

    cache = required_cache(cache_path, offline)
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

        previous = gpkg.read_frame(out, "etablissements_ess") if "etablissements_ess" in gpkg.layer_names(out) \
            else pd.DataFrame(columns=list(ETABLISSEMENT_FIELDS))
        if "source" in previous.columns:
            previous = previous[previous["source"].astype(str) != SOURCE]
        confirmed = previous["siret"].astype(str).isin(set(classified["siret"]))
        previous = previous.assign(**{CONFIRMED: confirmed})
        added = new[~new["siret"].isin(set(previous["siret"].astype(str)))]
        points_frame = finish_points(concat_rows([previous, added]), partner_sirets(out))
        # the finances of the legal units of the etablissements_ess about to be written, same client
        money = study_finances(http, points_frame, feedback, url) if finances else None
    except NotCachedError as error:
        raise InputError(tr("{message} Nothing was written.").format(message=error)) from error
    finally:
        http.close()
        cache.close()
    requests_sent, cache_hits = http.requests_sent, http.cache_hits

    sirene = has_sirene_import(out)
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
        tables["ess_communes"] = gpkg.Table(_ess_communes(aggregated), description=tr(
            "ESS establishments and estimated jobs per commune, family, sector, employer and size class "
            "(non-diffusible included)"))
    tables["etablissements_ess"] = gpkg.Table(points_frame, place_points(points_frame, points), ogr.wkbPoint,
                                              tr("ESS establishments (diffusible only)"))
    if money is not None:
        counts.update(money.counts)
        rejets += money.rejets
        tables[FINANCES_TABLE] = gpkg.Table(money.frame, description=tr(
            "Published accounts (turnover, net result per year) and SIAE status of the study's ESS legal units, "
            "from API Recherche d'entreprises"))
    rejets_frame = pd.DataFrame(rejets, columns=["fichier", "siret", "code_commune", "motif_rejet", "action"])
    tables["rejets"] = gpkg.Table(replace_rejets(out, rejets_frame, STEP),
                                  description=tr("Rows set aside or repaired, and why"))
    inputs = [{"api": url, "hors_ligne": offline, "cache": str(cache_path), "finances": bool(finances)}]
    tables["imports"] = append_import(out, {**import_row(STEP, inputs, counts, started, perimeter.version),
                                            "remarque": remark})
    gpkg.write_tables(out, tables, feedback)
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


def place_inside_france(frame: pd.DataFrame) -> list:
    """Blank coordinates outside France (the point goes to the commune); their rejets rows."""
    outside = outside_france(frame["x"], frame["y"])
    rejets = [{"fichier": SOURCE, "siret": siret, "code_commune": code, "action": "corrige",
               "motif_rejet": tr("Coordinates outside France: the establishment is placed in its commune.")}
              for siret, code in zip(frame.loc[outside, "siret"], frame.loc[outside, "code_commune"])]
    frame.loc[outside, ["x", "y"]] = float("nan")
    frame.loc[outside, "precision_geoloc"] = recherche_entreprises.PRECISION_COMMUNE
    return rejets
