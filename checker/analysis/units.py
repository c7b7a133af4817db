"""The pieces of report text a substance finding points at, and the passages around them.

A *unit* is what a coach would rewrite as one: a sentence of a paragraph, a whole list item or a
whole table row. Its *passage* is the paragraph, the run of list items or table rows (with the line
that introduces them, "In maart 2025:"), or a record of "Label: waarde" lines ("Datum contact: …",
"Activiteit: …"); a field whose value runs to several sentences, and the answers of a "Vraag: /
Antwoord:" questionnaire, are read sentence by sentence like a paragraph. The vague and timeline
checks ask "is this claim backed up / dated here?", and the answer depends on exactly this
structure. Built once per report and kept in `analysis.extras["units"]`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from checker.nlp.tokens import MAX_PIECE

# "Datum contact: 04-03-2025", "Activiteit: netwerkgesprek": a label of a few words, then a value.
_FIELD = re.compile(r"[^\W\d_][\w .()/&'’-]{0,40}?:\s+\S")
_FIELD_REACH = 1 + 40 + 1          # the first letter, at most 40 label characters, the colon
# Labels that open a new record in an export log ("Datum contact:", "Week:").
_RECORD_START = ("datum", "date", "wanneer", "week")
# Labels of a questionnaire export: each answer is prose, not a log field.
_QA_LABELS = ("vraag:", "antwoord:")
# Labels whose value says when ("Datum contact: 04-03-2025", "Periode: 7 oktober t/m 16 december").
DATE_LABELS = ("datum", "date", "wanneer", "periode", "week", "maand", "data", "termijn")


@dataclass(frozen=True)
class Passage:
    kind: str              # paragraph | list | table | record
    start: int             # characters of the passage, lead line not included
    end: int
    lead: int | None       # block index of the line introducing a list or table ("Maart 2025:")
    blocks: tuple[int, ...]


@dataclass(frozen=True)
class View:
    """The tokens of a unit without whitespace tokens, as plain lists (from the TokenTable)."""

    texts: list[str]
    lower: list[str]
    num: list[bool]
    alpha: list[bool]
    punct: list[bool]

    def __len__(self) -> int:
        return len(self.lower)


@dataclass(frozen=True)
class Unit:
    kind: str              # sentence | list_item | table_row | field
    start: int             # characters, without surrounding whitespace
    end: int
    lo: int                # first token (index into the spaCy doc)
    hi: int                # token end
    block: int             # index into document.blocks
    passage: int           # index into Units.passages
    parent: int | None     # block index of the enclosing list item of a nested item


class Units:
    """All units and passages of one report, in text order."""

    def __init__(self, analysis) -> None:
        self.analysis = analysis
        self.text: str = analysis.text
        blocks = analysis.document.blocks
        self.blocks = blocks
        self.passages: list[Passage] = []
        self.passage_of_block: dict[int, int] = {}
        self._build_passages(blocks)
        self._parents = _parents(blocks)
        self.table = analysis.tokens
        self.units: list[Unit] = self._build_units(analysis, blocks)
        self._starts = [u.start for u in self.units]
        self._views: dict[int, View] = {}
        self._date_fields: dict[int, bool | None] = {}
        self._date_starts = [d.start for d in analysis.dates]
        self._dates = analysis.dates

    # -- queries ----------------------------------------------------------------------------------

    def view(self, unit: Unit) -> View:
        """The unit's tokens as lists, built once per unit."""
        v = self._views.get(unit.start)
        if v is None:
            t = self.table
            keep = self.kept_tokens(unit)
            v = self._views[unit.start] = View([t.texts[i] for i in keep], [t.lower[i] for i in keep],
                                               [t.num[i] for i in keep], [t.alpha[i] for i in keep],
                                               [t.punct[i] for i in keep])
        return v

    def kept_tokens(self, unit: Unit) -> list[int]:
        """The token indices behind `view(unit)`: the unit's tokens without whitespace."""
        return [i for i in range(unit.lo, unit.hi) if not self.table.space[i]]

    def unit_text(self, unit: Unit) -> str:
        return self.text[unit.start:unit.end]

    def has_date(self, start: int, end: int) -> bool:
        """Whether a date mention overlaps text[start:end]."""
        i = bisect_left(self._date_starts, end)      # mentions are sorted and never overlap
        return i > 0 and self._dates[i - 1].end > start

    def block_has_date(self, index: int | None) -> bool:
        if index is None:
            return False
        block = self.blocks[index]
        return self.has_date(block.start, block.end)

    def date_field(self, passage: int) -> bool | None:
        """For a record or a list of "Label: waarde" items: whether its date field ("Datum contact:",
        "Wanneer:", "Periode:") holds a date; None when it has no such field. Worked out once per
        passage."""
        if passage not in self._date_fields:
            self._date_fields[passage] = None
            for b in self.passages[passage].blocks:
                block = self.blocks[b]
                head = self.text[block.start:min(block.end, block.start + 40)].lstrip("-•*–·▪ ").lower()
                label, colon, _ = head.partition(":")
                if (colon and len(label) <= 30 and label.startswith(DATE_LABELS)
                        and not any(c.isdigit() for c in label)):
                    self._date_fields[passage] = self.has_date(block.start, block.end)
                    break
        return self._date_fields[passage]

    def in_passage(self, passage: int) -> list[Unit]:
        p = self.passages[passage]
        lo, hi = bisect_left(self._starts, p.start), bisect_right(self._starts, p.end)
        return [u for u in self.units[lo:hi] if u.passage == passage]

    def neighbours(self, unit: Unit, before: int = 1, after: int = 1, same_passage: bool = True) -> list[Unit]:
        """Units just before and after `unit`: of the same passage, or (`same_passage=False`) of any
        passage up to the nearest heading."""
        i = bisect_left(self._starts, unit.start)
        out = []
        for k in range(max(0, i - before), min(len(self.units), i + after + 1)):
            other = self.units[k]
            if k == i:
                continue
            if same_passage and other.passage != unit.passage:
                continue
            lo, hi = sorted((other.block, unit.block))
            if any(self.blocks[b].kind == "heading" for b in range(lo + 1, hi)):
                continue
            out.append(other)
        return out

    # -- construction -----------------------------------------------------------------------------

    def _build_passages(self, blocks) -> None:
        text = self.text
        i = 0
        while i < len(blocks):
            block = blocks[i]
            kind = block.kind
            if kind == "heading":
                i += 1
                continue
            j = i + 1
            if kind in ("list_item", "table_row"):
                while j < len(blocks) and blocks[j].kind == kind:
                    j += 1
                pkind = "list" if kind == "list_item" else "table"
            elif _is_field(text, block):
                while (j < len(blocks) and blocks[j].kind == "paragraph" and _is_field(text, blocks[j])
                       and not _starts_record(text, blocks[j])
                       and text.count("\n", blocks[j - 1].end, blocks[j].start) <= 1):
                    j += 1
                # "Vraag: Resultaat" / "Antwoord: Geen werk gevonden.": a form's answers are prose.
                pkind = "record" if j - i > 1 and not _questions_and_answers(text, blocks[i:j]) else "paragraph"
            else:
                pkind = "paragraph"
            lead = _lead(text, blocks, i) if pkind in ("list", "table") else None
            index = len(self.passages)
            self.passages.append(Passage(pkind, block.start, blocks[j - 1].end, lead, tuple(range(i, j))))
            for k in range(i, j):
                self.passage_of_block[k] = index
            i = j

    def _build_units(self, analysis, blocks) -> list[Unit]:
        block_starts = [b.start for b in blocks]
        units: list[Unit] = []
        merged: dict[int, int] = {}          # block index -> index in units (list items, rows)
        table = analysis.tokens
        pieces = []
        per_block: dict[int, int] = {}
        for piece in table.sents:            # sentences, run-on text cut into pieces of MAX_PIECE tokens
            b = bisect_right(block_starts, piece.start) - 1
            if b < 0 or piece.start >= blocks[b].end or b not in self.passage_of_block:
                continue                      # headings and text outside any block
            pieces.append((piece, b))
            per_block[b] = per_block.get(b, 0) + 1
        for piece, b in pieces:
            lo, hi, start, end = piece.lo, piece.hi, piece.start, piece.end
            block = blocks[b]
            # A field whose value is prose ("Antwoord: Er is veel gesolliciteerd. Er zijn geen …")
            # is rewritten sentence by sentence, like a paragraph; a log field stays one unit.
            record = self.passages[self.passage_of_block[b]].kind == "record" and per_block[b] == 1
            if block.kind in ("list_item", "table_row") or record:
                if b in merged and hi - units[merged[b]].lo <= MAX_PIECE:   # one unit, whatever its sentences
                    u = units[merged[b]]
                    units[merged[b]] = Unit(u.kind, u.start, max(u.end, end), u.lo, max(u.hi, hi), b,
                                            u.passage, u.parent)
                    continue
                merged[b] = len(units)
                kind = "field" if record else block.kind
            else:
                kind = "sentence"
            units.append(Unit(kind, start, end, lo, hi, b, self.passage_of_block[b], self._parents.get(b)))
        return units


def _is_field(text: str, block) -> bool:
    # _FIELD puts its colon within the first 42 characters: without one there, skip the regex.
    return (block.kind == "paragraph" and text.find(":", block.start, min(block.end, block.start + _FIELD_REACH)) >= 0
            and _FIELD.match(text, block.start, block.end) is not None)


def _questions_and_answers(text: str, blocks) -> bool:
    return all(text[b.start:b.start + 9].lower().startswith(_QA_LABELS) for b in blocks)


def _starts_record(text: str, block) -> bool:
    return text[block.start:block.start + 12].lower().startswith(_RECORD_START)


def _lead(text: str, blocks, first: int) -> int | None:
    """The block just before a list or table when it introduces it: a heading or a line ending in ':'."""
    if first == 0:
        return None
    prev = blocks[first - 1]
    if prev.kind == "heading" or text[prev.start:prev.end].rstrip().endswith(":"):
        return first - 1
    return None


def _parents(blocks) -> dict[int, int]:
    """For each nested list item, the item it hangs under ("- Maart 2025" above "  - gesprek
    werkgever"): one pass with a stack of open items."""
    out: dict[int, int] = {}
    stack: list[int] = []
    for k, block in enumerate(blocks):
        if block.kind != "list_item":
            stack = []
            continue
        while stack and blocks[stack[-1]].level >= block.level:
            stack.pop()
        if stack:
            out[k] = stack[-1]
        stack.append(k)
    return out


def units_of(analysis) -> Units:
    """The units of `analysis`, built once and kept in `analysis.extras`."""
    found = analysis.extras.get("units")
    if found is None:
        found = analysis.extras["units"] = Units(analysis)
    return found
