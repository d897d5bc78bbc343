"""Every indicator of the demo study, recomputed from the raw SIRENE files without the plugin's code.

The rules are written again here from DESIGN.md (perimeter, jobs per band, sectors), the files
are read with plain pandas, distances are measured with QGIS geometry; the plugin's layers must
hold exactly the same values.
"""
import zipfile

import numpy as np
import pandas as pd
import pytest
from qgis.core import QgsGeometry, QgsVectorLayer

FAMILIES = {
    "cooperative": [*range(5191, 5197), 5203, 5307, 5309, 5432, 5443, 5451, *range(5453, 5456),
                    *range(5458, 5461), 5532, 5543, 5547, *range(5551, 5556), *range(5558, 5561), 5632, 5643,
                    5647, *range(5651, 5656), *range(5658, 5661), *range(6316, 6319), 6532, 6543, 6551, 6554,
                    6558, 6560, 6595, 6596],
    "mutuelle": [6411, 8210, 8250, 8290],
    "association": [9210, *range(9220, 9224), 9230, 9240, 9260],
    "fondation": [9300],
}
FAMILY_OF = {str(code): family for family, codes in FAMILIES.items() for code in codes}
EXCLUDED = ("84.", "94.11", "94.12", "94.20", "94.91", "94.92")  # classes, in NAF rév. 2 as in NAF 2025
NAF25 = "activitePrincipaleNAF25Etablissement"
JOBS = {"01": (1, 1.5, 2), "02": (3, 4, 5), "03": (6, 7.5, 9), "11": (10, 14.5, 19), "12": (20, 34.5, 49),
        "21": (50, 74.5, 99), "22": (100, 149.5, 199), "31": (200, 224.5, 249), "32": (250, 374.5, 499),
        "41": (500, 749.5, 999), "42": (1000, 1499.5, 1999), "51": (2000, 3499.5, 4999),
        "52": (5000, 7499.5, 9999), "53": (10000, 10000, 20000)}
SIZE = {"01": "1_9", "02": "1_9", "03": "1_9", "11": "10_49", "12": "10_49", "21": "50_249", "22": "50_249",
        "31": "50_249"}
SECTORS = {"action_sociale": [87, 88], "sante": [86], "enseignement": [85], "sport_loisirs": [93],
           "arts_spectacles": [90, 91], "finance_assurance": [64, 65, 66], "commerce": [45, 46, 47],
           "agriculture_agroalimentaire": [1, 2, 3, 10, 11],
           "industrie_construction": [*range(5, 10), *range(12, 34), *range(35, 40), 41, 42, 43]}
SECTOR_OF = {division: sector for sector, divisions in SECTORS.items() for division in divisions}


def read_zip(path, columns, optional=()):
    with zipfile.ZipFile(path) as archive, archive.open(archive.namelist()[0]) as raw:
        frame = pd.read_csv(raw, dtype=str, keep_default_na=False,
                            usecols=lambda name: name in columns or name in optional)
    return frame.reindex(columns=[*columns, *optional], fill_value="")


def layer_frame(path, name):
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert layer.isValid()
    return pd.DataFrame([f.attributes() for f in layer.getFeatures()], columns=layer.fields().names())


def establishments(stock, codes: set, closed_too=False, which="") -> pd.DataFrame:
    """Active (and with ``closed_too`` closed) establishments of the communes ``codes``, with their
    legal unit, classified; ``which`` "_anterieur" reads the earlier stock."""
    etab = read_zip(stock["etablissements" + which],
                    ["siret", "siren", "codeCommuneEtablissement", "etatAdministratifEtablissement",
                     "trancheEffectifsEtablissement", "activitePrincipaleEtablissement", "dateCreationEtablissement",
                     "dateDebut", "dateDernierTraitementEtablissement"], optional=[NAF25])
    if not closed_too:
        etab = etab[etab["etatAdministratifEtablissement"] == "A"]
    code = etab["codeCommuneEtablissement"]
    lost_zero = code.str.len() == 4
    etab = etab.assign(code_commune=code.where(~lost_zero, "0" + code))
    etab = etab[etab["code_commune"].isin(codes)].drop_duplicates("siret")
    units = read_zip(stock["unites_legales" + which], ["siren", "categorieJuridiqueUniteLegale",
                                               "economieSocialeSolidaireUniteLegale"]).drop_duplicates("siren")
    frame = etab.merge(units, on="siren", how="left").fillna("")
    band = frame["trancheEffectifsEtablissement"].str.strip()
    jobs = band.map(JOBS)
    frame["employeur"] = jobs.notna()
    for i, name in enumerate(("min", "est", "max")):
        frame[f"emplois_{name}"] = jobs.map(lambda t, i=i: t[i] if isinstance(t, tuple) else 0.0).astype(float)
    frame["taille"] = band.map(SIZE).where(~frame["employeur"] | band.isin(SIZE), "250_plus").fillna("")
    # the activity: the NAF 2025 code where the row has one, the NAF rév. 2 code otherwise
    naf = frame[NAF25].str.strip().where(frame[NAF25].str.strip() != "", frame["activitePrincipaleEtablissement"])
    famille = frame["categorieJuridiqueUniteLegale"].map(FAMILY_OF)
    flagged = frame["economieSocialeSolidaireUniteLegale"] == "O"
    famille = famille.where(famille.notna() | ~flagged, "entreprise_ess")
    excluded = naf.apply(lambda n: n.startswith(EXCLUDED))
    frame["famille"] = famille.where(~excluded)
    division = pd.to_numeric(naf.str[:2], errors="coerce")
    frame["secteur"] = division.map(SECTOR_OF).fillna("autres_services")
    return frame


@pytest.fixture(scope="module")
def expected(demo_study):
    path, stock = demo_study
    communes = layer_frame(path, "communes")
    reference = layer_frame(path, "communes_reference")
    frame = establishments(stock, set(reference["code_commune"]))
    return path, communes, reference, frame


def stocks(communes: pd.DataFrame, frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame[frame["code_commune"].isin(set(communes["code_commune"]))]
    ess = frame[frame["famille"].notna()]
    by = communes.set_index("code_commune")[["population", "surface_km2"]].astype(float)
    out = pd.DataFrame(index=by.index)
    out["population"], out["surface_km2"] = by["population"], by["surface_km2"]
    out["nb_etab_ess"] = ess.groupby("code_commune").size()
    for famille in ("association", "cooperative", "mutuelle", "fondation", "entreprise_ess"):
        out[f"nb_etab_{famille}"] = ess[ess["famille"] == famille].groupby("code_commune").size()
    employers = ess[ess["employeur"]]
    out["nb_etab_ess_employeurs"] = employers.groupby("code_commune").size()
    for name in ("min", "est", "max"):
        out[f"emplois_ess_{name}"] = ess.groupby("code_commune")[f"emplois_{name}"].sum()
    out["emplois_total_est"] = frame[frame["employeur"]].groupby("code_commune")["emplois_est"].sum()
    for size in ("1_9", "10_49", "50_249", "250_plus"):
        out[f"nb_etab_taille_{size}"] = employers[employers["taille"] == size].groupby("code_commune").size()
    for sector in [*SECTORS, "autres_services"]:
        out[f"nb_etab_secteur_{sector}"] = ess[ess["secteur"] == sector].groupby("code_commune").size()
    return out.fillna(0)


def with_ratios(sums: pd.DataFrame) -> pd.DataFrame:
    out = sums.copy()
    safe = lambda num, den, k=1.0: np.where(den > 0, k * num / den.where(den > 0, 1), 0.0)  # noqa: E731
    out["part_emploi_ess"] = safe(sums["emplois_ess_est"], sums["emplois_total_est"], 100.0)
    out["etab_ess_pour_10000_hab"] = safe(sums["nb_etab_ess"], sums["population"], 10000.0)
    out["etab_ess_par_km2"] = safe(sums["nb_etab_ess"], sums["surface_km2"])
    return out


def compare(actual: pd.DataFrame, wanted: pd.DataFrame, key: str):
    actual = actual.set_index(key).loc[wanted.index]
    for column in wanted.columns:
        got, want = actual[column].astype(float).to_numpy(), wanted[column].astype(float).to_numpy()
        assert np.allclose(got, want, rtol=1e-9, atol=1e-9), (column, got[got != want][:5], want[got != want][:5])


def test_commune_indicators_match_the_raw_files(expected):
    path, communes, _, frame = expected
    wanted = with_ratios(stocks(communes, frame))
    actual = layer_frame(path, "indicateurs_communes")
    assert len(actual) == 860
    compare(actual, wanted, "code_commune")
    # a commune with no ESS establishment has defined values: 0 where 0 is right
    empty = actual[actual["nb_etab_ess"] == 0]
    assert len(empty) > 0
    assert (empty[["part_emploi_ess", "etab_ess_pour_10000_hab", "etab_ess_par_km2"]] == 0).all().all()
    assert empty["distance_etab_ess_km"].notna().all() and (empty["distance_etab_ess_km"] > 0).all()


@pytest.mark.parametrize("level, key", [("epci", "code_epci"), ("pays", "code_pays")])
def test_epci_and_pays_are_ratios_of_sums(expected, level, key):
    path, communes, _, frame = expected
    per_commune = stocks(communes, frame)
    groups = communes.set_index("code_commune")[key]
    sums = per_commune.groupby(groups).sum()
    wanted = with_ratios(sums)
    actual = layer_frame(path, f"indicateurs_{level}")
    compare(actual, wanted, key)
    # commune values add up to the EPCI and Pays totals
    communes_layer = layer_frame(path, "indicateurs_communes").set_index("code_commune")
    totals = communes_layer.groupby(groups)[["nb_etab_ess", "emplois_ess_est", "nb_etab_ess_employeurs"]].sum()
    compare(actual, totals, key)


def test_reference_area_is_the_three_departements(expected):
    path, _, reference, frame = expected
    assert set(reference["code_commune"].str[:2]) == {"02", "60", "80"}
    sums = stocks(reference, frame).sum().to_frame().T
    wanted = with_ratios(sums)
    pays = layer_frame(path, "indicateurs_pays")
    for column in ("nb_etab_ess", "emplois_ess_est", "emplois_total_est", "part_emploi_ess",
                   "etab_ess_pour_10000_hab", "etab_ess_par_km2"):
        assert np.allclose(pays[f"{column}_ref"].astype(float), float(wanted[column].iloc[0]), rtol=1e-9), column


def test_distances_measured_with_qgis_geometry(expected):
    path, _, _, _ = expected
    points = QgsVectorLayer(f"{path}|layername=etablissements_ess", "p", "ogr")
    geometries = [f.geometry() for f in points.getFeatures()]
    multipoint = QgsGeometry.collectGeometry(geometries)
    indicators = layer_frame(path, "indicateurs_communes").set_index("code_commune")
    communes = QgsVectorLayer(f"{path}|layername=communes", "c", "ogr")
    checked = 0
    for feature in communes.getFeatures():
        code = feature["code_commune"]
        got = indicators.loc[code, "distance_etab_ess_km"]
        if indicators.loc[code, "nb_etab_ess"] > 0:
            assert got == 0
        else:
            assert got == pytest.approx(feature.geometry().distance(multipoint) / 1000, abs=1e-9), code
            checked += 1
    assert checked > 10
