"""The evaluation's arithmetic and its command: what the README's figures rest on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from checker.corpus import CORPUS_DIR, AnnotatedReport, Span, load_corpus
from checker.evaluation.avg import evaluate_avg
from checker.evaluation.spans import Counts, overlaps_any

ROOT = Path(__file__).resolve().parent.parent


def test_overlap_is_strict_and_empty_spans_never_overlap():
    assert overlaps_any((0, 5), [(4, 9)])
    assert not overlaps_any((0, 5), [(5, 9)])
    assert not overlaps_any((3, 3), [(0, 9)])


def test_counts_precision_recall_f1():
    c = Counts().add(gold=[(0, 5), (10, 15), (20, 25)], predicted=[(1, 2), (11, 12), (30, 31)])
    assert (c.gold_found, c.predicted_correct) == (2, 2)
    assert round(c.precision, 3) == 0.667 and round(c.recall, 3) == 0.667
    assert Counts().precision == 1.0 and Counts().f1 == 1.0     # nothing to find, nothing found


def _report(spans):
    text = "x" * 100
    return AnnotatedReport(id="t1", path=Path("t1.txt"), meta={}, text=text,
                           spans=[Span(lbl, s, e, text[s:e]) for lbl, s, e in spans])


def test_category_confusion_counts_for_precision_not_recall_and_allowed_passages():
    report = _report([("avg.private", 0, 10), ("ok.avg.health", 40, 60), ("ok.avg.health", 70, 80)])
    predictions = {"avg.health": [(2, 4), (45, 50)]}
    result = evaluate_avg([report], lambda r: predictions)
    health = result.per_category["avg.health"]
    assert health.predicted_correct == 1                       # (2,4) points at a real violation
    assert result.per_category["avg.private"].gold_found == 0   # but private recall is strict
    assert (result.allowed_flagged, result.allowed_total) == (1, 2)


def test_evaluate_command_runs_on_the_dev_split_and_prints_json():
    out = subprocess.run([sys.executable, "-m", "checker.evaluate", "--split", "dev", "--no-deduce",
                          "--format", "json"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["split"] == "dev" and result["reports"] >= 15
    assert set(result["avg"]) == {"rapportcheck", "lexicon"}
    health = result["avg"]["rapportcheck"]["categories"]["avg.health"]
    assert health["gold"] > 0 and 0 <= health["recall"] <= 1
    assert "report_type_accuracy" in result["substance"]


def test_error_listing_shows_misses_and_false_alarms_with_context():
    from checker.evaluation.errors import render_errors, span_errors
    from checker.model import Report
    from checker.service import check_text

    text = "Het ging goed. Zij heeft een whiplash."
    report = AnnotatedReport(id="x1", path=Path("x1.txt"), meta={}, text=text,
                             spans=[Span("avg.private", 0, 13, text[:13])])   # a gold span nothing flags
    result = check_text(text)
    assert isinstance(result, Report)
    rows = span_errors([report], {"x1": result}, "dev", ["avg.health", "avg.private"])
    assert {(r["kind"], r["category"], r["text"]) for r in rows} == {
        ("miss", "avg.private", "Het ging goed"), ("false alarm", "avg.health", "whiplash")}
    listing = render_errors(rows)
    assert "== avg.private: miss (1)" in listing and "⟦whiplash⟧" in listing


def test_error_listing_is_refused_on_the_test_split():
    out = subprocess.run([sys.executable, "-m", "checker.evaluate", "--split", "test", "--errors"],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 2
    assert "test-split" in out.stderr and out.stdout == ""


def test_evaluate_measures_a_batch_of_files_outside_the_corpus_and_refuses_test_reports(tmp_path):
    dev = [r.id for r in load_corpus("dev")][:2]
    files = []
    for i, rid in enumerate(dev):
        text = (CORPUS_DIR / "reports" / f"{rid}.txt").read_text(encoding="utf-8")
        path = tmp_path / f"r98{i:02d}.txt"
        path.write_text(text.replace(f'id = "{rid}"', f'id = "r98{i:02d}"', 1), encoding="utf-8")
        files.append(str(path))
    out = subprocess.run([sys.executable, "-m", "checker.evaluate", "--no-deduce", "--format", "json",
                          "--files", *files], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    assert result["split"] == "files" and result["reports"] == 2
    assert result["avg"]["rapportcheck"]["categories"]["avg.health"]["gold"] > 0

    test_report = next(r.id for r in load_corpus("test"))
    refused = subprocess.run([sys.executable, "-m", "checker.evaluate", "--files",
                              str(CORPUS_DIR / "reports" / f"{test_report}.txt")], capture_output=True, text=True)
    assert refused.returncode == 2 and "test-split" in refused.stderr and "Traceback" not in refused.stderr
