"""What every check reads: the document, its spaCy analysis and the facts found about it."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc

from checker.analysis.report_date import DateFinding
from checker.analysis.report_type import TypeGuess
from checker.analysis.sections import SectionMap
from checker.dates import DateMention
from checker.ingest.document import Document
from checker.nlp.tokens import TokenTable


@dataclass
class Analysis:
    document: Document
    doc: Doc
    report_type: str
    type_guess: TypeGuess | None         # None when the user chose the type
    sections: SectionMap
    dates: list[DateMention]
    report_date: DateFinding
    period_stated: bool
    completeness: object = None          # scoring.Completeness, set by the service before rules run
    extras: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.document.text

    @cached_property
    def tokens(self) -> TokenTable:
        """The tokens as plain lists: what the checks walk (see checker/nlp/tokens.py)."""
        return TokenTable.of(self.doc, self.text)

    def sentence_before(self, offset: int) -> tuple[int, int] | None:
        """The (stripped) sentence span that starts last at or before `offset`; None before the
        first. It need not contain `offset`: the caller decides what a gap means."""
        i = bisect_right(self._sentence_starts, offset) - 1
        return self.sentence_spans[i] if i >= 0 else None

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [start for start, _ in self.sentence_spans]

    @cached_property
    def sentence_spans(self) -> list[tuple[int, int]]:
        """Character spans of sentences without their surrounding whitespace."""
        tokens = self.tokens
        return [tokens.span_chars(first, last) for first, last in tokens.sentences
                if not all(tokens.space[first:last])]
