"""Cue phrases of the completeness profiles, matched with plain string search.

A cue matches where a word starts with it ("sollicit" → "sollicitaties"); "*cue" also inside a
word ("*coach" → "re-integratiecoach"); "cue " (trailing space) only as a whole word-start before
a space ("van "). Case-insensitive, any whitespace between the words of a phrase. Regular
expressions with a few dozen alternatives cost up to a millisecond per search on a report; `str.find`
on text lower-cased and whitespace-normalised once (`cue_text`) costs microseconds.
"""

from __future__ import annotations


def cue_text(text: str) -> str:
    """The form `Cues.search` reads: lower case, every whitespace run one space, a space around."""
    return " " + " ".join(text.lower().split()) + " "


class Cues:
    __slots__ = ("start", "inner", "phrases")

    def __init__(self, cues: list[str] | tuple[str, ...]):
        self.phrases = tuple(cues)
        start, inner = [], []
        for cue in cues:
            body = " ".join(cue.strip().lstrip("*").lower().split())
            if not body:
                continue
            if cue.startswith("*"):
                inner.append(body)
            else:
                start.append(body + (" " if cue.endswith(" ") else ""))
        self.start = tuple(sorted(set(start)))
        self.inner = tuple(sorted(set(inner)))

    def search(self, text: str) -> bool:
        """Whether any cue occurs in `text`, which must come from `cue_text`."""
        for cue in self.inner:
            if cue in text:
                return True
        for cue in self.start:
            i = text.find(cue)
            while i >= 0:
                before = text[i - 1]
                if not (before.isalnum() or before == "_"):
                    return True
                i = text.find(cue, i + 1)
        return False

    def __bool__(self) -> bool:
        return bool(self.start or self.inner)
