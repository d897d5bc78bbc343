"""National-size synthetic SIRENE stock for `make bench-national`, generated once and cached.

The pair lives outside the work tree, in ``${XDG_CACHE_HOME:-~/.cache}/ess_territoires/bench``, in a
folder named after the generator's parameters and a fingerprint of what the generator writes (the
CSVs of a small national stock of the same seed): a generator that writes other rows gets a new
folder (and the stale ones of the same size are removed, they are large). A folder is complete when
its ``done.json`` exists; generation writes into ``<folder>.partial`` and renames it.

A smaller pair derived from a generated one (``ensure_derived``) holds every row of the benchmark's
départements and a systematic sample of the rest of France, with the legal units of the rows kept:
the import of those départements reads the same territory rows from both, so comparing the two
shows how memory and time grow with the rows of the rest of France alone.

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


def ensure_derived(source_rows: int, communes, every: int, seed: int = SEED, root: Path | None = None,
                   log=print) -> tuple:
    """(folder, files, description) of the pair derived from the generated ``source_rows`` one: every
    establishment of the communes ``communes`` (codes, matched with or without their leading zero as
    the import does), one in ``every`` of the others, in file order; the legal units of the kept
    establishments. Cached beside the generated pair (its name carries the generator's hash)."""
    root = Path(root) if root else cache_root()
    source_folder, source_files, _ = ensure_stock(source_rows, seed, root, log)
    codes = sorted({str(c) for c in communes})
    key = (f"sirene_national_derived_{source_rows}_every{every}_seed{seed}_{generator_hash()}_"
           f"{hashlib.sha256(','.join(codes).encode()).hexdigest()[:8]}")
    folder = root / key
    done = folder / "done.json"
    if not done.exists():
        from ess_territoires.core.sirene_read import SYNTHETIC_MARK

        partial = root / (key + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        files = stock_files(partial)
        log(f"deriving from {source_folder} into {partial} (once; later runs reuse it)")
        started = time.perf_counter()
        wanted = set(codes) | {c[1:] for c in codes if c.startswith("0")}
        etab = _copy_lines(source_files["etablissements"], files["etablissements"], "codeCommuneEtablissement",
                           wanted, every, collect="siren")
        units = _copy_lines(source_files["unites_legales"], files["unites_legales"], "siren", etab["collected"], 0)
        for role in ("etablissements", "unites_legales"):
            with zipfile.ZipFile(files[role + "_zip"], "w", zipfile.ZIP_DEFLATED) as zf:
                zf.comment = SYNTHETIC_MARK.encode("utf-8")
                zf.write(files[role], files[role].name)
        description = {"rows": etab["rows"], "territory_rows": etab["matched"], "every": every,
                       "derived_from": source_folder.name, "seed": seed, "generator_sha256_12": generator_hash(),
                       "communes": len(codes), "unites_legales_rows": units["rows"],
                       "bytes_csv": {r: files[r].stat().st_size for r in ("etablissements", "unites_legales")},
                       "bytes_zip": {r: files[r + "_zip"].stat().st_size
                                     for r in ("etablissements", "unites_legales")},
                       "derivation_seconds": round(time.perf_counter() - started, 1)}
        (partial / "done.json").write_text(json.dumps(description, indent=2))
        partial.rename(folder)
        log(f"derived {folder}: {json.dumps(description)}")
    return folder, stock_files(folder), json.loads(done.read_text())


def _copy_lines(source: Path, target: Path, key: str, values, every: int, collect: str | None = None) -> dict:
    """Copy the header and the lines of ``source`` whose ``key`` is one of ``values``, and one in
    ``every`` of the others (none when 0), to ``target``; with ``collect``, the set of that column's
    values on the lines copied (byte strings decoded)."""
    import numpy as np

    from ess_territoires.core.sirene_read import _line_blocks, _match_lines, _values_by_length

    with open(source, "rb") as f:
        header = f.readline()
    columns = header.decode("utf-8").strip().split(",")
    key_index, sep = columns.index(key), ord(",")
    wanted = _values_by_length(values, "utf-8")
    collect_index = columns.index(collect) if collect else None
    out = {"rows": 0, "matched": 0, "collected": set()}
    others = 0
    with open(source, "rb") as f, open(target, "wb") as w:
        w.write(f.readline())
        for block, quotes in _line_blocks(f, False, size=16 << 20, with_quotes=True):
            arr = np.frombuffer(block, dtype=np.uint8)
            newline = np.flatnonzero(arr == 10)
            if len(quotes):
                newline = newline[np.searchsorted(quotes, newline) % 2 == 0]
            starts = np.concatenate(([0], newline[:-1] + 1))
            located = _match_lines(block, key_index, sep, wanted, quotes)
            if located is None:
                raise RuntimeError(f"malformed line in {source}")
            keep = np.isin(starts, located[0])
            out["matched"] += int(keep.sum())
            if every:
                rank = others + np.cumsum(~keep)  # 1-based rank of each other line among the others
                keep |= ~keep & (rank % every == 0)
                others += int((~np.isin(starts, located[0])).sum())
            kept = np.flatnonzero(keep)
            w.write(b"".join(block[starts[i]:newline[i] + 1] for i in kept.tolist()))
            out["rows"] += len(kept)
            if collect_index is not None:
                for i in kept.tolist():
                    out["collected"].add(block[starts[i]:newline[i]].split(b",", collect_index + 1)[collect_index]
                                         .decode())
    return out


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
