"""API Recherche d'entreprises client against the fake server: completeness, paging limits,
splitting, conversion to the establishment schema, cache, offline and resume."""
import math

import pandas as pd
import pytest

from ess_territoires.core.errors import Cancelled
from ess_territoires.sources import recherche_entreprises as api
from ess_territoires.sources.cache import ResponseCache
from ess_territoires.sources.http import NotCachedError
from tests.fakes.fake_recherche_entreprises import FakeRechercheEntreprises

EPCIS = {
    "200070969": ["80001", "80002", "80003", "80004"],
    "248000531": ["80021", "80022", "80023"],
    "200071983": ["02010", "02011"],
}
TERRITORY = {c: e for e, cs in EPCIS.items() for c in cs}


def fast(url, **options):
    return api.make_client(url, max_per_second=1000, backoff=0.01, max_backoff=0.05, **options)


class CancelAfter:
    """Feedback that asks to stop once the server has received ``n`` requests."""

    def __init__(self, server, n):
        self.server, self.n = server, n

    def isCanceled(self):
        return len(self.server.requests) >= self.n

    def setProgress(self, pct):
        pass

    def pushInfo(self, text):
        pass


@pytest.fixture(scope="module")
def territory_server():
    with FakeRechercheEntreprises() as fake:
        fake.add_territory(EPCIS, units_per_commune=45, seed=4)
        # a unit with 230 establishments in one commune: three pages of matching establishments
        fake.add_unit(["80021"] * 230 + ["80022"] * 3, epci_of=TERRITORY, nature="8210", section="K",
                      nom="Mutuelle des Hauts-de-France")
        # outside the territory, and not ESS
        fake.add_unit(["80999"], epci_of={"80999": "200070969"}, nom="Hors territoire")
        fake.add_unit(["80001"], epci_of=TERRITORY, est_ess=False, nom="SARL Pas ESS")
        fake.add_unit(["80002", "80003"], epci_of=TERRITORY, closed_etabs=1, nom="Deux sites dont un fermé")
        yield fake


@pytest.fixture
def server(territory_server):
    territory_server.reset()
    yield territory_server


def test_a_territory_with_hundreds_of_establishments_comes_back_complete(server):
    frame = api.fetch_territory(fast(server.url), TERRITORY)
    expected = server.expected_ess_sirets(TERRITORY)
    assert len(expected) > 600
    assert set(frame["siret"]) == expected
    assert frame["siret"].is_unique
    assert list(frame.columns) == api.COLUMNS
    # one query per EPCI, 25 units a page, never beyond the API's limits
    assert all(int(r.query["per_page"]) <= 25 for r in server.requests)
    assert {r.query.get("epci") for r in server.requests} == set(EPCIS)
    assert all(r.query["est_ess"] == "true" and r.query["limite_matching_etablissements"] == "100"
               for r in server.requests)


def test_units_with_more_than_100_matching_establishments_are_paged(server):
    frame = api.fetch_territory(fast(server.url), {"80021": "248000531"})
    mutuelle = frame[frame["nom"] == "MUTUELLE DES HAUTS-DE-FRANCE"]
    assert len(mutuelle) == 230
    assert {r.query.get("page_etablissements") for r in server.requests} >= {"2", "3"}


def test_rows_outside_the_territory_closed_or_not_ess_are_left_out(server):
    frame = api.fetch_territory(fast(server.url), TERRITORY)
    assert "HORS TERRITOIRE" not in set(frame["nom"])
    assert "SARL PAS ESS" not in set(frame["nom"])
    two_sites = frame[frame["nom"] == "DEUX SITES DONT UN FERMÉ"]
    assert list(two_sites["etat"]) == ["A"]
    with_closed = api.fetch_territory(fast(server.url), TERRITORY, include_closed=True)
    assert sorted(with_closed.loc[with_closed["nom"] == "DEUX SITES DONT UN FERMÉ", "etat"]) == ["A", "F"]


def test_conversion_to_the_establishment_schema(server):
    frame = api.fetch_territory(fast(server.url), TERRITORY)
    unit = server.units[0]
    etab = unit["_etabs"][0]
    row = frame.set_index("siret").loc[etab["siret"]]
    assert row["siren"] == unit["siren"] and row["siren"] == etab["siret"][:9]
    assert row["code_commune"] == etab["commune"]
    assert row["categorie_juridique"] == unit["nature_juridique"]
    assert row["naf"] == etab["activite_principale"]
    assert row["tranche_effectifs"] == (etab["tranche_effectif_salarie"] or "")
    assert row["siege"] == etab["est_siege"]
    assert row["date_creation"] == etab["date_creation"]
    assert row["source"] == "api_recherche_entreprises"
    assert row["est_ess"]
    if unit["statut_diffusion"] == "O":
        x, y = api.wgs84_to_lambert93(float(etab["longitude"]), float(etab["latitude"]))
        assert (row["x"], row["y"]) == pytest.approx((x, y))
        assert row["precision_geoloc"] == "adresse"
    # accents survive and the sort key drops them
    assert frame["nom_tri"].str.contains("é").sum() == 0
    assert frame["nom"].str.contains("É").sum() > 0
    # codes stay strings with their leading zeros
    assert frame.loc[frame["code_commune"].str.startswith("02"), "code_commune"].str.len().eq(5).all()


def test_non_diffusible_units_are_flagged_without_coordinates(server):
    frame = api.fetch_territory(fast(server.url), TERRITORY)
    masked = frame[frame["statut_diffusion"] == "P"]
    assert len(masked) > 0
    assert masked["x"].isna().all() and (masked["precision_geoloc"] == "commune").all()
    assert (masked["nom"] == "[NON-DIFFUSIBLE]").all()
    public = frame[frame["statut_diffusion"] == "O"]
    assert public["x"].notna().all()


def test_an_empty_commune_gives_an_empty_frame_with_the_columns(server):
    frame = api.fetch_territory(fast(server.url), {"59350": None})
    assert frame.empty and list(frame.columns) == api.COLUMNS
    (request,) = server.requests
    assert request.query["code_commune"] == "59350"


def test_an_epci_over_10000_results_is_split_into_its_communes():
    epci = {"200000009": ["60001", "60002", "60003"]}
    with FakeRechercheEntreprises() as fake:
        for commune in epci["200000009"]:
            for i in range(3500):
                fake.add_unit([commune], epci_of={commune: "200000009"}, section="SQRP"[i % 4])
        communes = {c: "200000009" for c in epci["200000009"]}
        frame = api.fetch_territory(fast(fake.url), communes)
        assert len(frame) == 10500
        assert set(frame["siret"]) == fake.expected_ess_sirets(communes)
        assert all(int(r.query["page"]) * int(r.query["per_page"]) <= 10000 for r in fake.requests)
        assert {r.query.get("code_commune") for r in fake.requests} == {None, "60001", "60002", "60003"}


def test_a_commune_over_10000_results_is_split_by_section():
    with FakeRechercheEntreprises() as fake:
        for i in range(10060):
            fake.add_unit(["80021"], section="SQRPNMK"[i % 7])
        frame = api.fetch_territory(fast(fake.url), {"80021": None})
        assert len(frame) == 10060
        assert set(frame["siret"]) == fake.expected_ess_sirets(["80021"])
        assert {r.query.get("section_activite_principale") for r in fake.requests} == set(
            "ABCDEFGHIJKLMNOPQRSTU") | {None}


def test_what_cannot_be_split_is_never_truncated_silently(monkeypatch):
    monkeypatch.setattr(api, "MAX_RESULTS", 50)
    with FakeRechercheEntreprises(max_results=50) as fake:
        for _ in range(60):  # one section, one band: no split brings it under the limit
            fake.add_unit(["80021"], section="S", tranche="NN")
        with pytest.raises(api.IncompleteError, match="use the SIRENE stock files"):
            api.fetch_territory(fast(fake.url), {"80021": None})
        frame = api.fetch_territory(fast(fake.url), {"80021": None}, strict=False)
        assert len(frame) == 50
        assert "code_commune=80021" in frame.attrs["incomplete"][0]


def test_units_missed_by_a_split_are_reported(monkeypatch):
    monkeypatch.setattr(api, "MAX_RESULTS", 50)
    with FakeRechercheEntreprises(max_results=50) as fake:
        for i in range(55):
            fake.add_unit(["80021"], section=None if i < 3 else "QS"[i % 2])  # 3 units have no section
        with pytest.raises(api.IncompleteError, match="55 results, 52 found"):
            api.fetch_territory(fast(fake.url), {"80021": None})


def test_second_run_without_network_gives_the_same_result(server, tmp_path):
    cache = ResponseCache(tmp_path / "etude.gpkg")
    online = api.fetch_territory(fast(server.url, cache=cache), TERRITORY)
    sent = len(server.requests)
    offline = api.fetch_territory(fast("http://127.0.0.1:9", cache=cache, offline=True), TERRITORY)
    pd.testing.assert_frame_equal(online, offline)
    assert len(server.requests) == sent


def test_offline_without_cache_fails_clearly_and_sends_nothing(server, tmp_path):
    cache = ResponseCache(tmp_path / "etude.gpkg")
    with pytest.raises(NotCachedError, match="Offline mode"):
        api.fetch_territory(fast(server.url, cache=cache, offline=True), TERRITORY)
    assert server.requests == []


def test_an_interrupted_run_resumes_from_the_cache(server, tmp_path):
    cache = ResponseCache(tmp_path / "etude.gpkg")
    with pytest.raises(Cancelled):
        api.fetch_territory(fast(server.url, cache=cache), TERRITORY, feedback=CancelAfter(server, 9))
    first_run = [tuple(sorted(r.query.items())) for r in server.requests]
    assert len(first_run) == 9 and cache.count() == 9
    server.reset()
    frame = api.fetch_territory(fast(server.url, cache=cache), TERRITORY)
    second_run = [tuple(sorted(r.query.items())) for r in server.requests]
    assert not set(first_run) & set(second_run)  # no cached page fetched again
    assert set(frame["siret"]) == server.expected_ess_sirets(TERRITORY)


def test_progress_is_reported(server):
    class Recorder(CancelAfter):
        def __init__(self):
            super().__init__(server, 10 ** 9)
            self.progress = []

        def setProgress(self, pct):
            self.progress.append(pct)

    feedback = Recorder()
    api.fetch_territory(fast(server.url), TERRITORY, feedback=feedback)
    assert feedback.progress[-1] == 100 and feedback.progress == sorted(feedback.progress)


def test_lookup_by_siret_and_by_siren(server):
    unit = server.units[5]
    second = unit["_etabs"][-1]
    http = fast(server.url)
    found = api.lookup_sirets(http, [second["siret"], "12345678900011"])
    assert list(found["siret"]) == [second["siret"]]
    heads = api.lookup_sirens(http, [unit["siren"], "123456789"])
    assert list(heads["siret"]) == [unit["_etabs"][0]["siret"]]
    assert heads["siege"].all()
    assert {r.query["q"] for r in server.requests} == {second["siret"], "12345678900011", unit["siren"],
                                                       "123456789"}


def test_classify_applies_the_perimeter_and_the_jobs_per_band():
    with FakeRechercheEntreprises() as fake:
        fake.add_unit(["80021"], nature="9220", section="Q", activite="88.10A", tranche="12")
        fake.add_unit(["80021"], nature="9220", section="O", activite="84.11Z", tranche="03")  # excluded NAF
        fake.add_unit(["80021"], nature="9220", section="S", activite="94.91Z")  # excluded NAF
        fake.add_unit(["80021"], nature="5499", section="G", activite="47.11F", tranche="01")  # ESS company
        fake.add_unit(["80021"], nature="5458", section="K", activite="64.19Z")
        raw = api.fetch_territory(fast(fake.url), {"80021": None})
    out = api.classify(raw)
    assert sorted(out["famille"]) == ["association", "cooperative", "entreprise_ess"]
    assoc = out[out["famille"] == "association"].iloc[0]
    assert (assoc["motif"], assoc["emplois_est"], assoc["secteur"]) == ("categorie_juridique", 34.5,
                                                                      "action_sociale")
    company = out[out["famille"] == "entreprise_ess"].iloc[0]
    assert company["motif"] == "indicateur_sirene"
    strict = api.classify(raw, api_flag_as_indicator=False)
    assert sorted(strict["famille"]) == ["association", "cooperative"]


@pytest.mark.parametrize("lon, lat, x, y", [
    (3.0, 46.5, 700000.0, 6600000.0),  # the projection's origin
    (2.3522, 48.8566, 652469.0227, 6862035.2594),  # Paris (values from PROJ)
    (2.2958, 49.8941, 649360.2636, 6977491.4492),  # Amiens
    (-4.486, 48.39, 146636.1395, 6836217.3647),  # Brest
    (9.45, 42.70, 1228546.0453, 6199420.6440),  # Corsica
])
def test_lambert93_matches_proj(lon, lat, x, y):
    got = api.wgs84_to_lambert93(lon, lat)
    assert got == pytest.approx((x, y), abs=0.001)


def test_lambert93_agrees_with_proj():
    """PROJ through GDAL's osr, which QGIS always ships and which finds PROJ's data by itself (Debian's
    pyproj, run from a venv, finds it only where the `proj` program is installed or PROJ_DATA is set)."""
    from osgeo import osr

    wgs84, lambert93 = osr.SpatialReference(), osr.SpatialReference()
    for srs, epsg in ((wgs84, 4326), (lambert93, 2154)):
        assert srs.ImportFromEPSG(epsg) == 0, epsg
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)  # longitude, latitude
    transform = osr.CoordinateTransformation(wgs84, lambert93)
    for k in range(50):
        lon, lat = -5 + 0.27 * k, 41.5 + 0.19 * k
        x, y, _ = transform.TransformPoint(lon, lat)
        assert api.wgs84_to_lambert93(lon, lat) == pytest.approx((x, y), abs=0.001)
    assert not math.isnan(api.wgs84_to_lambert93(0.0, 51.0)[0])


def test_establishment_row_names_like_the_sirene_import():
    unit = {"siren": "100000017", "nom_raison_sociale": "ASSOCIATION DES PAPILLONS BLANCS",
            "nom_complet": "ASSOCIATION DES PAPILLONS BLANCS (APB)", "nature_juridique": "9220",
            "statut_diffusion": "O", "complements": {"est_ess": True}}
    etab = {"siret": "10000001700028", "commune": "02691", "activite_principale": "88.10C",
            "liste_enseignes": ["ESAT Les Ateliers d'Étreux"], "nom_commercial": None, "est_siege": False,
            "etat_administratif": "A", "statut_diffusion_etablissement": "O", "tranche_effectif_salarie": "12",
            "latitude": "50.0", "longitude": "3.6", "date_creation": "1998-09-01"}
    row = api.establishment_row(unit, etab)
    assert row["nom"] == "ESAT Les Ateliers d'Étreux" and row["nom_tri"] == "esat les ateliers d'etreux"
    assert row["nom_unite_legale"] == "ASSOCIATION DES PAPILLONS BLANCS"
    assert (row["code_commune"], row["tranche_effectifs"], row["siege"]) == ("02691", "12", False)
    assert row["precision_geoloc"] == "adresse" and 700000 < row["x"] < 800000
    etab_p = {**etab, "statut_diffusion_etablissement": "P", "latitude": None, "longitude": None,
              "liste_enseignes": None}
    row_p = api.establishment_row(unit, etab_p)
    assert row_p["statut_diffusion"] == "P" and math.isnan(row_p["x"]) and row_p["precision_geoloc"] == "commune"
