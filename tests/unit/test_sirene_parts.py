"""A territory imported in parts (one pass over the stock per part) gives what one pass gives."""
import pandas as pd
import pytest
from conftest import box_sampler, fake_communes

from ess_territoires.core import sirene_parts
from ess_territoires.core.sirene import import_sirene
from ess_territoires.core.synthetic import generate_sirene


@pytest.fixture(scope="module")
def stock(tmp_path_factory):
    communes = fake_communes(per_departement=40)
    paths = generate_sirene(communes, tmp_path_factory.mktemp("parts"), seed=3, departements=["02", "60", "80"],
                            point_sampler=box_sampler)
    return communes, paths


def test_parts_follow_population_in_code_order():
    communes = pd.DataFrame({"code_commune": ["80001", "02001", "60001", "60002"],
                             "population": [1000, 2000, 3000, 100000]})
    parts = sirene_parts.parts_of(communes, rows_per_pass=2000)  # 0.65 expected rows per inhabitant
    assert parts == [{"02001"}, {"60001"}, {"60002"}, {"80001"}]  # 60002 alone, over the limit
    assert sirene_parts.parts_of(communes, rows_per_pass=100_000) == [{"02001", "60001", "60002", "80001"}]
    assert sirene_parts.parts_of(communes, rows_per_pass=3300) == [{"02001", "60001"}, {"60002"}, {"80001"}]


def sorted_frame(frame, keys):
    return frame.sort_values(keys).reset_index(drop=True)


def test_three_passes_give_what_one_pass_gives(stock):
    communes, paths = stock
    codes = set(communes["code_commune"])
    files = (paths["etablissements"], paths["unites_legales"])
    options = {"geolocalisation": paths["geolocalisation"], "historique": paths["historique"]}
    one = import_sirene(*files, codes, **options)
    parts = [{c for c in codes if c.startswith(d)} for d in ("02", "60", "80")]
    three = sirene_parts.import_sirene_in_parts(*files, parts, **options)
    assert three.stats["passes"] == 3 and three.stock_date == one.stock_date
    for name, keys in (("etablissements", ["siret"]), ("ess_communes", sirene_parts_keys()),
                       ("emploi_communes", ["code_commune"]), ("dynamique_communes", ["code_commune", "annee"]),
                       ("ess_dates_communes", ["code_commune", "date_creation", "date_fermeture"]),
                       ("rejets", ["fichier", "siret", "motif_rejet"])):
        pd.testing.assert_frame_equal(sorted_frame(getattr(three, name), keys), sorted_frame(getattr(one, name), keys),
                                      check_dtype=False, obj=name)
    for key in ("etablissements_lus", "unites_legales_lues", "etablissements_territoire", "etablissements_ess",
                "etablissements_ess_diffusibles", "rejets", "communes"):
        assert three.stats[key] == one.stats[key], key
    assert len(three.etablissements) > 0 and three.stats["etablissements_ess"] > 0


def sirene_parts_keys():
    from ess_territoires.core.sirene import ESS_COMMUNES_KEYS
    return ESS_COMMUNES_KEYS
