"""ess_territoires:import_api against a fake API Recherche d'entreprises on 127.0.0.1:
completeness, rate limit, status P, merge with SIRENE, cancel and resume, offline, command line."""
import contextlib
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from ess_territoires.core.perimeter import load_perimeter
from ess_territoires.gis import gpkg
from ess_territoires.processing.runner import processing_run
from tests.fakes.fake_recherche_entreprises import FakeRechercheEntreprises

ROOT = Path(__file__).resolve().parents[2]
TERRITORY = "epci:240200634,240200600"


def cli(*commands, data_home=None):
    """Run the commands (argument tuples) at the same time; their CompletedProcess, in order."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    if data_home is not None:
        env["XDG_DATA_HOME"] = str(data_home)
    started = [(args, subprocess.Popen([sys.executable, "-m", "ess_territoires", *args], stdout=subprocess.PIPE,
                                       stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT))
               for args in commands]
    results = []
    for args, process in started:
        stdout, stderr = process.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(args, process.returncode, stdout, stderr))
    return results


def fast_retries_settings(folder: Path) -> Path:
    """A QGIS settings file (XDG_DATA_HOME of a command-line run) with fast retries."""
    ini = folder / "profiles" / "default" / "Unknown Organization.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[ess_territoires]\nmax_retries=1\nretry_backoff_s=0.05\n", encoding="utf-8")
    return folder


def free_port() -> int:
    with contextlib.closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def expected(fake, communes):
    """(diffusible SIRETs, all SIRETs) of the ESS establishments the perimeter keeps, computed
    from the fake's own data."""
    perimeter = load_perimeter()
    shown, everything = set(), set()
    for unit in fake.units:
        if not unit["complements"]["est_ess"] or unit["etat_administratif"] != "A":
            continue
        for etab in unit["_etabs"]:
            if etab["commune"] not in communes or etab["etat_administratif"] != "A":
                continue
            if perimeter.is_excluded(etab["activite_principale"]):
                continue
            everything.add(etab["siret"])
            if unit["statut_diffusion"] != "P" and etab["statut_diffusion_etablissement"] != "P":
                shown.add(etab["siret"])
    return shown, everything


def tables_without_cache(path):
    return {name: gpkg.read_frame(path, name) for name in gpkg.layer_names(path) if name != "cache_api"}


@pytest.fixture(scope="module")
def template(qgis_app, tmp_path_factory):
    from ess_territoires.gis.study import Study
    from ess_territoires.gis.territory import create_study

    path = tmp_path_factory.mktemp("modele") / "etude.gpkg"
    create_study(Study.open(path), TERRITORY)
    return path


@pytest.fixture(scope="module")
def communes(template):
    return gpkg.read_frame(template, "communes", ["code_commune", "code_epci"])


@pytest.fixture(scope="module")
def fake(communes):
    server = FakeRechercheEntreprises(rate_limit=7)
    by_epci = communes.groupby("code_epci")["code_commune"].apply(list).to_dict()
    server.add_territory(by_epci, units_per_commune=5, seed=11)
    # a mutual with many establishments, and units outside the territory or not ESS
    server.add_unit([communes["code_commune"].iloc[0]] * 120, epci_of=dict(zip(communes["code_commune"],
                                                                                 communes["code_epci"])),
                    nature="6411", section="K", nom="Mutuelle de Thiérache")
    with server:
        yield server


@pytest.fixture
def api(fake):
    """The fake, enforcing the API's 7 requests a second (429 beyond)."""
    fake.reset()
    fake.rate_limit = 7
    yield fake


@pytest.fixture
def fast_api(fake):
    """The fake without its own limit, for runs with a fast client (FAST)."""
    fake.reset()
    fake.rate_limit = None
    yield fake


@pytest.fixture
def study(template, tmp_path):
    path = tmp_path / "etude.gpkg"
    shutil.copyfile(template, path)
    return path


FAST = {"max_per_second": 1000, "backoff": 0.01}


def run(out, server_url, **extra):
    return processing_run("ess_territoires:import_api", {"OUTPUT": str(out), "API_URL": server_url, **extra})


def run_fast(out, server_url, offline=False):
    from ess_territoires.gis.api_import import import_api_into_study
    from ess_territoires.gis.study import Study

    return import_api_into_study(Study.open(out), api_url=server_url, offline=offline, client_options=FAST)


def test_a_territory_comes_back_complete_at_7_requests_per_second(api, tmp_path, communes):
    out = tmp_path / "nouvelle.gpkg"
    api.add_fault(status=429, retry_after=1)
    api.add_fault(status=500)
    result = run(out, api.url, TERRITOIRE=TERRITORY)
    shown, everything = expected(api, set(communes["code_commune"]))
    assert len(shown) > 300
    points = gpkg.read_frame(out, "etablissements_ess")
    assert set(points["siret"]) == shown
    assert points["siret"].is_unique
    assert set(points["source"]) == {"api_recherche_entreprises"}
    assert points["confirme_api"].astype(bool).all()
    assert set(points["precision_geoloc"]) <= {"adresse", "commune"}
    assert gpkg.read_frame(out, "ess_communes")["nb_etab"].sum() == len(everything)
    assert "emploi_communes" not in gpkg.layer_names(out)
    imports = gpkg.read_frame(out, "imports")
    assert list(imports["etape"]) == ["import_api"]
    assert "emploi_communes" in imports["remarque"].iloc[0]
    # the real limit: never more than 7 requests in any second, as the fake server measured them
    searches = api.requests_to("/search")
    assert len(searches) == result["REQUETES"] and len(searches) > 14
    assert api.max_in_window(1.0) <= 7
    assert all(r.headers.get("User-Agent", "").startswith("ESS-Territoires/") for r in searches)


def test_status_p_never_appears(fast_api, study, communes):
    api = fast_api
    run_fast(study, api.url)
    hidden = {e["siret"] for u in api.units for e in u["_etabs"]
              if u["statut_diffusion"] == "P" or e["statut_diffusion_etablissement"] == "P"}
    hidden_units = {u["siren"] for u in api.units if u["statut_diffusion"] == "P"}
    assert hidden and hidden_units
    for name, frame in tables_without_cache(study).items():
        for column in frame.columns:
            if frame[column].dtype == object:
                values = set(frame[column].dropna().astype(str))
                assert not values & (hidden | hidden_units), (name, column)
    # nor in the cached answers, keys and urls (the identifiers are searched inside the texts)
    cache = gpkg.read_frame(study, "cache_api")
    assert len(cache) > 0
    for column in ("request_key", "url", "params", "response"):
        text = "\n".join(cache[column].astype(str))
        assert not [identifier for identifier in hidden | hidden_units if identifier in text], column
    shown, everything = expected(api, set(communes["code_commune"]))
    assert len(everything) > len(shown)


def test_sirene_rows_are_kept_and_confirmed(fast_api, study):
    api = fast_api
    run_fast(study, api.url)
    points = gpkg.read_frame(study, "etablissements_ess")
    confirmed_siret = points["siret"].iloc[0]
    sirene = points.iloc[[0]].assign(nom="NOM SIRENE", source="sirene_stock:StockEtablissement_utf8.zip",
                                     confirme_api=False)
    only_sirene = sirene.assign(siret="10000000000017", nom="SEULEMENT DANS SIRENE")
    frame = pd.concat([sirene, only_sirene], ignore_index=True).drop(columns=["confirme_api", "partenaire"])
    from osgeo import ogr
    geometries = []
    for x in (700000.0, 700100.0):
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(x, 6900000.0)
        geometries.append(point)
    ess_communes = pd.DataFrame({"code_commune": ["02001"], "famille": ["association"], "secteur": ["sante"],
                                 "employeur": [True], "classe_taille": ["1_9"], "nb_etab": [99],
                                 "emplois_min": [1.0], "emplois_est": [1.5], "emplois_max": [2.0]})
    imports = gpkg.read_frame(study, "imports")
    imports = pd.concat([imports, pd.DataFrame([{"etape": "import_sirene"}])], ignore_index=True)
    gpkg.write_tables(study, {"etablissements_ess": gpkg.Table(frame, geometries, ogr.wkbPoint),
                              "ess_communes": gpkg.Table(ess_communes), "imports": gpkg.Table(imports)})

    run_fast(study, api.url)
    after = gpkg.read_frame(study, "etablissements_ess").set_index("siret")
    assert after.loc[confirmed_siret, "nom"] == "NOM SIRENE"
    assert after.loc[confirmed_siret, "source"].startswith("sirene_stock")
    assert bool(after.loc[confirmed_siret, "confirme_api"])
    assert not bool(after.loc["10000000000017", "confirme_api"])
    assert len(after) == len(points) + 1
    assert gpkg.read_frame(study, "ess_communes")["nb_etab"].tolist() == [99]
    assert "SIRENE" in gpkg.read_frame(study, "imports")["remarque"].iloc[-1]


def test_a_cancelled_run_leaves_the_study_intact_and_the_next_run_resumes(fast_api, study):
    api = fast_api
    before = tables_without_cache(study)

    class CancelHalfway(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.progressChanged.connect(lambda p: self.cancel() if p >= 50 else None)

    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing_run("ess_territoires:import_api", {"OUTPUT": str(study), "API_URL": api.url}, CancelHalfway())
    after = tables_without_cache(study)
    assert after.keys() == before.keys()
    for name in before:
        pd.testing.assert_frame_equal(after[name], before[name])
    assert sorted(p.name for p in study.parent.iterdir()) == ["etude.gpkg"]
    first_run = [(r.path, tuple(sorted(r.query.items()))) for r in api.requests]
    with contextlib.closing(sqlite3.connect(study)) as con:
        cached = con.execute("SELECT count(*) FROM cache_api").fetchone()[0]
    assert 0 < cached <= len(first_run)

    api.reset()
    result = run_fast(study, api.url)
    second_run = [(r.path, tuple(sorted(r.query.items()))) for r in api.requests]
    assert not set(first_run) & set(second_run)  # nothing fetched twice
    assert len(second_run) == result["requetes"] > 0
    assert set(gpkg.read_frame(study, "etablissements_ess")["siret"]) == expected(
        api, set(gpkg.read_frame(study, "communes")["code_commune"]))[0]


def test_offline_second_run_gives_the_same_result_without_any_request(fast_api, study):
    api = fast_api
    run_fast(study, api.url)
    first = {name: gpkg.read_frame(study, name) for name in ("etablissements_ess", "ess_communes")}
    api.reset()
    run(study, "http://127.0.0.1:9", OFFLINE=True)
    assert api.requests == []
    for name, frame in first.items():
        pd.testing.assert_frame_equal(gpkg.read_frame(study, name), frame)
    assert list(gpkg.read_frame(study, "imports")["etape"]) == ["etude", "import_api", "import_api"]


def test_offline_with_nothing_cached_fails_clearly_and_writes_nothing(api, study, tmp_path):
    before = study.read_bytes()
    with pytest.raises(QgsProcessingException, match="Offline mode"):
        run(study, api.url, OFFLINE=True)
    assert study.read_bytes() == before
    with pytest.raises(QgsProcessingException, match="Offline mode"):
        run(tmp_path / "neuve.gpkg", api.url, OFFLINE=True, TERRITOIRE=TERRITORY)
    assert not (tmp_path / "neuve.gpkg").exists()
    assert api.requests == []


def test_command_line_import_and_bad_input(api, tmp_path):
    out = tmp_path / "cli.gpkg"
    settings = fast_retries_settings(tmp_path / "qgis")
    cases = [
        (("import-api", "--out", str(tmp_path / "absente.gpkg"), "--api-url", api.url), "give a territory"),
        (("import-api", "--territoire", TERRITORY, "--out", str(tmp_path / "y.gpkg"),
          "--api-url", f"http://127.0.0.1:{free_port()}"), "Cannot reach"),
    ]
    good = ("import-api", "--territoire", TERRITORY, "--out", str(out), "--api-url", api.url)
    results = cli(good, *[args for args, _ in cases], data_home=settings)
    assert results[0].returncode == 0, results[0].stderr
    assert len(gpkg.read_frame(out, "etablissements_ess")) > 300
    for (args, message), result in zip(cases, results[1:]):
        assert result.returncode != 0, args
        assert "Traceback" not in result.stderr, result.stderr
        assert message in result.stderr, (args, result.stderr)
    for name in ("absente.gpkg", "y.gpkg"):
        assert not (tmp_path / name).exists()


def test_an_api_only_study_gets_its_indicators(fast_api, study):
    run_fast(study, fast_api.url)
    assert "emploi_communes" not in gpkg.layer_names(study)
    processing_run("ess_territoires:indicateurs", {"GPKG": str(study)})
    indicators = gpkg.read_frame(study, "indicateurs_communes")
    assert indicators["nb_etab_ess"].sum() == gpkg.read_frame(study, "ess_communes")["nb_etab"].sum() > 0
    assert (indicators["part_emploi_ess"] == 0).all()  # total employment unknown without SIRENE
    assert (indicators["etab_ess_pour_10000_hab"] > 0).any()


def test_a_study_outside_the_reference_fetches_its_contours_from_geo_api(tmp_path):
    from ess_territoires.gis.api_import import import_api_into_study
    from ess_territoires.gis.study import Study
    from tests.fakes.fake_geo_api import FakeGeoApi

    with FakeGeoApi() as geo, FakeRechercheEntreprises() as api_server:
        geo.add_departement("59", {"200093201": "CA du Cambrésis"}, communes_per_epci=3)
        api_server.add_unit(["59001", "59002"], epci_of={"59001": "200093201", "59002": "200093201"},
                            nom="Association du Nord")
        out = tmp_path / "nord.gpkg"
        import_api_into_study(Study.open(out), territory_id="communes:59001,59002", api_url=api_server.url,
                              geo_url=geo.url, client_options=FAST)
        assert len(gpkg.read_frame(out, "communes")) == 2
        points = gpkg.read_frame(out, "etablissements_ess")
        assert set(points["code_commune"]) == {"59001", "59002"}
        assert any(request.path.startswith("/departements/59") for request in geo.requests)
