"""Economic weight (published turnover at the head office, SIAE) on a hand-checkable study."""
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from ess_territoires.core import economic, indicators

# A and B in EPCI E1, C in E2 (Pays P1); D in E3 (Pays P2).
COMMUNES = pd.DataFrame([
    ("80001", "Aval", "E1", "Epci Un", "P1", "Pays Un", 1000, 10.0),
    ("80002", "Bois", "E1", "Epci Un", "P1", "Pays Un", 200, 5.0),
    ("80003", "Cour", "E2", "Epci Deux", "P1", "Pays Un", 500, 2.5),
    ("02001", "Dame", "E3", "Epci Trois", "P2", "Pays Deux", 2000, 20.0),
], columns=["code_commune", "nom", "code_epci", "nom_epci", "code_pays", "nom_pays", "population", "surface_km2"])
ESS = pd.DataFrame([(c, "association", "sante", 0, "", 1, 0.0, 0.0, 0.0) for c in COMMUNES["code_commune"]],
                   columns=["code_commune", "famille", "secteur", "employeur", "classe_taille", "nb_etab",
                            "emplois_min", "emplois_est", "emplois_max"])
EMPLOI = pd.DataFrame(columns=["code_commune", "nb_etab_employeurs", "emplois_min", "emplois_est", "emplois_max"])

# Units: U1 head office in A, a second site in B; U2 head office in A, no accounts, SIAE "ACI, EI";
# U3 head office in C; U4 head office outside the study, a site in B (SIAE AI); U5 head office in D,
# latest year without turnover; U6 head office in B, never answered (offline).
ETABS = pd.DataFrame([
    ("100000001", "10000000100011", "80001", True),
    ("100000001", "10000000100029", "80002", False),
    ("100000002", "10000000200011", "80001", True),
    ("100000003", "10000000300011", "80003", True),
    ("100000004", "10000000400029", "80002", False),
    ("100000005", "10000000500011", "02001", True),
    ("100000006", "10000000600011", "80002", True),
], columns=["siren", "siret", "code_commune", "siege"])
FINANCES = economic.typed_finances(pd.DataFrame([
    ("100000001", 2021, 1_000, 10, False, None, "2025-01-01T00:00:00.000Z"),
    ("100000001", 2022, 1_500, 20, False, None, "2025-01-01T00:00:00.000Z"),
    ("100000002", None, None, None, True, "ACI, EI", "2025-01-01T00:00:00.000Z"),
    ("100000003", 2023, 700, -5, False, None, "2025-01-01T00:00:00.000Z"),
    ("100000004", 2023, 90_000, 1, True, "AI", "2025-01-01T00:00:00.000Z"),
    ("100000005", 2020, 300, 3, True, "GEIQ", "2025-01-01T00:00:00.000Z"),
    ("100000005", 2022, None, 4, True, "GEIQ", "2025-01-01T00:00:00.000Z"),
], columns=economic.FINANCES_COLUMNS))


@pytest.fixture(scope="module")
def result():
    return indicators.compute(COMMUNES, ESS, EMPLOI, economic_data=economic.EconomicData(ETABS, FINANCES))


def row(frame, key, code):
    return frame.set_index(key).loc[code]


def test_latest_published_turnover_counts_once_at_the_head_office(result):
    a, b, c, d = (row(result.communes, "code_commune", code) for code in ("80001", "80002", "80003", "02001"))
    assert (a["nb_unites_ess_siege"], a["nb_unites_ca_publie"], a["ca_publie_ess"]) == (2, 1, 1_500.0)
    assert a["part_unites_ca_publie"] == pytest.approx(50.0)
    # B: U1's second site and U4's site bring nothing; U6 is headquartered there, without an answer
    assert (b["nb_unites_ess_siege"], b["nb_unites_ca_publie"], b["ca_publie_ess"]) == (1, 0, 0.0)
    assert b["part_unites_ca_publie"] == 0.0
    assert (c["ca_publie_ess"], c["part_unites_ca_publie"]) == (700.0, 100.0)
    assert (d["ca_publie_ess"], d["nb_unites_ca_publie"]) == (300.0, 1)  # 2022 has no turnover: 2020's


def test_epci_and_pays_are_ratios_of_sums(result):
    e1 = row(result.epci, "code_epci", "E1")
    assert (e1["nb_unites_ess_siege"], e1["nb_unites_ca_publie"], e1["ca_publie_ess"]) == (3, 1, 1_500.0)
    assert e1["part_unites_ca_publie"] == pytest.approx(100 / 3)
    p1 = row(result.pays, "code_pays", "P1")
    assert (p1["nb_unites_ess_siege"], p1["nb_unites_ca_publie"], p1["ca_publie_ess"]) == (4, 2, 2_200.0)
    assert p1["part_unites_ca_publie"] == pytest.approx(50.0)
    communes = result.communes[result.communes["code_epci"] == "E1"]["part_unites_ca_publie"]
    assert communes.mean() == pytest.approx(25.0)  # not the mean of the communes' ratios
    # the whole study is the reference here: U4's 90,000 € (head office outside) is nowhere
    assert result.reference["ca_publie_ess"].iloc[0] == 2_500.0


def test_siae_are_establishments_counted_where_they_are_by_type(result):
    a, b, d = (row(result.communes, "code_commune", code) for code in ("80001", "80002", "02001"))
    assert (a["nb_etab_siae"], a["nb_etab_siae_aci"], a["nb_etab_siae_ei"], a["nb_etab_siae_ai"]) == (1, 1, 1, 0)
    assert (b["nb_etab_siae"], b["nb_etab_siae_ai"]) == (1, 1)  # U4's site, head office elsewhere
    assert (d["nb_etab_siae"], d["nb_etab_siae_autre"]) == (1, 1)  # GEIQ
    assert row(result.pays, "code_pays", "P1")["nb_etab_siae"] == 2


def test_fields_are_described_and_without_comparison(result):
    table = indicators.field_table()
    for name in economic.FIELDS:
        described = table[table["champ"] == name]
        assert len(described) == 1 and set(described["niveaux"].iloc[0]) == {"communes", "epci", "pays"}
        assert not described["comparaison"].iloc[0]
        assert name + "_pays" not in set(table["champ"]) and name + "_ref" not in set(table["champ"])
    assert indicators.nature_of("ca_publie_ess") == "stock"
    assert indicators.nature_of("part_unites_ca_publie") == "ratio"
    for level, frame in (("communes", result.communes), ("epci", result.epci), ("pays", result.pays)):
        assert list(frame.columns) == indicators.fields_of(level)


def test_without_finances_the_fields_are_zero_and_a_reference_area_leaves_them_empty():
    plain = indicators.compute(COMMUNES, ESS, EMPLOI)
    assert (plain.communes[economic.FIELDS] == 0).all().all()
    only_points = indicators.compute(COMMUNES, ESS, EMPLOI, economic_data=economic.EconomicData(ETABS))
    assert list(only_points.communes["nb_unites_ess_siege"]) == [2, 1, 1, 1]
    assert only_points.communes["ca_publie_ess"].sum() == 0
    no_siege = indicators.compute(COMMUNES, ESS, EMPLOI, economic_data=economic.EconomicData(
        ETABS.drop(columns=["siege"]), FINANCES))  # a source that does not say which is the head office
    assert no_siege.communes["nb_unites_ess_siege"].sum() == 0 and no_siege.communes["nb_etab_siae"].sum() == 3
    area = indicators.ReferenceArea("Référence", COMMUNES, ESS, EMPLOI)
    with_area = indicators.compute(COMMUNES, ESS, EMPLOI, reference_area=area,
                                   economic_data=economic.EconomicData(ETABS, FINANCES))
    assert with_area.reference[economic.FIELDS].isna().all().all()  # its units were not looked up
    assert row(with_area.pays, "code_pays", "P1")["ca_publie_ess"] == 2_200.0
    table = indicators.comparison_table(with_area)
    assert math.isnan(table[table["niveau"] == "reference"]["ca_publie_ess"].iloc[0])


def test_siae_kinds_and_typing():
    assert economic.siae_kinds("ACI, EI") == ("aci", "ei")
    assert economic.siae_kinds("['ETTI', 'EA']") == ("etti", "autre")
    assert economic.siae_kinds(None) == ("autre",)
    assert economic.siae_kinds(np.nan) == ("autre",)
    typed = economic.typed_finances(pd.DataFrame({"siren": ["100000001"], "annee": [2022.0], "ca": ["12"],
                                                  "est_siae": ["1"]}))
    assert typed["annee"].iloc[0] == 2022 and typed["ca"].iloc[0] == 12 and bool(typed["est_siae"].iloc[0])
    assert list(typed.columns) == economic.FINANCES_COLUMNS
    latest = economic.latest_turnover(FINANCES).set_index("siren")
    assert latest.loc["100000001", "annee"] == 2022 and latest.loc["100000005", "ca"] == 300
    assert "100000002" not in latest.index
