"""A document's tokens as plain Python lists, read from spaCy in one `Doc.to_array` call.

Every check walks the same tokens; reading them through spaCy's `doc[i]` creates a Token object per
access, which costs more than the checks themselves. One array read plus a process-wide
hash → string cache keeps building the table under a millisecond, and lists are read at C speed.
Built once per document (`Analysis.tokens`) and shared by every check.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_TITLE, LEMMA, LIKE_NUM, LOWER, ORTH, SENT_START

_ATTRS = [ORTH, LOWER, LEMMA, IS_SPACE, IS_PUNCT, LIKE_NUM, IS_ALPHA, IS_TITLE, SENT_START, IDX]
_STRINGS: dict[int, str] = {0: ""}
_CACHE_LIMIT = 500_000
CLAUSE_MARKS = frozenset({",", ";", ".", ":", "!", "?", "–", "—", "(", ")"})
MAX_PIECE = 120      # tokens; `pieces` cuts longer "sentences" (text without punctuation)


@dataclass(frozen=True)
class Sent:
    """A sentence piece: tokens lo..hi-1, characters start..end without surrounding whitespace."""

    lo: int
    hi: int
    start: int
    end: int


def _string(h: int, strings) -> str:
    s = _STRINGS.get(h)
    if s is None:
        if len(_STRINGS) > _CACHE_LIMIT:
            _STRINGS.clear()
            _STRINGS[0] = ""
        s = _STRINGS[h] = strings[h]
    return s


def token_texts(hashes: list[int], strings) -> list[str]:
    """The strings of `hashes` through the process-wide cache: a StringStore look-up per token
    costs more than a dict look-up."""
    get = _STRINGS.get
    return [get(h) or _string(h, strings) for h in hashes]


@dataclass
class TokenTable:
    text: str
    texts: list[str]
    lower: list[str]
    lemma: list[str]          # lower-cased lemma; the lower form where the table knows none
    start: list[int]          # character offsets
    end: list[int]
    space: list[bool]
    punct: list[bool]
    skip: list[bool]          # punctuation or whitespace
    num: list[bool]
    alpha: list[bool]
    title: list[bool]
    sentences: list[tuple[int, int]]   # spaCy's sentences as token ranges, every token in one
    sentence_of: list[int]
    _pieces: list[Sent] | None = field(default=None, repr=False)
    memo: dict = field(default_factory=dict, repr=False)    # per-document results checks share

    @classmethod
    def of(cls, doc, text: str | None = None) -> "TokenTable":
        text = doc.text if text is None else text
        if not len(doc):
            return cls(text, [], [], [], [], [], [], [], [], [], [], [], [], [])
        orth, lower, lemma, space, punct, num, alpha, title, sent_start, idx = doc.to_array(_ATTRS).T.tolist()
        strings = doc.vocab.strings
        get = _STRINGS.get            # inline look-up: a function call per token is the cost here
        texts = [get(h) or _string(h, strings) for h in orth]
        lowers = [get(h) or _string(h, strings) for h in lower]
        lemmas = [(get(h) or _string(h, strings)).lower() or low for h, low in zip(lemma, lowers)]
        sentences, sentence_of, first = [], [], 0
        for i, s in enumerate(sent_start):
            if i > 0 and s == 1:
                sentences.append((first, i))
                first = i
            sentence_of.append(len(sentences))
        sentences.append((first, len(texts)))
        return cls(
            text, texts, lowers, lemmas, idx, [i + len(t) for i, t in zip(idx, texts)],
            list(map(bool, space)), list(map(bool, punct)), [bool(a or b) for a, b in zip(space, punct)],
            list(map(bool, num)), list(map(bool, alpha)), list(map(bool, title)), sentences, sentence_of,
        )

    def __len__(self) -> int:
        return len(self.lower)

    def token_at(self, offset: int) -> int:
        """Index of the token that starts at or before character `offset`."""
        return max(0, bisect_right(self.start, offset) - 1)

    def end_char(self, i: int) -> int:
        return self.end[i]

    def skip_spaces(self, i: int, stop: int) -> int:
        """The first token from `i` on that is not whitespace, or `stop`."""
        while i < stop and self.space[i]:
            i += 1
        return i

    def clause_end(self, start: int, stop: int, at_least: int = 1) -> int:
        """Where the clause from token `start` ends (exclusive): at the first clause mark (, ; . :
        ! ? – — ( )) `at_least` or more tokens after `start`, else at `stop`; without the
        whitespace tokens before it."""
        end = start + 1
        while end < stop and not (self.lower[end] in CLAUSE_MARKS and end - start >= at_least):
            end += 1
        while end - 1 > start and self.lower[end - 1].isspace():
            end -= 1
        return end

    def span_chars(self, first: int, last: int) -> tuple[int, int]:
        """Character span of tokens first..last-1, without surrounding whitespace tokens."""
        while first < last - 1 and self.space[first]:
            first += 1
        while last - 1 > first and self.space[last - 1]:
            last -= 1
        return self.start[first], self.end[last - 1]

    @property
    def sents(self) -> list[Sent]:
        """Sentences cut into pieces of at most MAX_PIECE tokens (after a comma or semicolon where
        possible), without whitespace-only pieces: the unit of the function analysis."""
        if self._pieces is None:
            self._pieces = []
            for lo, hi in self.sentences:
                while hi - lo > MAX_PIECE:
                    cut = self._cut(lo, lo + MAX_PIECE)
                    self._add_piece(lo, cut)
                    lo = cut
                self._add_piece(lo, hi)
        return self._pieces

    def gap_before(self, k: int) -> str:
        """The text between sentence piece k-1 and piece k."""
        return self.text[self.sents[k - 1].end:self.sents[k].start]

    def _cut(self, lo: int, hi: int) -> int:
        for k in range(hi - 1, (lo + hi) // 2, -1):
            if self.texts[k] in (",", ";"):
                return k + 1
        return hi

    def _add_piece(self, lo: int, hi: int) -> None:
        first, last = lo, hi - 1
        while first <= last and self.space[first]:
            first += 1
        while last >= first and self.space[last]:
            last -= 1
        if first <= last:
            self._pieces.append(Sent(lo, hi, self.start[first], self.end[last]))
