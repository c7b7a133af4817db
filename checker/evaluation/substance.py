"""Substance and completeness measured against the corpus: report type, document flags, vague and
undated statements, section status, and whether the score orders reports by quality."""

from __future__ import annotations

from itertools import combinations

from checker.corpus import AnnotatedReport
from checker.evaluation.functions import EXPECTING_TYPES
from checker.evaluation.spans import Counts
from checker.model import Report

SPAN_CATEGORIES = ("vague.outcome", "vague.effort", "timeline.undated_activity", "functions.rationale")
QUALITY_RANK = {"poor": 0, "fair": 1, "good": 2}


def evaluate_substance(reports: list[AnnotatedReport], results: dict[str, Report]) -> dict:
    spans = {c: Counts() for c in SPAN_CATEGORIES}
    type_right = date_right = functions_right = functions_total = 0
    section_total = section_right = 0
    confusions: dict[str, int] = {}
    for report in reports:
        result = results[report.id]
        for category in SPAN_CATEGORIES:
            gold = [(s.start, s.end) for s in report.spans if s.label == category]
            predicted = [(f.start, f.end) for f in result.findings if f.category == category and f.end > f.start]
            spans[category].add(gold, predicted)
        type_right += result.report_type == report.report_type
        has_date = bool(report.meta.get("report_date"))
        date_right += has_date == (result.report_date is not None)
        if report.report_type in EXPECTING_TYPES:      # an intake need not name functions: no flag there
            functions_total += 1
            flagged_none = any(f.category == "functions.none" for f in result.findings)
            functions_right += bool(report.meta.get("functions", True)) != flagged_none
        if result.completeness and result.report_type == report.report_type:
            found = {s.id: s.status for s in result.completeness.sections}
            for section, status in report.meta.get("sections", {}).items():
                section_total += 1
                if found.get(section) == status:
                    section_right += 1
                else:
                    key = f"{status}→{found.get(section, '?')}"
                    confusions[key] = confusions.get(key, 0) + 1
    n = len(reports) or 1
    return {
        "reports": len(reports),
        "report_type_accuracy": round(type_right / n, 3),
        "report_date_flag_accuracy": round(date_right / n, 3),
        "functions_flag_accuracy": round(functions_right / functions_total, 3) if functions_total else None,
        "section_status_accuracy": round(section_right / section_total, 3) if section_total else None,
        "section_status_confusions": dict(sorted(confusions.items(), key=lambda kv: -kv[1])),
        "ordering": ordering(reports, results),
        "spans": {c: v.as_dict() for c, v in spans.items()},
    }


def ordering(reports: list[AnnotatedReport], results: dict[str, Report]) -> dict:
    """Share of report pairs of one type and different gold quality that the score puts in order."""
    pairs = right = 0
    for a, b in combinations(reports, 2):
        if a.report_type != b.report_type or a.meta.get("quality") == b.meta.get("quality"):
            continue
        sa, sb = results[a.id].completeness, results[b.id].completeness
        if sa is None or sb is None:
            continue
        pairs += 1
        better_a = QUALITY_RANK[a.meta["quality"]] > QUALITY_RANK[b.meta["quality"]]
        if sa.score != sb.score and (sa.score > sb.score) == better_a:
            right += 1
    return {"pairs": pairs, "accuracy": round(right / pairs, 3) if pairs else None}
