"""National-size synthetic SIRENE stock for `make bench-national`, generated once and cached.

The pair lives outside the work tree, in ``${XDG_CACHE_HOME:-~/.cache}/ess_territoires/bench``, in a
folder named after the generator's parameters and a fingerprint of what the generator writes (the
CSVs of a small national stock of the same seed): a generator that writes other rows gets a new
folder (and the stale ones of the same size are removed, they are large). A folder is complete when
its ``done.json`` exists; generation writes into ``<folder>.partial`` and renames it.

    /usr/bin/python3 bench/national_stock.py --rows 4000000 --rows 40000000   (prints the folders)
"""
from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SEED = 2025


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "ess_territoires" / "bench"


FINGERPRINT_ROWS = 20000


@functools.cache
def generator_hash(seed: int = SEED) -> str:
    """Hash of the CSVs the generator writes for a small national stock: a change of the generator's
    code that writes the same rows (a refactoring, a lint fix) keeps the cached 40 M pair."""
    from ess_territoires.core.reference import communes_france
    from ess_territoires.core.synthetic import generate_sirene

    digest = hashlib.sha256()
    with tempfile.TemporaryDirectory() as folder:
        paths = generate_sirene(communes_france(), folder, seed=seed, national_rows=FINGERPRINT_ROWS)
        for role in ("etablissements", "unites_legales"):
            with zipfile.ZipFile(paths[role]) as zf:
                (member,) = zf.namelist()
                digest.update(zf.read(member))
    return digest.hexdigest()[:12]


def stock_key(rows: int, seed: int = SEED) -> str:
    return f"sirene_national_{rows}_seed{seed}_{generator_hash(seed)}"


def stock_files(folder: Path) -> dict:
    return {"etablissements": folder / "StockEtablissement_utf8.csv",
            "unites_legales": folder / "StockUniteLegale_utf8.csv",
            "etablissements_zip": folder / "StockEtablissement_utf8.zip",
            "unites_legales_zip": folder / "StockUniteLegale_utf8.zip"}


def count_lines(path) -> int:
    with open(path, "rb") as f:
        return sum(block.count(b"\n") for block in iter(lambda: f.read(1 << 24), b""))


def ensure_stock(rows: int, seed: int = SEED, root: Path | None = None, log=print) -> tuple:
    """(folder, files, description) of the cached national pair of ``rows`` establishments,
    generated (zips, then their CSVs extracted beside them) when missing."""
    root = Path(root) if root else cache_root()
    root.mkdir(parents=True, exist_ok=True)
    key = stock_key(rows, seed)
    folder = root / key
    done = folder / "done.json"
    if not done.exists():
        prefix = f"sirene_national_{rows}_seed{seed}_"
        for stale in root.glob(prefix + "*"):  # an older generator's pair of the same size
            if stale.name != key and stale.name != key + ".partial":
                log(f"removing stale cache {stale}")
                shutil.rmtree(stale, ignore_errors=True)
        partial = root / (key + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        from ess_territoires.core.reference import communes_france
        from ess_territoires.core.synthetic import generate_sirene

        log(f"generating {rows} establishments into {partial} (once; later runs reuse it)")
        started = time.perf_counter()
        paths = generate_sirene(communes_france(), partial, seed=seed, national_rows=rows)
        generated = time.perf_counter() - started
        for role in ("etablissements", "unites_legales"):
            with zipfile.ZipFile(paths[role]) as zf:
                (member,) = zf.namelist()
                zf.extract(member, partial)
        files = stock_files(partial)
        description = {"rows": rows, "seed": seed, "generator_sha256_12": generator_hash(seed),
                       "unites_legales_rows": count_lines(files["unites_legales"]) - 1,
                       "bytes_csv": {r: files[r].stat().st_size for r in ("etablissements", "unites_legales")},
                       "bytes_zip": {r: files[r + "_zip"].stat().st_size
                                     for r in ("etablissements", "unites_legales")},
                       "generation_seconds": round(generated, 1),
                       "extracted_seconds": round(time.perf_counter() - started - generated, 1)}
        (partial / "done.json").write_text(json.dumps(description, indent=2))
        partial.rename(folder)
        log(f"generated {folder}: {json.dumps(description)}")
    return folder, stock_files(folder), json.loads(done.read_text())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, action="append", required=True)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    for rows in args.rows:
        folder, _, description = ensure_stock(rows, args.seed)
        print(folder, json.dumps(description), flush=True)


if __name__ == "__main__":
    main()
