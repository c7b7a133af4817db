"""What the checker missed and what it flagged wrongly, span by span: the error analysis behind
lexicon and rule work. `python -m checker.evaluate --split dev --errors`.

Refused on the test split: looking at test errors one by one is tuning on the test split, however
good the intentions. The test split is only ever summarised.
"""

from __future__ import annotations

from collections.abc import Iterable

from checker.corpus import AnnotatedReport
from checker.evaluation.avg import AVG_CATEGORIES
from checker.evaluation.spans import overlaps_any
from checker.evaluation.substance import SPAN_CATEGORIES
from checker.model import Report

CATEGORIES = (*AVG_CATEGORIES, *SPAN_CATEGORIES)


class TestSplitRefused(ValueError):
    pass


def span_errors(reports: Iterable[AnnotatedReport], results: dict[str, Report], split: str,
                categories: Iterable[str] = CATEGORIES) -> list[dict]:
    """One row per missed gold span ("miss") and per prediction that hits no gold span of an
    accepted category ("false alarm"); AVG predictions are accepted on any AVG gold span, as in
    the evaluation."""
    if split == "test":
        raise TestSplitRefused("fouten per span worden niet getoond voor de test-split; gebruik --split dev of train")
    rows = []
    for report in reports:
        findings = results[report.id].findings
        avg_gold = [(s.start, s.end) for s in report.spans if s.label in AVG_CATEGORIES]
        for category in categories:
            gold = [(s.start, s.end) for s in report.spans if s.label == category]
            predicted = [(f.start, f.end, f.rule) for f in findings if f.category == category and f.end > f.start]
            accept = avg_gold if category in AVG_CATEGORIES else gold
            for start, end in gold:
                if not overlaps_any((start, end), [(p[0], p[1]) for p in predicted]):
                    rows.append(_row("miss", report, category, start, end, ""))
            for start, end, rule in predicted:
                if not overlaps_any((start, end), accept):
                    rows.append(_row("false alarm", report, category, start, end, rule))
    return rows


def _row(kind: str, report: AnnotatedReport, category: str, start: int, end: int, rule: str) -> dict:
    return {"kind": kind, "report": report.id, "category": category, "rule": rule,
            "start": start, "end": end, "text": report.text[start:end],
            "context": _context(report.text, start, end)}


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    lo, hi = max(0, start - width), min(len(text), end + width)
    return (text[lo:start] + "⟦" + text[start:end] + "⟧" + text[end:hi]).replace("\n", " ⏎ ")


def render_errors(rows: list[dict]) -> str:
    lines = []
    for category in CATEGORIES:
        for kind in ("miss", "false alarm"):
            chosen = [r for r in rows if r["category"] == category and r["kind"] == kind]
            if not chosen:
                continue
            lines.append(f"\n== {category}: {kind} ({len(chosen)})")
            for r in chosen:
                rule = f" [{r['rule']}]" if r["rule"] else ""
                lines.append(f"  {r['report']}{rule}: {r['context']}")
    return "\n".join(lines).lstrip("\n")
