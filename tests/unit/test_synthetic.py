"""The synthetic SIRENE stock: INSEE's exact format, deterministic, realistic shares."""
import csv
import io
import zipfile

import pandas as pd
import pytest
from conftest import box_sampler, fake_communes
from test_perimeter import EXPECTED

from ess_territoires.core.identifiers import luhn_valid
from ess_territoires.core.sirene import import_sirene
from ess_territoires.core.synthetic import (
    ETAB_HEADER,
    GEO_HEADER,
    HISTORY_HEADER,
    UL_HEADER,
    generate_sirene,
    lambert93_to_wgs84,
)

EMPLOYER_BANDS = {"01", "02", "03", "11", "12", "21", "22", "31", "32", "41", "42", "51", "52", "53"}
ESTIMATE = {"01": 1.5, "02": 4, "03": 7.5, "11": 14.5, "12": 34.5, "21": 74.5, "22": 149.5, "31": 224.5,
            "32": 374.5, "41": 749.5, "42": 1499.5, "51": 3499.5, "52": 7499.5, "53": 10000}


def read_member(path, sep=","):
    with zipfile.ZipFile(path) as zf:
        (name,) = zf.namelist()
        text = zf.read(name).decode("utf-8")
    return name, text, pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def three_departements(tmp_path_factory):
    communes = fake_communes(per_departement=150)
    out = tmp_path_factory.mktemp("synthetic")
    paths = generate_sirene(communes, out, seed=1, departements=["02", "60", "80"], point_sampler=box_sampler)
    return communes, paths


def test_same_seed_same_bytes(tmp_path):
    communes = fake_communes(per_departement=10)
    a = generate_sirene(communes, tmp_path / "a", seed=7, national_rows=3000, point_sampler=box_sampler)
    b = generate_sirene(communes, tmp_path / "b", seed=7, national_rows=3000, point_sampler=box_sampler)
    c = generate_sirene(communes, tmp_path / "c", seed=8, national_rows=3000, point_sampler=box_sampler)
    for role in a:
        assert a[role].read_bytes() == b[role].read_bytes(), role
        assert a[role].read_bytes() != c[role].read_bytes(), role
    _, _, etabs = read_member(a["etablissements"])
    assert len(etabs) == 3000


def test_insee_format(three_departements):
    communes, paths = three_departements
    assert {p.name for p in paths.values()} == {
        "StockEtablissement_utf8.zip", "StockUniteLegale_utf8.zip",
        "GeolocalisationEtablissement_Sirene_pour_etudes_statistiques_utf8.zip",
        "StockEtablissementHistorique_utf8.zip"}
    name, text, etabs = read_member(paths["etablissements"])
    assert name == "StockEtablissement_utf8.csv" and list(etabs.columns) == ETAB_HEADER
    assert all(len(row) == 54 for row in csv.reader(io.StringIO(text)))
    name, _, units = read_member(paths["unites_legales"])
    assert name == "StockUniteLegale_utf8.csv" and list(units.columns) == UL_HEADER
    name, text, geo = read_member(paths["geolocalisation"], sep=";")
    assert text.startswith(";".join(GEO_HEADER) + "\n") and list(geo.columns) == GEO_HEADER
    # codes: strings with their zeros, valid keys, files sorted by SIREN
    assert etabs["siret"].str.fullmatch(r"\d{14}").all() and units["siren"].str.fullmatch(r"\d{9}").all()
    assert (etabs["siret"].str[:9] == etabs["siren"]).all()
    assert all(luhn_valid(s) for s in units["siren"].head(500))
    assert all(luhn_valid(s) for s in etabs["siret"].head(500))
    assert etabs["siren"].is_monotonic_increasing and units["siren"].is_unique
    assert set(etabs["siren"]) == set(units["siren"])
    french = etabs[etabs["codePaysEtrangerEtablissement"] == ""]
    assert french["codeCommuneEtablissement"].isin(set(communes["code_commune"])).all()
    assert etabs["codeCommuneEtablissement"].str.startswith("02").any()
    assert set(etabs["etablissementSiege"]) == {"true", "false"}
    assert etabs["dateCreationEtablissement"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()
    assert set(etabs["trancheEffectifsEtablissement"]) <= EMPLOYER_BANDS | {"NN", "00", ""}


def test_realistic_mix(three_departements):
    communes, paths = three_departements
    _, _, etabs = read_member(paths["etablissements"])
    _, _, units = read_member(paths["unites_legales"])
    _, _, geo = read_member(paths["geolocalisation"], sep=";")
    per_inhabitant = len(etabs) / communes["population"].sum()
    assert 1 / 10 < per_inhabitant < 1 / 8
    active = etabs[etabs["etatAdministratifEtablissement"] == "A"]
    assert 0.5 < len(active) / len(etabs) < 0.8
    assert active["trancheEffectifsEtablissement"].isin(EMPLOYER_BANDS).mean() < 0.3  # mostly non-employers
    categories = units["categorieJuridiqueUniteLegale"].value_counts(normalize=True)
    assert categories.index[0] == "1000" and categories["1000"] > 0.35
    assert {"5710", "5499", "9220", "6540", "7210"} <= set(categories.index)
    assert categories[list(set(categories.index) & EXPECTED["cooperative"])].sum() > 0.001
    assert {"8210", "9300"} <= set(categories.index)
    public = units[units["categorieJuridiqueUniteLegale"].str.startswith("7")]
    assert public["activitePrincipaleUniteLegale"].str.startswith("84").mean() > 0.5
    assert (etabs["statutDiffusionEtablissement"] == "P").sum() > 100
    assert (units["statutDiffusionUniteLegale"] == "P").sum() > 100
    private = etabs[etabs["statutDiffusionEtablissement"] == "P"]
    assert set(private["libelleVoieEtablissement"]) == {"[ND]"}
    foreign = etabs[etabs["codePaysEtrangerEtablissement"] != ""]
    assert len(foreign) > 10 and (foreign["codeCommuneEtablissement"] == "").all()
    ess_codes = set().union(*EXPECTED.values())
    commercial_ess = units[(units["economieSocialeSolidaireUniteLegale"] == "O")
                           & ~units["categorieJuridiqueUniteLegale"].isin(ess_codes)]
    assert 0 < len(commercial_ess) < 0.01 * len(units)
    assert units.loc[units["categorieJuridiqueUniteLegale"] == "9220", "activitePrincipaleUniteLegale"].isin(
        ["94.20Z", "94.11Z", "84.11Z"]).any()
    # coordinates from the sampler, in the stock or in the Geolocalisation file, never for status P
    located = etabs[etabs["coordonneeLambertAbscisseEtablissement"].str.match(r"^\d")]
    assert len(located) > 0.5 * len(etabs)
    assert not set(geo["siret"]) & set(private["siret"])
    assert geo["epsg"].eq("2154").all()
    lat = geo["y_latitude"].astype(float)
    assert lat.between(41, 52).all()


def test_lambert93_to_wgs84():
    lon, lat = lambert93_to_wgs84([700000.0, 648237.0], [6600000.0, 6862271.0])  # origin; Amiens area
    assert abs(lon[0] - 3) < 1e-9 and abs(lat[0] - 46.5) < 1e-9
    assert abs(lon[1] - 2.30) < 0.02 and abs(lat[1] - 48.86) < 0.02


def plain_pandas_shares(paths):
    """ESS shares computed directly from the files, independently of core.sirene."""
    _, _, etabs = read_member(paths["etablissements"])
    _, _, units = read_member(paths["unites_legales"])
    etabs = etabs[(etabs["etatAdministratifEtablissement"] == "A") & (etabs["codeCommuneEtablissement"] != "")]
    frame = etabs.merge(units, on="siren")
    in_family = frame["categorieJuridiqueUniteLegale"].isin(set().union(*EXPECTED.values()))
    naf = frame["activitePrincipaleEtablissement"]
    excluded = naf.str.startswith("84") | naf.isin(["94.11Z", "94.12Z", "94.20Z", "94.91Z", "94.92Z"])
    ess = (in_family | frame["economieSocialeSolidaireUniteLegale"].eq("O")) & ~excluded
    employer = frame["trancheEffectifsEtablissement"].isin(EMPLOYER_BANDS)
    jobs = frame["trancheEffectifsEtablissement"].map(ESTIMATE).fillna(0)
    return (int(ess.sum()), int((ess & employer).sum()), int(employer.sum()),
            float(jobs[ess].sum()), float(jobs.sum()))


def test_ess_shares_with_the_pipeline_and_plain_pandas(three_departements):
    communes, paths = three_departements
    result = import_sirene(paths["etablissements"], paths["unites_legales"], set(communes["code_commune"]),
                           geolocalisation=paths["geolocalisation"], engine="pandas")
    ess, emploi = result.ess_communes, result.emploi_communes
    employers = ess[ess["employeur"]]
    pipeline = (int(ess["nb_etab"].sum()), int(employers["nb_etab"].sum()), int(emploi["nb_etab_employeurs"].sum()),
                float(employers["emplois_est"].sum()), float(emploi["emplois_est"].sum()))
    assert pipeline == plain_pandas_shares(paths)
    employer_share = pipeline[1] / pipeline[2]
    jobs_share = pipeline[3] / pipeline[4]
    assert 0.08 <= employer_share <= 0.10, employer_share
    assert 0.095 <= jobs_share <= 0.12, jobs_share
    assert set(result.etablissements["famille"]) == {"association", "cooperative", "mutuelle", "fondation",
                                                     "entreprise_ess"}
    assert (result.etablissements["precision_geoloc"] == "adresse").mean() > 0.9


def test_cancel_leaves_no_files(tmp_path):
    from ess_territoires.core.errors import Cancelled
    from ess_territoires.core.progress import Feedback

    class CancelAfterFirstBlock(Feedback):
        def setProgress(self, percent):
            self.cancel()

    with pytest.raises(Cancelled):
        generate_sirene(fake_communes(per_departement=5), tmp_path, seed=1, national_rows=50_000,
                        feedback=CancelAfterFirstBlock())
    assert list(tmp_path.iterdir()) == []


def test_bad_requests_are_refused(tmp_path):
    from ess_territoires.core.errors import InputError
    with pytest.raises(InputError, match="No commune"):
        generate_sirene(fake_communes(), tmp_path, departements=["59"])
    with pytest.raises(InputError, match="lacks the column population"):
        generate_sirene(fake_communes().drop(columns="population"), tmp_path, departements=["02"])


def test_history_and_earlier_stock_agree_with_the_stock(tmp_path):
    """Every establishment's periods in the history file, the latest first; a closed one's closure is
    the start of the period that closed it, which the stock's dateDebut gives unless a later change
    moved it; the earlier stock holds the establishments created by its date, as they were then."""
    from datetime import date

    paths = generate_sirene(fake_communes(), tmp_path, seed=5, departements=["80"], point_sampler=box_sampler,
                            earlier_date=date(2021, 10, 31))
    _, _, etabs = read_member(paths["etablissements"])
    _, _, history = read_member(paths["historique"])
    assert list(history.columns) == HISTORY_HEADER
    assert history.groupby("siret").size().to_dict() == \
        etabs.set_index("siret")["nombrePeriodesEtablissement"].astype(int).to_dict()
    current = history[history["dateFin"] == ""].set_index("siret")
    stock = etabs.set_index("siret")
    assert (current.loc[stock.index, "dateDebut"] == stock["dateDebut"]).all()
    assert (current.loc[stock.index, "etatAdministratifEtablissement"] == stock["etatAdministratifEtablissement"]).all()
    closing = history[history["changementEtatAdministratifEtablissement"].eq("true")].set_index("siret")
    closed = stock[stock["etatAdministratifEtablissement"] == "F"]
    moved = closing.loc[closed.index, "dateDebut"] != closed["dateDebut"]
    assert 0.05 < moved.mean() < 0.3  # a later period moved the stock's dateDebut for some
    assert (closing.loc[closed.index, "dateDebut"] > closed["dateCreationEtablissement"]).all()
    assert stock["dateDernierTraitementEtablissement"].str[:10].max() == "2026-10-31"

    _, _, earlier = read_member(paths["etablissements_anterieur"])
    assert (earlier["dateCreationEtablissement"] <= "2021-10-31").all()
    assert set(earlier["siret"]) == set(stock.index[stock["dateCreationEtablissement"] <= "2021-10-31"])
    then = earlier.set_index("siret")
    closed_since = closing.index[closing["dateDebut"] > "2021-10-31"].intersection(then.index)
    assert len(closed_since) > 0 and (then.loc[closed_since, "etatAdministratifEtablissement"] == "A").all()
    changed = (then["trancheEffectifsEtablissement"] != stock.loc[then.index, "trancheEffectifsEtablissement"]).mean()
    assert 0.02 < changed < 0.3
    _, _, units_then = read_member(paths["unites_legales_anterieur"])
    assert set(earlier["siren"]) <= set(units_then["siren"])
