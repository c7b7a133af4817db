"""Recognise the report type from its title block, headings and content (`data/report_types.toml`)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from checker.ingest.document import Document

TITLE_LINES = 12          # the title block: the first lines of the text …
TITLE_LINE_WORDS = 15     # … that are short enough to be a title or a label, not body text
TITLE_WEIGHT = 6
FIRST_LINE_BONUS = 4
HEADING_WEIGHT = 3
CONTENT_WEIGHT = 1
CONTENT_CAP = 4
MIN_SCORE = 3             # below this the type is "onbekend"
CHECKED_WEIGHT = 20       # a ticked box in a form ('Soort: [ ] intake [x] voortgang') decides
# Form options in the title block: '[ ] trajectplan' is a type the report is *not*; '[x] voortgang',
# '☒ eind' the one it is.
_UNCHECKED = re.compile(r"(?:\[[ \t]*\]|☐|\([ \t]*\))[ \t]*[\w-]+")
_CHECKED = re.compile(r"(?:\[[ \t]*[xX✓✔][ \t]*\]|☒|☑|\([ \t]*[xX][ \t]*\))[ \t]*(?P<word>[\w-]+)")
MIN_CHECKED_WORD = 4      # 'eind', 'intake': the start of a type's name


@dataclass(frozen=True)
class TypeGuess:
    report_type: str
    score: int
    evidence: str | None     # the phrase that decided it, for the text output


@lru_cache(maxsize=1)
def _table() -> dict[str, dict]:
    raw = (resources.files("checker") / "data" / "report_types.toml").read_text(encoding="utf-8")
    table = tomllib.loads(raw)
    for spec in table.values():
        spec["title_re"] = [(t, _word_re(t)) for t in spec["title"]]
        spec["first_line_re"] = [(t, _word_re(t)) for t in spec.get("first_line", [])]
        spec["content_re"] = _any_word_re(spec["content"])
    return table


def _word_re(term: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(term).replace(r"\ ", r"\s+") + r"(?!\w)", re.IGNORECASE)


def _any_word_re(terms: list[str]) -> re.Pattern:
    """One alternation for all content terms: one scan of the text instead of one per term."""
    alts = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(terms, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alts + r")(?!\w)", re.IGNORECASE)


def type_label(report_type: str) -> str:
    return _table().get(report_type, {}).get("label", "Onbekend type")


def _distinct_hits(rx: re.Pattern, text: str) -> int:
    """Distinct content terms found, counted up to CONTENT_CAP (the scan stops there)."""
    seen: set[str] = set()
    for m in rx.finditer(text):
        seen.add(" ".join(m.group(0).lower().split()))
        if len(seen) >= CONTENT_CAP:
            break
    return len(seen)


def detect_report_type(document: Document) -> TypeGuess:
    text = document.text
    lines = [ln for ln in text.split("\n") if ln.strip()]
    # The first line is the title even when a PDF's lines came out joined into one paragraph: its
    # first words count. Later lines count when they are short: labels, not body text.
    first_line = " ".join(lines[0].split()[:TITLE_LINE_WORDS]) if lines else ""
    title_block = "\n".join([first_line] + [ln for ln in lines[1:TITLE_LINES] if len(ln.split()) <= TITLE_LINE_WORDS])
    headings = "\n".join(document.block_text(b) for b in document.headings())
    checked = [m.group("word").lower() for m in _CHECKED.finditer(title_block)]
    title_block = _UNCHECKED.sub(" ", _CHECKED.sub(" ", title_block))
    first_line = _UNCHECKED.sub(" ", _CHECKED.sub(" ", first_line))
    best = TypeGuess("onbekend", 0, None)
    for rtype, spec in _table().items():
        score, evidence = 0, None
        for word in checked:
            if len(word) >= MIN_CHECKED_WORD and any(
                    t.startswith(word) or word.startswith(t) for t in (rtype, *spec["title"], *spec.get("first_line", []))):
                score += CHECKED_WEIGHT
                evidence = evidence or f"[x] {word}"
        for term, rx in spec["title_re"]:
            if rx.search(title_block):
                score += TITLE_WEIGHT + (FIRST_LINE_BONUS if rx.search(first_line) else 0)
                evidence = evidence or term
            elif rx.search(headings):
                score += HEADING_WEIGHT
                evidence = evidence or term
        for term, rx in spec["first_line_re"]:
            if rx.search(first_line):
                score += TITLE_WEIGHT + FIRST_LINE_BONUS
                evidence = evidence or term
        score += _distinct_hits(spec["content_re"], text) * CONTENT_WEIGHT
        if score > best.score:
            best = TypeGuess(rtype, score, evidence)
    if best.score < MIN_SCORE:
        return TypeGuess("onbekend", best.score, None)
    return best
