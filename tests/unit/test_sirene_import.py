"""import_sirene on a small hand-made stock whose every count can be checked by hand (conftest.py)."""
import math

import pandas as pd
import pytest
from conftest import TERRITORY, engines

from ess_territoires.core.errors import InputError
from ess_territoires.core.sirene import (
    ESS_COMMUNES_KEYS,
    ETABLISSEMENT_FIELDS,
    REJET_FIELDS,
    SireneImport,
    import_sirene,
)

NON_DIFFUSIBLE = {"10000000100037", "10000000800010"}


@pytest.fixture(params=engines())
def result(request, small_stock) -> SireneImport:
    return import_sirene(small_stock["etablissements"], small_stock["unites_legales"], TERRITORY,
                         geolocalisation=small_stock["geolocalisation"], engine=request.param)


def test_listed_establishments_are_the_diffusible_ess_ones(result):
    etabs = result.etablissements
    assert list(etabs.columns) == ETABLISSEMENT_FIELDS
    assert list(etabs["siret"]) == ["10000000100011", "10000000100029", "10000000100060", "10000000200016",
                                    "10000000300015", "10000000400014", "10000000500013"]
    assert etabs["famille"].value_counts().to_dict() == {
        "association": 3, "cooperative": 1, "mutuelle": 1, "fondation": 1, "entreprise_ess": 1}
    by_siret = etabs.set_index("siret")
    assert by_siret.loc["10000000500013", "motif"] == "indicateur_sirene"
    assert by_siret.loc["10000000500013", "code_commune"] == "02691"  # leading zero restored
    assert set(etabs["motif"]) == {"categorie_juridique", "indicateur_sirene"}


def test_field_values(result):
    row = result.etablissements.set_index("siret").loc["10000000100011"]
    assert row["nom"] == "LES AMIS DE L'ÉCOLE" and row["nom_tri"] == "les amis de l'ecole"
    assert row["categorie_juridique"] == "9220" and row["categorie_juridique_libelle"] == "Association déclarée"
    assert row["naf"] == "88.99B" and row["naf_libelle"] == "Action sociale sans hébergement n.c.a."
    assert row["secteur"] == "action_sociale"
    assert row["tranche_effectifs"] == "03" and row["tranche_effectifs_libelle"] == "6 à 9 salariés"
    assert (row["emplois_min"], row["emplois_est"], row["emplois_max"]) == (6, 7.5, 9)
    assert row["siege"] and row["employeur"] and row["classe_taille"] == "1_9"
    assert row["date_creation"] == "2010-05-01"
    assert (row["x"], row["y"], row["precision_geoloc"]) == (700000.0, 6900000.0, "adresse")
    assert row["source"] == "sirene_stock:StockEtablissement_utf8.zip"
    club = result.etablissements.set_index("siret").loc["10000000100029"]
    assert club["nom"] == "CLUB DE FOOT" and club["nom_unite_legale"] == "LES AMIS DE L'ÉCOLE"
    assert not club["employeur"] and club["classe_taille"] == "" and club["emplois_est"] == 0


def test_geolocation_precision(result):
    etabs = result.etablissements.set_index("siret")
    assert etabs.loc["10000000100029", ["x", "y", "precision_geoloc"]].tolist() == [701000.5, 6901000.5, "adresse"]
    # qualite_xy 33 is a random point in the commune: kept, but the precision says so
    assert etabs.loc["10000000200016", "precision_geoloc"] == "commune"
    # no coordinates at all, and coordinates outside France: the QGIS side places the point in the commune
    for siret in ("10000000300015", "10000000100060"):
        assert math.isnan(etabs.loc[siret, "x"]) and math.isnan(etabs.loc[siret, "y"])
        assert etabs.loc[siret, "precision_geoloc"] == "commune"


def test_ess_communes_counts_status_p(result):
    ess = result.ess_communes
    assert list(ess.columns) == ESS_COMMUNES_KEYS + ["nb_etab", "emplois_min", "emplois_est", "emplois_max"]
    assert ess["nb_etab"].sum() == 9  # 7 listed + 2 non-diffusible
    assert ess.groupby("famille")["nb_etab"].sum().to_dict() == {
        "association": 5, "cooperative": 1, "entreprise_ess": 1, "fondation": 1, "mutuelle": 1}
    per_commune = ess.groupby("code_commune")[["nb_etab", "emplois_est"]].sum()
    assert per_commune.loc["02691"].tolist() == [3, 11.5]  # 7.5 + 0 + 4
    assert per_commune.loc["80021"].tolist() == [3, 49.0]  # P 14.5 + coop 34.5 + P unit 0
    assert per_commune.loc["60057"].tolist() == [3, 76.0]  # 1.5 + 74.5 + 0
    row = ess[(ess["code_commune"] == "80021") & (ess["famille"] == "association") & ess["employeur"]]
    assert row[["secteur", "classe_taille", "nb_etab", "emplois_min", "emplois_max"]].values.tolist() == [
        ["action_sociale", "10_49", 1, 10.0, 19.0]]


def test_emploi_communes_counts_every_employer(result):
    emploi = result.emploi_communes.set_index("code_commune")
    assert list(result.emploi_communes.columns) == ["code_commune", "nb_etab_employeurs", "emplois_min",
                                                    "emplois_est", "emplois_max"]
    assert emploi["nb_etab_employeurs"].to_dict() == {"02691": 3, "60057": 4, "80021": 4}
    assert emploi["emplois_est"].to_dict() == {"02691": 13.0, "60057": 92.0, "80021": 202.5}
    assert emploi.loc["80021", "emplois_min"] == 10 + 20 + 3 + 100


def test_status_p_establishments_appear_nowhere_one_by_one(result):
    for table in (result.etablissements, result.rejets):
        assert not set(table["siret"]) & NON_DIFFUSIBLE
    assert "[ND]" not in set(result.etablissements["nom"])
    assert result.stats["etablissements_ess_non_diffusibles"] == 2
    # the duplicated non-diffusible row is in rejets, without its SIRET
    dup_p = result.rejets[(result.rejets["code_commune"] == "80021") & (result.rejets["siret"] == "")]
    assert len(dup_p) == 1 and "Duplicated SIRET" in dup_p.iloc[0]["motif_rejet"]


def test_rejets_give_reasons(result):
    rejets = result.rejets
    assert list(rejets.columns) == REJET_FIELDS
    reasons = {(r.siret, r.action): r.motif_rejet for r in rejets.itertuples()}
    assert len(rejets) == 5
    assert "leading zero" in reasons[("10000000500013", "corrige")]
    assert "Duplicated SIRET" in reasons[("10000000200016", "ecarte")]
    assert "outside France" in reasons[("10000000100060", "corrige")]
    # the legal unit is missing, so its diffusion status is unknown: the SIRET is not written
    missing = rejets[rejets["motif_rejet"].str.contains("Legal unit not found")]
    assert missing[["siret", "code_commune", "action"]].values.tolist() == [["", "60057", "ecarte"]]
    assert set(rejets["fichier"]) == {"StockEtablissement_utf8.zip", "StockUniteLegale_utf8.zip"}


def test_stats(result, small_stock):
    stats = result.stats
    assert stats["etablissements_lus"] == 19 and stats["unites_legales_lues"] == 10
    assert stats["etablissements_ess"] == 9 and stats["etablissements_ess_diffusibles"] == 7
    assert stats["exclus_par_activite"] == 1  # the union of employees declared as an association, NAF 94.20Z
    assert stats["etablissements_fermes_ignores"] == 1
    assert stats["perimetre_version"] == "ess-defaut-2026.1"
    assert stats["inputs"]["etablissements"]["size_bytes"] == small_stock["etablissements"].stat().st_size
    assert stats["inputs"]["etablissements"]["member"] == "StockEtablissement_utf8.csv"
    assert stats["duration_seconds"] >= 0 and stats["engine"] in ("pandas", "pyarrow")


def test_include_closed_keeps_closed_establishments(small_stock):
    result = import_sirene(small_stock["etablissements"], small_stock["unites_legales"], TERRITORY,
                           include_closed=True, engine="pandas")
    assert "10000000100045" in set(result.etablissements["siret"])
    assert result.stats["etablissements_fermes_ignores"] == 0


def test_edited_perimeter_is_used(small_stock, tmp_path):
    edited = tmp_path / "perimetre.csv"
    edited.write_text("regle;valeur;valeur_fin;famille;commentaire\nversion;essai-1;;;\n"
                      "categorie_juridique;9220;;association;seules les associations déclarées\n", encoding="utf-8")
    result = import_sirene(small_stock["etablissements"], small_stock["unites_legales"], TERRITORY,
                           perimeter=edited, engine="pandas")
    assert set(result.etablissements["famille"]) == {"association"}
    assert result.stats["perimetre_version"] == "essai-1"
    # without the exclusion rows, the association with NAF 94.20Z is ESS too
    assert "10000000700011" in set(result.etablissements["siret"])


def test_engines_give_identical_tables(small_stock):
    if len([e for e in engines() if e == "pyarrow"]) == 0:
        pytest.skip("pyarrow is not installed")
    a, b = (import_sirene(small_stock["etablissements"], small_stock["unites_legales"], TERRITORY,
                          geolocalisation=small_stock["geolocalisation"], engine=e) for e in ("pandas", "pyarrow"))
    for name in ("etablissements", "ess_communes", "emploi_communes", "rejets"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name))


def test_geolocalisation_replaces_stock_coordinates_outside_france(tmp_path):
    from conftest import etab, unit, write_stock

    from ess_territoires.core.synthetic import ETAB_HEADER, GEO_HEADER, UL_HEADER
    etabs = write_stock(tmp_path / "e.csv", ETAB_HEADER, [
        etab("10000000100011", "02691", coordonneeLambertAbscisseEtablissement="-5",
             coordonneeLambertOrdonneeEtablissement="12"),
        etab("10000000100029", "02691"),
        etab("10000000100037", "02691")])
    units = write_stock(tmp_path / "u.csv", UL_HEADER, [unit("100000001", "9220", "A")])
    geo = write_stock(tmp_path / "g.csv", GEO_HEADER, [
        {"siret": "10000000100011", "x": "700000", "y": "6900000", "qualite_xy": "11", "epsg": "2154"},
        {"siret": "10000000100029", "x": "1", "y": "2", "qualite_xy": "11", "epsg": "2154"},
        {"siret": "10000000100037", "x": "-61.5", "y": "16.2", "qualite_xy": "11", "epsg": "4326"}], sep=";")
    result = import_sirene(etabs, units, TERRITORY, geolocalisation=geo, engine="pandas")
    etabs = result.etablissements.set_index("siret")
    assert etabs.loc["10000000100011", ["x", "y", "precision_geoloc"]].tolist() == [700000.0, 6900000.0, "adresse"]
    assert etabs.loc["10000000100029", "precision_geoloc"] == "commune"
    assert math.isnan(etabs.loc["10000000100029", "x"])
    assert etabs.loc["10000000100037", "precision_geoloc"] == "commune"  # not Lambert-93: ignored
    assert result.rejets["siret"].tolist() == ["10000000100029"]


def test_territory_without_any_establishment(small_stock):
    result = import_sirene(small_stock["etablissements"], small_stock["unites_legales"], {"59350"},
                           engine="pandas")
    assert result.etablissements.empty and list(result.etablissements.columns) == ETABLISSEMENT_FIELDS
    assert result.ess_communes.empty
    assert result.emploi_communes.values.tolist() == [["59350", 0, 0.0, 0.0, 0.0]]


def test_band_without_its_leading_zero_is_repaired_and_unknown_band_noted(tmp_path):
    from conftest import etab, unit, write_stock

    from ess_territoires.core.synthetic import ETAB_HEADER, UL_HEADER
    etabs = write_stock(tmp_path / "e.csv", ETAB_HEADER, [
        etab("10000000100011", "02691", "3"), etab("10000000100029", "02691", "77")])
    units = write_stock(tmp_path / "u.csv", UL_HEADER, [unit("100000001", "9220", "A")])
    result = import_sirene(etabs, units, TERRITORY, engine="pandas")
    etabs = result.etablissements.set_index("siret")
    assert etabs.loc["10000000100011", ["tranche_effectifs", "emplois_est"]].tolist() == ["03", 7.5]
    assert etabs.loc["10000000100029", ["tranche_effectifs", "emplois_est", "employeur"]].tolist() == ["", 0, False]
    assert result.rejets[["siret", "action"]].values.tolist() == [["10000000100029", "corrige"]]


def test_dynamics_from_closed_establishments_and_their_history(tmp_path):
    """Closed establishments are read whatever --inclure-fermes says; a closure date comes from the
    history file when given (the period that closed it), else from the stock's dateDebut."""
    from datetime import date

    from conftest import etab, unit, write_stock

    from ess_territoires.core.synthetic import ETAB_HEADER, HISTORY_HEADER, UL_HEADER

    rows = [
        etab("20000000100016", "02691", "01", "88.99B", dateCreationEtablissement="2022-03-01", dateDebut="2022-03-01",
             dateDernierTraitementEtablissement="2026-10-31T10:00:00"),
        # closed in 2023; a later change in 2025 moved the stock's dateDebut
        etab("20000000100024", "02691", "02", "88.99B", state="F", dateCreationEtablissement="2001-01-01",
             dateDebut="2025-02-01"),
        etab("20000000200015", "02691", "01", "47.11B", dateCreationEtablissement="2024-06-01"),  # not ESS
    ]
    history = [
        {"siret": "20000000100024", "dateFin": "", "dateDebut": "2025-02-01", "etatAdministratifEtablissement": "F",
         "changementEtatAdministratifEtablissement": "false", "changementCaractereEmployeurEtablissement": "true"},
        {"siret": "20000000100024", "dateFin": "2025-01-31", "dateDebut": "2023-05-10",
         "etatAdministratifEtablissement": "F", "changementEtatAdministratifEtablissement": "true"},
        {"siret": "20000000100024", "dateFin": "2023-05-09", "dateDebut": "2001-01-01",
         "etatAdministratifEtablissement": "A", "changementEtatAdministratifEtablissement": "false"},
    ]
    files = {"etablissements": write_stock(tmp_path / "e.csv", ETAB_HEADER, rows),
             "unites_legales": write_stock(tmp_path / "u.csv", UL_HEADER, [unit("200000001", "9220", "ASSO", "O"),
                                                                            unit("200000002", "5499", "SHOP")]),
             "historique": write_stock(tmp_path / "h.csv", HISTORY_HEADER, history)}

    def closures(result):
        dates = result.ess_dates_communes
        return dict(zip(dates["date_creation"], dates["date_fermeture"]))

    plain = import_sirene(files["etablissements"], files["unites_legales"], {"02691"})
    assert plain.stock_date == date(2026, 10, 31) and plain.stats["date_stock_origine"] == \
        "dateDernierTraitementEtablissement"
    assert closures(plain) == {"2022-03-01": "", "2001-01-01": "2025-02-01"}
    assert len(plain.etablissements) == 1  # the closed one stays out of the snapshot
    exact = import_sirene(files["etablissements"], files["unites_legales"], {"02691"},
                          historique=files["historique"])
    assert closures(exact) == {"2022-03-01": "", "2001-01-01": "2023-05-10"}
    assert exact.stats["fermetures_datees_historique"] == 1
    dyn = exact.dynamique_communes.set_index("annee")
    assert list(dyn.index) == list(range(2016, 2026))
    assert (dyn.loc[2022, "creations_ess"], dyn.loc[2023, "fermetures_ess"], dyn.loc[2024, "creations_toutes"]) == \
        (1, 1, 1)
    assert dyn["fermetures_ess"].sum() == 1 and dyn["creations_toutes"].sum() == 2
    forced = import_sirene(files["etablissements"], files["unites_legales"], {"02691"}, stock_date=date(2024, 1, 1))
    assert list(forced.dynamique_communes["annee"]) == list(range(2014, 2024))
    with pytest.raises(InputError, match="StockEtablissement"):  # the stock given as its history
        import_sirene(files["etablissements"], files["unites_legales"], {"02691"},
                      historique=files["etablissements"])
