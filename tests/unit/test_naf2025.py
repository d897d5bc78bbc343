"""NAF 2025 (issue 14): the activity read per row, the rules for both nomenclatures, the labels, and
the three layouts of the stock (before December 2025, since December 2025, from 2027)."""
import csv
import io
import zipfile

import pandas as pd
import pytest
from conftest import (
    ETAB_HEADER,
    UL_HEADER,
    box_sampler,
    etab,
    fake_communes,
    unit,
    write_stock,
)

from ess_territoires.core import labels, naf, sectors
from ess_territoires.core.errors import InputError
from ess_territoires.core.paths import resource
from ess_territoires.core.perimeter import load_perimeter
from ess_territoires.core.sirene import import_sirene
from ess_territoires.core.synthetic import NAF2025_OF, generate_sirene, headers

NAF25 = "activitePrincipaleNAF25Etablissement"


# ---------------------------------------------------------------------------------------- the rule per row

@pytest.mark.parametrize("main, stated, naf25, expected", [
    ("94.99Z", "NAFRev2", "94.99Y", ("94.99Y", "NAF2025")),     # 2026: the NAF 2025 code wins
    ("94.99Z", "NAFRev2", "", ("94.99Z", "NAFRev2")),           # 2026 row without a NAF 2025 code
    ("94.99Z", "NAFRev2", "  ", ("94.99Z", "NAFRev2")),
    ("94.99Z", "", "", ("94.99Z", "NAFRev2")),                  # 2025 layout, nomenclature missing
    ("94.91Y", "NAF2025", "", ("94.91Y", "NAF2025")),           # 2027: NAF 2025 in the main column
    ("88.10G", "", "", ("88.10G", "NAF2025")),                  # no nomenclature: told by the letter
    ("9491y", "", "", ("94.91Y", "NAF2025")),                   # undotted, lower case
    ("94.99Z", "NAFRev2", "9499Y", ("94.99Y", "NAF2025")),
    ("85.3K", "NAFRev1", "", ("85.3K", "NAFRev1")),             # an old closed establishment
    ("", "NAFRev2", "", ("", "")),
])
def test_activity_of_a_row(main, stated, naf25, expected):
    frame = naf.row_activity(pd.Series([main]), pd.Series([stated]), pd.Series([naf25]))
    assert tuple(frame.iloc[0]) == expected


def test_implied_nomenclature_letters_do_not_meet():
    rev2 = [c for c in labels._read("naf_libelles.csv") if len(c) == 6]
    new = list(labels.naf2025_table())
    assert {naf.implied_nomenclature(c) for c in rev2} == {"NAFRev2"}
    assert {naf.implied_nomenclature(c) for c in new} == {"NAF2025"}


# ------------------------------------------------------------------------------------ perimeter and sectors

@pytest.mark.parametrize("code, nomenclature", [
    ("84.11Y", "NAF2025"), ("84.25Y", "NAF2025"), ("84.30G", "NAF2025"), ("84.30J", "NAF2025"),
    ("94.11Y", "NAF2025"), ("94.12Y", "NAF2025"), ("94.20Y", "NAF2025"), ("94.91Y", "NAF2025"),
    ("94.92Y", "NAF2025"), ("94.11Z", "NAFRev2"), ("94.91Z", "NAFRev2"), ("84.30C", "NAFRev2"),
    ("94.91Y", ""),
])
def test_exclusions_hold_in_both_nomenclatures(code, nomenclature):
    perimeter = load_perimeter()
    assert perimeter.is_excluded(code, nomenclature)
    frame = pd.DataFrame({"categorie_juridique": ["9220"], "indicateur_ess": ["O"], "naf": [code],
                          "nomenclature_naf": [nomenclature]})
    assert perimeter.classify(frame)["exclu"].tolist() == [True]


@pytest.mark.parametrize("code", ["94.99Y", "93.12Y", "88.10G", "85.59H", "94.99Z", "95.31G"])
def test_other_naf2025_activities_are_not_excluded(code):
    assert not load_perimeter().is_excluded(code, naf.implied_nomenclature(code))


def test_the_shipped_exclusions_name_existing_classes_of_both_nomenclatures():
    with open(resource("perimetre_ess.csv"), encoding="utf-8") as f:
        rules = [r for r in csv.DictReader(f) if r["regle"] == "naf_exclue"]
    assert [r["valeur"] for r in rules] == ["84", "94.11", "94.12", "94.20", "94.91", "94.92"]
    assert {r["nomenclature"] for r in rules} == {"NAFRev2 NAF2025"}
    rev2, new = labels._read("naf_libelles.csv"), labels.naf2025_table()
    for rule in rules[1:]:
        assert f"{rule['valeur']}Z" in rev2 and f"{rule['valeur']}Y" in new, rule["valeur"]


def test_an_exclusion_may_name_one_nomenclature(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("regle;valeur;valeur_fin;famille;nomenclature\nversion;v1;;;\n"
                    "categorie_juridique;9220;;association;\nnaf_exclue;9499;;;NAFRev2\n"
                    "naf_exclue;94.91Y;;;NAF2025\n", encoding="utf-8")
    perimeter = load_perimeter(path)
    assert perimeter.is_excluded("94.99Z", "NAFRev2") and not perimeter.is_excluded("94.99Y", "NAF2025")
    assert perimeter.is_excluded("94.91Y", "NAF2025") and not perimeter.is_excluded("94.91Z", "NAFRev2")
    path.write_text("regle,valeur,valeur_fin,famille,nomenclature\nversion,v1,,,\n"
                    "categorie_juridique,9220,,association,\nnaf_exclue,84,,,NAF2008\n", encoding="utf-8")
    with pytest.raises(InputError, match="nomenclature NAF2008 is unknown"):
        load_perimeter(path)


@pytest.mark.parametrize("code, nomenclature, sector", [
    ("88.10G", "NAF2025", "action_sociale"), ("87.30H", "NAF2025", "action_sociale"),
    ("86.94G", "NAF2025", "sante"), ("85.59H", "NAF2025", "enseignement"), ("93.12Y", "NAF2025", "sport_loisirs"),
    ("90.31H", "NAF2025", "arts_spectacles"), ("64.19Y", "NAF2025", "finance_assurance"),
    ("47.81Y", "NAF2025", "commerce"), ("46.71G", "NAF2025", "commerce"),
    ("10.71H", "NAF2025", "agriculture_agroalimentaire"), ("41.00G", "NAF2025", "industrie_construction"),
    # moved by NACE Rev. 2.1: motor vehicle repair (45.20A, commerce) is 95.31G; building projects
    # (41.10A, construction) are 68.12Y
    ("45.20A", "NAFRev2", "commerce"), ("95.31G", "NAF2025", "autres_services"),
    ("41.10A", "NAFRev2", "industrie_construction"), ("68.12Y", "NAF2025", "autres_services"),
    ("45.11Y", "NAF2025", "autres_services"),  # NAF 2025 has no division 45
    ("94.99Y", "NAF2025", "autres_services"),
])
def test_sectors_of_naf2025_divisions(code, nomenclature, sector):
    assert sectors.sector_of(code, nomenclature) == sector
    assert sectors.sectors(pd.Series([code]), pd.Series([nomenclature])).tolist() == [sector]


# ---------------------------------------------------------------------------------------------- labels

def test_shipped_naf2025_labels():
    table = labels.naf2025_table()
    assert len(table) == 747 and all(naf.SUBCLASS.match(code) for code in table)
    assert len({code[:2] for code in table}) == 87 and len({code[:5] for code in table}) == 651
    assert table["94.91Y"] == "Activités des organisations religieuses"
    assert table["94.99Y"] == "Activités des organisations associatives n.c.a."
    assert all(label.strip() == label and label for label in table.values())
    assert set(NAF2025_OF.values()) <= set(table)  # the synthetic stock writes real NAF 2025 codes


def test_naf2025_labels_and_their_fallbacks():
    codes = pd.Series(["94.91Y", "94.99Z", "94.98Y", "10.71M", "94.98Y", "", "00.00Y"])
    nomenclatures = pd.Series(["NAF2025", "NAFRev2", "NAF2025", "NAF2025", "NAF2025", "", "NAF2025"])
    rev2 = pd.Series(["94.91Z", "", "94.99Z", "", "", "", ""])
    result = labels.naf_labels(codes, nomenclatures, rev2).tolist()
    assert result == [
        "Activités des organisations religieuses",
        "Autres organisations fonctionnant par adhésion volontaire",
        "Autres organisations fonctionnant par adhésion volontaire (NAF rév. 2)",  # the row's NAF rév. 2 code
        "Fabrication de pain et de pâtisserie fraîche (NAF rév. 2)",  # the NAF rév. 2 class 10.71
        "NAF code 94.98Y, label unknown",
        "no NAF code",
        "NAF code 00.00Y, label unknown",
    ]
    assert all(result)
    mine = labels.naf_labels(pd.Series(["94.91Y", "94.98Y"]), naf2025={"94.91Y": "Cultes", "94.98Y": "Nouveau"})
    assert mine.tolist() == ["Cultes", "Nouveau"]


INSEE_LIKE = ("NAF 2025 - Niveau 5 - Liste des sous-classes;;\n"
              "NACE\nRev.2.1;NAF 2025 sous-classes;Intitulés\n"
              "94.91;94.91Y;Activités des organisations religieuses (liste INSEE)\n"
              ";88.10G;Activités d’action sociale à domicile  \n"
              "94.99;9499Y;Activités des organisations associatives n.c.a.\n")


def test_a_users_insee_list_csv(tmp_path):
    path = tmp_path / "naf2025.csv"
    path.write_bytes(INSEE_LIKE.replace("\n", "\r\n").replace("NACE\r\nRev", "NACE Rev").encode("cp1252"))
    assert labels.read_naf2025_list(path) == {
        "94.91Y": "Activités des organisations religieuses (liste INSEE)",
        "88.10G": "Activités d’action sociale à domicile",
        "94.99Y": "Activités des organisations associatives n.c.a."}


def test_a_users_insee_list_xlsx(tmp_path):
    from osgeo import ogr

    path = tmp_path / "naf2025.xlsx"
    ds = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    layer = ds.CreateLayer("Sous-classes")
    for name in ("Code", "Intitulé"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for code, label in (("94.91Y", "Activités des organisations religieuses"), ("01.48G", "Apiculture")):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("Code", code)
        feature.SetField("Intitulé", label)
        layer.CreateFeature(feature)
    ds = None
    assert labels.read_naf2025_list(path) == {"94.91Y": "Activités des organisations religieuses",
                                              "01.48G": "Apiculture"}


def test_a_wrong_list_is_refused(tmp_path):
    path = tmp_path / "naf_rev2.csv"
    path.write_text("code,libelle\n94.91Z,Activités des organisations religieuses\n", encoding="utf-8")
    with pytest.raises(InputError, match="holds no NAF 2025 sub-class"):
        labels.read_naf2025_list(path)
    with pytest.raises(InputError, match="does not exist"):
        labels.read_naf2025_list(tmp_path / "absent.xlsx")


# ------------------------------------------------------------------------------------ the three layouts

def read_member(path):
    with zipfile.ZipFile(path) as zf:
        (name,) = zf.namelist()
        return pd.read_csv(io.StringIO(zf.read(name).decode("utf-8")), dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def layouts(tmp_path_factory):
    communes = fake_communes(per_departement=12)
    out = tmp_path_factory.mktemp("layouts")
    return communes, {layout: generate_sirene(communes, out / layout, seed=5, national_rows=6000,
                                              point_sampler=box_sampler, layout=layout)
                      for layout in ("2025", "2026", "2027")}


def test_synthetic_layouts(layouts, tmp_path):
    communes, paths = layouts
    etabs = {layout: read_member(p["etablissements"]) for layout, p in paths.items()}
    units = {layout: read_member(p["unites_legales"]) for layout, p in paths.items()}
    for layout in ("2025", "2026", "2027"):
        assert list(etabs[layout].columns) == headers(layout)[0]
        assert list(units[layout].columns) == headers(layout)[1]
    assert NAF25 not in etabs["2025"] and NAF25 not in etabs["2027"]
    assert "activitePrincipaleNAF25UniteLegale" not in units["2027"]
    assert set(etabs["2025"]["nomenclatureActivitePrincipaleEtablissement"]) == {"NAFRev2"}
    assert set(etabs["2026"]["nomenclatureActivitePrincipaleEtablissement"]) == {"NAFRev2"}
    assert set(etabs["2027"]["nomenclatureActivitePrincipaleEtablissement"]) == {"NAF2025"}
    assert set(units["2027"]["nomenclatureActivitePrincipaleUniteLegale"]) == {"NAF2025"}
    # the same establishments in every layout; only the activity columns differ
    same = [c for c in headers("2025")[0] if not c.startswith(("activitePrincipale", "nomenclature"))]
    assert etabs["2025"][same].equals(etabs["2027"][same]) and etabs["2025"][same].equals(etabs["2026"][same])
    assert etabs["2026"]["activitePrincipaleEtablissement"].equals(etabs["2025"]["activitePrincipaleEtablissement"])
    assert etabs["2026"][NAF25].equals(etabs["2027"]["activitePrincipaleEtablissement"])
    assert etabs["2026"][NAF25].isin(set(labels.naf2025_table())).all()
    assert units["2026"]["activitePrincipaleNAF25UniteLegale"].equals(units["2027"]["activitePrincipaleUniteLegale"])
    # deterministic in each layout
    again = generate_sirene(communes, tmp_path / "again", seed=5, national_rows=6000, point_sampler=box_sampler,
                            layout="2027")
    for role in again:
        assert again[role].read_bytes() == paths["2027"][role].read_bytes(), role
    with pytest.raises(InputError, match="Unknown stock format 2024"):
        generate_sirene(communes, tmp_path / "bad", seed=5, national_rows=10, layout="2024")


def test_the_import_reads_every_layout_alike(layouts):
    communes, paths = layouts
    results = {layout: import_sirene(p["etablissements"], p["unites_legales"], set(communes["code_commune"]),
                                     engine="pandas") for layout, p in paths.items()}
    first = results["2025"].etablissements
    assert set(first["nomenclature_naf"]) == {"NAFRev2"}
    for layout in ("2026", "2027"):
        etabs = results[layout].etablissements
        assert set(etabs["nomenclature_naf"]) == {"NAF2025"}
        assert etabs["siret"].tolist() == first["siret"].tolist()
        assert etabs["famille"].tolist() == first["famille"].tolist()
        assert etabs["naf"].tolist() == first["naf"].map(NAF2025_OF).tolist()
        assert results[layout].ess_communes["nb_etab"].sum() == results["2025"].ess_communes["nb_etab"].sum()
    assert results["2026"].etablissements.equals(results["2027"].etablissements.assign(
        source=results["2026"].etablissements["source"]))
    for result in results.values():
        assert result.etablissements["naf_libelle"].str.len().gt(0).all()
        assert not result.etablissements["naf_libelle"].str.contains("label unknown").any()
    total = results["2026"].stats["etablissements_territoire"]
    assert results["2026"].stats["etablissements_naf2025"] == total
    assert results["2025"].stats["etablissements_nafrev2"] == total
    assert results["2027"].stats["etablissements_nafrev2"] == 0


def test_naf25_columns_empty_or_partly_filled(tmp_path):
    """A December 2025 stock where some rows lack their NAF 2025 code: each row is read on its own."""
    rows = [
        etab("20000000100011", "02691", "03", "94.99Z", siege="true", **{NAF25: "94.99Y"}),
        etab("20000000200010", "02691", "03", "88.99B", siege="true", **{NAF25: ""}),
        # a beach lifeguards' association: 93.29Z in NAF rév. 2, 84.25Y in NAF 2025, hence excluded
        etab("20000000300019", "02691", "01", "93.29Z", siege="true", **{NAF25: "84.25Y"}),
        etab("20000000400018", "02691", "01", "94.91Z", siege="true", **{NAF25: ""}),
    ]
    units = [unit(f"20000000{i}", "9220", f"ASSO {i}", "O") for i in range(1, 5)]
    etab_file = write_stock(tmp_path / "etab.csv", ETAB_HEADER, rows)
    ul_file = write_stock(tmp_path / "ul.csv", UL_HEADER, units)
    result = import_sirene(etab_file, ul_file, {"02691"}, engine="pandas")
    etabs = result.etablissements.set_index("siret")
    assert etabs.loc["20000000100011", ["naf", "nomenclature_naf", "naf_libelle"]].tolist() == [
        "94.99Y", "NAF2025", "Activités des organisations associatives n.c.a."]
    assert etabs.loc["20000000200010", ["naf", "nomenclature_naf", "naf_libelle"]].tolist() == [
        "88.99B", "NAFRev2", "Action sociale sans hébergement n.c.a."]
    assert set(etabs.index) == {"20000000100011", "20000000200010"}
    assert result.stats["exclus_par_activite"] == 2
    assert (result.stats["etablissements_naf2025"], result.stats["etablissements_nafrev2"]) == (2, 2)
    # the same stock without the NAF25 column at all (a file of before December 2025)
    header = [c for c in ETAB_HEADER if c != NAF25]
    for row in rows:
        row.pop(NAF25)
    etab_file = write_stock(tmp_path / "etab2025.csv", header, rows)
    result = import_sirene(etab_file, ul_file, {"02691"}, engine="pandas")
    assert set(result.etablissements["nomenclature_naf"]) == {"NAFRev2"}
    assert result.stats["exclus_par_activite"] == 1 and result.stats["etablissements_naf2025"] == 0
