"""`make bench-national`: import_sirene on a national-size stock, against DuckDB in the same run.

INSEE publishes national files only (43.9 M establishments, 29.9 M legal units), so every real
import reads all of them. This benchmark generates once (cached outside the work tree, see
national_stock.py) a synthetic national pair of 40 M establishments (and ~35 M legal units), and
derives from it a ~4 M pair holding the same rows of the three départements (and one in 12 of the
other rows): the import reads the same territory rows from both, so that comparing them shows
what the rows of the rest of France cost. It measures in separate processes, interleaved and
repeated:
- DuckDB running the same filter + join in SQL on the CSVs (the reference);
- import_sirene of the communes of départements 02, 60 and 80 from the CSVs, with each engine;
- import_sirene from INSEE's zips read in place, with the default engine (DuckDB cannot read a zip
  here: its reference is DuckDB on the extracted CSVs).
Entries are added to build/bench/results.json (the other benchmarks' entries are kept):
``import_sirene_national`` (default engine), ``import_sirene_national_pandas``,
``import_sirene_national_zip``; each also carries, under ``scaling``, the same measure on the 4 M pair.

    build/bench/venv/bin/python bench/bench_national.py [--out build/bench/results.json] [--repeat 2]
"""
import argparse
import json
import subprocess
import sys
from pathlib import Path

# run as a script: its own folder, bench/, comes first on sys.path; both modules put the repository on it
import bench_import_sirene as common
import national_stock

ROOT = Path(__file__).resolve().parent.parent

SIZES = {"4m": 4_000_000, "40m": 40_000_000}  # "4m": derived from the 40 M pair (national_stock.ensure_derived)
DERIVED_EVERY = 12  # the 4 M pair keeps one in 12 of the rows outside the three départements
NATIONAL = "40m"
REPEAT = 2
TARGETS = {"pyarrow": 1.2, "pandas": 2.0}  # at most this × DuckDB on the CSVs
PEAK_TARGET_MB = 1024


def measure(size: str, rows: int, codes_file: Path, engines, repeat: int, has_duckdb: bool) -> dict:
    if size == NATIONAL:
        folder, files, description = national_stock.ensure_stock(rows)
    else:
        folder, files, description = national_stock.ensure_derived(SIZES[NATIONAL], codes_file.read_text().split(),
                                                                   DERIVED_EVERY)
    csvs = [files["etablissements"], files["unites_legales"]]
    zips = [files["etablissements_zip"], files["unites_legales_zip"]]
    input_size = {"rows": description["rows"], "unites_legales_rows": description["unites_legales_rows"],
                  "bytes": sum(p.stat().st_size for p in csvs), "cache": str(folder)}
    if "derived_from" in description:
        input_size["derived_from"] = description["derived_from"]
    runs = {name: [] for name in ["duckdb", *engines, "zip"]}
    for round_ in range(repeat):  # interleaved, so that a busy moment does not favour one side
        if has_duckdb:
            runs["duckdb"].append(common.child(common.DUCKDB_CHILD, [*csvs, codes_file]))
        for engine in engines:
            runs[engine].append(common.child(common.IMPORT_CHILD, [engine, *csvs, codes_file, ROOT]))
        runs["zip"].append(common.child(common.IMPORT_CHILD, [engines[0], *zips, codes_file, ROOT]))
        print(size, "round", round_ + 1, {k: [round(r["seconds"], 1) for r in v] for k, v in runs.items()},
              flush=True)
    reference = common.best(runs["duckdb"]) if has_duckdb else None
    out = {}
    for name in [*engines, "zip"]:
        best = common.best(runs[name])
        entry = {"seconds": round(best["seconds"], 3), "peak_rss_mb": round(best["peak_rss_mb"], 1),
                 "cpu_seconds": round(min(r["cpu_seconds"] for r in runs[name]), 3),
                 "runs_seconds": best["runs_seconds"], "input": dict(input_size),
                 "engine": engines[0] if name == "zip" else name, "format": "zip" if name == "zip" else "csv",
                 "departements": list(common.DEPARTEMENTS), "territory_rows": best["territory"],
                 "ess": best["ess"], "phases_seconds": best["phases"]}
        if name == "zip":
            entry["input"]["bytes_zip"] = sum(p.stat().st_size for p in zips)
        if reference:
            entry.update({"reference": "duckdb" + (" (on the extracted CSV)" if name == "zip" else ""),
                          "reference_seconds": round(reference["seconds"], 3),
                          "reference_runs_seconds": reference["runs_seconds"],
                          "reference_peak_rss_mb": round(reference["peak_rss_mb"], 1),
                          "reference_territory_rows": reference["territory"],
                          "ratio": round(best["seconds"] / reference["seconds"], 3),
                          # CPU time (user + system, all threads) depends less on what else the
                          # machine runs: a second view of the same comparison
                          "reference_cpu_seconds": round(min(r["cpu_seconds"] for r in runs["duckdb"]), 3),
                          "cpu_ratio": round(min(r["cpu_seconds"] for r in runs[name])
                                             / min(r["cpu_seconds"] for r in runs["duckdb"]), 3)})
        out[name] = entry
    return out


def run(results: dict, workdir: Path, repeat: int = REPEAT, sizes=None) -> dict:
    sizes = sizes or SIZES
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    codes_file = common.territory_codes_file(workdir, common.communes_table())
    engines = common.available_engines()
    duckdb_present = common.has_duckdb()
    measured = {size: measure(size, rows, codes_file, engines, repeat, duckdb_present) for size, rows in sizes.items()}
    national = measured.get(NATIONAL)
    if national is None:
        return measured
    small = measured.get("4m", {})
    for name, entry in national.items():
        key = "import_sirene_national" + ("" if name == engines[0] else f"_{name}")
        if name in TARGETS and "ratio" in entry:
            entry["target_ratio"] = TARGETS[name]
            entry["target_met"] = entry["ratio"] <= TARGETS[name]
        entry["peak_target_mb"] = PEAK_TARGET_MB
        if name in small:
            entry["scaling"] = {k: small[name][k] for k in ("seconds", "peak_rss_mb", "ratio", "input",
                                                              "reference_seconds", "reference_peak_rss_mb",
                                                              "cpu_seconds", "cpu_ratio", "territory_rows")
                                if k in small[name]}
            entry["peak_rss_growth_mb"] = round(entry["peak_rss_mb"] - small[name]["peak_rss_mb"], 1)
        results[key] = entry
        print(key, json.dumps(entry), flush=True)
    results["import_sirene_national"]["profile"] = profile(engines[0], workdir, codes_file)
    return results


def profile(engine: str, workdir: Path, codes_file: Path) -> dict:
    """Where the time and memory go in one import of the 40 M pair's CSVs (bench/memory_probe.py):
    per line of import_sirene, the seconds spent under it and the peak memory seen there."""
    _, files, _ = national_stock.ensure_stock(SIZES[NATIONAL])
    out = workdir / "profile_national.json"
    subprocess.run([sys.executable, str(ROOT / "bench" / "memory_probe.py"), str(files["etablissements"]),
                    str(files["unites_legales"]), str(codes_file), "--engine", engine, "--json", str(out)],
                   check=True, capture_output=True)
    probe = json.loads(out.read_text())
    return {"engine": engine, "seconds": probe["summary"]["seconds"], "peak_rss_mb": probe["summary"]["peak_rss_mb"],
            "by_line": probe["by_line"]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench" / "results.json")
    parser.add_argument("--repeat", type=int, default=REPEAT)
    parser.add_argument("--size", action="append", choices=sorted(SIZES),
                        help="only these sizes (default: all; the entries need 40m)")
    args = parser.parse_args()
    sizes = {s: SIZES[s] for s in args.size} if args.size else SIZES
    measured = run({}, args.out.parent, args.repeat, sizes)
    if NATIONAL in sizes:
        # read the file only now: `make bench` may have rewritten it during this long run
        results = json.loads(args.out.read_text()) if args.out.exists() else {}
        results.update(measured)
        args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False))
        print(f"written {args.out}")
    else:
        print(json.dumps(measured, indent=2))


if __name__ == "__main__":
    main()
