"""import_api with the finances (finances_unites) against a fake API on 127.0.0.1, on real
GeoPackage studies: answers reused from the territory search, direct searches by SIREN, offline
mode, cancel, command line; the economic weight indicators recomputed here from the fake's data."""
import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback
from test_import_api import tables_without_cache

from ess_territoires.gis import gpkg
from ess_territoires.processing.runner import processing_run
from tests.fakes.fake_recherche_entreprises import FakeRechercheEntreprises

ROOT = Path(__file__).resolve().parents[2]
TERRITORY = "epci:240200634,240200600"
FAST = {"max_per_second": 1000, "backoff": 0.01}
KINDS = {"ACI": "aci", "AI": "ai", "EI": "ei", "ETTI": "etti", "EITI": "eiti"}


def table(path, name) -> pd.DataFrame:
    """A table read with plain SQLite (not the plugin's reader)."""
    with contextlib.closing(sqlite3.connect(path)) as con:
        return pd.read_sql(f'SELECT * FROM "{name}"', con).drop(columns=["fid", "geom"], errors="ignore")


@pytest.fixture(scope="module")
def template(qgis_app, tmp_path_factory):
    from ess_territoires.gis.study import Study
    from ess_territoires.gis.territory import create_study

    path = tmp_path_factory.mktemp("modele_finances") / "etude.gpkg"
    create_study(Study.open(path), TERRITORY)
    return path


@pytest.fixture(scope="module")
def fake(template):
    communes = gpkg.read_frame(template, "communes", ["code_commune", "code_epci"])
    epci_of = dict(zip(communes["code_commune"], communes["code_epci"]))
    first, second = sorted(epci_of)[:2]
    server = FakeRechercheEntreprises()
    server.add_territory(communes.groupby("code_epci")["code_commune"].apply(list).to_dict(),
                         units_per_commune=3, seed=21)
    # head office outside the study (Paris), an establishment in the study: its turnover counts nowhere
    server.outside = server.add_unit(["75056", first], epci_of={**epci_of, "75056": "200054781"}, nature="8210",
                                     section="K", nom="Mutuelle nationale",
                                     finances={"2023": {"ca": 900_000_000, "resultat_net": 1}},
                                     est_siae=True, type_siae="AI")
    # head office in the study, an establishment outside it: its whole turnover counts at its head office
    server.spread = server.add_unit([second, "59350"], epci_of={**epci_of, "59350": "200093201"}, nature="5458",
                                    section="G", nom="Coopérative régionale",
                                    finances={"2022": {"ca": 2_000_000, "resultat_net": 3}})
    # not ESS for the API: only a SIRENE row brings it into the study
    server.sirene_only = server.add_unit([second], epci_of=epci_of, nature="9220", section="Q", est_ess=False,
                                         nom="Association vue par SIRENE",
                                         finances={"2021": {"ca": 40_000, "resultat_net": 0}},
                                         est_siae=True, type_siae="ACI, EI")
    with server:
        yield server


@pytest.fixture
def api(fake):
    fake.reset()
    fake.rate_limit = 7
    yield fake


@pytest.fixture
def study(template, tmp_path):
    path = tmp_path / "etude.gpkg"
    shutil.copyfile(template, path)
    return path


def run(out, url, **extra):
    return processing_run("ess_territoires:import_api", {"OUTPUT": str(out), "API_URL": url, **extra})


def run_fast(out, url, offline=False, feedback=None):
    from ess_territoires.gis.api_import import import_api_into_study
    from ess_territoires.gis.study import Study

    return import_api_into_study(Study.open(out), api_url=url, offline=offline, finances=True, client_options=FAST,
                                 feedback=feedback)


def unit_of(fake, siren):
    return next(u for u in fake.units if u["siren"] == siren)


def expected_finances(fake, sirens) -> pd.DataFrame:
    rows = []
    for siren in sorted(sirens):
        unit = unit_of(fake, siren)
        base = {"siren": siren, "est_siae": int(bool(unit["complements"]["est_siae"])),
                "type_siae": unit["complements"]["type_siae"]}
        years = unit.get("finances") or {}
        rows += [{**base, "annee": int(y), "ca": v["ca"], "resultat_net": v["resultat_net"]}
                 for y, v in sorted(years.items())] or [{**base, "annee": None, "ca": None, "resultat_net": None}]
    return pd.DataFrame(rows)


def assert_finances_match(path, fake):
    points = table(path, "etablissements_ess")
    finances = table(path, "finances_unites")
    assert list(finances.columns) == ["siren", "annee", "ca", "resultat_net", "est_siae", "type_siae",
                                      "date_reponse"]
    columns = ["siren", "annee", "ca", "resultat_net", "est_siae", "type_siae"]
    expected = expected_finances(fake, set(points["siren"]))[columns]
    got = finances[columns].reset_index(drop=True)
    assert got["siren"].tolist() == expected["siren"].tolist()
    for column in ("annee", "ca", "resultat_net", "est_siae"):
        assert pd.to_numeric(got[column]).fillna(-1).tolist() == \
            pd.to_numeric(expected[column]).fillna(-1).tolist(), column
    assert got["type_siae"].fillna("").tolist() == expected["type_siae"].fillna("").tolist()
    assert finances["date_reponse"].str.match(r"\d{4}-\d\d-\d\dT").all()
    return finances


def recomputed(path, fake) -> dict:
    """The economic weight per commune, EPCI and Pays, from etablissements_ess and the fake's units
    (those with an answer in finances_unites: the others count as publishing nothing, no SIAE)."""
    answered = set(table(path, "finances_unites")["siren"])
    points = table(path, "etablissements_ess")
    points["siege"] = points["siege"].astype(int).astype(bool)
    communes = table(path, "communes")[["code_commune", "code_epci", "code_pays"]]
    head = points[points["siege"]].drop_duplicates("siren").set_index("siren")["code_commune"]
    per_unit = []
    for siren, commune in head.items():
        finances = unit_of(fake, siren).get("finances") if siren in answered else None
        years = {int(y): v["ca"] for y, v in (finances or {}).items() if v["ca"] is not None}
        per_unit.append({"code_commune": commune, "nb_unites_ess_siege": 1, "nb_unites_ca_publie": int(bool(years)),
                         "ca_publie_ess": float(years[max(years)]) if years else 0.0})
    units = pd.DataFrame(per_unit, columns=["code_commune", "nb_unites_ess_siege", "nb_unites_ca_publie",
                                            "ca_publie_ess"])
    siae = []
    for siren, commune in zip(points["siren"], points["code_commune"]):
        complements = unit_of(fake, siren)["complements"]
        if complements["est_siae"] and siren in answered:
            kinds = {KINDS.get(k.strip(), "autre") for k in (complements["type_siae"] or "").split(",")}
            siae.append({"code_commune": commune, "nb_etab_siae": 1,
                         **{f"nb_etab_siae_{k}": int(k in kinds) for k in [*KINDS.values(), "autre"]}})
    siae = pd.DataFrame(siae)
    by_commune = communes.set_index("code_commune")[[]].join(units.groupby("code_commune").sum()) \
        .join(siae.groupby("code_commune").sum()).fillna(0)
    out = {}
    for level, key in (("communes", "code_commune"), ("epci", "code_epci"), ("pays", "code_pays")):
        sums = by_commune.join(communes.set_index("code_commune")[["code_epci", "code_pays"]]) \
            .reset_index().groupby(key)[list(by_commune.columns)].sum()
        sums["part_unites_ca_publie"] = (100 * sums["nb_unites_ca_publie"] / sums["nb_unites_ess_siege"]) \
            .where(sums["nb_unites_ess_siege"] > 0, 0.0)
        out[level] = sums
    return out


def assert_indicators_match(path, fake):
    processing_run("ess_territoires:indicateurs", {"GPKG": str(path)})
    expected = recomputed(path, fake)
    for level, key in (("communes", "code_commune"), ("epci", "code_epci"), ("pays", "code_pays")):
        got = table(path, f"indicateurs_{level}").set_index(key)
        want = expected[level].reindex(got.index).fillna(0)
        for column in want.columns:
            pd.testing.assert_series_equal(got[column].astype(float), want[column].astype(float),
                                           check_names=False, obj=f"{level}.{column}")
    return expected


@pytest.fixture(scope="module")
def imported(template, fake, tmp_path_factory):
    """The study after import_api with the finances, at the API's 7 requests a second."""
    fake.reset()
    fake.rate_limit = 7
    path = tmp_path_factory.mktemp("finances") / "etude.gpkg"
    shutil.copyfile(template, path)
    result = run(path, fake.url, FINANCES=True)
    return path, result, list(fake.requests)


def test_finances_come_from_the_territory_answers_and_the_indicators_add_up(imported, fake):
    path, result, requests = imported
    assert not [r for r in requests if "q" in r.query]  # every unit was in the territory search's answers
    assert fake.max_in_window(1.0) <= 7
    points = table(path, "etablissements_ess")
    finances = assert_finances_match(path, fake)
    assert finances["ca"].notna().any() and finances["annee"].isna().any() and finances["est_siae"].any()
    hidden = {u["siren"] for u in fake.units if u["statut_diffusion"] == "P"}
    assert hidden and not hidden & set(finances["siren"])  # status P: in no individual table
    assert fake.outside["siren"] in set(points["siren"])
    counts = table(path, "imports").iloc[-1]
    assert '"finances_unites_siege_hors_etude": 1' in counts["comptes"]
    assert '"finances_unites_siege_ici_sites_ailleurs": 1' in counts["comptes"]

    expected = assert_indicators_match(path, fake)
    communes = table(path, "indicateurs_communes").set_index("code_commune")
    first, second = sorted(communes.index)[:2]
    # the national mutual is a unit of the study, but its head office is in Paris: its turnover is nowhere
    assert finances.loc[finances["siren"] == fake.outside["siren"], "ca"].tolist() == [900_000_000]
    assert not (communes["ca_publie_ess"] >= 900_000_000).any()
    assert communes.loc[first, "nb_etab_siae_ai"] >= 1  # its establishment is a SIAE where it is
    assert communes.loc[second, "ca_publie_ess"] >= 2_000_000
    assert expected["pays"]["ca_publie_ess"].sum() == pytest.approx(communes["ca_publie_ess"].sum())
    assert 0 < table(path, "indicateurs_pays")["part_unites_ca_publie"].iloc[0] < 100


def test_offline_gives_the_same_finances_without_any_request(imported, api, tmp_path):
    path = tmp_path / "copie.gpkg"
    shutil.copyfile(imported[0], path)
    before = table(path, "finances_unites")
    run(path, "http://127.0.0.1:9", OFFLINE=True, FINANCES=True)
    assert api.requests == []
    pd.testing.assert_frame_equal(table(path, "finances_unites"), before)


def add_sirene_row(path, unit):
    """A SIRENE row for ``unit`` (head office) in etablissements_ess, as a SIRENE import leaves it."""
    from osgeo import ogr

    points = gpkg.read_frame(path, "etablissements_ess")
    etab = unit["_etabs"][0]
    row = points.iloc[[0]].assign(siret=etab["siret"], siren=unit["siren"], code_commune=etab["commune"],
                                  nom="ASSOCIATION SIRENE", siege=True, source="sirene_stock:test.zip",
                                  confirme_api=False)
    frame = pd.concat([points, row], ignore_index=True)
    geometries = []
    for _ in range(len(frame)):
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(740000.0, 6980000.0)
        geometries.append(point)
    gpkg.write_tables(path, {"etablissements_ess": gpkg.Table(frame, geometries, ogr.wkbPoint)})


def test_a_unit_only_sirene_knows_is_asked_by_siren_and_offline_says_what_is_missing(imported, api, tmp_path):
    path = tmp_path / "sirene.gpkg"
    shutil.copyfile(imported[0], path)
    unit = api.sirene_only
    add_sirene_row(path, unit)

    class Messages(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushInfo(self, info):
            self.lines.append(info)

    feedback = Messages()
    result = run_fast(path, "http://127.0.0.1:9", offline=True, feedback=feedback)
    assert api.requests == []
    assert result["finances_unites_non_en_cache"] == 1
    assert any("Offline mode: no cached answer for 1 of the" in line and unit["siren"] in line
               for line in feedback.lines), feedback.lines
    rejets = table(path, "rejets")
    missing = rejets[rejets["action"] == "non_en_cache"]
    assert len(missing) == 1 and unit["siren"] in missing["motif_rejet"].iloc[0]
    assert unit["siren"] not in set(table(path, "finances_unites")["siren"])
    assert_indicators_match(path, api)  # counted as a unit without published accounts

    result = run_fast(path, api.url)
    assert [r.query.get("q") for r in api.requests if "q" in r.query] == [unit["siren"]]
    assert result["finances_unites_non_en_cache"] == 0
    assert (table(path, "rejets")["action"] != "non_en_cache").all()
    assert_finances_match(path, api)
    expected = assert_indicators_match(path, api)
    commune = unit["_etabs"][0]["commune"]
    assert expected["communes"].loc[commune, "nb_etab_siae_aci"] >= 1


def test_a_cancelled_finances_run_writes_nothing(imported, api, tmp_path):
    path = tmp_path / "annule.gpkg"
    shutil.copyfile(imported[0], path)
    add_sirene_row(path, api.sirene_only)  # one unit to ask: the run is cancelled there
    before = tables_without_cache(path)

    class CancelAtFinances(QgsProcessingFeedback):
        def pushInfo(self, info):
            if info.startswith("Finances and SIAE status"):
                self.cancel()

    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing_run("ess_territoires:import_api", {"OUTPUT": str(path), "API_URL": api.url, "FINANCES": True},
                       CancelAtFinances())
    after = tables_without_cache(path)
    assert after.keys() == before.keys()
    for name in before:
        pd.testing.assert_frame_equal(after[name], before[name])


def cli(*commands):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    started = [subprocess.Popen([sys.executable, "-m", "ess_territoires", *args], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT) for args in commands]
    results = []
    for process in started:
        stdout, stderr = process.communicate(timeout=180)
        results.append(subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr))
    return results


def test_command_line_finances_and_offline_without_cache(api, tmp_path):
    good = ("import-api", "--territoire", TERRITORY, "--out", str(tmp_path / "cli.gpkg"), "--api-url", api.url,
            "--finances")
    offline = ("import-api", "--territoire", TERRITORY, "--out", str(tmp_path / "vide.gpkg"), "--api-url", api.url,
               "--finances", "--offline")
    done, refused = cli(good, offline)
    assert done.returncode == 0, done.stderr
    assert "Finances of" in done.stdout and "publish a turnover" in done.stdout
    assert_finances_match(tmp_path / "cli.gpkg", api)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert "Offline mode" in refused.stderr and not (tmp_path / "vide.gpkg").exists()
