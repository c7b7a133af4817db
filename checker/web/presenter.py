"""The result page's view of a Report: Dutch labels, counts per category, gauge, section checklist.

Only presentation: every number and status comes from the Report the check service made.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from markupsafe import Markup

from checker.analysis.report_type import type_label
from checker.ingest import Block
from checker.labels import FAMILY_LABELS, STATUS_LABELS, category_label
from checker.labels import SEVERITY_LABELS as SEVERITY_LABELS_LOWER
from checker.model import CATEGORIES, SEVERITY_RANK, Finding, Report, Section
from checker.web.highlight import css_name, family, has_span, render_text

SEVERITY_LABELS = {key: label.capitalize() for key, label in SEVERITY_LABELS_LOWER.items()}
STATUS_ICONS = {"present": "✓", "partial": "◐", "missing": "✗", "not_applicable": "–"}
TYPE_CHOICES = (("auto", "Automatisch herkennen"), ("eindrapportage", "Eindrapportage"),
                ("voortgangsrapportage", "Voortgangsrapportage"), ("trajectplan", "Trajectplan"),
                ("intakeverslag", "Intakeverslag"))
GAUGE_LEVELS = ((80, "good", "goed"), (50, "fair", "matig"), (0, "poor", "onvoldoende"))


@dataclass(frozen=True)
class FindingView:
    index: int
    finding: Finding
    label: str
    family: str
    css: str                  # c-<category>
    severity_label: str
    in_text: bool             # has a span, so a highlight to jump back to


@dataclass(frozen=True)
class CategoryCount:
    category: str
    label: str
    family: str
    family_label: str
    css: str
    count: int


@dataclass(frozen=True)
class SectionView:
    section: Section
    status_label: str
    icon: str


@dataclass
class ResultView:
    report: Report
    source_label: str
    type_label: str
    type_assumed: bool
    text_html: Markup
    in_text: list[FindingView] = field(default_factory=list)       # by position
    document_level: list[FindingView] = field(default_factory=list)
    categories: list[CategoryCount] = field(default_factory=list)
    severity_counts: dict[str, int] = field(default_factory=dict)
    sections: list[SectionView] = field(default_factory=list)
    score: int | None = None
    gauge_class: str = "poor"
    gauge_word: str = ""
    date_label: str | None = None

    @property
    def total(self) -> int:
        return len(self.in_text) + len(self.document_level)


def _finding_view(i: int, f: Finding, length: int) -> FindingView:
    return FindingView(i, f, category_label(f.category), family(f.category), f"c-{css_name(f.category)}",
                       SEVERITY_LABELS.get(f.severity, f.severity), has_span(f, length))


def build(report: Report, source_label: str, headings: list[Block] = ()) -> ResultView:
    """The view of `report`; `headings` (blocks of the checked Document) are set in bold."""
    views = [_finding_view(i, f, len(report.text)) for i, f in enumerate(report.findings)]
    order = {c: n for n, c in enumerate(CATEGORIES)}
    counts = Counter(f.category for f in report.findings)
    view = ResultView(
        report=report, source_label=source_label, type_label=type_label(report.report_type),
        type_assumed=report.report_type_assumed, text_html=render_text(report.text, report.findings, headings),
        in_text=sorted((v for v in views if v.in_text), key=lambda v: (v.finding.start, v.finding.end, v.index)),
        document_level=sorted((v for v in views if not v.in_text),
                              key=lambda v: (-SEVERITY_RANK.get(v.finding.severity, 0), v.index)),
        categories=[CategoryCount(c, category_label(c), family(c), FAMILY_LABELS.get(family(c), family(c)),
                                  f"c-{css_name(c)}", n)
                    for c, n in sorted(counts.items(), key=lambda cn: (order.get(cn[0], 99), cn[0]))],
        severity_counts={s: sum(1 for f in report.findings if f.severity == s) for s in SEVERITY_LABELS},
    )
    if report.report_date:
        year, month, day = report.report_date.split("-")
        view.date_label = f"{day}-{month}-{year}"
    if report.completeness is not None:
        view.score = report.completeness.score
        view.sections = [SectionView(s, STATUS_LABELS.get(s.status, s.status), STATUS_ICONS.get(s.status, "?"))
                         for s in report.completeness.sections]
        for threshold, css, word in GAUGE_LEVELS:
            if view.score >= threshold:
                view.gauge_class, view.gauge_word = css, word
                break
    return view
