"""A document's tokens as plain Python lists, built once per document.

Every check walks the same tokens; reading them through spaCy's `doc[i]` creates a Token object per
access, which cost more than the checks themselves. Lists of strings and ints are read at C speed.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.attrs import IS_PUNCT, IS_SPACE, IS_TITLE, LIKE_NUM, SENT_START


@dataclass(frozen=True)
class TokenTable:
    lower: list[str]
    lemma: list[str]          # lower-cased lemma; the lower form where the table knows none
    start: list[int]          # character offsets
    end: list[int]
    skip: list[bool]          # punctuation or whitespace
    num: list[bool]
    title: list[bool]
    sentences: list[tuple[int, int]]   # token ranges, every token in exactly one
    sentence_of: list[int]

    @classmethod
    def of(cls, doc) -> "TokenTable":
        arr = doc.to_array([IS_PUNCT, IS_SPACE, LIKE_NUM, IS_TITLE, SENT_START]).tolist()
        lower, lemma, start, end = [], [], [], []
        for tok in doc:
            low = tok.lower_
            lower.append(low)
            lemma.append(tok.lemma_ or low)
            start.append(tok.idx)
            end.append(tok.idx + len(tok.text))
        sentences, sentence_of = [], []
        first = 0
        for i, row in enumerate(arr):
            if i > 0 and row[4] == 1:
                sentences.append((first, i))
                first = i
            sentence_of.append(len(sentences))
        if arr:
            sentences.append((first, len(arr)))
        return cls(lower, lemma, start, end,
                   [bool(r[0] or r[1]) for r in arr], [bool(r[2]) for r in arr], [bool(r[3]) for r in arr],
                   sentences, sentence_of)

    def __len__(self) -> int:
        return len(self.lower)

    def token_at(self, offset: int) -> int:
        """Index of the token that starts at or before character `offset`."""
        return max(0, bisect_right(self.start, offset) - 1)

    def span_chars(self, first: int, last: int) -> tuple[int, int]:
        """Character span of tokens first..last-1, without surrounding whitespace tokens."""
        while first < last - 1 and self.lower[first].isspace():
            first += 1
        while last - 1 > first and self.lower[last - 1].isspace():
            last -= 1
        return self.start[first], self.end[last - 1]
