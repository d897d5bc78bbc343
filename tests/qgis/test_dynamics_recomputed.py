"""The dynamics of the demo study (creations, closures, ages, change between two stocks), recomputed
from the raw SIRENE files (current stock, its history file, the earlier stock) with rules written again
here from DESIGN.md: the plugin's layers must hold the same values."""
import numpy as np
import pandas as pd
import pytest
from test_indicators_recomputed import compare, establishments, layer_frame, read_zip

EARLIER = pd.Timestamp("2021-10-31")  # demo.DEMO_EARLIER_STOCK


@pytest.fixture(scope="module")
def raw(demo_study):
    path, stock = demo_study
    communes = layer_frame(path, "communes")
    reference = layer_frame(path, "communes_reference")
    codes = set(reference["code_commune"])
    frame = establishments(stock, codes, closed_too=True)
    stock_date = pd.Timestamp(frame["dateDernierTraitementEtablissement"].str[:10].max())
    history = read_zip(stock["historique"], ["siret", "dateDebut", "etatAdministratifEtablissement",
                                             "changementEtatAdministratifEtablissement"])
    closing = history[(history["etatAdministratifEtablissement"] == "F")
                      & (history["changementEtatAdministratifEtablissement"] == "true")]
    closed = frame["etatAdministratifEtablissement"] != "A"
    frame["fermeture"] = pd.to_datetime(frame["siret"].map(closing.groupby("siret")["dateDebut"].max())).where(closed)
    frame["creation"] = pd.to_datetime(frame["dateCreationEtablissement"], errors="coerce")
    frame["ess"] = frame["famille"].notna()
    earlier = establishments(stock, codes, which="_anterieur")
    return path, communes, reference, frame, earlier, stock_date


def commune_sums(communes, frame, earlier, stock_date) -> pd.DataFrame:
    codes = set(communes["code_commune"])
    frame = frame[frame["code_commune"].isin(codes)]
    ess = frame[frame["ess"]]
    years = range(stock_date.year - 5, stock_date.year)
    out = pd.DataFrame(index=pd.Index(communes["code_commune"]))
    out["population"] = communes.set_index("code_commune")["population"].astype(float)
    out["creations_ess_5ans"] = ess[ess["creation"].dt.year.isin(years)].groupby("code_commune").size()
    out["fermetures_ess_5ans"] = ess[ess["fermeture"].dt.year.isin(years)].groupby("code_commune").size()
    out["creations_toutes_5ans"] = frame[frame["creation"].dt.year.isin(years)].groupby("code_commune").size()
    active = ess[ess["fermeture"].isna() & (ess["etatAdministratifEtablissement"] == "A")]
    age = (stock_date - active["creation"]).dt.days / 365.25
    out["age_connu"] = age.notna().groupby(active["code_commune"]).sum()
    out["moins_5ans"] = (age < 5).groupby(active["code_commune"]).sum()
    was = earlier[earlier["famille"].notna() & earlier["code_commune"].isin(codes)]
    out["evolution_etab_ess"] = active.groupby("code_commune").size().reindex(out.index, fill_value=0) - \
        was.groupby("code_commune").size().reindex(out.index, fill_value=0)
    for name in ("min", "est", "max"):
        out[f"evolution_emplois_ess_{name}"] = \
            active.groupby("code_commune")[f"emplois_{name}"].sum().reindex(out.index, fill_value=0) - \
            was.groupby("code_commune")[f"emplois_{name}"].sum().reindex(out.index, fill_value=0)
    out["evolution_emplois_creations_est"] = active[active["creation"] > EARLIER] \
        .groupby("code_commune")["emplois_est"].sum()
    gone = ess[(ess["fermeture"] > EARLIER) & (ess["creation"] <= EARLIER)]
    out["evolution_emplois_fermetures_est"] = -gone.groupby("code_commune")["emplois_est"].sum()
    out = out.fillna(0)
    out["solde_ess_5ans"] = out["creations_ess_5ans"] - out["fermetures_ess_5ans"]
    out["evolution_emplois_tranches_est"] = (out["evolution_emplois_ess_est"] - out["evolution_emplois_creations_est"]
                                             - out["evolution_emplois_fermetures_est"])
    return out


def with_rates(sums):
    out = sums.copy()
    safe = lambda num, den, k: np.where(den > 0, k * num / den.where(den > 0, 1), 0.0)  # noqa: E731
    out["creations_ess_pour_10000_hab"] = safe(sums["creations_ess_5ans"], sums["population"], 10000.0)
    out["part_ess_creations_5ans"] = safe(sums["creations_ess_5ans"], sums["creations_toutes_5ans"], 100.0)
    out["part_ess_moins_5ans"] = safe(sums["moins_5ans"], sums["age_connu"], 100.0)
    return out.drop(columns=["population", "age_connu", "moins_5ans"])


def median_ages(frame, stock_date, groups: pd.Series) -> pd.Series:
    active = frame[frame["ess"] & (frame["etatAdministratifEtablissement"] == "A") & frame["creation"].notna()]
    active = active[active["code_commune"].isin(groups.index)]
    age = (stock_date - active["creation"]).dt.days / 365.25
    return age.groupby(active["code_commune"].map(groups)).median()


def test_the_stock_has_a_calibrated_dynamic(raw):
    _, communes, _, frame, earlier, stock_date = raw
    assert stock_date == pd.Timestamp("2026-10-31")
    ess = frame[frame["ess"] & frame["code_commune"].isin(set(communes["code_commune"]))]
    active = ess[ess["etatAdministratifEtablissement"] == "A"]
    created_per_year = (ess["creation"].dt.year == 2025).sum() / len(active)
    closed_per_year = (ess["fermeture"].dt.year == 2025).sum() / len(active)
    assert 0.02 < created_per_year < 0.08, created_per_year  # a few percent a year
    assert 0.01 < closed_per_year < created_per_year, closed_per_year
    assert len(earlier) > 0 and frame["fermeture"].notna().sum() > 1000


def test_commune_dynamics_match_the_raw_files(raw):
    path, communes, _, frame, earlier, stock_date = raw
    wanted = with_rates(commune_sums(communes, frame, earlier, stock_date))
    actual = layer_frame(path, "indicateurs_communes")
    compare(actual, wanted, "code_commune")
    commune_of = pd.Series(communes["code_commune"].to_numpy(), index=communes["code_commune"])
    ages = median_ages(frame, stock_date, commune_of)
    got = actual.set_index("code_commune")["age_median_ess"]
    assert np.allclose(got.loc[ages.index], ages, rtol=1e-9)
    assert (got.drop(ages.index) == 0).all()
    assert actual["evolution_emplois_fermetures_est"].lt(0).any()
    assert actual["evolution_emplois_creations_est"].gt(0).any()


@pytest.mark.parametrize("level, key", [("epci", "code_epci"), ("pays", "code_pays")])
def test_epci_and_pays_dynamics_are_computed_from_their_sums(raw, level, key):
    path, communes, _, frame, earlier, stock_date = raw
    groups = communes.set_index("code_commune")[key]
    groups = groups[groups != ""]
    sums = commune_sums(communes, frame, earlier, stock_date).groupby(groups).sum()
    actual = layer_frame(path, f"indicateurs_{level}")
    compare(actual, with_rates(sums), key)
    ages = median_ages(frame, stock_date, groups)
    assert np.allclose(actual.set_index(key)["age_median_ess"].loc[ages.index], ages, rtol=1e-9)


def test_rates_of_the_reference_area(raw):
    path, _, reference, frame, earlier, stock_date = raw
    sums = commune_sums(reference, frame, earlier, stock_date).sum().to_frame().T
    wanted = with_rates(sums).iloc[0]
    pays = layer_frame(path, "indicateurs_pays")
    for column in ("creations_ess_pour_10000_hab", "part_ess_creations_5ans", "part_ess_moins_5ans"):
        assert np.allclose(pays[f"{column}_ref"].astype(float), wanted[column], rtol=1e-9), column
    age = median_ages(frame, stock_date, pd.Series("ref", index=reference["code_commune"]))
    assert np.allclose(pays["age_median_ess_ref"].astype(float), age.iloc[0], rtol=1e-9)


def test_per_year_counts_over_ten_years(raw):
    path, communes, _, frame, _, stock_date = raw
    dynamique = layer_frame(path, "dynamique_communes")
    assert sorted(dynamique["annee"].unique()) == list(range(2016, 2026))
    assert len(dynamique) == 10 * len(communes)
    ess = frame[frame["ess"] & frame["code_commune"].isin(set(communes["code_commune"]))]
    by_year = dynamique.groupby("annee")[["creations_ess", "fermetures_ess"]].sum()
    assert by_year.loc[2019, "creations_ess"] == (ess["creation"].dt.year == 2019).sum()
    assert by_year.loc[2019, "fermetures_ess"] == (ess["fermeture"].dt.year == 2019).sum()
