"""The portrait of a Pays or an EPCI: its PDF read back (pdftotext, pdffonts, pdfimages), every
figure of its paragraphs and key-figure blocks found in the study, its layout in the project."""
import contextlib
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from qgis.core import Qgis, QgsLayoutExporter, QgsLayoutItemLabel, QgsProject

from ess_territoires.processing.runner import processing_run
from tests.portrait_numbers import (
    date_values,
    figures,
    normalise,
    row_values,
    unexplained,
)

ROOT = Path(__file__).resolve().parents[2]
PT_PER_MM = 72 / 25.4
DEMO_PAYS = ("grand-amienois", "grand-beauvaisis", "pays-de-thierache")
CHECKED = ("texte_", "chiffres_cles", "chiffre_cle_", "chiffres_couverture")
SECTIONS = ("key_figures", "inventory", "employment", "coverage", "dynamics", "economy", "epci_table", "maps",
            "workshops", "method")


@pytest.fixture
def french(qgis_app):
    from ess_territoires.gis.i18n import install_translator

    assert install_translator("fr"), "build the .qm files first: make translations"
    yield
    install_translator("en")


def run(cmd) -> str:
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def rows(path, sql, *args) -> list:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        con.row_factory = sqlite3.Row
        return [dict(row) for row in con.execute(sql, args)]


def study_values(path, code) -> list:
    """What a portrait of ``code`` may print: the fields of its row, of its Pays, of the Pays'
    EPCIs, the jobs and distances of its communes, the stock dates, the years of the dynamics,
    the counts of its workshop rows."""
    pays_row = rows(path, "SELECT * FROM indicateurs_pays WHERE code_pays = ?", code)
    if pays_row:
        pays, key = pays_row[0], "code_pays"
    else:
        epci = rows(path, "SELECT * FROM indicateurs_epci WHERE code_epci = ?", code)[0]
        pays, key = rows(path, "SELECT * FROM indicateurs_pays WHERE code_pays = ?", epci["code_pays"])[0], "code_epci"
    values = row_values(pays)
    for epci in rows(path, "SELECT * FROM indicateurs_epci WHERE code_pays = ?", pays["code_pays"]):
        values += row_values(epci)
    for commune in rows(path, f"SELECT emplois_ess_est, distance_etab_ess_km FROM indicateurs_communes "
                              f"WHERE {key} = ?", code):
        values += row_values(commune)
    settings = {r["cle"]: r["valeur"] for r in rows(path, "SELECT cle, valeur FROM etude")}
    values += date_values(settings.get("date_stock"), settings.get("date_stock_anterieur"))
    values += [r["annee"] for r in rows(path, "SELECT DISTINCT annee FROM dynamique_communes")] \
        if rows(path, "SELECT name FROM sqlite_master WHERE name = 'dynamique_communes'") else []
    if rows(path, "SELECT name FROM sqlite_master WHERE name = 'contributions_atelier'"):
        from ess_territoires.gis.contributions import read_contributions
        from ess_territoires.gis.study import Study

        frame = read_contributions(Study.open(path))
        frame = frame[frame["code_pays"] == code] if key == "code_pays" else frame[
            frame["code_commune"].isin([r["code_commune"] for r in rows(
                path, "SELECT code_commune FROM communes WHERE code_epci = ?", code)])]
        values.append(len(frame))
        values += list(frame.groupby("type").size()) + list(frame.groupby("theme").size())
        values.append(len(rows(path, "SELECT fid FROM recommandations WHERE code_pays = ?", pays["code_pays"])))
    return values


def item_text(pdf, item) -> str:
    """The text pdftotext reads inside the item's rectangle on its page."""
    position, size = item.pagePos(), item.rect()
    x, y = position.x() * PT_PER_MM, position.y() * PT_PER_MM
    width, height = size.width() * PT_PER_MM, size.height() * PT_PER_MM
    page = item.page() + 1
    return run(["pdftotext", "-r", "72", "-f", str(page), "-l", str(page), "-x", str(int(x)), "-y", str(int(y)),
                "-W", str(int(width + 2)), "-H", str(int(height + 2)), "-enc", "UTF-8", str(pdf), "-"])


def checked_items(layout) -> list:
    return [item for item in layout.items() if hasattr(item, "id") and item.id().startswith(CHECKED)]


def portrait(path, code, out, **parameters):
    results = processing_run("ess_territoires:portrait", {"GPKG": str(path), "TERRITOIRE": code,
                                                           "OUTPUT": str(out), **parameters})
    layout = QgsProject.instance().layoutManager().layoutByName(results["LAYOUT"])
    assert layout is not None and results["PAGES"] == layout.pageCollection().pageCount()
    return layout


def check_figures(pdf, layout, allowed, lang):
    """Every figure read in the PDF inside a paragraph or a key-figure block is a field of the
    study (as rounded on the page) or a documented threshold; the PDF shows all of the label's."""
    checked = checked_items(layout)
    assert {f"texte_{section}" for section in SECTIONS} <= {item.id() for item in checked}
    for item in checked:
        text = item_text(pdf, item)
        assert text.strip(), item.id()
        assert unexplained(text, allowed, lang) == [], (item.id(), text)
        if isinstance(item, QgsLayoutItemLabel):  # nothing cut off: the PDF holds the label's figures
            written = sorted(str(number) for number, _, _ in figures(item.text(), lang))
            read = sorted(str(number) for number, _, _ in figures(text, lang))
            assert read == written, (item.id(), item.text(), text)
    return checked


def test_the_demo_portraits_in_french(demo_study, project, french, tmp_path):
    path, _ = demo_study
    for code in DEMO_PAYS:
        out = tmp_path / f"portrait_{code}.pdf"
        layout = portrait(path, code, out)
        pages = [unicodedata.normalize("NFKC", page) for page in run(["pdftotext", str(out), "-"]).split("\f")
                 if page.strip()]
        assert len(pages) >= 5
        assert all("Données de démonstration (fictives)" in page for page in pages)  # every page says so
        text = normalise(" ".join(pages))
        name = rows(path, "SELECT nom FROM indicateurs_pays WHERE code_pays = ?", code)[0]["nom"]
        for title in ("1. Chiffres clés", "2. Inventaire", "3. Emploi", "4. Couverture territoriale",
                      "5. Dynamique et poids économique", "6. Les EPCI comparés", "7. Cartes", "8. Ateliers",
                      "9. Méthode et sources", f"Portrait de l'ESS — {name}"):
            assert title in text, title
        assert "Poids économique : pas de données dans cette étude" in text  # a section without data says so
        assert "Aucune contribution d'atelier n'a encore été saisie" in text
        check_figures(out, layout, study_values(path, code), "fr")

        # fonts embedded; charts and maps stay vectors (no raster image in the PDF)
        fonts = run(["pdffonts", str(out)]).splitlines()[2:]
        assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts
        assert run(["pdfimages", "-list", str(out)]).splitlines()[2:] == []
        for table in layout.multiFrames():  # the demo's tables fit on their page: one frame each
            assert table.frameCount() == 1, table.frame(0).id()
        assert layout.pageCollection().pageCount() <= 7
        ids = {item.id() for item in layout.items() if hasattr(item, "id")}
        assert {"graphique_familles", "graphique_tailles", "graphique_secteurs", "graphique_emplois_secteurs",
                "graphique_dynamique", "carte_distance", "carte_densite", "carte_emplois", "tableau_epci",
                "legende_carte_densite"} <= ids


def test_the_paragraphs_read_as_french(demo_study, project, french, tmp_path):
    path, _ = demo_study
    layout = portrait(path, "pays-de-thierache", tmp_path / "thierache.pdf")
    text = layout.itemById("texte_key_figures").text()
    pays = rows(path, "SELECT * FROM indicateurs_pays WHERE code_pays = 'pays-de-thierache'")[0]
    etab = f"{pays['nb_etab_ess']:,}".replace(",", "\u202f")
    assert text.startswith(f"Le Pays de Thiérache compte {etab}\u00a0établissements de l'économie sociale et "
                           "solidaire (ESS) pour ")
    assert f"{pays['part_emploi_ess']:.1f}".replace(".", ",") + "\u202f% de l'emploi salarié" in text
    inventory = layout.itemById("texte_inventory").text()
    assert "Les associations forment la première famille de l'ESS" in inventory
    epci_text = layout.itemById("texte_epci_table").text()
    assert "Les 4\u00a0EPCI du Pays de Thiérache sont classés" in epci_text
    assert "celle de la Communauté de communes" in epci_text


def test_an_epci_portrait_with_workshops_in_english(beauvaisis_study, project, tmp_path):
    """English when QGIS speaks English; an EPCI compared with its Pays; the workshops counted."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer
    from qgis.PyQt.QtCore import QDateTime

    source, _ = beauvaisis_study
    path = tmp_path / "observatoire.gpkg"
    shutil.copy(source, path)
    processing_run("ess_territoires:contributions", {"GPKG": str(path)})
    communes = QgsVectorLayer(f"{path}|layername=communes", "communes", "ogr")
    point = next(communes.getFeatures()).geometry().pointOnSurface().asPoint()
    contributions = QgsVectorLayer(f"{path}|layername=contributions_atelier", "c", "ogr")
    assert contributions.startEditing()
    for kind, theme in (("levier", "cooperation"), ("levier", "cooperation"), ("frein", "mobilite"),
                        ("besoin", "foncier_locaux")):
        feature = QgsFeature(contributions.fields())
        feature["type"], feature["theme"], feature["description"] = kind, theme, "—"
        feature["atelier"], feature["date"] = "Beauvais", QDateTime.currentDateTime()
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(point)))
        assert contributions.addFeature(feature)
    assert contributions.commitChanges()
    del contributions
    processing_run("ess_territoires:contributions", {"GPKG": str(path), "RECOMMANDATIONS": True})

    out = tmp_path / "portrait_epci.pdf"
    logo = ROOT / "resources" / "icons" / "ess_territoires.svg"
    layout = portrait(path, "200067999", out, FORMAT=1, OBSERVATOIRE="Observatoire de l'ESS", LOGO=str(logo))
    assert layout.itemById("logo").picturePath().startswith("base64:")  # in the project, not a file path
    text = normalise(run(["pdftotext", str(out), "-"]))
    workshops = layout.itemById("texte_workshops").text()
    assert workshops.startswith("The workshops gathered 4\u00a0contributions: 2\u00a0levers, 1\u00a0obstacle and "
                                "1\u00a0need.")
    assert "The 2 recommendations" in normalise(workshops)
    assert "Observatoire de l'ESS" in text and "Build on this lever" in text  # the recommendations table
    assert layout.itemById("texte_key_figures").text().startswith("The Communauté d'agglomération du Beauvaisis has ")
    check_figures(out, layout, study_values(path, "200067999"), "en")
    assert "pts (A3)" in run(["pdfinfo", str(out)])


def test_command_line_saves_the_layout_in_the_study_project(demo_study, tmp_path):
    """The command writes the PDF and the study's project, whose layout exports again offline;
    bad input ends with a message, exit code 2, and leaves the previous outputs as they were."""
    path, _ = demo_study
    study = tmp_path / "observatoire.gpkg"
    shutil.copy(path, study)
    out = tmp_path / "portrait.pdf"
    env = {"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "fr_FR.UTF-8", "PATH": "/usr/bin:/bin"}
    command = [sys.executable, "-m", "ess_territoires", "portrait", "--gpkg", str(study), "--out", str(out)]
    done = subprocess.run(command + ["--territoire", "240200444", "--observatoire", "CRESS"], capture_output=True,
                          text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert out.exists() and (tmp_path / "observatoire.qgz").exists()
    first = out.read_bytes()

    reopened = QgsProject()
    assert reopened.read(str(tmp_path / "observatoire.qgz"))
    layout = reopened.layoutManager().layoutByName("Portrait de l'ESS — Communauté de communes de la Thiérache "
                                                   "du Centre")
    assert layout is not None
    again = tmp_path / "again.pdf"
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText  # as the export dialog offers; QGIS
    # 3.40's default draws text as outlines, which pdftotext cannot read
    assert QgsLayoutExporter(layout).exportToPdf(str(again), settings) == 0
    assert "Thiérache du Centre" in run(["pdftotext", str(again), "-"])

    for bad, message in ((["--territoire", "nulle-part"], "nulle-part"),
                         (["--territoire", "240200444", "--logo", str(tmp_path / "absent.png")], "absent.png")):
        failed = subprocess.run(command + bad, capture_output=True, text=True, env=env, check=False)
        assert failed.returncode == 2 and message in failed.stderr and "Traceback" not in failed.stderr
        assert out.read_bytes() == first


def test_a_study_without_indicators_gets_a_clear_message(study_3pays, project, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as error:
        processing_run("ess_territoires:portrait", {"GPKG": str(study_3pays), "TERRITOIRE": "pays-de-thierache",
                                                     "OUTPUT": str(tmp_path / "p.pdf")})
    assert "compute the indicators" in str(error.value)
    assert not (tmp_path / "p.pdf").exists()


def test_atlas_pages_can_show_the_families_as_bars_that_follow_the_page(demo_study, project, tmp_path):
    path, _ = demo_study
    out = tmp_path / "atlas_epci.pdf"
    results = processing_run("ess_territoires:atlas", {
        "GPKG": str(path), "COUVERTURE": 1, "TERRITOIRE": "pays-de-thierache", "GRAPHIQUES": True,
        "OUTPUT": str(out)})
    assert results["PAGES"] == 4
    layout = next(layout for layout in project.layoutManager().layouts() if layout.name().startswith("ESS atlas"))
    assert not layout.itemById("tableau").isVisible()  # the table stays in the layout, hidden
    cooperatives = layout.itemById("barre_familles_atlas_1")
    atlas = layout.atlas()
    assert atlas.beginRender()
    widths = []
    for page in range(atlas.count()):
        atlas.seekTo(page)
        cooperatives.refreshDataDefinedProperty()
        widths.append(round(cooperatives.rect().width(), 2))
    atlas.endRender()
    assert len(set(widths)) > 1 and min(widths) > 0, widths  # each page's bars follow its own families
    text = normalise(run(["pdftotext", str(out), "-"]))
    assert "ESS establishments by family" in text and "Associations" in text
    assert run(["pdfimages", "-list", str(out)]).splitlines()[2:] == []
