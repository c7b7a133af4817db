"""The result model every renderer reads: one Report per input, holding Findings and Completeness.

Field names and values follow `shared/CONTRACT.md` (schema `rapportcheck/1`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SCHEMA_ID = "rapportcheck/1"

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}

REPORT_TYPES: tuple[str, ...] = (
    "eindrapportage", "voortgangsrapportage", "trajectplan", "intakeverslag", "onbekend",
)

CATEGORIES: tuple[str, ...] = (
    "avg.health", "avg.private", "avg.third_party", "avg.identifier",
    "vague.outcome", "vague.effort",
    "timeline.report_date", "timeline.period", "timeline.undated_activity",
    "functions.none", "functions.rationale",
    "structure.missing_section", "structure.report_type",
)

SectionStatus = Literal["present", "partial", "missing", "not_applicable"]


@dataclass(frozen=True)
class Finding:
    rule: str
    category: str
    severity: Severity
    message: str
    suggestion: str | None
    start: int
    end: int
    text: str
    section: str | None = None

    def to_dict(self) -> dict:
        return {
            "rule": self.rule, "category": self.category, "severity": self.severity,
            "message": self.message, "suggestion": self.suggestion,
            "start": self.start, "end": self.end, "text": self.text, "section": self.section,
        }


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    status: SectionStatus
    required: bool
    missing: tuple[str, ...] = ()
    weight: float = 1.0

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "status": self.status,
                "required": self.required, "missing": list(self.missing)}


@dataclass(frozen=True)
class Completeness:
    profile: str
    score: int
    sections: tuple[Section, ...]

    def to_dict(self) -> dict:
        return {"profile": self.profile, "score": self.score,
                "sections": [s.to_dict() for s in self.sections]}


@dataclass(frozen=True)
class Stats:
    characters: int
    words: int
    sentences: int

    def to_dict(self) -> dict:
        return {"characters": self.characters, "words": self.words, "sentences": self.sentences}


@dataclass
class Report:
    """The answer for one input. With `error` set, the other fields are empty."""

    source: str
    error: str | None = None
    report_type: str = "onbekend"
    report_type_assumed: bool = True
    report_date: str | None = None
    stats: Stats | None = None
    completeness: Completeness | None = None
    findings: list[Finding] = field(default_factory=list)
    text: str = ""
    line_starts: list[int] = field(default_factory=list, repr=False)

    @classmethod
    def failed(cls, source: str, error: str) -> "Report":
        return cls(source=source, error=error)

    def to_dict(self) -> dict:
        if self.error is not None:
            return {"source": self.source, "error": self.error}
        return {
            "source": self.source,
            "error": None,
            "report_type": self.report_type,
            "report_date": self.report_date,
            "stats": self.stats.to_dict() if self.stats else {},
            "completeness": self.completeness.to_dict() if self.completeness else None,
            "findings": [f.to_dict() for f in self.findings],
        }

    def worst_severity(self) -> str | None:
        if not self.findings:
            return None
        return max((f.severity for f in self.findings), key=SEVERITY_RANK.__getitem__)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset in `text`."""
        import bisect

        if not self.line_starts:
            self.line_starts = [0] + [i + 1 for i, ch in enumerate(self.text) if ch == "\n"]
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1
