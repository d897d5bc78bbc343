"""`make bench`: every benchmark, results in build/bench/results.json.

One object per benchmark, keyed by name, each with its measured ``seconds``, ``peak_rss_mb``,
the input size, the reference measured in the same run (``reference``, ``reference_seconds``)
and ``ratio`` = seconds / reference_seconds. The ``*_postgis`` entries measure the demo study's
steps on PostGIS against the GeoPackage (bench_postgis.py).

    python bench/run.py --out build/bench/results.json [--skip-import]
"""
import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench" / "results.json")
    parser.add_argument("--skip-import", action="store_true", help="skip the (long) SIRENE import benchmark")
    args = parser.parse_args()
    workdir = args.out.parent
    workdir.mkdir(parents=True, exist_ok=True)
    # A demo study made by this very code (an older one may lack layers the atlas now uses).
    study = workdir / "demo" / "observatoire.gpkg"
    subprocess.run([sys.executable, "-m", "ess_territoires", "demo", "--out", str(study.parent)],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    # Skipping the import keeps its last results (the file stays one object per benchmark).
    results = json.loads(args.out.read_text()) if args.skip_import and args.out.exists() else {}
    if not args.skip_import:
        import bench_import_sirene
        bench_import_sirene.run(results, workdir)
    import bench_qgis
    bench_qgis.run(results, workdir, study)
    import bench_portrait
    bench_portrait.run(results, workdir, study)
    import bench_postgis  # the same study's import, indicators and commune atlas on PostGIS
    bench_postgis.run(results, workdir, study.parent)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(f"written {args.out}")


if __name__ == "__main__":
    main()
