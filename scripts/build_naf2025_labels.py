"""Build resources/naf2025_libelles.csv (NAF 2025 sub-class -> French label) from INSEE's list.

Usage: /usr/bin/python3 scripts/build_naf2025_labels.py LIST [--source TEXT]

LIST is INSEE's list of the 747 NAF 2025 sub-classes (XLSX, ODS or CSV: a column of codes such
as 94.91Y, a column of labels; the same files a user may give the plugin, read by
core.labels.read_naf2025_list). INSEE's own download cannot be reached from the build machines;
the shipped table was built from the copy of INSEE's list that DINUM's API Entreprise publishes
(github.com/datagouv/apistration, siade/lib/referentials/files/NAF2025.csv): see
resources/README.md.
"""
import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ess_territoires.core.labels import read_naf2025_list  # noqa: E402

OUT = ROOT / "resources" / "naf2025_libelles.csv"
EXPECTED_SUBCLASSES = 747


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("list", type=Path, help="INSEE's list of NAF 2025 sub-classes (XLSX, ODS or CSV)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    labels = read_naf2025_list(args.list)
    if len(labels) != EXPECTED_SUBCLASSES:
        print(f"warning: {len(labels)} sub-classes read, NAF 2025 has {EXPECTED_SUBCLASSES}", file=sys.stderr)
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["code", "libelle"])
        writer.writerows(sorted(labels.items()))
    print(f"{len(labels)} NAF 2025 sub-classes written to {args.out} (source: {args.list.name})")


if __name__ == "__main__":
    main()
