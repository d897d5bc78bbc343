"""Where import_sirene's time and memory go: one import, with a thread sampling what it does.

Every ``--interval`` seconds the sampler reads the process's peak resident memory since the last
sample (VmHWM, reset through /proc/self/clear_refs, so that short peaks are seen) and the line of
``import_sirene`` being run, with the innermost ess_territoires function under it. Prints, per line
of import_sirene in order, the seconds spent and the highest memory seen; and the whole run's peak.
Linux only.

    build/bench/venv/bin/python bench/memory_probe.py ETAB UL COMMUNES_FILE [--engine pyarrow]
"""
import argparse
import json
import linecache
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _status_mb(field: str) -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def _reset_peak():
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:  # not allowed here: the peaks are then cumulative
        pass


class Sampler(threading.Thread):
    def __init__(self, target_thread: int, interval: float):
        super().__init__(daemon=True)
        self.target, self.interval = target_thread, interval
        self.stop = threading.Event()
        self.phases = {}  # (line number, text, inner) -> [seconds, peak MB]

    def where(self):
        frame = sys._current_frames().get(self.target)
        outer, inner = None, None
        while frame is not None:
            code = frame.f_code
            if "ess_territoires" in code.co_filename:
                if inner is None:
                    inner = f"{Path(code.co_filename).stem}.{code.co_name}"
                if code.co_name == "import_sirene":
                    outer = (frame.f_lineno, linecache.getline(code.co_filename, frame.f_lineno).strip()[:70])
            frame = frame.f_back
        return outer, inner

    def run(self):
        last = time.perf_counter()
        while not self.stop.wait(self.interval):
            outer, inner = self.where()
            peak = _status_mb("VmHWM")
            _reset_peak()
            now = time.perf_counter()
            if outer is not None:
                entry = self.phases.setdefault((*outer, inner), [0.0, 0.0])
                entry[0] += now - last
                entry[1] = max(entry[1], peak)
            last = now


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("etablissements")
    parser.add_argument("unites_legales")
    parser.add_argument("communes", help="file of commune codes, one per line or space-separated")
    parser.add_argument("--engine", default=None)
    parser.add_argument("--interval", type=float, default=0.02)
    parser.add_argument("--json", type=Path, help="also write the phases there")
    args = parser.parse_args()
    from ess_territoires.core.sirene import import_sirene

    communes = Path(args.communes).read_text().split()
    base = _status_mb("VmRSS")
    sampler = Sampler(threading.get_ident(), args.interval)
    _reset_peak()
    sampler.start()
    started = time.perf_counter()
    result = import_sirene(args.etablissements, args.unites_legales, communes, engine=args.engine)
    seconds = time.perf_counter() - started
    sampler.stop.set()
    sampler.join()
    # (clearing VmHWM also clears what getrusage reports: the peak is the highest sample's)
    peak = max([mb for _, mb in sampler.phases.values()] + [_status_mb("VmHWM")])
    rows = []
    for (line, text, inner), (spent, mb) in sorted(sampler.phases.items()):
        rows.append({"line": line, "code": text, "in": inner, "seconds": round(spent, 2), "peak_mb": round(mb)})
        print(f"{line:4d} {spent:6.2f} s {mb:6.0f} MB  {inner:40s} {text}")
    summary = {"seconds": round(seconds, 2), "peak_rss_mb": round(peak), "rss_before_mb": round(base),
               "engine": result.stats["engine"], "rows": result.stats["etablissements_lus"],
               "territory_rows_read": result.stats["etablissements_territoire"]
               + result.stats["etablissements_fermes_ignores"],
               "ess": result.stats["etablissements_ess"], "phases_seconds": result.stats["phases_seconds"]}
    print(json.dumps(summary))
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "by_line": by_line(rows), "phases": rows}, indent=2))


def by_line(rows) -> list:
    """The samples per line of import_sirene (whatever ran under it): seconds and peak MB."""
    lines = {}
    for row in rows:
        entry = lines.setdefault(row["line"], {"line": row["line"], "code": row["code"], "seconds": 0.0, "peak_mb": 0})
        entry["seconds"] = round(entry["seconds"] + row["seconds"], 2)
        entry["peak_mb"] = max(entry["peak_mb"], row["peak_mb"])
    return [lines[k] for k in sorted(lines)]


if __name__ == "__main__":
    main()
