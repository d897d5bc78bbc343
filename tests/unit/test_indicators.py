"""Indicators on a small hand-checkable study: exact values, ratio of sums, zero denominators, join."""
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from ess_territoires.core import indicators
from ess_territoires.core.errors import InputError
from ess_territoires.core.perimeter import FAMILLES
from ess_territoires.core.sectors import sector_keys

# A (pop 1000, 10 km²) and B (no population) in EPCI E1, C (no ESS) in E2: Pays P1.
# D in E3 and E (no EPCI, no ESS, no employer at all): Pays P2.
COMMUNES = pd.DataFrame([
    ("80001", "Aval", "E1", "Epci Un", "P1", "Pays Un", 1000, 10.0),
    ("80002", "Bois", "E1", "Epci Un", "P1", "Pays Un", 0, 5.0),
    ("80003", "Cour", "E2", "Epci Deux", "P1", "Pays Un", 500, 2.5),
    ("02001", "Dame", "E3", "Epci Trois", "P2", "Pays Deux", 2000, 20.0),
    ("02002", "Éole", "", "", "P2", "Pays Deux", 300, 3.0),
], columns=["code_commune", "nom", "code_epci", "nom_epci", "code_pays", "nom_pays", "population", "surface_km2"])

ESS = pd.DataFrame([
    ("80001", "association", "action_sociale", 1, "1_9", 2, 2.0, 3.0, 4.0),
    ("80001", "cooperative", "commerce", 0, "", 1, 0.0, 0.0, 0.0),
    ("80001", "association", "sante", 1, "10_49", 1, 10.0, 14.5, 19.0),
    ("80002", "fondation", "autres_services", 1, "50_249", 1, 50.0, 74.5, 99.0),
    ("02001", "mutuelle", "finance_assurance", 1, "250_plus", 1, 250.0, 374.5, 499.0),
    ("02001", "entreprise_ess", "commerce", 0, "", 3, 0.0, 0.0, 0.0),
    ("99999", "association", "sante", 1, "1_9", 7, 7.0, 7.0, 7.0),  # outside the study: ignored
], columns=["code_commune", "famille", "secteur", "employeur", "classe_taille", "nb_etab",
            "emplois_min", "emplois_est", "emplois_max"])

EMPLOI = pd.DataFrame([
    ("80001", 10, 100.0, 150.0, 200.0),
    ("80002", 1, 50.0, 74.5, 99.0),
    ("80003", 2, 3.0, 4.0, 5.0),
    ("02001", 5, 300.0, 449.0, 600.0),
], columns=["code_commune", "nb_etab_employeurs", "emplois_min", "emplois_est", "emplois_max"])

DISTANCES = pd.Series({"80001": 0.0, "80002": 0.0, "80003": 1.25, "02001": 0.0, "02002": 3.5})


@pytest.fixture(scope="module")
def result():
    return indicators.compute(COMMUNES, ESS, EMPLOI, distances=DISTANCES)


def row(frame, key, code):
    found = frame[frame[key] == code]
    assert len(found) == 1
    return found.iloc[0]


def test_commune_values_by_hand(result):
    a = row(result.communes, "code_commune", "80001")
    assert a["nb_etab_ess"] == 4
    assert (a["nb_etab_association"], a["nb_etab_cooperative"], a["nb_etab_mutuelle"]) == (3, 1, 0)
    assert a["nb_etab_ess_employeurs"] == 3
    assert (a["emplois_ess_min"], a["emplois_ess_est"], a["emplois_ess_max"]) == (12.0, 17.5, 23.0)
    assert a["emplois_total_est"] == 150.0
    assert a["part_emploi_ess"] == pytest.approx(100 * 17.5 / 150)
    assert a["etab_ess_pour_10000_hab"] == pytest.approx(40.0)
    assert a["etab_ess_par_km2"] == pytest.approx(0.4)
    assert (a["nb_etab_taille_1_9"], a["nb_etab_taille_10_49"], a["nb_etab_taille_50_249"],
            a["nb_etab_taille_250_plus"]) == (2, 1, 0, 0)
    assert (a["nb_etab_secteur_action_sociale"], a["nb_etab_secteur_commerce"],
            a["nb_etab_secteur_sante"], a["nb_etab_secteur_autres_services"]) == (2, 1, 1, 0)
    assert a["distance_etab_ess_km"] == 0.0
    d = row(result.communes, "code_commune", "02001")
    assert (d["nb_etab_mutuelle"], d["nb_etab_entreprise_ess"], d["nb_etab_taille_250_plus"]) == (1, 3, 1)
    assert d["part_emploi_ess"] == pytest.approx(100 * 374.5 / 449)


def test_zero_denominators_and_empty_communes_are_defined(result):
    b = row(result.communes, "code_commune", "80002")  # no population
    assert b["etab_ess_pour_10000_hab"] == 0.0
    assert b["part_emploi_ess"] == pytest.approx(100.0)
    c = row(result.communes, "code_commune", "80003")  # no ESS
    assert (c["nb_etab_ess"], c["emplois_ess_est"], c["part_emploi_ess"], c["etab_ess_par_km2"]) == (0, 0, 0, 0)
    assert c["distance_etab_ess_km"] == 1.25
    e = row(result.communes, "code_commune", "02002")  # no ESS, no employer, absent from emploi_communes
    assert (e["emplois_total_est"], e["part_emploi_ess"], e["etab_ess_pour_10000_hab"]) == (0.0, 0.0, 0.0)
    numeric = result.communes.select_dtypes("number")
    unknown = [c for c in numeric.columns if c.removesuffix("_pays").removesuffix("_ref")
               in indicators.DYNAMICS_FIELDS + indicators.CHANGE_FIELDS]
    assert not numeric.drop(columns=unknown).isna().any().any()
    # without dynamics tables (a study imported before them, or from the API only) those stay empty, not 0
    assert len(unknown) >= 15 and numeric[unknown].isna().all().all()


def test_ratios_are_ratios_of_sums(result):
    e1 = row(result.epci, "code_epci", "E1")  # A + B
    assert (e1["nb_etab_ess"], e1["population"], e1["surface_km2"]) == (5, 1000, 15.0)
    assert e1["part_emploi_ess"] == pytest.approx(100 * (17.5 + 74.5) / (150 + 74.5))
    assert e1["etab_ess_pour_10000_hab"] == pytest.approx(50.0)
    assert e1["etab_ess_par_km2"] == pytest.approx(5 / 15)
    means = result.communes[result.communes["code_epci"] == "E1"]["part_emploi_ess"].mean()
    assert e1["part_emploi_ess"] != pytest.approx(means)
    p1 = row(result.pays, "code_pays", "P1")
    assert p1["part_emploi_ess"] == pytest.approx(100 * 92 / 228.5)
    assert p1["etab_ess_pour_10000_hab"] == pytest.approx(10000 * 5 / 1500)


def test_coverage_and_counts(result):
    e1, e2 = row(result.epci, "code_epci", "E1"), row(result.epci, "code_epci", "E2")
    assert (e1["nb_communes"], e1["nb_communes_sans_ess"], e1["part_communes_avec_ess"]) == (2, 0, 100.0)
    assert (e2["nb_communes"], e2["nb_communes_sans_ess"], e2["part_communes_avec_ess"]) == (1, 1, 0.0)
    p1, p2 = row(result.pays, "code_pays", "P1"), row(result.pays, "code_pays", "P2")
    assert (p1["nb_epci"], p1["nb_communes"], p1["nb_communes_sans_ess"]) == (2, 3, 1)
    assert p1["part_communes_avec_ess"] == pytest.approx(200 / 3)
    assert (p2["nb_epci"], p2["nb_communes"], p2["nb_communes_sans_ess"]) == (1, 2, 1)
    ref = result.reference.iloc[0]
    assert (ref["nb_etab_ess"], ref["population"], ref["nb_communes"], ref["nb_epci"]) == (9, 3800, 5, 3)
    assert ref["part_communes_avec_ess"] == pytest.approx(60.0)
    assert ref["part_emploi_ess"] == pytest.approx(100 * 466.5 / 677.5)
    assert list(result.epci["code_epci"]) == ["E2", "E3", "E1"]  # by name: Deux, Trois, Un
    assert "02002" not in set(result.epci["code_epci"])


def test_commune_values_add_up_to_epci_pays_and_reference(result):
    stocks = [f for f in indicators.stock_fields()]
    communes = result.communes
    for code, group in communes[communes["code_epci"] != ""].groupby("code_epci"):
        epci = row(result.epci, "code_epci", code)
        for field in stocks:
            assert group[field].sum() == pytest.approx(epci[field]), (code, field)
    for code, group in communes.groupby("code_pays"):
        pays = row(result.pays, "code_pays", code)
        for field in stocks:
            assert group[field].sum() == pytest.approx(pays[field]), (code, field)
    for field in stocks:
        assert result.pays[field].sum() == pytest.approx(result.reference[field].iloc[0])
    family_sum = sum(communes[indicators.family_field(f)] for f in FAMILLES)
    sector_sum = sum(communes[indicators.sector_field(s)] for s in sector_keys())
    assert (family_sum == communes["nb_etab_ess"]).all()
    assert (sector_sum == communes["nb_etab_ess"]).all()


def test_comparison_columns(result):
    a = row(result.communes, "code_commune", "80001")
    p1 = row(result.pays, "code_pays", "P1")
    ref = result.reference.iloc[0]
    assert a["part_emploi_ess_pays"] == pytest.approx(p1["part_emploi_ess"])
    assert a["part_emploi_ess_ref"] == pytest.approx(ref["part_emploi_ess"])
    assert a["nb_etab_ess_pays"] == 5 and a["nb_etab_ess_ref"] == 9
    e3 = row(result.epci, "code_epci", "E3")
    assert e3["part_communes_avec_ess_pays"] == pytest.approx(50.0)
    assert "part_emploi_ess_pays" not in result.pays.columns
    assert row(result.pays, "code_pays", "P2")["etab_ess_pour_10000_hab_ref"] == pytest.approx(10000 * 9 / 3800)


def test_every_field_is_described_once():
    table = indicators.field_table()
    assert not table["champ"].duplicated().any()
    assert set(table["nature"]) <= set(indicators.NATURES)
    assert (table["alias"].str.len() > 0).all() and (table["definition"].str.len() > 0).all()
    result = indicators.compute(COMMUNES, ESS, EMPLOI)
    for level, frame in (("communes", result.communes), ("epci", result.epci), ("pays", result.pays)):
        assert list(frame.columns) == indicators.fields_of(level)
    assert indicators.nature_of("nb_etab_ess") == "stock"
    assert indicators.nature_of("part_emploi_ess_ref") == "ratio"
    assert indicators.nature_of("inconnu") is None
    assert "`distance_etab_ess_km`" in indicators.fields_markdown()
    assert result.communes["distance_etab_ess_km"].isna().all()  # no distances given


def test_unknown_family_is_refused():
    bad = ESS.copy()
    bad.loc[0, "famille"] = "syndicat"
    with pytest.raises(InputError, match="syndicat"):
        indicators.compute(COMMUNES, bad, EMPLOI)


def test_empty_ess_table():
    empty = ESS.iloc[0:0]
    result = indicators.compute(COMMUNES, empty, EMPLOI)
    assert result.communes["nb_etab_ess"].sum() == 0
    assert (result.pays["part_communes_avec_ess"] == 0).all()


def test_comparison_table(result):
    table = indicators.comparison_table(result)
    assert list(table["niveau"]) == ["pays", "pays", "epci", "epci", "epci", "reference"]
    assert list(table["code"][:2]) == ["P1", "P2"]
    ref = table.iloc[-1]
    assert ref["nb_etab_ess"] == 9 and ref["part_emploi_ess"] == round(100 * 466.5 / 677.5, 2)
    assert not any(c.endswith("_ref") for c in table.columns)


def test_join(tmp_path):
    path = tmp_path / "qualif.csv"
    path.write_text("CODGEO;LIBGEO;taux_chomage;population;zone\n"
                    "80001;Aval;12,5;999;01\n2001;Dame;8;2001;02\n99999;Ailleurs;1;1;03\n",
                    encoding="cp1252")
    joined = indicators.read_join(path)
    assert list(joined["code_commune"]) == ["80001", "02001", "99999"]
    assert list(joined["zone"]) == ["01", "02", "03"]  # codes with leading zeros stay text
    result = indicators.compute(COMMUNES, ESS, EMPLOI, joined=joined)
    a = row(result.communes, "code_commune", "80001")
    d = row(result.communes, "code_commune", "02001")
    assert a["taux_chomage"] == 12.5 and d["taux_chomage"] == 8.0
    assert d["population_jointure"] == 2001 and d["population"] == 2000
    assert pd.isna(row(result.communes, "code_commune", "80003")["taux_chomage"])
    assert len(result.communes) == 5


def test_join_errors(tmp_path):
    no_key = tmp_path / "sans_cle.csv"
    no_key.write_text("ville,valeur\nAval,1\n", encoding="utf-8")
    with pytest.raises(InputError, match="no commune code column"):
        indicators.read_join(no_key)
    twice = tmp_path / "double.csv"
    twice.write_text("code_commune,valeur\n02001,1\n2001,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="02001"):
        indicators.read_join(twice)
    explicit = tmp_path / "cle.csv"
    explicit.write_text("numero,valeur\n80001,1\n", encoding="utf-8")
    with pytest.raises(InputError, match="numero"):
        indicators.read_join(explicit, key="code")
    assert list(indicators.read_join(explicit, key="numero")["code_commune"]) == ["80001"]
    with pytest.raises(InputError):
        indicators.read_join(tmp_path / "absent.csv")


def test_repair_commune_code():
    assert indicators.repair_commune_code("2691") == "02691"
    assert indicators.repair_commune_code(" 2691.0 ") == "02691"
    assert indicators.repair_commune_code("2A004") == "2A004"
    assert indicators.repair_commune_code("80021") == "80021"


# Dynamics of a stock dated 2026-11-01: the last five full years are 2021-2025.
STOCK_DATE = date(2026, 11, 1)
DYNAMIQUE = pd.DataFrame([
    ("80001", 2016, 3, 0, 4),  # before the five years
    ("80001", 2021, 2, 1, 10),
    ("80001", 2025, 1, 0, 5),
    ("80002", 2023, 0, 2, 2),
    ("02001", 2022, 1, 0, 1),
], columns=["code_commune", "annee", "creations_ess", "fermetures_ess", "creations_toutes"])
DATES = pd.DataFrame([
    ("80001", "2024-11-01", "", 1, 1.0, 1.5, 2.0),
    ("80001", "2016-11-01", "", 2, 0.0, 0.0, 0.0),
    ("80001", "2000-01-01", "", 1, 10.0, 14.5, 19.0),
    ("80001", "2010-01-01", "2023-05-01", 1, 3.0, 4.0, 5.0),  # closed: no age, a closure since 2021-11-01
    ("80001", "", "", 1, 0.0, 0.0, 0.0),  # creation date unknown: no age
    ("80002", "2023-01-01", "", 1, 0.0, 0.0, 0.0),
    ("02001", "2020-06-01", "", 3, 0.0, 0.0, 0.0),
], columns=["code_commune", "date_creation", "date_fermeture", "nb_etab", "emplois_min", "emplois_est",
            "emplois_max"])
ANTERIEUR = pd.DataFrame([
    ("80001", "association", "sante", 1, "1_9", 3, 5.0, 8.0, 11.0),
    ("02001", "mutuelle", "finance_assurance", 1, "250_plus", 2, 240.0, 370.0, 490.0),
], columns=ESS.columns)


def age(text):
    return (STOCK_DATE - date.fromisoformat(text)).days / 365.25


@pytest.fixture(scope="module")
def dynamic():
    dynamics = indicators.Dynamics(DYNAMIQUE, DATES, STOCK_DATE, ANTERIEUR, date(2021, 11, 1))
    return indicators.compute(COMMUNES, ESS, EMPLOI, distances=DISTANCES, dynamics=dynamics)


def test_creations_and_closures_over_the_last_five_full_years(dynamic):
    a = row(dynamic.communes, "code_commune", "80001")
    assert (a["creations_ess_5ans"], a["fermetures_ess_5ans"], a["solde_ess_5ans"], a["creations_toutes_5ans"]) == \
        (3, 1, 2, 15)
    assert a["creations_ess_pour_10000_hab"] == pytest.approx(30.0)
    assert a["part_ess_creations_5ans"] == pytest.approx(20.0)
    b = row(dynamic.communes, "code_commune", "80002")  # no population: the rate is 0
    assert (b["solde_ess_5ans"], b["creations_ess_pour_10000_hab"], b["part_ess_creations_5ans"]) == (-2, 0.0, 0.0)
    e1 = row(dynamic.epci, "code_epci", "E1")  # ratio of sums
    assert (e1["creations_ess_5ans"], e1["fermetures_ess_5ans"], e1["creations_toutes_5ans"]) == (3, 3, 17)
    assert e1["part_ess_creations_5ans"] == pytest.approx(100 * 3 / 17)
    assert e1["creations_ess_pour_10000_hab_pays"] == pytest.approx(10000 * 3 / 1500)  # P1: 1,500 inhabitants
    p2 = row(dynamic.pays, "code_pays", "P2")
    assert p2["creations_ess_pour_10000_hab"] == pytest.approx(10000 / 2300)
    assert p2["part_ess_creations_5ans"] == 100.0
    ref = dynamic.reference.iloc[0]
    assert ref["creations_ess_5ans"] == 4 and ref["part_ess_creations_5ans"] == pytest.approx(100 * 4 / 18)
    assert a["part_ess_creations_5ans_ref"] == pytest.approx(100 * 4 / 18)


def test_median_age_and_young_establishments(dynamic):
    a = row(dynamic.communes, "code_commune", "80001")  # ages 2, 10, 10, 26.8: median of the two middle ones
    assert a["age_median_ess"] == pytest.approx(age("2016-11-01"))
    assert a["part_ess_moins_5ans"] == pytest.approx(25.0)
    e1 = row(dynamic.epci, "code_epci", "E1")  # + 80002's 3.8 years: the third of five, never a mean of medians
    assert e1["age_median_ess"] == pytest.approx(age("2016-11-01"))
    assert e1["part_ess_moins_5ans"] == pytest.approx(40.0)
    p2 = row(dynamic.pays, "code_pays", "P2")
    assert (p2["age_median_ess"], p2["part_ess_moins_5ans"]) == (pytest.approx(age("2020-06-01")), 0.0)
    c = row(dynamic.communes, "code_commune", "80003")  # no ESS at all
    assert (c["age_median_ess"], c["part_ess_moins_5ans"]) == (0.0, 0.0)
    ref = dynamic.reference.iloc[0]  # 2, 3.8, 6.4 x3, 10 x2, 26.8: the fifth of eight and the fourth
    assert ref["age_median_ess"] == pytest.approx(age("2020-06-01"))


def test_change_between_two_stocks_is_split_into_parts_that_add_up(dynamic):
    a = row(dynamic.communes, "code_commune", "80001")
    assert a["evolution_etab_ess"] == 1
    assert (a["evolution_emplois_ess_min"], a["evolution_emplois_ess_est"], a["evolution_emplois_ess_max"]) == \
        (7.0, 9.5, 12.0)
    assert a["evolution_emplois_creations_est"] == 1.5  # created 2024-11-01
    assert a["evolution_emplois_fermetures_est"] == -4.0  # created 2010, closed 2023-05-01
    assert a["evolution_emplois_tranches_est"] == 12.0
    d = row(dynamic.communes, "code_commune", "02001")
    assert (d["evolution_etab_ess"], d["evolution_emplois_ess_est"], d["evolution_emplois_creations_est"],
            d["evolution_emplois_tranches_est"]) == (2, 4.5, 0.0, 4.5)
    p1 = row(dynamic.pays, "code_pays", "P1")
    parts = ["evolution_emplois_creations_est", "evolution_emplois_fermetures_est", "evolution_emplois_tranches_est"]
    assert p1[parts].sum() == pytest.approx(p1["evolution_emplois_ess_est"])
    assert p1["evolution_emplois_ess_est"] == pytest.approx(17.5 + 74.5 - 8.0)
    numeric = dynamic.communes.select_dtypes("number")
    assert not numeric.isna().any().any()
