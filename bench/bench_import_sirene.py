"""Benchmark of import_sirene against DuckDB on national-mode synthetic stock files.

Generates (once, cached under build/bench/) national pairs of ~2 M and ~4 M establishments with
their legal units, extracts their CSVs, then measures in separate processes (time, peak RSS from
ru_maxrss) import_sirene for the communes of départements 02, 60 and 80 with each available engine,
and DuckDB running the same filter + join in SQL on the same CSV files in the same run.

    /usr/bin/python3 bench/bench_import_sirene.py   (or the venv's python, which has pyarrow and duckdb)
writes build/bench/results_import.json; ``run(results, workdir)`` is what ``make bench`` calls.
"""
import json
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SIZES = {"2m": 2_000_000, "4m": 4_000_000}
DEPARTEMENTS = ("02", "60", "80")
SEED = 2025
REPEAT = 3

# Runs in a child process: argv = engine, etab csv, ul csv, communes file. Prints a JSON line.
IMPORT_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[5])
from ess_territoires.core.sirene import import_sirene
communes = open(sys.argv[4]).read().split()
usage = resource.getrusage(resource.RUSAGE_SELF)
cpu0 = usage.ru_utime + usage.ru_stime
t = time.perf_counter()
r = import_sirene(sys.argv[2], sys.argv[3], communes, engine=sys.argv[1])
seconds = time.perf_counter() - t
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"seconds": seconds, "peak_rss_mb": usage.ru_maxrss / 1024,
                  "cpu_seconds": usage.ru_utime + usage.ru_stime - cpu0,
                  "rows": r.stats["etablissements_lus"], "ess": r.stats["etablissements_ess"],
                  "territory": r.stats["etablissements_territoire"], "engine": r.stats["engine"],
                  "phases": r.stats["phases_seconds"]}))
"""

DUCKDB_CHILD = r"""
import json, resource, sys, time
import duckdb
communes = open(sys.argv[3]).read().split()
usage = resource.getrusage(resource.RUSAGE_SELF)
cpu0 = usage.ru_utime + usage.ru_stime
t = time.perf_counter()
con = duckdb.connect()
con.execute("SET enable_progress_bar = false")
con.execute("CREATE TABLE communes AS SELECT unnest($1::VARCHAR[]) AS code", [communes])
frame = con.execute('''
    WITH e AS (
        SELECT siren, siret, statutDiffusionEtablissement, dateCreationEtablissement, trancheEffectifsEtablissement,
               etablissementSiege, codeCommuneEtablissement, coordonneeLambertAbscisseEtablissement,
               coordonneeLambertOrdonneeEtablissement, etatAdministratifEtablissement, enseigne1Etablissement,
               denominationUsuelleEtablissement, activitePrincipaleEtablissement,
               nomenclatureActivitePrincipaleEtablissement, activitePrincipaleNAF25Etablissement
        FROM read_csv(?, header = true, all_varchar = true)
        WHERE codeCommuneEtablissement IN (SELECT code FROM communes) AND etatAdministratifEtablissement = 'A'),
    u AS (
        SELECT siren, statutDiffusionUniteLegale, categorieJuridiqueUniteLegale, economieSocialeSolidaireUniteLegale,
               denominationUniteLegale, denominationUsuelle1UniteLegale, sigleUniteLegale, nomUniteLegale,
               nomUsageUniteLegale, prenom1UniteLegale, prenomUsuelUniteLegale
        FROM read_csv(?, header = true, all_varchar = true)
        WHERE siren IN (SELECT siren FROM e))
    SELECT * FROM e LEFT JOIN u USING (siren)''', [sys.argv[1], sys.argv[2]]).df()
seconds = time.perf_counter() - t
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"seconds": seconds, "peak_rss_mb": usage.ru_maxrss / 1024,
                  "cpu_seconds": usage.ru_utime + usage.ru_stime - cpu0, "territory": len(frame)}))
"""


def communes_table():
    """All French communes (code_commune, nom, code_departement, code_epci, population)."""
    from ess_territoires.core.reference import communes_france
    return communes_france()


def ensure_stock(workdir: Path, name: str, rows: int, communes) -> dict:
    """Generate (once) the national stock and extract its two CSVs next to the zips."""
    from ess_territoires.core.synthetic import generate_sirene
    folder = workdir / f"sirene_{name}"
    done = folder / "done.json"
    if not done.exists():
        paths = generate_sirene(communes, folder, seed=SEED, national_rows=rows)
        for role in ("etablissements", "unites_legales"):
            with zipfile.ZipFile(paths[role]) as zf:
                (member,) = zf.namelist()
                zf.extract(member, folder)
        done.write_text(json.dumps({"rows": rows, "seed": SEED}))
    return {"etablissements": folder / "StockEtablissement_utf8.csv",
            "unites_legales": folder / "StockUniteLegale_utf8.csv",
            "etablissements_zip": folder / "StockEtablissement_utf8.zip"}


def count_lines(path) -> int:
    with open(path, "rb") as f:
        return sum(block.count(b"\n") for block in iter(lambda: f.read(1 << 24), b""))


def child(script: str, args, python=None) -> dict:
    out = subprocess.run([python or sys.executable, "-c", script, *map(str, args)], capture_output=True, text=True,
                         check=False)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    last = out.stdout.strip().splitlines()[-1]
    return json.loads(last[last.index("{"):])  # the JSON line the child printed last


def available_engines():
    engines = ["pandas"]
    try:
        import pyarrow.csv  # noqa: F401
        engines.insert(0, "pyarrow")
    except ImportError:
        pass
    return engines


def best(runs):
    """The fastest of repeated runs (the machine may be busy), with the highest peak memory seen."""
    fastest = dict(min(runs, key=lambda r: r["seconds"]))
    fastest["peak_rss_mb"] = max(r["peak_rss_mb"] for r in runs)
    fastest["runs_seconds"] = [round(r["seconds"], 3) for r in runs]
    return fastest


def territory_codes_file(workdir: Path, communes) -> Path:
    """The three départements' commune codes, one per line (what each engine's run filters on)."""
    codes = sorted(communes.loc[communes["code_departement"].isin(DEPARTEMENTS), "code_commune"])
    codes_file = workdir / "communes_02_60_80.txt"
    codes_file.write_text("\n".join(codes))
    return codes_file


def has_duckdb() -> bool:
    try:
        import duckdb  # noqa: F401
    except ImportError:
        return False
    return True


def run(results: dict, workdir: Path, repeat: int = REPEAT) -> dict:
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    communes = communes_table()
    codes_file = territory_codes_file(workdir, communes)
    engines = available_engines()
    duckdb_present = has_duckdb()
    for size, rows in SIZES.items():
        files = ensure_stock(workdir, size, rows, communes)
        csvs = [files["etablissements"], files["unites_legales"]]
        zips = [files["etablissements_zip"], files["etablissements_zip"].with_name("StockUniteLegale_utf8.zip")]
        input_size = {"rows": rows, "bytes": sum(p.stat().st_size for p in csvs),
                      "unites_legales_rows": count_lines(files["unites_legales"]) - 1}
        # interleaved repetitions, so that a busy moment does not favour one side
        runs = {name: [] for name in ["duckdb", *engines, "zip"]}
        for _ in range(repeat):
            if duckdb_present:
                runs["duckdb"].append(child(DUCKDB_CHILD, [*csvs, codes_file]))
            for engine in engines:
                runs[engine].append(child(IMPORT_CHILD, [engine, *csvs, codes_file, ROOT]))
            if size == "2m":  # INSEE's zips read in place: one stream each (deflate cannot be cut for threads)
                runs["zip"].append(child(IMPORT_CHILD, [engines[0], *zips, codes_file, ROOT]))
        reference = best(runs["duckdb"]) if duckdb_present else None
        suffix = "" if size == "2m" else f"_{size}"
        for name in [*engines, "zip"]:
            if not runs[name]:
                continue
            measure = best(runs[name])
            engine = engines[0] if name == "zip" else name
            key = "import_sirene" + ("_zip" if name == "zip" else "" if name == engines[0] else f"_{name}") + suffix
            entry = {"seconds": round(measure["seconds"], 3), "peak_rss_mb": round(measure["peak_rss_mb"], 1),
                     "runs_seconds": measure["runs_seconds"], "input": input_size, "engine": engine,
                     "format": "zip" if name == "zip" else "csv", "territory_rows": measure["territory"],
                     "ess": measure["ess"], "departements": list(DEPARTEMENTS), "phases_seconds": measure["phases"]}
            if name == "zip":
                entry["input"] = {**input_size, "bytes_zip": sum(p.stat().st_size for p in zips)}
            if reference:
                entry.update({"reference": "duckdb" + (" (on the extracted CSV)" if name == "zip" else ""),
                              "reference_seconds": round(reference["seconds"], 3),
                              "reference_runs_seconds": reference["runs_seconds"],
                              "reference_peak_rss_mb": round(reference["peak_rss_mb"], 1),
                              "reference_territory_rows": reference["territory"],
                              "ratio": round(measure["seconds"] / reference["seconds"], 3)})
            results[key] = entry
            print(key, json.dumps(entry), flush=True)
    return results


if __name__ == "__main__":
    workdir = ROOT / "build" / "bench"
    results = run({}, workdir)
    (workdir / "results_import.json").write_text(json.dumps(results, indent=2))
    print(f"written {workdir / 'results_import.json'}")
