"""Find the date the report itself carries, and the period it covers.

Where a coach puts it: a "Datum:" label, the title block, a "d.d." after the title, or near the
signature. Document properties (docx/odt/pdf metadata) are only a labelled fallback: UWV reads the
text, not the file's properties.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from checker.dates import DateMention, find_dates
from checker.ingest.document import Document

TITLE_BLOCK_CHARS = 700
SIGNATURE_CHARS = 600
MAX_WORDS_BESIDE_DATE = 4
_WORD = re.compile(r"[^\W\d_]{2,}")
# "gestart op 3 januari", "sinds maart": a date of an event, not of the report
_EVENT_PREPOSITION = re.compile(r"(?<!\w)(?:op|sinds|vanaf|van|tot|per|na|voor|vóór|tussen|in|rond|medio|t/m)\s*$", re.I)
MIN_REPORT_YEAR = 2000
# A label right before the date: "Datum:", "Rapportdatum | …" in a table, "Datum plan", "d.d.", and the
# first-person forms of letters ("Vandaag, 17 mei 2023, …", "Ik verstuur deze op …").
_DATE_LABEL = re.compile(
    r"(?<!\w)(?:rapport|rapportage|verslag|opmaak|uitgifte|print|document|plan|brief)?datum"
    r"(?:\s+(?:rapportage|rapport|verslag|opmaak|plan|trajectplan|document|brief))?\s*[:\-–|\t]?\s*\|?\s*$"
    r"|(?<!\w)(?:d\.d\.|opgesteld op|(?:op)?gemaakt op|geschreven op|uitgebracht op|gedateerd|datum van opmaak"
    r"|ondertekend op|getekend op|vandaag\s*,?"
    r"|(?:(?:ik|we|wij)\s+)?(?:schrijf|verstuur|stuur|verzend)\w*\s+(?:(?:ik|we|wij)\s+)?(?:deze|dit|hem|haar)?\s*"
    r"(?:\w+\s+)?op)\s*$",
    re.IGNORECASE,
)
_NOT_REPORT_DATE = re.compile(
    r"(?:geboorte|ziekte|verzuim|uitval|eerste ziekte|start|aanvang|begin|eind|einde|in dienst|contact|gesprek|intake)"
    r"\w*\s*(?:datum)?\s*[:\-–|\t]?\s*\|?\s*$",
    re.IGNORECASE,
)
_PERIOD_LABEL = re.compile(
    r"(?:rapportage)?periode|verslagperiode|over de periode|in de periode|looptijd|trajectduur|"
    r"van\s+\d|t/m|tot en met", re.IGNORECASE,
)


@dataclass(frozen=True)
class DateFinding:
    date: dt.date | None
    start: int
    end: int
    how: str          # label | title | signature | metadata | none


def _line_prefix(text: str, start: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start]


def _full_dates(mentions: list[DateMention]) -> list[DateMention]:
    return [m for m in mentions if m.kind == "date" and not m.year_inferred and m.first.year >= MIN_REPORT_YEAR]


def find_report_date(document: Document, mentions: list[DateMention] | None = None,
                     title_end: int | None = None) -> DateFinding:
    """`title_end`: where the title block stops (the first section heading), at most TITLE_BLOCK_CHARS."""
    text = document.text
    title_end = TITLE_BLOCK_CHARS if title_end is None else min(title_end, TITLE_BLOCK_CHARS)
    mentions = find_dates(text) if mentions is None else mentions
    full = _full_dates(mentions)
    m = next((m for m in full if _DATE_LABEL.search(_line_prefix(text, m.start))), None)
    if m is not None:
        return DateFinding(m.first, m.start, m.end, "label")
    for m in full:
        if m.start > title_end:
            break
        prefix = _line_prefix(text, m.start)
        if not _NOT_REPORT_DATE.search(prefix) and not _PERIOD_LABEL.search(prefix) and _standalone(text, m):
            return DateFinding(m.first, m.start, m.end, "title")
    tail = [m for m in full if m.start >= len(text) - SIGNATURE_CHARS]
    for m in reversed(tail):
        prefix = _line_prefix(text, m.start)
        if not _NOT_REPORT_DATE.search(prefix) and _standalone(text, m):
            return DateFinding(m.first, m.start, m.end, "signature")
    meta = _metadata_date(document.metadata)
    if meta is not None:
        return DateFinding(meta, 0, 0, "metadata")
    return DateFinding(None, 0, 0, "none")


def _standalone(text: str, m: DateMention) -> bool:
    """A date on a line of its own, after a place ('Utrecht, 3 juni 2025') or a title – not in a sentence."""
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    before = text[line_start:m.start]
    rest = before + " " + text[m.end: len(text) if line_end < 0 else line_end]
    return len(_WORD.findall(rest)) <= MAX_WORDS_BESIDE_DATE and not _EVENT_PREPOSITION.search(before)


def _metadata_date(metadata: dict) -> dt.date | None:
    for key in ("modified", "created"):
        value = metadata.get(key)
        if value:
            try:
                return dt.date.fromisoformat(str(value)[:10])
            except ValueError:
                continue
    return None


def states_period(text: str, mentions: list[DateMention]) -> bool:
    """The report says which period it covers: a range, or a 'periode' label with dates."""
    for m in mentions:
        if m.kind == "range":
            return True
        prefix = _line_prefix(text, m.start)[-60:]
        if _PERIOD_LABEL.search(prefix):
            return True
    return False
