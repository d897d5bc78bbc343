"""Benchmark of the portrait of a Pays (issue 12, point 6: under 10 s on this machine).

- portrait: the portrait of the Grand Amiénois (466 communes, 8 EPCI), in French, from reading
  the study to the written PDF (ess_territoires:portrait's work: read_portrait, build_portrait,
  export_portrait), QGIS already started;
- reference, measured in the same run: QGIS exporting a bare layout with the same pages and the
  portrait's map items only (same layers, extents and sizes), no text, table or chart: the floor
  of any portrait that draws these maps.

    python bench/bench_portrait.py STUDY.gpkg   (a demo study: make demo)
"""
import json
import sys
from pathlib import Path

from bench_qgis import PRELUDE, best, child, entry

ROOT = Path(__file__).resolve().parent.parent
PAYS = "grand-amienois"

PORTRAIT = PRELUDE + """
study, out, mode, code = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
from ess_territoires.gis.qgis_app import start_qgis
start_qgis()
from ess_territoires.gis.i18n import install_translator
install_translator("fr")
from qgis.core import QgsLayoutExporter, QgsLayoutItemMap, QgsLayoutItemPage, QgsPrintLayout, QgsProject
from qgis.PyQt.QtCore import QRectF
from ess_territoires.gis import portrait, portrait_data
project = QgsProject.instance()
if mode == "plugin":
    started = time.perf_counter()
    data = portrait_data.read_portrait(study, code)
    layout = portrait.build_portrait(project, study, data)
    pages = portrait.export_portrait(layout, out)
    seconds = time.perf_counter() - started
else:
    layout = portrait.build_portrait(project, study, portrait_data.read_portrait(study, code))
    bare = QgsPrintLayout(project)
    bare.initializeDefaults()
    collection = layout.pageCollection()
    bare.pageCollection().page(0).setPageSize(collection.page(0).pageSize())
    for _ in range(collection.pageCount() - 1):
        page = QgsLayoutItemPage(bare)
        page.setPageSize(collection.page(0).pageSize())
        bare.pageCollection().addPage(page)
    for item in [i for i in layout.items() if isinstance(i, QgsLayoutItemMap)]:
        copy = QgsLayoutItemMap(bare)
        bare.addLayoutItem(copy)
        copy.setCrs(item.crs())
        copy.attemptSetSceneRect(QRectF(item.scenePos(), item.rect().size()))
        copy.setLayers(item.layers())
        copy.setKeepLayerSet(True)
        copy.setExtent(item.extent())
    pages = bare.pageCollection().pageCount()
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.forceVectorOutput = True
    started = time.perf_counter()
    QgsLayoutExporter(bare).exportToPdf(out, settings)
    seconds = time.perf_counter() - started
report(seconds=seconds, pages=pages, pdf_bytes=os.path.getsize(out))
"""


def run(results: dict, workdir: Path, study: Path, repeat: int = 3) -> dict:
    workdir.mkdir(parents=True, exist_ok=True)
    runs = {"plugin": [], "maps": []}
    for _ in range(repeat):  # interleaved: the shared machine's speed drifts from run to run
        for mode, measured in runs.items():
            measured.append(child(PORTRAIT, study, workdir / f"portrait_{mode}.pdf", mode, PAYS))
    measure = best(runs["plugin"])
    results["portrait"] = entry(
        measure, best(runs["maps"]), "QgsLayoutExporter: bare layout with the portrait's pages and map items only",
        input={"territory": PAYS, "communes": 466, "epci": 8, "pages": measure["pages"], "language": "fr"},
        pdf_bytes=measure["pdf_bytes"], target_seconds=10.0, within_target=measure["seconds"] < 10.0)
    print("portrait", json.dumps(results["portrait"]), flush=True)
    return results


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "bench"))
    study = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "demo" / "observatoire.gpkg"
    print(json.dumps(run({}, ROOT / "build" / "bench", study), indent=2))
