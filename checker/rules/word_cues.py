"""Word cues with compound wildcards, for words Dutch glues together ("netwerkgesprekken").

`*gesprek*` matches any word containing "gesprek", `sollicit*` any word starting with it,
`*training` any word ending in it, `cv` only the word itself. Multi-word phrases stay in
`checker/rules/cues.py`; this is the per-word test, one set look-up plus two tuple scans.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from checker.rules.cues import load_context


@dataclass(frozen=True)
class WordCues:
    exact: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    infixes: tuple[str, ...]
    _seen: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    @classmethod
    def of(cls, words: list[str]) -> "WordCues":
        exact, pre, suf, inf = set(), [], [], []
        for w in (w.lower() for w in words):
            if w.startswith("*") and w.endswith("*"):
                inf.append(w[1:-1])
            elif w.endswith("*"):
                pre.append(w[:-1])
            elif w.startswith("*"):
                suf.append(w[1:])
            else:
                exact.add(w)
        return cls(frozenset(exact), tuple(pre), tuple(suf), tuple(inf))

    def match(self, word: str) -> bool:
        """`word` lower-cased. Answers are remembered: report vocabularies repeat."""
        hit = self._seen.get(word)
        if hit is None:
            if len(self._seen) > 100_000:
                self._seen.clear()
            hit = self._seen[word] = (word in self.exact or word.startswith(self.prefixes)
                                      or word.endswith(self.suffixes) or any(i in word for i in self.infixes))
        return hit

    def any_in(self, words: list[str]) -> bool:
        """Whether one of `words` matches: one call per unit, not one per word (the hot path)."""
        seen = self._seen
        for w in words:
            hit = seen.get(w)
            if hit is None:
                hit = self.match(w)
            if hit:
                return True
        return False


@lru_cache(maxsize=None)
def word_cues(name: str, key: str) -> WordCues:
    """The word list `key` of `checker/data/context/<name>.toml`."""
    return WordCues.of(load_context(name)[key])


class WordTags:
    """Several word lists at once: the names of the lists each word is on, worked out once per
    distinct word. A check tags a sentence's words in one pass and then asks set questions."""

    def __init__(self, lists: dict[str, WordCues]) -> None:
        self.lists = lists
        self._seen: dict[str, frozenset[str]] = {}

    def tags(self, word: str) -> frozenset[str]:
        hit = self._seen.get(word)
        if hit is None:
            if len(self._seen) > 100_000:
                self._seen.clear()
            hit = self._seen[word] = frozenset(name for name, cues in self.lists.items() if cues.match(word))
        return hit

    def of(self, words: list[str]) -> list[frozenset[str]]:
        seen, out = self._seen, []        # the look-up inline: a call per word is the cost here
        for w in words:
            hit = seen.get(w)
            out.append(hit if hit is not None else self.tags(w))
        return out


@lru_cache(maxsize=None)
def word_tags(name: str, keys: tuple[str, ...]) -> WordTags:
    """Tags for the word lists `keys` of `checker/data/context/<name>.toml`."""
    return WordTags({k: word_cues(name, k) for k in keys})
