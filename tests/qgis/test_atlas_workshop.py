"""The workshop atlas: coverage, sorting, names that need quoting, figures, themes, outputs."""
import subprocess
import unicodedata
import zipfile

import pandas as pd
import pytest
from qgis.core import QgsLayoutExporter, QgsProject, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from ess_territoires.core.text import sort_key
from ess_territoires.processing.runner import processing_run

COMMUNES, THEMES = 2, {"familles": 1, "emplois": 2, "densite": 3, "part_emploi": 4, "dynamique": 5}


def pages_text(pdf):
    """Each page's text, whitespace collapsed; NFKC undoes the typographic ligatures (ﬁ) of the PDF."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [" ".join(unicodedata.normalize("NFKC", page).split()) for page in text.split("\f") if page.strip()]


def page_count(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def atlas(study, out, **parameters):
    return processing_run("ess_territoires:atlas", {"GPKG": str(study), "COUVERTURE": COMMUNES,
                                                    "OUTPUT": str(out), **parameters})


def indicators(study):
    layer = QgsVectorLayer(f"{study}|layername=indicateurs_communes", "i", "ogr")
    return {f["nom"]: {name: f[name] for name in ("nb_etab_ess", "population")} for f in layer.getFeatures()}


def test_one_page_per_commune_sorted_with_names_and_figures(project, beauvaisis_study, tmp_path):
    study, _ = beauvaisis_study
    out = tmp_path / "communes.pdf"
    results = atlas(study, out, THEME=THEMES["familles"], TERRITOIRE="epci:200067999")
    values = indicators(study)
    assert results["PAGES"] == len(values) == 53 == page_count(out)
    pages = pages_text(out)
    names = sorted(values, key=sort_key)
    assert names.index("Lachaussée-du-Bois-d'Écu") < names.index("Saint-Martin-le-Nœud")
    for page, name in zip(pages, names):
        assert page.startswith(name), (page[:60], name)
        figures = values[name]
        # the key figures' tiles: the number in big type, then its label
        tiles = page.split("Key figures", 1)[1].split("ESS establishments Estimated", 1)[0].split()
        assert f"{figures['nb_etab_ess']:,}" in tiles, (tiles, figures)
        assert f"Population: {figures['population']:,} inhabitants" in page


def test_atlas_layout_stays_in_the_project_and_exports_again(project, beauvaisis_study, tmp_path):
    study, _ = beauvaisis_study
    atlas(study, tmp_path / "a.pdf", THEME=THEMES["densite"], COUVERTURE=0)
    layouts = QgsProject.instance().layoutManager().layouts()
    assert len(layouts) == 1
    layout = layouts[0]
    assert layout.atlas().enabled() and layout.itemById("carte").atlasDriven()
    again = tmp_path / "again.pdf"
    result, _ = QgsLayoutExporter.exportToPdf(layout.atlas(), str(again), QgsLayoutExporter.PdfExportSettings())
    assert result == QgsLayoutExporter.ExportResult.Success and page_count(again) == 1


def test_a3_per_page_pdfs_and_pngs(project, beauvaisis_study, tmp_path):
    study, _ = beauvaisis_study
    out = tmp_path / "epci.pdf"
    results = atlas(study, out, COUVERTURE=1, FORMAT=1, PAR_PAGE=True, PNG=str(tmp_path / "png"),
                    THEME=THEMES["emplois"])
    assert results["PAGES"] == 1
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "1191 x 842 pts" in info  # A3 landscape
    assert len(list((tmp_path / "epci").glob("*.pdf"))) == 1
    pngs = list((tmp_path / "png").glob("*.png"))
    assert len(pngs) == 1
    image = QImage(str(pngs[0]))
    assert image.width() > image.height()


def _ink(image: QImage, box) -> float:
    """Share of non-white pixels in a box given in fractions of the page."""
    x0, y0, x1, y1 = (int(v) for v in (box[0] * image.width(), box[1] * image.height(),
                                        box[2] * image.width(), box[3] * image.height()))
    inked = total = 0
    for y in range(y0, y1, 3):
        for x in range(x0, x1, 3):
            total += 1
            if image.pixelColor(x, y).lightness() < 235:
                inked += 1
    return inked / total


@pytest.mark.parametrize("theme", list(THEMES))
def test_first_page_has_map_legend_and_title(project, beauvaisis_study, tmp_path, theme):
    study, _ = beauvaisis_study
    out = tmp_path / "t.pdf"
    atlas(study, out, THEME=THEMES[theme], TERRITOIRE="epci:200067999")
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")], check=True)
    image = QImage(str(next(tmp_path.glob("p*.png"))))
    assert _ink(image, (0.05, 0.02, 0.6, 0.06)) > 0.02, "title"          # A4: title at the top
    assert _ink(image, (0.06, 0.1, 0.94, 0.58)) > 0.05, "map"            # the map frame area
    assert _ink(image, (0.05, 0.76, 0.5, 0.9)) > 0.01, "legend"          # legend block


def _red_spot(image: QImage, box):
    """Centre of the red pixels (the page's dot) in a box given in fractions of the page."""
    x0, y0, x1, y1 = (int(v) for v in (box[0] * image.width(), box[1] * image.height(),
                                        box[2] * image.width(), box[3] * image.height()))
    colours = {(x, y): image.pixelColor(x, y) for y in range(y0, y1) for x in range(x0, x1)}
    red = [xy for xy, c in colours.items() if c.red() > 170 and c.green() < 110 and c.blue() < 100]
    assert red, "no red dot"
    return sum(x for x, _ in red) / len(red), sum(y for _, y in red) / len(red)


def test_inset_locates_each_commune_with_a_light_layer(project, beauvaisis_study, tmp_path):
    study, _ = beauvaisis_study
    out = tmp_path / "c.pdf"
    atlas(study, out, THEME=THEMES["densite"], TERRITOIRE="epci:200067999")
    project = QgsProject.instance()
    inset = project.layoutManager().layouts()[0].itemById("carte_situation")
    assert inset.keepLayerSet() and not inset.followVisibilityPreset()  # its own layers, no map theme of the menu
    drawn = inset.layers()
    assert sorted(layer.source().split("layername=")[-1] for layer in drawn) == [
        "communes_situation", "pays_situation"]
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "2", str(out), str(tmp_path / "p")], check=True)
    first, second = (QImage(str(path)) for path in sorted(tmp_path.glob("p*.png")))
    box = (12 / 210, 27 / 297, 50 / 210, 65 / 297)  # the A4 inset
    assert _red_spot(first, box) != _red_spot(second, box)  # each page locates its own commune


def test_no_non_diffusible_establishment_is_drawn(project, beauvaisis_study, tmp_path):
    study, stock = beauvaisis_study
    with zipfile.ZipFile(stock["etablissements"]) as archive, archive.open(archive.namelist()[0]) as raw:
        etab = pd.read_csv(raw, dtype=str, usecols=["siret", "statutDiffusionEtablissement"])
    hidden = set(etab.loc[etab["statutDiffusionEtablissement"] == "P", "siret"])
    assert hidden
    atlas(study, tmp_path / "f.pdf", THEME=THEMES["familles"], TERRITOIRE="epci:200067999")
    project = QgsProject.instance()
    theme = project.layoutManager().layouts()[0].itemById("carte").followVisibilityPresetName()
    assert theme == "ESS establishments by family"
    theme_layer = next(layer for layer in project.mapThemeCollection().mapThemeVisibleLayers(theme)
                       if layer.name() == "ESS establishments")
    drawn = {feature["siret"] for feature in theme_layer.getFeatures()}
    assert drawn and not drawn & hidden
    text = " ".join(pages_text(tmp_path / "f.pdf"))
    assert not any(siret in text for siret in hidden)


def test_synthetic_data_is_labelled_on_every_page(project, beauvaisis_study, tmp_path):
    study, _ = beauvaisis_study
    out = tmp_path / "demo.pdf"
    atlas(study, out, THEME=THEMES["densite"], TERRITOIRE="epci:200067999")
    pages = pages_text(out)
    assert len(pages) == 53
    assert all("Demonstration data (fictitious)" in page for page in pages)


def test_real_data_carries_no_demonstration_label(project, study_3pays, tmp_path):
    out = tmp_path / "reel.pdf"
    processing_run("ess_territoires:atlas", {"GPKG": str(study_3pays), "COUVERTURE": 0, "OUTPUT": str(out)})
    assert not any("Demonstration" in page for page in pages_text(out))
