"""Benchmark `rapportcheck audit` on a large archive: throughput, memory of the whole process tree,
and the cost of resuming. A script, not a test: record its figures in docs/performance.md and
docs/audit.md.

    python benchmarks/bench_audit.py [--reports 10000] [--workers 2] [--json out.json]

The archive holds ~1,500-word .txt reports built from the corpus texts (as bench_check.py does), each
made unique by its own dossier line and report date, so every file is really checked. Three runs:

1. a full audit into a fresh folder (reports/second, peak RSS of parent + workers sampled from /proc);
2. an audit interrupted with SIGINT at ~50 % and then resumed (time to resume, nothing lost or redone);
3. a re-run over the complete database of run 1 (nothing new: the cost of deciding that).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_check import corpus_texts, report_of, report_result  # noqa: E402

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")
PAGE = os.sysconf("SC_PAGE_SIZE")


def build_archive(folder: Path, n: int) -> int:
    """n unique reports in folders of 250; returns the total size in bytes."""
    texts = corpus_texts()
    total = 0
    for i in range(n):
        sub = folder / f"map-{i // 250:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        day, month, year = i % 28 + 1, MONTHS[(i // 28) % 12], 2023 + (i // 336) % 3
        head = f"Dossiernummer: RC-{i:06d}\nDatum: {day} {month} {year}\n"
        data = (head + report_of(texts, i)).encode("utf-8")
        (sub / f"rapport-{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


# ---- memory of a process tree, from /proc ------------------------------------------------------

def _children(pid: int) -> list[int]:
    kids = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                kids += [int(x) for x in fh.read().split()]
    except OSError:
        pass
    return kids


def tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += _children(p)
    return out


def rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * PAGE
    except OSError:
        return 0


def pss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def cpu_seconds(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except OSError:
        return 0.0


class Sampler(threading.Thread):
    """Peak RSS and PSS summed over the audit process and all its descendants; CPU per process."""

    def __init__(self, pid: int, every: float = 0.25):
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.peak_rss = self.peak_pss = 0
        self.peak_procs = 0
        self.cpu: dict[int, float] = {}
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            pids = tree(self.pid)
            self.peak_rss = max(self.peak_rss, sum(rss_bytes(p) for p in pids))
            self.peak_pss = max(self.peak_pss, sum(pss_bytes(p) for p in pids))
            self.peak_procs = max(self.peak_procs, len(pids))
            for p in pids:
                self.cpu[p] = max(self.cpu.get(p, 0.0), cpu_seconds(p))
            self._halt.wait(self.every)

    def stop(self) -> None:
        self._halt.set()
        self.join()


def audit_cmd(archive: Path, out: Path, workers: int) -> list[str]:
    return [sys.executable, "-m", "checker", "audit", str(archive), "--out", str(out), "--workers", str(workers)]


def timed_run(archive: Path, out: Path, workers: int, interrupt_at: int | None = None) -> dict:
    env = {**os.environ, "NO_COLOR": "1"}
    started = time.perf_counter()
    proc = subprocess.Popen(audit_cmd(archive, out, workers), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=ROOT, env=env)
    sampler = Sampler(proc.pid)
    sampler.start()
    interrupted_after = None
    if interrupt_at is not None:
        db_path = out / "audit.sqlite"
        while proc.poll() is None:
            try:
                with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1) as db:
                    n = db.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
            except sqlite3.Error:
                n = 0
            if n >= interrupt_at:
                interrupted_after = time.perf_counter() - started
                proc.send_signal(signal.SIGINT)
                break
            time.sleep(0.2)
    _, err = proc.communicate()
    wall = time.perf_counter() - started
    sampler.stop()
    parent_cpu = sampler.cpu.get(proc.pid, 0.0)
    result = {
        "exit": proc.returncode, "wall_s": round(wall, 2),
        "peak_rss_tree_mb": round(sampler.peak_rss / 2**20, 1), "peak_pss_tree_mb": round(sampler.peak_pss / 2**20, 1),
        "processes": sampler.peak_procs,
        "cpu_parent_s": round(parent_cpu, 1),
        "cpu_workers_s": round(sum(v for k, v in sampler.cpu.items() if k != proc.pid), 1),
    }
    if interrupted_after is not None:
        result["sigint_after_s"] = round(interrupted_after, 2)
        result["stderr_tail"] = err.decode("utf-8", "replace").strip().splitlines()[-2:]
    summary = out / "summary.json"
    if proc.returncode == 0 and summary.exists():
        s = json.loads(summary.read_text(encoding="utf-8"))
        run = s["run"]
        result.update({"checked": run["checked"], "skipped": run["skipped"], "duplicates": run["duplicates"],
                       "run_s": run["seconds"],
                       "reports_per_s_run": run["checked_per_second"],
                       "reports_per_s_wall": round(run["checked"] / wall, 1) if run["checked"] else None,
                       "files_in_summary": s["totals"]["files"]})
    with sqlite3.connect(out / "audit.sqlite") as db:
        result["rows_in_db"] = db.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
        result["median_check_ms"] = db.execute(
            "SELECT seconds FROM reports ORDER BY seconds LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM reports)"
        ).fetchone()[0] * 1000
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--keep", type=Path, help="build the archive here and keep it (default: a temp folder)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        archive = base / "archief"
        t = time.perf_counter()
        size = build_archive(archive, args.reports) if not archive.exists() else 0
        build_s = time.perf_counter() - t
        print(f"archive: {args.reports} reports, {size / 2**20:.1f} MB, built in {build_s:.1f} s", file=sys.stderr)

        full = timed_run(archive, base / "uit-1", args.workers)
        print("full:", json.dumps(full), file=sys.stderr)
        rerun = timed_run(archive, base / "uit-1", args.workers)
        print("re-run on complete DB:", json.dumps(rerun), file=sys.stderr)
        half = timed_run(archive, base / "uit-2", args.workers, interrupt_at=args.reports // 2)
        print("interrupted:", json.dumps(half), file=sys.stderr)
        resumed = timed_run(archive, base / "uit-2", args.workers)
        print("resumed:", json.dumps(resumed), file=sys.stderr)

    result = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "load_average_at_end": os.getloadavg(),
        "reports": args.reports, "workers": args.workers, "archive_mb": round(size / 2**20, 1),
        "full": full, "rerun_complete_db": rerun, "interrupted_at_half": half, "resumed": resumed,
        "lost_or_repeated": {
            "rows_after_resume": resumed["rows_in_db"],
            "checked_before_plus_after": half["rows_in_db"] + resumed.get("checked", 0),
        },
    }
    report_result(result, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
