"""Document-level checks: report type, report date, period, missing sections."""

from __future__ import annotations

from collections.abc import Iterator

from checker.analysis.report_type import type_label
from checker.rules.context import Analysis
from checker.rules.registry import Hit, Rule, check

PERIOD_TYPES = {"eindrapportage", "voortgangsrapportage"}


@check("report_type")
def report_type_unknown(analysis: Analysis, rules: list[Rule]) -> Iterator[Hit]:
    if analysis.report_type == "onbekend":
        yield Hit("structure.report_type.unknown", 0, 0)


@check("report_date")
def report_date(analysis: Analysis, rules: list[Rule]) -> Iterator[Hit]:
    found = analysis.report_date
    if found.how == "none":
        yield Hit("timeline.report_date.missing", 0, 0, {"type": type_label(analysis.report_type).lower()})
    elif found.how == "metadata":
        yield Hit("timeline.report_date.metadata_only", 0, 0, {"date": found.date.strftime("%d-%m-%Y")})


@check("period")
def period(analysis: Analysis, rules: list[Rule]) -> Iterator[Hit]:
    if analysis.report_type in PERIOD_TYPES and not analysis.period_stated:
        yield Hit("timeline.period.missing", 0, 0, {"type": type_label(analysis.report_type).lower()})


@check("missing_section")
def missing_section(analysis: Analysis, rules: list[Rule]) -> Iterator[Hit]:
    completeness = analysis.completeness
    if completeness is None:
        return
    for section in completeness.sections:
        if section.required and section.status == "missing":
            yield Hit("structure.missing_section.required", 0, 0,
                      {"title": section.title, "section": section.id,
                       "elements": "; ".join(section.missing)})
