"""Benchmark the check: cold CLI start on a 1,500-word .docx, warm per-report latency, throughput,
peak memory. A script, not a test: record its figures in docs/performance.md.

    python benchmarks/bench_check.py [--reports 200] [--json out.json]

Reports are built from the corpus texts (cycled and cut to ~1,500 words), so they read like real
reports; nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET_WORDS = 1500


def corpus_texts() -> list[str]:
    from checker.corpus import load_corpus

    return [r.text for r in load_corpus()]


def report_result(result: dict, path=None) -> None:
    """Print the figures, and write them to `path` (--json) when given."""
    print(json.dumps(result, indent=2))
    if path:
        path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


def report_of(texts: list[str], i: int) -> str:
    """~1,500 words: corpus reports concatenated from position i."""
    words, parts, k = 0, [], i
    while words < TARGET_WORDS:
        t = texts[k % len(texts)]
        parts.append(t)
        words += len(t.split())
        k += 1
    lines, count = [], 0
    for line in "\n".join(parts).split("\n"):
        if count >= TARGET_WORDS:
            break
        lines.append(line)
        count += len(line.split())
    return "\n".join(lines)


def write_docx(path: Path, text: str) -> None:
    from docx import Document

    doc = Document()
    for line in text.split("\n"):
        if line.strip():
            doc.add_paragraph(line)
    doc.save(path)


def cold_cli(docx: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "checker", "check", "--format", "json", "--fail-on", "never", str(docx)],
                       check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    return times


def peak_rss_mb_of_child(docx: Path) -> float:
    code = ("import resource,sys; from checker.cli import main; main(['check','--format','json','--fail-on','never',"
            f"{str(docx)!r}]); sys.stderr.write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(proc.stderr.strip().splitlines()[-1]) / 1024


def time_checks(docs) -> dict[str, float]:
    """Median warm milliseconds per report of the analysis and of each check (with its rules)."""
    from collections import defaultdict

    from checker.config import DEFAULT
    from checker.rules.engine import enabled_rules
    from checker.rules.registry import checks
    from checker.service import Options, analyse

    by_check = defaultdict(list)
    for rule in enabled_rules(DEFAULT):
        by_check[rule.check].append(rule)
    registry = checks()
    times: dict[str, list[float]] = defaultdict(list)
    for d in docs:
        t = time.perf_counter()
        analysis = analyse(d, Options(), DEFAULT)
        _ = analysis.tokens                      # built once, shared by the checks
        times["analysis (nlp, type, sections, dates, score)"].append((time.perf_counter() - t) * 1000)
        for name, rules in sorted(by_check.items()):
            t = time.perf_counter()
            list(registry[name](analysis, rules))
            times[f"check {name}"].append((time.perf_counter() - t) * 1000)
    return {k: round(statistics.median(v), 2) for k, v in times.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=200)
    ap.add_argument("--cold-runs", type=int, default=5)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()

    texts = corpus_texts()
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / "rapport-1500.docx"
        sample = report_of(texts, 0)
        write_docx(docx, sample)
        cold = cold_cli(docx, args.cold_runs)
        peak = peak_rss_mb_of_child(docx)

    from checker.ingest.text_reader import read_text_bytes
    from checker.service import check_document

    docs = [read_text_bytes(report_of(texts, i).encode("utf-8"), f"r{i}.txt", "txt") for i in range(args.reports)]
    check_document(docs[0])  # warm up: pipeline and lemma table loaded
    latencies = []
    start = time.perf_counter()
    for d in docs:
        t = time.perf_counter()
        check_document(d)
        latencies.append((time.perf_counter() - t) * 1000)
    total = time.perf_counter() - start
    latencies.sort()
    per_check = time_checks(docs)
    result = {
        "machine": f"{platform.machine()}, {platform.processor() or 'cpu'}, Python {platform.python_version()}",
        "words_per_report": TARGET_WORDS,
        "cold_cli_docx_s_median": round(statistics.median(cold), 3),
        "cold_cli_docx_s_min": round(min(cold), 3),
        "warm_ms_median": round(statistics.median(latencies), 1),
        "warm_ms_p95": round(latencies[int(0.95 * (len(latencies) - 1))], 1),
        "reports_per_s_one_process": round(len(docs) / total, 1),
        "peak_rss_mb_cli": round(peak, 1),
        "self_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "warm_ms_median_per_stage": per_check,
    }
    report_result(result, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
