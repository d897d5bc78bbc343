"""The ESS perimeter (resources/perimetre_ess.csv), the sectors and the label tables."""
import pandas as pd
import pytest

from ess_territoires.core import labels, sectors
from ess_territoires.core.errors import InputError
from ess_territoires.core.perimeter import FAMILLES, MOTIFS, load_perimeter


def expand(spec):
    codes = set()
    for part in spec.split(","):
        first, _, last = part.strip().partition("-")
        codes.update(str(c) for c in range(int(first), int(last or first) + 1))
    return codes


# DESIGN.md, written out independently of the CSV
EXPECTED = {
    "cooperative": expand("5191-5196, 5203, 5307, 5309, 5432, 5443, 5451, 5453-5455, 5458-5460, 5532, 5543, 5547, "
                          "5551-5555, 5558-5560, 5632, 5643, 5647, 5651-5655, 5658-5660, 6316-6318, 6532, 6543, "
                          "6551, 6554, 6558, 6560, 6595, 6596"),
    "mutuelle": expand("6411, 8210, 8250, 8290"),
    "association": expand("9210, 9220-9223, 9230, 9240, 9260"),
    "fondation": expand("9300"),
}


@pytest.fixture(scope="module")
def perimeter():
    return load_perimeter()


def test_every_legal_category_gets_its_family(perimeter):
    found = {}
    for code in (f"{i:04d}" for i in range(10000)):
        famille = perimeter.famille_of_category(code)
        if famille:
            found.setdefault(famille, set()).add(code)
    assert found == EXPECTED


def test_classify_frame_matches_the_rule(perimeter):
    codes = [f"{i:04d}" for i in range(1000, 10000)]
    frame = pd.DataFrame({"categorie_juridique": codes, "indicateur_ess": "N", "naf": "88.99B"})
    out = perimeter.classify(frame)
    for famille, expected in EXPECTED.items():
        assert set(frame.loc[out["famille"] == famille, "categorie_juridique"]) == expected
    assert set(out["motif"]) == {"", "categorie_juridique"}


@pytest.mark.parametrize("naf", ["84.11Z", "84.12Z", "84.30A", "94.11Z", "94.12Z", "94.20Z", "94.91Z", "94.92Z"])
def test_excluded_activities(perimeter, naf):
    assert perimeter.is_excluded(naf)
    frame = pd.DataFrame({"categorie_juridique": ["9220", "5710"], "indicateur_ess": ["O", "O"], "naf": [naf, naf]})
    out = perimeter.classify(frame)
    assert out["famille"].tolist() == ["", ""] and out["exclu"].tolist() == [True, True]


@pytest.mark.parametrize("naf", ["94.99Z", "88.99B", "85.59A", "83.11Z", "94.00Z", "64.19Z"])
def test_other_activities_are_not_excluded(perimeter, naf):
    assert not perimeter.is_excluded(naf)


def test_sirene_indicator_and_the_order_of_motifs(perimeter):
    frame = pd.DataFrame({"categorie_juridique": ["5710", "9220", "5710", "1000", "8210"],
                          "indicateur_ess": ["O", "O", "N", "", ""], "naf": ["62.01Z"] * 5})
    out = perimeter.classify(frame)
    assert out["famille"].tolist() == ["entreprise_ess", "association", "", "", "mutuelle"]
    assert out["motif"].tolist() == ["indicateur_sirene", "categorie_juridique", "", "", "categorie_juridique"]
    assert MOTIFS == ("categorie_juridique", "indicateur_sirene", "liste_partenaire", "manuel")
    assert FAMILLES == ("association", "cooperative", "mutuelle", "fondation", "entreprise_ess")


def test_version(perimeter):
    assert perimeter.version == "ess-defaut-2026.1"


def test_edited_copy_from_a_spreadsheet(tmp_path):
    # semicolon, BOM, a division that lost its leading zero, a range
    path = tmp_path / "mon_perimetre.csv"
    path.write_text("\ufeffregle;valeur;valeur_fin;famille;commentaire\r\nversion;cress-hdf-2;;;\r\n"
                    "categorie_juridique;9220;9230;association;\r\nnaf_exclue;1;;;agriculture\r\n;;;;\r\n",
                    encoding="utf-8")
    p = load_perimeter(path)
    assert p.version == "cress-hdf-2"
    assert p.famille_of_category("9225") == "association" and p.famille_of_category("9300") == ""
    assert p.is_excluded("01.11Z") and not p.is_excluded("84.11Z")
    assert p.indicator == ()


@pytest.mark.parametrize("body, message", [
    ("categorie_juridique,9220,,association,\n", "no version row"),
    ("version,v1,,,\ncategorie_juridique,9220,,associations,\n", "family associations is unknown"),
    ("version,v1,,,\ncategorie_juridique,922,,association,\n", "not a legal category code"),
    ("version,v1,,,\ncategorie_juridique,9230,9220,association,\n", "ends before it starts"),
    ("version,v1,,,\nnaf_exclue,94-11,,,\n", "not a NAF code"),
    ("version,v1,,,\nexclure,94.11Z,,,\n", "rule exclure is unknown"),
    ("version,v1,,,\nnaf_exclue,84,,,\n", "nothing would be ESS"),
])
def test_bad_perimeter_files(tmp_path, body, message):
    path = tmp_path / "p.csv"
    path.write_text("regle,valeur,valeur_fin,famille,commentaire\n" + body, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_perimeter(path)


def test_perimeter_file_without_header(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("version,v1\n", encoding="utf-8")
    with pytest.raises(InputError, match="lacks the column"):
        load_perimeter(path)
    with pytest.raises(InputError, match="cannot be read"):
        load_perimeter(tmp_path / "absent.csv")


@pytest.mark.parametrize("naf, sector", [
    ("87.10A", "action_sociale"), ("88.99B", "action_sociale"), ("86.10Z", "sante"), ("85.59A", "enseignement"),
    ("93.12Z", "sport_loisirs"), ("90.01Z", "arts_spectacles"), ("91.02Z", "arts_spectacles"),
    ("64.19Z", "finance_assurance"), ("65.12Z", "finance_assurance"), ("66.22Z", "finance_assurance"),
    ("45.20A", "commerce"), ("47.11B", "commerce"), ("01.11Z", "agriculture_agroalimentaire"),
    ("03.11Z", "agriculture_agroalimentaire"), ("10.71C", "agriculture_agroalimentaire"),
    ("11.01Z", "agriculture_agroalimentaire"), ("05.10Z", "industrie_construction"),
    ("12.00Z", "industrie_construction"), ("33.12Z", "industrie_construction"), ("35.11Z", "industrie_construction"),
    ("39.00Z", "industrie_construction"), ("43.21A", "industrie_construction"), ("94.99Z", "autres_services"),
    ("34.00Z", "autres_services"), ("40.00Z", "autres_services"), ("84.11Z", "autres_services"),
    ("", "autres_services"),
])
def test_sectors(naf, sector):
    assert sectors.sector_of(naf) == sector
    assert sectors.sectors(pd.Series([naf])).tolist() == [sector]


def test_sector_labels():
    assert set(sectors.sector_keys()) == {"action_sociale", "sante", "enseignement", "sport_loisirs",
                                          "arts_spectacles", "finance_assurance", "commerce",
                                          "agriculture_agroalimentaire", "industrie_construction", "autres_services"}
    assert all(sectors.sector_labels().values())


def test_labels():
    # never an empty label: an unknown code says so (NAF 2025 requirement, issue 14)
    assert labels.naf_labels(pd.Series(["94.99Z", "00.00Z"])).tolist() == [
        "Autres organisations fonctionnant par adhésion volontaire", "NAF code 00.00Z, label unknown"]
    cats = labels.category_labels(pd.Series(["9220", "5458", "7399", ""]))
    assert cats.tolist() == ["Association déclarée", "SARL coopérative ouvrière de production (SCOP)",
                             "Établissement public administratif", ""]
    every_ess_code = sorted(set().union(*EXPECTED.values()))
    assert labels.category_labels(pd.Series(every_ess_code)).str.len().gt(0).all()



def test_may_be_ess_holds_the_units_classify_gives_a_family(perimeter):
    """The import keeps the names of these units only: every unit classify calls ESS must be one."""
    categories = ["9220", " 9220", "5710", "5499", "6411 ", "1000", "", "9300", "5710", "1000", ""]
    flags = ["N", "", "O", "o ", "N", "O", "O", "", "N", "", ""]
    frame = pd.DataFrame({"categorie_juridique": categories, "indicateur_ess": flags, "naf": "",
                          "nomenclature_naf": ""})
    may = perimeter.may_be_ess(pd.Series(categories), pd.Series(flags))
    assert list(may) == [True] * 8 + [False] * 3
    assert list(perimeter.classify(frame)["famille"].ne("")) == list(may)  # no activity excluded here
