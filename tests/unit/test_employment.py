"""Size bands -> estimated jobs, employer flag and size class (resources/tranches_effectifs.csv)."""
import pandas as pd
import pytest

from ess_territoires.core import employment

# DESIGN.md, written out independently of the CSV
JOBS = {"NN": (0, 0, 0), "00": (0, 0, 0), "": (0, 0, 0), "01": (1, 1.5, 2), "02": (3, 4, 5), "03": (6, 7.5, 9),
        "11": (10, 14.5, 19), "12": (20, 34.5, 49), "21": (50, 74.5, 99), "22": (100, 149.5, 199),
        "31": (200, 224.5, 249), "32": (250, 374.5, 499), "41": (500, 749.5, 999), "42": (1000, 1499.5, 1999),
        "51": (2000, 3499.5, 4999), "52": (5000, 7499.5, 9999), "53": (10000, 10000, 20000)}
CLASSES = {"01": "1_9", "02": "1_9", "03": "1_9", "11": "10_49", "12": "10_49", "21": "50_249", "22": "50_249",
           "31": "50_249", "32": "250_plus", "41": "250_plus", "42": "250_plus", "51": "250_plus",
           "52": "250_plus", "53": "250_plus"}


def test_every_band():
    codes = pd.Series(list(JOBS))
    out = employment.band_columns(codes)
    for code, row in zip(codes, out.itertuples()):
        assert (row.emplois_min, row.emplois_est, row.emplois_max) == JOBS[code], code
        assert row.employeur == (code in CLASSES), code
        assert row.classe_taille == CLASSES.get(code, ""), code
        assert row.tranche_effectifs_libelle, code
    assert employment.employer_bands() == sorted(CLASSES)
    assert employment.SIZE_CLASSES == ("1_9", "10_49", "50_249", "250_plus")


def test_band_that_lost_its_leading_zero_is_restored():
    assert employment.normalize_band(pd.Series(["1", "3", "NN", "12", " 02", "7", "99"])).tolist() == [
        "01", "03", "NN", "12", "02", "7", "99"]
    assert employment.known_band(pd.Series(["01", "7", ""])).tolist() == [True, False, True]


@pytest.mark.parametrize("code", ["7", "99", "ZZ"])
def test_unknown_band_counts_as_missing(code):
    row = employment.band_columns(pd.Series([code])).iloc[0]
    assert (row["emplois_est"], row["employeur"], row["classe_taille"]) == (0, False, "")


def test_estimate_label_says_it_is_an_estimate():
    assert employment.ESTIMATE_LABEL == "emplois salariés estimés (tranches SIRENE)"
