"""Cue phrases from `checker/data/context/*.toml`, matched on lower-cased words of a spaCy span.

A cue is a phrase of one or more words; `#` stands for any number, written as digits or as a Dutch
number word; `{a|b c}` stands for each of its alternatives ("{lopen|lang zitten} gaat niet" is two
cues). Context checks ask "does this sentence contain one of these cues, and where?".
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

NUMBER_WORDS = frozenset(
    "een twee drie vier vijf zes zeven acht negen tien elf twaalf vijftien twintig dertig veertig "
    "halve halfe paar enkele anderhalf".split()
)


@lru_cache(maxsize=None)
def load_context(name: str) -> dict:
    """The cue lists of `checker/data/context/<name>.toml`."""
    path = resources.files("checker") / "data" / "context" / f"{name}.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class CueSet:
    by_first: dict[str, tuple[tuple[str, ...], ...]]     # one-word cues and cues whose 2nd word is '#'
    by_pair: dict[tuple[str, str], tuple[tuple[str, ...], ...]]   # the others, by their first two words
    numbered: tuple[tuple[str, ...], ...]        # phrases starting with '#'
    first_words: frozenset[str]                  # every word a cue (not starting with '#') starts with

    @classmethod
    def of(cls, phrases: list[str]) -> "CueSet":
        # Indexed on two words where they can be: "zijn knie", "zijn rechterknie", "zijn rug" … are
        # hundreds of cues after every "zijn".
        by_first: dict[str, list[tuple[str, ...]]] = {}
        by_pair: dict[tuple[str, str], list[tuple[str, ...]]] = {}
        numbered = []
        for phrase in (p for entry in phrases for p in expand(entry)):
            words = tuple(phrase.lower().split())
            if words[0] == "#":
                numbered.append(words)
            elif len(words) > 1 and words[1] != "#":
                by_pair.setdefault(words[:2], []).append(words)
            else:
                by_first.setdefault(words[0], []).append(words)
        longest_first = lambda v: tuple(sorted(v, key=len, reverse=True))  # noqa: E731
        return cls({k: longest_first(v) for k, v in by_first.items()},
                   {k: longest_first(v) for k, v in by_pair.items()}, tuple(numbered),
                   frozenset(by_first) | frozenset(w for w, _ in by_pair))

    def find_words(self, words: list[str], nums: list[bool]) -> list[tuple[int, int]]:
        """Token index ranges (relative to `words`) of every cue, left to right; `nums` flags the
        words spaCy reads as numbers."""
        out = []
        by_first, by_pair, numbered = self.by_first, self.by_pair, self.numbered
        firsts = self.first_words
        n = len(words)
        # Most words start no cue: pick the few positions that can in one comprehension.
        if numbered:
            starts = [i for i, (w, nm) in enumerate(zip(words, nums)) if w in firsts or nm or w in NUMBER_WORDS]
        else:
            starts = [i for i, w in enumerate(words) if w in firsts]
        for i in starts:
            word = words[i]
            candidates = by_pair.get((word, words[i + 1])) if i + 1 < n else None
            short = by_first.get(word)
            if short:
                candidates = short if not candidates else tuple(sorted((*candidates, *short), key=len, reverse=True))
            if numbered and (nums[i] or word in NUMBER_WORDS):
                candidates = (*(candidates or ()), *numbered)
            if not candidates:
                continue
            for phrase in candidates:
                if _matches(words, nums, i, phrase):
                    out.append((i, i + len(phrase)))
                    break
        return out

    def in_sentence(self, tokens, sentence: int) -> list[tuple[int, int]]:
        """Absolute token ranges of the cues in sentence number `sentence` of a TokenTable. The
        whole document is searched once per cue set and the hits kept by sentence."""
        by_sentence = tokens.memo.get(id(self))
        if by_sentence is None:
            by_sentence = tokens.memo[id(self)] = {}   # cue sets live as long as the process
            for a, b in self.find_words(tokens.lower, tokens.num):
                number = tokens.sentence_of[a]
                if tokens.sentence_of[b - 1] == number:
                    by_sentence.setdefault(number, []).append((a, b))
        return by_sentence.get(sentence, [])


_CHOICE = re.compile(r"\{([^{}]*)\}")


def expand(entry: str) -> list[str]:
    """Every phrase an entry stands for: one per combination of its `{a|b}` alternatives."""
    m = _CHOICE.search(entry)
    if not m:
        return [" ".join(entry.split())]
    return [p for alt in m.group(1).split("|")
            for p in expand(entry[:m.start()] + alt + entry[m.end():])]


def _matches(words: list[str], nums: list[bool], i: int, phrase: tuple[str, ...]) -> bool:
    if i + len(phrase) > len(words):
        return False
    for k, w in enumerate(phrase):
        if w == "#":
            if not (nums[i + k] or words[i + k] in NUMBER_WORDS):
                return False
        elif words[i + k] != w:
            return False
    return True


@lru_cache(maxsize=None)
def cue_set(name: str, key: str) -> CueSet:
    return CueSet.of(load_context(name)[key])
