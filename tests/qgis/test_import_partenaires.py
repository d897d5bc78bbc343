"""ess_territoires:import_partenaires: partner lists (CSV latin-1, XLSX) matched to a study, looked up on a
fake API Recherche d'entreprises, rejected with reasons; status P never shows; offline; command line."""
import contextlib
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException

from ess_territoires.gis import gpkg
from ess_territoires.processing.runner import processing_run
from tests.fakes.fake_recherche_entreprises import (
    FakeRechercheEntreprises,
    make_siren,
    make_siret,
)

ROOT = Path(__file__).resolve().parents[2]
TERRITORY = "epci:240200600"
FAST = {"max_per_second": 1000, "backoff": 0.01}
HEADER = ["N° SIRET", "Structure", "Réseau", "Commentaire"]


@pytest.fixture(scope="module")
def world(qgis_app, tmp_path_factory):
    """A fake API with the territory's ESS units and a few others, and a study filled from it."""
    from ess_territoires.gis.api_import import import_api_into_study
    from ess_territoires.gis.study import Study
    from ess_territoires.gis.territory import create_study

    folder = tmp_path_factory.mktemp("partenaires")
    study = folder / "etude.gpkg"
    create_study(Study.open(study), TERRITORY)
    communes = gpkg.read_frame(study, "communes", ["code_commune", "code_epci"])
    codes = list(communes["code_commune"])
    epci_of = dict(zip(codes, communes["code_epci"]))
    fake = FakeRechercheEntreprises()
    fake.add_territory({"240200600": codes}, units_per_commune=2, seed=5, non_ess_per_commune=0)
    units = {
        "sarl": fake.add_unit([codes[1]], epci_of=epci_of, nature="5499", section="G", activite="47.11F",
                              est_ess=False, nom="Épicerie du coin"),
        "syndicat": fake.add_unit([codes[2]], epci_of=epci_of, nature="9220", section="S", activite="94.91Z",
                                  nom="Association cultuelle"),
        "sas": fake.add_unit([codes[3], codes[4]], epci_of=epci_of, nature="5710", section="M",
                             activite="70.22Z", est_ess=False, nom="Conseil SAS"),
        "ailleurs": fake.add_unit(["75056"], epci_of={"75056": "200054781"}, nature="9220", nom="Parisienne"),
        "cachee": fake.add_unit([codes[5]], epci_of=epci_of, nature="5499", section="G", activite="47.11F",
                                est_ess=False, statut_diffusion="P"),
    }
    with fake:
        import_api_into_study(Study.open(study), api_url=fake.url, client_options=FAST)
        points = gpkg.read_frame(study, "etablissements_ess")
        in_study = points.sort_values("siret").iloc[0]
        head_office = points[points["siege"].astype(bool) & (points["siren"] != in_study["siren"])].iloc[0]
        rows = [
            HEADER,
            [f"{in_study['siret'][:3]} {in_study['siret'][3:6]} {in_study['siret'][6:9]} {in_study['siret'][9:]}",
             "Déjà là", "Réseau Cocagne", "adhérente; depuis 2019"],
            [head_office["siren"], "Par SIREN", "URIOPSS", "siège"],
            [units["sarl"]["_etabs"][0]["siret"], "Épicerie du coin", "ESS France", "entreprise à chercher"],
            [units["syndicat"]["_etabs"][0]["siret"], "Association cultuelle", "", "activité exclue"],
            [units["sas"]["siren"], "Conseil SAS", "ESUS", "agrément ESUS"],
            [make_siret(make_siren(77777777), 1), "Inconnue", "", ""],
            [units["ailleurs"]["_etabs"][0]["siret"], "Parisienne", "", "hors territoire"],
            [units["cachee"]["_etabs"][0]["siret"], "Cachée", "Réseau secret", "non diffusible"],
            ["12345678901234", "Mauvaise clé", "", ""],
        ]
        yield {"fake": fake, "study": study, "rows": rows, "units": units, "in_study": in_study["siret"],
               "head_office": head_office["siret"], "folder": folder}


@pytest.fixture
def world_reset(world):
    world["fake"].reset()
    return world


def write_csv_latin1(path, rows):
    quoted = [[f'"{cell}"' if ";" in cell else cell for cell in row] for row in rows]
    text = "\r\n".join(";".join(row) for row in quoted) + "\r\n"
    path.write_bytes(text.encode("latin-1"))
    return path


def write_xlsx(path, rows):
    driver = ogr.GetDriverByName("XLSX")
    ds = driver.CreateDataSource(str(path))
    layer = ds.CreateLayer("Adherents", geom_type=ogr.wkbNone)
    for name in rows[0]:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for row in rows[1:]:
        feature = ogr.Feature(layer.GetLayerDefn())
        for index, value in enumerate(row):
            feature.SetField(index, value)
        layer.CreateFeature(feature)
    ds = None
    return path


def copy_study(world, tmp_path):
    path = tmp_path / "etude.gpkg"
    shutil.copyfile(world["study"], path)
    return path


def run(study, liste, url, **extra):
    return processing_run("ess_territoires:import_partenaires",
                          {"FICHIER": str(liste), "OUTPUT": str(study), "API_URL": url, **extra})


def hidden_identifiers(world):
    unit = world["units"]["cachee"]
    return {unit["siren"], unit["_etabs"][0]["siret"]}


def check_result(world, study, fichier):
    units = world["units"]
    points = gpkg.read_frame(study, "etablissements_ess").set_index("siret")
    sarl, syndicat = units["sarl"]["_etabs"][0]["siret"], units["syndicat"]["_etabs"][0]["siret"]
    sas = units["sas"]["_etabs"][0]["siret"]  # the head office of the SIREN
    for siret in (world["in_study"], world["head_office"], sarl, syndicat, sas):
        assert bool(points.loc[siret, "partenaire"]), siret
    assert points["partenaire"].astype(bool).sum() == 5
    assert points.loc[sarl, "motif"] == "liste_partenaire" and points.loc[sarl, "famille"] == "entreprise_ess"
    assert points.loc[syndicat, "motif"] == "liste_partenaire" and points.loc[syndicat, "famille"] == "association"
    assert points.loc[sas, "source"] == f"liste_partenaire:{fichier}"
    assert points.loc[world["in_study"], "source"] == "api_recherche_entreprises"

    table = gpkg.read_frame(study, "partenaires")
    assert list(table["ligne"]) == [2, 3, 4, 5, 6, 9]
    assert list(table["statut"]) == ["dans_l_etude", "dans_l_etude", "ajoute", "ajoute", "ajoute", "non_diffusible"]
    assert table.loc[0, "Réseau"] == "Réseau Cocagne" and table.loc[0, "Commentaire"] == "adhérente; depuis 2019"
    assert table.loc[5, "Réseau"] == "" and table.loc[5, "siret"] == "" and table.loc[5, "Structure"] == ""

    rejets = gpkg.read_frame(study, "rejets")
    rejets = rejets[rejets["etape"] == "import_partenaires"]
    assert len(rejets) == 3
    reasons = " | ".join(rejets["motif_rejet"])
    assert "Line 7: Not found in SIRENE" in reasons
    assert "Line 8: " in reasons and "outside the study's territory" in reasons
    assert "Line 10: " in reasons and "check digit" in reasons

    hidden = hidden_identifiers(world)
    for name in gpkg.layer_names(study):
        frame = gpkg.read_frame(study, name)
        if name == "cache_api":  # answers are texts: search the identifiers inside them
            text = "\n".join(frame[["request_key", "url", "params", "response"]].astype(str).agg("\n".join, axis=1))
            assert not [identifier for identifier in hidden if identifier in text]
            continue
        for column in frame.columns:
            if frame[column].dtype == object:
                assert not set(frame[column].dropna().astype(str)) & hidden, (name, column)
                assert "Réseau secret" not in set(frame[column].dropna().astype(str)), (name, column)


def test_a_latin1_csv_list_is_matched_looked_up_and_rejected_with_reasons(world_reset, tmp_path):
    world = world_reset
    study = copy_study(world, tmp_path)
    before = gpkg.read_frame(study, "ess_communes")["nb_etab"].sum()
    liste = write_csv_latin1(tmp_path / "adherents.csv", world["rows"])
    result = run(study, liste, world["fake"].url)
    assert (result["DANS_L_ETUDE"], result["AJOUTES"], result["REJETS"]) == (2, 3, 3)
    check_result(world, study, "adherents.csv")
    assert gpkg.read_frame(study, "ess_communes")["nb_etab"].sum() == before + 3
    imports = gpkg.read_frame(study, "imports")
    assert list(imports["etape"])[-1] == "import_partenaires"

    # the same list again, offline: same tables, no request at all
    world["fake"].reset()
    frames = {n: gpkg.read_frame(study, n) for n in ("etablissements_ess", "partenaires", "ess_communes")}
    run(study, liste, "http://127.0.0.1:9", OFFLINE=True)
    assert world["fake"].requests == []
    for name, frame in frames.items():
        pd.testing.assert_frame_equal(gpkg.read_frame(study, name), frame)
    assert len(gpkg.read_frame(study, "rejets").query("etape == 'import_partenaires'")) == 3


def test_an_xlsx_list_read_through_gdal_gives_the_same_result(world_reset, tmp_path):
    world = world_reset
    study = copy_study(world, tmp_path)
    run(study, write_xlsx(tmp_path / "adherents.xlsx", world["rows"]), world["fake"].url)
    check_result(world, study, "adherents.xlsx")


def test_offline_rows_not_in_the_study_are_rejected_with_that_reason(world_reset, tmp_path):
    world = world_reset
    study = copy_study(world, tmp_path)
    liste = write_csv_latin1(tmp_path / "liste.csv", world["rows"])
    result = run(study, liste, world["fake"].url, OFFLINE=True)
    assert world["fake"].requests == []
    assert (result["DANS_L_ETUDE"], result["AJOUTES"]) == (2, 0)
    rejets = gpkg.read_frame(study, "rejets").query("etape == 'import_partenaires'")
    assert rejets["motif_rejet"].str.contains("offline mode forbids").sum() == 6
    assert not set(rejets["siret"]) & hidden_identifiers(world)


def test_a_failed_look_up_leaves_the_study_as_it_was(world_reset, tmp_path):
    world = world_reset
    study = copy_study(world, tmp_path)
    before = study.read_bytes()
    world["fake"].add_fault(status=500, count=20)
    from ess_territoires.gis.partners_import import import_partners_into_study
    from ess_territoires.gis.study import Study
    with pytest.raises(Exception, match="server error 500"):
        import_partners_into_study(Study.open(study), write_csv_latin1(tmp_path / "l.csv", world["rows"]),
                                   api_url=world["fake"].url, client_options={**FAST, "max_retries": 1})
    assert study.read_bytes() == before
    world["fake"].reset()


def free_port() -> int:
    with contextlib.closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_command_line_bad_input_exits_non_zero_without_traceback(world_reset, tmp_path):
    world = world_reset
    study = copy_study(world, tmp_path)
    before = study.read_bytes()
    liste = write_csv_latin1(tmp_path / "liste.csv", world["rows"])
    ini = tmp_path / "qgis" / "profiles" / "default" / "Unknown Organization.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[ess_territoires]\nmax_retries=1\nretry_backoff_s=0.05\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8",
           "XDG_DATA_HOME": str(tmp_path / "qgis")}
    cases = [
        (["--fichier", str(tmp_path / "absente.csv"), "--out", str(study)], "does not exist"),
        (["--fichier", str(liste), "--out", str(study), "--api-url", f"http://127.0.0.1:{free_port()}"],
         "Cannot reach"),
    ]
    processes = [subprocess.Popen([sys.executable, "-m", "ess_territoires", "import-partenaires", *args],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
                 for args, _ in cases]
    for (args, message), process in zip(cases, processes):
        _, stderr = process.communicate(timeout=120)
        assert process.returncode != 0, args
        assert "Traceback" not in stderr, stderr
        assert message in stderr, (args, stderr)
    assert study.read_bytes() == before
    with pytest.raises(QgsProcessingException, match="not a study GeoPackage"):
        run(tmp_path / "pas_une_etude.gpkg", liste, world["fake"].url)
