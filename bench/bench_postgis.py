"""The demo study's import, indicators and commune atlas on a PostGIS study, against the GeoPackage
study measured in the same run (issue 13, point 6: PostGIS at most 1.5 × the GeoPackage).

A throwaway PostgreSQL + PostGIS cluster (the tests' own, tests/qgis/pg_cluster.py) is started for
the run and removed afterwards. Each step runs in a child process (its own peak memory), the two
homes interleaved and repeated (the machine is shared: its speed drifts from one run to the next):
- import_sirene_postgis: the demo's synthetic stock of 02, 60 and 80 (with geolocation and history)
  into a new study of the three Pays (creating it: territory layers, then the import's tables);
- indicateurs_postgis: the indicators of that study (read, compute, write, styles);
- atlas_communes_postgis: the 160-page commune atlas of the Pays de Thiérache (theme familles).
Each entry has ``seconds``, ``peak_rss_mb``, ``reference`` = the GeoPackage run with its
``reference_seconds`` and ``reference_peak_rss_mb``, ``ratio`` and the input sizes.

    build/bench/venv/bin/python bench/bench_postgis.py [DEMO_FOLDER]   (a folder made by `demo`)
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests" / "qgis"))  # pg_cluster: the tests' throwaway cluster, one copy

from bench_qgis import PRELUDE, best, child  # noqa: E402
from pg_cluster import throwaway  # noqa: E402

TARGET_RATIO = 1.5
REPEAT = 3
ATLAS_TERRITORY = "pays-de-thierache"

STUDY = PRELUDE + """
from ess_territoires.processing.runner import start_qgis
start_qgis()
from ess_territoires.gis.study import Study
"""

IMPORT = STUDY + """
location, territory, etablissements, unites_legales, geolocalisation, historique = sys.argv[1:7]
from ess_territoires.gis.sirene_import import import_into_study
started = time.perf_counter()
stats = import_into_study(Study.open(location), etablissements, unites_legales, territory_id=territory,
                          geolocalisation=geolocalisation, historique=historique)
report(seconds=time.perf_counter() - started, rows=stats["etablissements_lus"],
       ess=stats["etablissements_ess"], points=stats["etablissements_ess_diffusibles"])
"""

INDICATORS = STUDY + """
from ess_territoires.gis.study_indicators import compute_study_indicators
started = time.perf_counter()
counts = compute_study_indicators(Study.open(sys.argv[1]))
report(seconds=time.perf_counter() - started, counts=counts)
"""

ATLAS = STUDY + """
location, territory, out = sys.argv[1:4]
from qgis.core import QgsProject
from ess_territoires.gis import atlas, atlas_themes
study = Study.open(location)
project = QgsProject.instance()
started = time.perf_counter()
theme_layers = atlas_themes.theme_layers(project, study, "familles")
layout = atlas.build_atlas(project, study, "communes", territory=territory, theme="familles",
                           theme_layers=theme_layers)
pages = atlas.export_pdf(layout, out)
report(seconds=time.perf_counter() - started, pages=pages, pdf_bytes=os.path.getsize(out))
"""


def cluster():
    """A throwaway PostgreSQL + PostGIS cluster, removed on the way out."""
    return throwaway(prefix="ess-territoires-bench-pg-")


def postgres_version(server) -> dict:
    version = server.sql(server.DATABASE, "SHOW server_version")[0][0]
    postgis = server.sql(server.DATABASE, "SELECT extversion FROM pg_extension WHERE extname = 'postgis'")[0][0]
    return {"postgresql": version, "postgis": postgis, "settings": "initdb defaults, fsync=off (throwaway cluster)"}


def demo_stock(demo: Path) -> dict:
    from ess_territoires.demo import STOCK_FILES

    return {role: demo / "sirene" / name for role, name in STOCK_FILES.items()}


def pg_entry(measure: dict, reference: dict, **extra) -> dict:
    ratio = measure["seconds"] / reference["seconds"]
    return {"seconds": round(measure["seconds"], 3), "peak_rss_mb": round(measure["peak_rss_mb"], 1),
            "runs_seconds": measure["runs_seconds"], "home": "postgis",
            "reference": "the same step on the GeoPackage study, same run",
            "reference_seconds": round(reference["seconds"], 3), "reference_runs_seconds": reference["runs_seconds"],
            "reference_peak_rss_mb": round(reference["peak_rss_mb"], 1), "ratio": round(ratio, 3),
            "target_ratio": TARGET_RATIO, "target_met": ratio <= TARGET_RATIO, **extra}


def run(results: dict, workdir: Path, demo: Path, repeat: int = REPEAT) -> dict:
    from ess_territoires.demo import DEMO_TERRITORY

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    stock = demo_stock(demo)
    inputs = [stock[r] for r in ("etablissements", "unites_legales", "geolocalisation", "historique")]
    input_size = {"files": {r: p.name for r, p in zip(("etablissements", "unites_legales", "geolocalisation",
                                                      "historique"), inputs)},
                  "bytes": sum(p.stat().st_size for p in inputs), "territory": DEMO_TERRITORY,
                  "communes": 860, "epci": 17, "pays": 3}
    gpkg = workdir / "postgis_reference.gpkg"
    runs = {f"{step}_{home}": [] for step in ("import", "indicateurs", "atlas") for home in ("gpkg", "postgis")}
    with cluster() as server:
        versions = postgres_version(server)
        for round_ in range(repeat):
            # a new study each round, in both homes: the import creates it
            gpkg.unlink(missing_ok=True)
            location = server.new_location(f"bench_{round_ + 1}")
            for home, study in (("gpkg", str(gpkg)), ("postgis", location)):
                runs[f"import_{home}"].append(child(IMPORT, study, DEMO_TERRITORY, *inputs))
            for home, study in (("gpkg", str(gpkg)), ("postgis", location)):
                runs[f"indicateurs_{home}"].append(child(INDICATORS, study))
            for home, study in (("gpkg", str(gpkg)), ("postgis", location)):
                try:
                    runs[f"atlas_{home}"].append(child(ATLAS, study, ATLAS_TERRITORY,
                                                       workdir / f"atlas_communes_{home}.pdf"))
                except RuntimeError as error:  # reported, the other measures stand
                    runs[f"atlas_{home}"].append({"error": str(error)[-600:]})
            print("postgis round", round_ + 1, {k: [r.get("seconds") and round(r["seconds"], 2) for r in v]
                                                 for k, v in runs.items()}, flush=True)
    measures = {key: best([r for r in value if "seconds" in r]) if any("seconds" in r for r in value) else None
                for key, value in runs.items()}
    imported = measures["import_postgis"]
    results["import_sirene_postgis"] = pg_entry(
        imported, measures["import_gpkg"], input={**input_size, "rows": imported["rows"]},
        ess=imported["ess"], points=imported["points"], server=versions)
    results["indicateurs_postgis"] = pg_entry(measures["indicateurs_postgis"], measures["indicateurs_gpkg"],
                                              input={**input_size, **measures["indicateurs_postgis"]["counts"]})
    if measures["atlas_postgis"] and measures["atlas_gpkg"]:
        atlas = measures["atlas_postgis"]
        results["atlas_communes_postgis"] = pg_entry(
            atlas, measures["atlas_gpkg"], input={"pages": atlas["pages"], "coverage": "communes",
                                                  "territory": ATLAS_TERRITORY, "theme": "familles"},
            pdf_bytes=atlas["pdf_bytes"], reference_pdf_bytes=measures["atlas_gpkg"]["pdf_bytes"])
    else:
        errors = [r["error"] for v in (runs["atlas_postgis"], runs["atlas_gpkg"]) for r in v if "error" in r]
        results["atlas_communes_postgis"] = {"error": errors[-1] if errors else "no run"}
    for key in ("import_sirene_postgis", "indicateurs_postgis", "atlas_communes_postgis"):
        print(key, json.dumps(results[key]), flush=True)
    return results


if __name__ == "__main__":
    demo = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "bench" / "demo"
    print(json.dumps(run({}, ROOT / "build" / "bench", demo), indent=2))
