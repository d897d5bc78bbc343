"""Fake API Recherche d'entreprises (``/search``) serving deterministic generated data.

Implements what the plugin uses, following reference/recherche-entreprises-openapi.yml:
- filters on the legal unit: est_ess, nature_juridique, section_activite_principale,
  etat_administratif, tranche_effectif_salarie (lists separated by commas);
- filters on the establishments: code_commune, epci, departement; ``matching_etablissements``
  holds the establishments that pass them, ``limite_matching_etablissements`` (1-100, default
  10) per page, paged by ``page_etablissements``;
- paging: ``page`` (default 1), ``per_page`` (default 10, > 25 is a 400), page × per_page > 10 000
  is a 400 as on the real API; total_results, total_pages;
- direct search: ``q`` of 9 digits (SIREN: other filters ignored, matching_etablissements
  empty) or 14 digits (SIRET: only that establishment);
- statut_diffusion "P": names and coordinates masked as the API masks them;
- ``finances`` (turnover ``ca`` and ``resultat_net`` per year, null for a unit that publishes
  no accounts) and ``complements`` (``est_ess``, ``est_siae``, ``type_siae`` as the API writes it,
  e.g. "ACI, EI") in every answer, search or direct.
Faults, rate limit and request recording come from server.FakeServer.
"""
import math
import random

from ess_territoires.core.identifiers import luhn_digit

from .server import FakeServer

SECTIONS = {  # NAF section -> a few (division-level) activity codes used by the generator
    "A": ["01.11Z"], "C": ["10.71C"], "F": ["43.21A"], "G": ["47.11F"], "I": ["56.10A"],
    "K": ["64.19Z", "65.12Z"], "M": ["70.22Z"], "N": ["81.21Z"], "O": ["84.11Z"], "P": ["85.59A"],
    "Q": ["86.10Z", "87.30A", "88.10A", "88.99B"], "R": ["90.01Z", "93.12Z"], "S": ["94.99Z", "94.91Z"],
}
NATURES = ["9220", "9220", "9220", "9220", "9210", "5458", "6411", "8210", "9300", "5710", "5499"]
TRANCHES = ["NN", "NN", "NN", "00", "01", "02", "03", "11", "12", "21", "22", "32"]
SIAE_KINDS = ["ACI", "AI", "EI", "ETTI", "EITI", "GEIQ", "ACI, EI", "EA"]
UNIT_FILTERS = ("nature_juridique", "section_activite_principale", "tranche_effectif_salarie")
ETAB_FILTERS = {"code_commune": "commune", "epci": "epci", "departement": "departement"}


def make_siren(n: int) -> str:
    base = f"{n:08d}"
    return base + luhn_digit(base)


def make_siret(siren: str, nic_number: int) -> str:
    base = siren + f"{nic_number:04d}"
    return base + luhn_digit(base)


class FakeRechercheEntreprises(FakeServer):
    def __init__(self, rate_limit=None, max_results=10_000):
        super().__init__(rate_limit=rate_limit)
        self.max_results = max_results  # the real API: 10 000 (lower it to test splitting cheaply)
        self.units = []
        self._next_siren = 10_000_000  # 8-digit counter: SIRENs start with "1"
        self._by_siren = {}
        self._by_siret = {}
        self._filtered = {}

    # ---------------------------------------------------------------- data
    def add_unit(self, communes, *, epci_of=None, nature="9220", section="Q", activite=None, tranche="NN",
                 est_ess=True, statut_diffusion="O", etat="A", nom=None, etab_statut=None, closed_etabs=0,
                 rng=None, with_coordinates=True, finances=None, est_siae=False, type_siae=None):
        """One legal unit with one establishment per entry of ``communes`` (codes may repeat);
        the first establishment is the head office; ``section=None`` makes a unit without activity
        section (that no section filter finds); ``finances``: {"2023": {"ca": …, "resultat_net": …}}
        or None (no published accounts). Returns the unit's JSON dict."""
        rng = rng or random.Random(self._next_siren)
        epci_of = epci_of or {}
        siren = make_siren(self._next_siren)
        self._next_siren += 1
        activite = activite or rng.choice(SECTIONS[section or "S"])
        masked = statut_diffusion == "P"
        name = nom or f"Association {siren[-5:]} é"
        etabs = []
        for i, commune in enumerate(communes):
            statut = etab_statut or statut_diffusion
            lat = 49.0 + rng.random() * 1.2
            lon = 1.5 + rng.random() * 2.5
            hidden = masked or statut == "P" or not with_coordinates
            etab = {
                "siret": make_siret(siren, i + 1),
                "activite_principale": activite,
                "adresse": "[NON-DIFFUSIBLE]" if masked or statut == "P" else f"{i + 1} RUE DE LA GARE {commune}",
                "code_postal": None if masked else commune[:2] + "000",
                "commune": commune,
                "departement": commune[:2],
                "epci": epci_of.get(commune),
                "date_creation": f"{2000 + rng.randrange(24)}-0{1 + rng.randrange(9)}-1{rng.randrange(10)}",
                "est_siege": i == 0,
                "etat_administratif": "F" if i >= len(communes) - closed_etabs else "A",
                "latitude": None if hidden else f"{lat:.6f}",
                "longitude": None if hidden else f"{lon:.6f}",
                "libelle_commune": f"COMMUNE {commune}",
                "liste_enseignes": None,
                "nom_commercial": None,
                "statut_diffusion_etablissement": statut,
                "tranche_effectif_salarie": None if tranche == "NN" else tranche,
            }
            etabs.append(etab)
            self._by_siret[etab["siret"]] = etab
        unit = {
            "siren": siren,
            "nom_complet": "[NON-DIFFUSIBLE]" if masked else name.upper(),
            "nom_raison_sociale": None if masked else name.upper(),
            "sigle": None,
            "nombre_etablissements": len(etabs),
            "nombre_etablissements_ouverts": len(etabs) - closed_etabs,
            "siege": dict(etabs[0]) if etabs else {},
            "activite_principale": activite,
            "categorie_entreprise": "PME",
            "date_creation": etabs[0]["date_creation"] if etabs else None,
            "etat_administratif": etat,
            "nature_juridique": nature,
            "section_activite_principale": section,
            "tranche_effectif_salarie": tranche,
            "statut_diffusion": statut_diffusion,
            "finances": finances,
            "complements": {"est_ess": est_ess, "est_association": nature.startswith("92"), "est_siae": est_siae,
                            "type_siae": type_siae},
            "_etabs": etabs,
        }
        self.units.append(unit)
        self._by_siren[siren] = unit
        self._filtered.clear()
        return unit

    def add_territory(self, communes_by_epci, units_per_commune, seed=0, non_ess_per_commune=1):
        """Random ESS units (and a few non-ESS ones) in every commune; a quarter of the units also have
        an establishment in a neighbouring commune. ``communes_by_epci``: {epci: [commune, …]}."""
        rng = random.Random(seed)
        epci_of = {c: e for e, cs in communes_by_epci.items() for c in cs}
        all_communes = sorted(epci_of)
        for commune in all_communes:
            for k in range(units_per_commune + non_ess_per_commune):
                places = [commune]
                if rng.random() < 0.25:
                    places.append(rng.choice(all_communes))
                section = rng.choice(sorted(SECTIONS))
                unit = self.add_unit(places, epci_of=epci_of, section=section, nature=rng.choice(NATURES),
                                     tranche=rng.choice(TRANCHES), est_ess=k < units_per_commune,
                                     statut_diffusion="P" if rng.random() < 0.03 else "O", rng=rng)
                self.add_economy(unit)

    def add_economy(self, unit):
        """Published accounts and SIAE status drawn from the unit's SIREN (the territory's own draws
        are left as they were): most companies publish, few associations do; some years lack a
        turnover; a few units are SIAE."""
        rng = random.Random(int(unit["siren"]))
        association = unit["nature_juridique"].startswith("92")
        if rng.random() < (0.15 if association else 0.7):
            years = sorted(rng.sample(["2020", "2021", "2022", "2023"], rng.randint(1, 3)))
            unit["finances"] = {year: {"ca": rng.randrange(10_000, 5_000_000),
                                       "resultat_net": rng.randrange(-50_000, 200_000)} for year in years}
            if len(years) > 1 and rng.random() < 0.3:  # the latest year published without a turnover
                unit["finances"][years[-1]]["ca"] = None
        if rng.random() < 0.12:
            unit["complements"]["est_siae"] = True
            unit["complements"]["type_siae"] = rng.choice(SIAE_KINDS)

    def expected_ess_sirets(self, communes, active_only=True):
        """SIRETs of the ESS units' establishments located in ``communes`` (what a complete fetch finds:
        a non-diffusible establishment comes back under its pseudonym, never its SIRET)."""
        from ess_territoires.sources.recherche_entreprises import pseudonym

        communes = set(communes)
        return {pseudonym(e["siret"]) if "P" in (u["statut_diffusion"], e["statut_diffusion_etablissement"])
                else e["siret"]
                for u in self.units if u["complements"]["est_ess"]
                and (u["etat_administratif"] == "A" or not active_only)
                for e in u["_etabs"] if e["commune"] in communes
                and (e["etat_administratif"] == "A" or not active_only)}

    # ---------------------------------------------------------------- API
    def route(self, path, query):
        if path != "/search":
            return 404, {"erreur": f"Route inconnue : {path}"}
        try:
            page = int(query.get("page", 1))
            per_page = int(query.get("per_page", 10))
            limite = int(query.get("limite_matching_etablissements", 10))
            page_etab = int(query.get("page_etablissements", 1))
        except ValueError:
            return 400, {"erreur": "Veuillez indiquer un entier pour page, per_page, limite ou page_etablissements."}
        if not 1 <= per_page <= 25:
            return 400, {"erreur": "Veuillez indiquer un paramètre `per_page` entre 1 et 25."}
        if page < 1 or page * per_page > self.max_results:
            return 400, {"erreur": f"Le nombre total de résultats est limité à {self.max_results} (page × per_page)."}
        if not 1 <= limite <= 100:
            return 400, {"erreur": "Le paramètre `limite_matching_etablissements` doit être entre 1 et 100."}
        for code in _split(query.get("code_commune")):
            if len(code) != 5:
                return 400, {"erreur": f"Code commune invalide : {code}"}

        q = query.get("q", "").strip()
        if q.isdigit() and len(q) == 9:
            unit = self._by_siren.get(q)
            hits = [(unit, [])] if unit else []
        elif q.isdigit() and len(q) == 14:
            etab = self._by_siret.get(q)
            hits = [(self._by_siren[q[:9]], [etab])] if etab else []
        else:
            hits = self._search(query)

        total = len(hits)
        chunk = hits[(page - 1) * per_page: page * per_page]
        results = []
        for unit, matching in chunk:
            out = {k: v for k, v in unit.items() if not k.startswith("_")}
            out["matching_etablissements"] = matching[(page_etab - 1) * limite: page_etab * limite]
            results.append(out)
        return 200, {"results": results, "total_results": total, "page": page, "per_page": per_page,
                     "total_pages": math.ceil(total / per_page) if total else 0}

    def _search(self, query):
        key = tuple(sorted((k, v) for k, v in query.items()
                           if k not in ("page", "per_page", "limite_matching_etablissements", "page_etablissements")))
        if key not in self._filtered:
            self._filtered[key] = self._filter(query)
        return self._filtered[key]

    def _filter(self, query):
        etab_filters = {field: set(_split(query[param])) for param, field in ETAB_FILTERS.items() if query.get(param)}
        unit_filters = {param: set(_split(query[param])) for param in UNIT_FILTERS if query.get(param)}
        hits = []
        for unit in self.units:
            if "est_ess" in query and unit["complements"]["est_ess"] != (query["est_ess"] == "true"):
                continue
            if query.get("etat_administratif") and unit["etat_administratif"] != query["etat_administratif"]:
                continue
            if any(unit[param] not in values for param, values in unit_filters.items()):
                continue
            matching = [e for e in unit["_etabs"] if all(e[f] in values for f, values in etab_filters.items())]
            if etab_filters and not matching:
                continue
            hits.append((unit, matching))
        return hits


def _split(value):
    return [v.strip() for v in (value or "").split(",") if v.strip()]
