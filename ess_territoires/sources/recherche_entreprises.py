"""Client of API Recherche d'entreprises (``/search``): the ESS establishments of a territory.

The API answers legal units (at most 25 a page and 10,000 a query: page × per_page ≤ 10,000),
each with its ``matching_etablissements`` (the establishments that pass the geographic filter;
we ask 100 a page and page through ``page_etablissements`` when a unit has more).

``fetch_territory`` queries ``est_ess=true`` per EPCI (or per commune when a commune has no
EPCI). A query with more than 10,000 results is split, never truncated: an EPCI into its
communes of the territory, a commune by ``section_activite_principale``, then by
``etat_administratif``, then by ``tranche_effectif_salarie``; each split is checked (the parts'
totals must add up to the whole). What still cannot be fetched completely raises
IncompleteError (or, with ``strict=False``, is reported through the feedback and listed in
``DataFrame.attrs["incomplete"]``).

``fetch_territory`` returns raw establishments (COLUMNS, close to the SIRENE import's schema);
``classify`` then applies the ESS perimeter of DESIGN.md again (famille, motif, exclusions;
the API's ``est_ess`` is wider) and the jobs per band, giving the SIRENE import's
ETABLISSEMENT_FIELDS. ``lookup_sirets`` / ``lookup_sirens`` find single establishments for
the partner lists (core.partners). ``fetch_finances`` gives the ``finances`` and ``complements``
(SIAE) of legal units, from the answers already cached when it can (core.economic).
"""
import hashlib
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Optional

import pandas as pd

from ..core import economic, employment, labels, naf, sectors
from ..core.errors import EssError
from ..core.i18n import tr
from ..core.lambert93 import wgs84_to_lambert93
from ..core.perimeter import Perimeter, load_perimeter
from ..core.progress import check_canceled
from ..core.sirene import ETABLISSEMENT_FIELDS
from ..core.text import sort_key
from . import addresses
from .cache import now_iso
from .http import ApiError, HttpClient, NotCachedError

SOURCE = "api_recherche_entreprises"
DEFAULT_BASE_URL = addresses.RECHERCHE_ENTREPRISES_URL
NAMESPACE = "recherche_entreprises"
PER_PAGE = 25
MAX_RESULTS = 10_000
MATCHING_LIMIT = 100
PRECISION_ADDRESS = "adresse"  # as the SIRENE import: a geocoded address
PRECISION_COMMUNE = "commune"  # no coordinates: the caller places the point in its commune

COLUMNS = [
    "siret", "siren", "code_commune", "nom", "nom_tri", "nom_unite_legale", "categorie_juridique", "naf",
    "tranche_effectifs", "siege", "date_creation", "etat", "statut_diffusion", "est_ess", "x", "y",
    "precision_geoloc", "source",
]

# Ways to split a commune's query, in order: (parameter, values). Each is a partition of the
# legal units, provided every unit has a value; the totals are checked after each split.
SPLITS = [
    ("section_activite_principale", list("ABCDEFGHIJKLMNOPQRSTU")),
    ("etat_administratif", ["A", "C"]),
    ("tranche_effectif_salarie",
     ["NN", "00", "01", "02", "03", "11", "12", "21", "22", "31", "32", "41", "42", "51", "52", "53"]),
]


class IncompleteError(EssError):
    """A query returns more results than the API lets us page through, even split."""


def make_client(base_url: str = DEFAULT_BASE_URL, **options) -> HttpClient:
    """An HttpClient for this API (options: cache, offline, proxies, headers, max_per_second…).

    Answers are redacted before they are cached or used: non-diffusible establishments keep
    their status, commune, activity and size band (they count in the aggregates) but lose
    their SIRET, name, address and coordinates."""
    options.setdefault("redact", redact_non_diffusible)
    options.setdefault("redact_params", redact_identifier_query)
    return HttpClient(base_url or DEFAULT_BASE_URL, NAMESPACE, **options)


MASKED_NAME = "[NON-DIFFUSIBLE]"  # as the API itself writes it
# Keys of an establishment that identify or locate it.
_IDENTIFYING = ("siret", "nom_commercial", "liste_enseignes", "adresse", "latitude", "longitude",
                "libelle_voie", "numero_voie", "complement_adresse")


def pseudonym(siret: str) -> str:
    """A stable stand-in for a non-diffusible SIRET: the same establishment is still counted once."""
    return "ND" + hashlib.sha256(f"ess-territoires:{siret}".encode()).hexdigest()[:12]


def redact_identifier_query(params: dict) -> dict:
    """A direct search by SIRET or SIREN is recorded under the identifier's pseudonym: the
    cache can answer it again offline without ever holding the identifier."""
    query = str(params.get("q", ""))
    if query.isdigit() and len(query) in (9, 14):
        return {**params, "q": pseudonym(query)}
    return params


def redact_non_diffusible(data):
    """The /search answer with every non-diffusible establishment stripped of what identifies it."""
    if not isinstance(data, dict):
        return data
    for unit in data.get("results") or []:
        unit_masked = unit.get("statut_diffusion") == "P"
        etabs = list(unit.get("matching_etablissements") or [])
        if isinstance(unit.get("siege"), dict):
            etabs.append(unit["siege"])
        for etab in etabs:
            if unit_masked or etab.get("statut_diffusion_etablissement") == "P":
                siret = str(etab.get("siret") or "")
                for key in _IDENTIFYING:
                    if key in etab:
                        etab[key] = None
                etab["siret"] = pseudonym(siret) if siret else None
                etab["statut_diffusion_etablissement"] = "P"
        if unit_masked:
            for key in ("nom_raison_sociale", "nom_complet", "sigle"):
                if unit.get(key):
                    unit[key] = MASKED_NAME
            if unit.get("siren"):
                unit["siren"] = pseudonym(str(unit["siren"]))
    return data


def fetch_territory(http: HttpClient, communes: Mapping[str, Optional[str]], *, include_closed: bool = False,
                    feedback=None, strict: bool = True) -> pd.DataFrame:
    """The establishments of ESS legal units located in ``communes``.

    communes: {code commune INSEE: SIREN of its EPCI, or None}. Queries are made per EPCI and
        the rows outside ``communes`` are dropped, so a territory may hold part of an EPCI.
    include_closed: keep closed legal units and establishments (default: active ones only).
    Returns a DataFrame with COLUMNS, one row per SIRET:
        siret, siren, code_commune (strings with leading zeros); nom (the establishment's sign
        or usual name, else the unit's name, as the SIRENE import; "[NON-DIFFUSIBLE]" when
        masked); nom_tri (accent-free lower-case sort key, core.text.sort_key);
        nom_unite_legale; categorie_juridique (unit's nature juridique, e.g. "9220"); naf
        (the establishment's own activity, e.g. "88.99B"); tranche_effectifs (the
        establishment's band, "" when none); siege (bool); date_creation ("YYYY-MM-DD" or "");
        etat ("A" active, "F" closed); statut_diffusion ("P" when the unit's or the
        establishment's status is P, else "O": the caller keeps P rows out of point layers and
        counts them in aggregates only); est_ess (the API's flag, bool); x, y (Lambert-93,
        EPSG:2154, NaN when the API gives no coordinates); precision_geoloc ("adresse", or
        "commune" when there are no coordinates: the caller places the point in its commune);
        source ("api_recherche_entreprises").
    """
    wanted = set(communes)
    by_epci = {}
    alone = []
    for code, epci in sorted(communes.items()):
        if epci:
            by_epci.setdefault(epci, []).append(code)
        else:
            alone.append(code)
    base = {"est_ess": "true"}
    if not include_closed:
        base["etat_administratif"] = "A"
    queries = [({**base, "epci": epci}, members) for epci, members in sorted(by_epci.items())]
    queries += [({**base, "code_commune": code}, [code]) for code in alone]

    fetcher = _Fetcher(http, feedback, strict)
    rows = {}
    for index, (filters, members) in enumerate(queries):
        check_canceled(feedback)
        for row in fetcher.collect(filters, members)[0]:
            if row["code_commune"] in wanted and (include_closed or row["etat"] == "A"):
                rows.setdefault(row["siret"], row)
        if feedback is not None:
            feedback.setProgress(100.0 * (index + 1) / len(queries))
    if fetcher.incomplete and feedback is not None:
        feedback.pushInfo(incomplete_message(fetcher.incomplete))
    frame = to_frame(rows.values())
    frame.attrs["incomplete"] = list(fetcher.incomplete)
    return frame


def classify(raw: pd.DataFrame, perimeter=None, api_flag_as_indicator: bool = True) -> pd.DataFrame:
    """The ESS establishments of ``raw`` (COLUMNS) in the schema of the SIRENE import.

    Applies the perimeter of DESIGN.md again (core.perimeter: family by legal category,
    excluded activities) and the jobs per band (core.employment). The API cannot tell SIRENE's
    ESS flag from ESS France's: with ``api_flag_as_indicator`` its ``est_ess`` stands for
    SIRENE's indicator (units outside the legal-category families become entreprise_ess, motif
    indicateur_sirene); without it, only the legal categories count.
    Returns core.sirene.ETABLISSEMENT_FIELDS + ["statut_diffusion", "etat"], rows that are not
    ESS dropped. Rows with statut_diffusion "P" are kept for the aggregates: the caller keeps
    them out of point layers and lists.
    """
    if not isinstance(perimeter, Perimeter):
        perimeter = load_perimeter(perimeter)
    frame = raw.reset_index(drop=True).copy()
    if api_flag_as_indicator:
        frame["indicateur_ess"] = frame["est_ess"].map({True: "O", False: "N"}).fillna("N")
    else:
        frame["indicateur_ess"] = "N"
    frame["naf"] = naf.normalize_codes(frame["naf"])  # NAF 2025 where the API gives it (establishment_row)
    frame["nomenclature_naf"] = frame["naf"].map(naf.implied_nomenclature)
    classified = perimeter.classify(frame)
    frame["famille"] = classified["famille"]
    frame["motif"] = classified["motif"]
    frame = frame[frame["famille"].ne("")].reset_index(drop=True)
    frame["tranche_effectifs"] = employment.normalize_band(frame["tranche_effectifs"])
    frame["tranche_effectifs"] = frame["tranche_effectifs"].where(
        employment.known_band(frame["tranche_effectifs"]), "")
    frame = pd.concat([frame, employment.band_columns(frame["tranche_effectifs"])], axis=1)
    frame["categorie_juridique_libelle"] = labels.category_labels(frame["categorie_juridique"])
    frame["naf_libelle"] = labels.naf_labels(frame["naf"], frame["nomenclature_naf"])
    frame["secteur"] = sectors.sectors(frame["naf"], frame["nomenclature_naf"])
    return frame[list(ETABLISSEMENT_FIELDS) + ["statut_diffusion", "etat"]]


def incomplete_message(queries) -> str:
    return tr("Some queries return more results than API Recherche d'entreprises lets us page through, even "
              "split: {queries}. The result is incomplete: use the SIRENE stock files for this territory."
              ).format(queries="; ".join(queries))


def lookup_sirets(http: HttpClient, sirets: Iterable[str], feedback=None) -> pd.DataFrame:
    """The establishments of these SIRETs (one direct search each), ESS or not, in COLUMNS.
    SIRETs the API does not know are absent from the result."""
    rows = {}
    sirets = list(dict.fromkeys(sirets))
    for index, siret in enumerate(sirets):
        check_canceled(feedback)
        data = http.get_json("/search", {"q": siret, "page": 1, "per_page": 1}, feedback)
        wanted = (siret, pseudonym(siret))  # a non-diffusible one comes back under its pseudonym
        for unit in _results(data, http):
            for etab in [*(unit.get("matching_etablissements") or []), unit.get("siege") or {}]:
                if siret not in rows and etab.get("siret") in wanted:
                    # the caller asked for this SIRET: give it back, in memory only
                    rows[siret] = {**establishment_row(unit, etab), "siret": siret}
        _progress(feedback, index, len(sirets))
    return to_frame(rows.values())


def lookup_sirens(http: HttpClient, sirens: Iterable[str], feedback=None) -> pd.DataFrame:
    """The head office of each of these legal units (one direct search each), in COLUMNS.
    SIRENs the API does not know are absent from the result."""
    rows = {}
    sirens = list(dict.fromkeys(sirens))
    for index, siren in enumerate(sirens):
        check_canceled(feedback)
        data = http.get_json("/search", {"q": siren, "page": 1, "per_page": 1}, feedback)
        for unit in _results(data, http):
            siege = unit.get("siege") or {}
            if unit.get("siren") in (siren, pseudonym(siren)) and siege.get("siret"):
                rows[siege["siret"]] = establishment_row(unit, siege)
        _progress(feedback, index, len(sirens))
    return to_frame(rows.values())


@dataclass
class FinancesResult:
    """What ``fetch_finances`` found.

    frame: finances_unites rows (core.economic.FINANCES_COLUMNS) of the units answered.
    units: {siren: the unit as the API answered (siege, nombre_etablissements_ouverts…)}.
    not_cached: SIRENs with no usable answer (offline mode).
    unknown: SIRENs the API does not know (no result), or non-diffusible.
    from_cache: SIRENs answered from a cached answer of any search (territory or direct).
    """
    frame: pd.DataFrame
    units: dict = field(default_factory=dict)
    not_cached: list = field(default_factory=list)
    unknown: list = field(default_factory=list)
    from_cache: int = 0


def fetch_finances(http: HttpClient, sirens: Iterable[str], feedback=None) -> FinancesResult:
    """The finances (turnover and net result per year) and SIAE status of these legal units.

    An answer already in the cache is used first: every ``/search`` answer (a territory search
    carries 25 units with their ``finances`` and ``complements``; a direct search by SIREN one),
    the most recent one for each unit. The other units are asked by SIREN, one direct search each,
    through ``http`` (its rate limit, retries and cache). In offline mode what is not cached is
    listed in ``not_cached``, never fetched.
    """
    sirens = sorted({str(s) for s in sirens if s})
    found = cached_units(http, set(sirens))
    from_cache = len(found)
    not_cached, unknown = [], []
    to_ask = [s for s in sirens if s not in found]
    for index, siren in enumerate(to_ask):
        check_canceled(feedback)
        try:
            data = http.get_json("/search", {"q": siren, "page": 1, "per_page": 1}, feedback)
        except NotCachedError:
            not_cached.append(siren)
        else:
            units = [u for u in _results(data, http) if u.get("siren") == siren]
            if units and units[0].get("statut_diffusion") != "P":
                found[siren] = (units[0], http.last_fetched_at or now_iso())
            else:
                unknown.append(siren)
        _progress(feedback, index, len(to_ask))
    rows = [row for siren in sirens if siren in found for row in finance_rows(siren, *found[siren])]
    return FinancesResult(economic.typed_finances(pd.DataFrame(rows, columns=economic.FINANCES_COLUMNS)),
                          {siren: unit for siren, (unit, _) in found.items()}, not_cached, unknown, from_cache)


def cached_units(http: HttpClient, wanted: set) -> dict:
    """{siren: (unit, fetched_at)} for the SIRENs of ``wanted`` found in a usable cached ``/search``
    answer (the latest one). Non-diffusible units are never there under their SIREN."""
    cache = http.cache
    if cache is None or not hasattr(cache, "responses"):
        return {}
    found = {}
    for text, fetched_at in cache.responses(f"{NAMESPACE}:/search"):
        if not http.usable(fetched_at):
            continue
        try:
            data = json.loads(text)
        except ValueError:
            continue
        results = data.get("results") if isinstance(data, dict) else None
        for unit in results if isinstance(results, list) else []:
            siren = unit.get("siren") if isinstance(unit, dict) else None
            if siren in wanted and unit.get("statut_diffusion") != "P" \
                    and (siren not in found or fetched_at >= found[siren][1]):
                found[siren] = ({k: unit.get(k) for k in _FINANCE_KEYS}, fetched_at)
    return found


_FINANCE_KEYS = ("siren", "finances", "complements", "siege", "statut_diffusion", "nombre_etablissements_ouverts")


def finance_rows(siren: str, unit: dict, fetched_at: str) -> list:
    """Rows of finances_unites for one unit of the API: one per year of ``finances``, or one
    with an empty year when it publishes no accounts."""
    complements = unit.get("complements") if isinstance(unit.get("complements"), dict) else {}
    kinds = complements.get("type_siae")
    if isinstance(kinds, (list, tuple)):
        kinds = ", ".join(str(k) for k in kinds)
    kinds = str(kinds).strip() if kinds not in (None, "") else None
    base = {"siren": siren, "est_siae": bool(complements.get("est_siae")), "type_siae": kinds,
            "date_reponse": fetched_at}
    finances = unit.get("finances") if isinstance(unit.get("finances"), dict) else {}
    rows = []
    for year, values in sorted(finances.items()):
        if not (str(year).isdigit() and len(str(year)) == 4) or not isinstance(values, dict):
            continue
        rows.append({**base, "annee": int(year), "ca": _integer(values.get("ca")),
                     "resultat_net": _integer(values.get("resultat_net"))})
    return rows or [{**base, "annee": None, "ca": None, "resultat_net": None}]


def _integer(value):
    number = _float(value)
    return None if number is None else int(round(number))


class _Fetcher:
    """Pages through queries, splitting those that are too large."""

    def __init__(self, http: HttpClient, feedback, strict: bool):
        self.http = http
        self.feedback = feedback
        self.strict = strict
        self.incomplete = []

    def collect(self, filters: dict, communes: list):
        """(rows, total): the rows of every establishment matching ``filters`` and the number of
        legal units the API counts for them. Queries over MAX_RESULTS are split."""
        first = self._page(filters, 1)
        total = _total(first, self.http)
        if total <= MAX_RESULTS:
            return self._all_pages(filters, first, total), total
        if "epci" in filters:
            self._info(tr("EPCI {code}: {total} results, queried commune by commune.")
                       .format(code=filters["epci"], total=total))
            rows = []
            for commune in communes:
                child = {k: v for k, v in filters.items() if k != "epci"}
                child["code_commune"] = commune
                rows += self.collect(child, [commune])[0]
            return rows, total
        for param, values in SPLITS:
            if param in filters:
                continue
            self._info(tr("{query}: {total} results, split by {param}.")
                       .format(query=_describe(filters), total=total, param=param))
            rows = []
            parts_total = 0
            for value in values:
                part_rows, part_total = self.collect({**filters, param: value}, communes)
                rows += part_rows
                parts_total += part_total
            if parts_total != total:
                self._incomplete(tr("{query} ({total} results, {parts} found when split by {param})").format(
                    query=_describe(filters), total=total, parts=parts_total, param=param))
            return rows, total
        self._incomplete(tr("{query} ({total} results)").format(query=_describe(filters), total=total))
        return self._all_pages(filters, first, MAX_RESULTS), total

    def _all_pages(self, filters: dict, first: dict, total: int) -> list:
        rows = self._rows(filters, first)
        for page in range(2, math.ceil(min(total, MAX_RESULTS) / PER_PAGE) + 1):
            rows += self._rows(filters, self._page(filters, page), page)
        return rows

    def _incomplete(self, text):
        self.incomplete.append(text)
        if self.strict:
            raise IncompleteError(incomplete_message(self.incomplete))

    def _page(self, filters: dict, page: int, page_etablissements: int = 1) -> dict:
        params = {**filters, "page": page, "per_page": PER_PAGE, "limite_matching_etablissements": MATCHING_LIMIT}
        if page_etablissements > 1:
            params["page_etablissements"] = page_etablissements
        return self.http.get_json("/search", params, self.feedback)

    def _rows(self, filters: dict, data: dict, page: int = 1) -> list:
        """Rows of one page, fetching the further pages of matching establishments when needed."""
        units = _results(data, self.http)
        etabs = {u["siren"]: list(u.get("matching_etablissements") or []) for u in units}
        full = [u["siren"] for u in units if len(etabs[u["siren"]]) >= MATCHING_LIMIT]
        page_etablissements = 2
        while full:
            more = {u["siren"]: u.get("matching_etablissements") or []
                    for u in _results(self._page(filters, page, page_etablissements), self.http)}
            next_full = []
            for siren in full:
                batch = more.get(siren, [])
                etabs[siren] += batch
                if len(batch) >= MATCHING_LIMIT:
                    next_full.append(siren)
            full = next_full
            page_etablissements += 1
        return [establishment_row(u, e) for u in units for e in etabs[u["siren"]] if e.get("siret")]

    def _info(self, text):
        if self.feedback is not None:
            self.feedback.pushInfo(text)


def establishment_row(unit: dict, etab: dict) -> dict:
    """One row of COLUMNS from a legal unit of the API and one of its establishments."""
    masked = "P" in (unit.get("statut_diffusion"), etab.get("statut_diffusion_etablissement"))
    enseignes = etab.get("liste_enseignes") or []
    siret = str(etab.get("siret") or "")
    unit_name = unit.get("nom_raison_sociale") or unit.get("nom_complet") or ""
    nom = (enseignes[0] if enseignes else None) or etab.get("nom_commercial") or unit_name or f"SIRET {siret}"
    x = y = math.nan
    lat, lon = _float(etab.get("latitude")), _float(etab.get("longitude"))
    if lat is not None and lon is not None:
        x, y = wgs84_to_lambert93(lon, lat)
    return {
        "siret": siret,
        "siren": str(unit.get("siren") or siret[:9]),
        "code_commune": str(etab.get("commune") or ""),
        "nom": nom,
        "nom_tri": sort_key(nom),
        "nom_unite_legale": unit_name,
        "categorie_juridique": str(unit.get("nature_juridique") or ""),
        # core.naf's rule: the NAF 2025 code where the answer has one (until 2027), else the main code
        "naf": str(etab.get("activite_principale_naf25") or etab.get("activite_principale") or ""),
        "tranche_effectifs": str(etab.get("tranche_effectif_salarie") or ""),
        "siege": bool(etab.get("est_siege")),
        "date_creation": str(etab.get("date_creation") or ""),
        "etat": str(etab.get("etat_administratif") or ""),
        "statut_diffusion": "P" if masked else "O",
        "est_ess": bool((unit.get("complements") or {}).get("est_ess")),
        "x": x,
        "y": y,
        "precision_geoloc": PRECISION_COMMUNE if math.isnan(x) else PRECISION_ADDRESS,
        "source": SOURCE,
    }


def to_frame(rows: Iterable[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(list(rows), columns=COLUMNS)
    frame = frame.sort_values("siret", kind="stable").reset_index(drop=True)
    return frame.astype({"siege": bool, "est_ess": bool, "x": float, "y": float})


def _float(value) -> Optional[float]:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def _results(data, http: HttpClient) -> list:
    if not isinstance(data, dict) or not isinstance(data.get("results"), list):
        raise_unexpected(http)
    return [u for u in data["results"] if isinstance(u, dict) and u.get("siren")]


def _total(data, http: HttpClient) -> int:
    total = data.get("total_results") if isinstance(data, dict) else None
    if not isinstance(total, int):
        raise_unexpected(http)
    return total


def raise_unexpected(http: HttpClient):
    raise ApiError(tr("The answer of {url} does not look like API Recherche d'entreprises (no results or "
                      "total_results). Check the API address setting (--api-url).").format(url=http.base_url))


def _describe(filters: dict) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted(filters.items()) if k not in ("est_ess",))


def _progress(feedback, index, count):
    if feedback is not None and count:
        feedback.setProgress(100.0 * (index + 1) / count)
