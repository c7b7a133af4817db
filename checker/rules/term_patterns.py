"""Word lists as one compiled regex, for checks that read context around a value rather than tokens.

The lists are ordinary lexicons (`checker/data/lexicons/<folder>/<list>.txt`, see `lexicons.py`), so
a domain expert edits them the same way: `word`, `*head` (any word ending in it), `modifier*` (any
word starting with it) and phrases. Matching is case-insensitive and on whole words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.rules.lexicons import load_lexicon

_WORD_CHAR = r"[\w&@]"


def _alternative(entry: str) -> str:
    if entry.startswith("*"):
        return r"[\w-]*" + re.escape(entry[1:])
    if entry.endswith("*"):
        return re.escape(entry[:-1]) + r"[\w-]*"
    return r"\s+".join(re.escape(w) for w in entry.split())


@lru_cache(maxsize=64)
def term_pattern(*names: str) -> re.Pattern:
    """One regex matching any entry of the lexicons `names` as a whole word or phrase."""
    entries: set[str] = set()
    for name in names:
        lex = load_lexicon(name)
        entries |= lex.words | {" ".join(p) for p in lex.phrases}
        entries |= {"*" + h for h in lex.heads} | {m + "*" for m in lex.modifiers}
    alts = "|".join(_alternative(e) for e in sorted(entries, key=len, reverse=True))
    return re.compile(rf"(?<!{_WORD_CHAR})(?:{alts})(?!{_WORD_CHAR})", re.IGNORECASE)


@lru_cache(maxsize=64)
def _anchors(names: tuple[str, ...]) -> tuple[tuple[str, int, str], ...]:
    """(literal, words before it, word key) triples, one of which every match contains: the entry
    itself, the longest word of a phrase ('heer' of 'de heer', 1 word before it), a compound head
    or modifier. The key is the literal's longest run of word characters when the literal is a
    whole word (a quick membership test), '' for an affix (always searched)."""
    out: set[tuple[str, int, str]] = set()
    for name in names:
        lex = load_lexicon(name)
        for literal, before, whole in (
            [(w, 0, True) for w in lex.words]
            + [(a, 0, False) for a in (*lex.heads, *lex.modifiers)]
            + [(p[k], k, True) for p in lex.phrases for k in [max(range(len(p)), key=lambda i: len(p[i]))]]
        ):
            key = max(re.findall(r"\w+", literal), key=len, default="") if whole else ""
            out.add((literal, before, key))
    return tuple(sorted(out))


@lru_cache(maxsize=4)
def _words(lower: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", lower))


def find_terms(text: str, *names: str) -> list[re.Match]:
    """All matches of `term_pattern(*names)` in text, tried only where an anchor occurs (a set
    look-up, then str.find) instead of at every position: a lexicon scan of a long report costs
    ~0.1 ms as a plain finditer, a few µs this way."""
    lower = text.lower()
    pattern = term_pattern(*names)
    if len(lower) != len(text):                 # a character whose lower case is longer
        return list(pattern.finditer(text))
    present = _words(lower)
    starts: set[int] = set()
    for anchor, words_before, key in _anchors(names):
        if key and key not in present:
            continue
        i = lower.find(anchor)
        while i >= 0:
            j = _word_start(lower, i)
            for _ in range(words_before):
                while j > 0 and lower[j - 1].isspace():
                    j -= 1
                j = _word_start(lower, j)
            starts.add(j)
            i = lower.find(anchor, i + 1)
    found, end = [], -1
    for start in sorted(starts):
        if start < end:
            continue
        m = pattern.match(text, start)
        if m:
            found.append(m)
            end = m.end()
    return found


def _word_start(lower: str, i: int) -> int:
    while i > 0 and (lower[i - 1].isalnum() or lower[i - 1] in "-_&"):
        i -= 1
    return i


@lru_cache(maxsize=64)
def term_set(name: str) -> frozenset[str]:
    """The plain entries (words and phrases) of one lexicon, lower case."""
    lex = load_lexicon(name)
    return frozenset(lex.words | {" ".join(p) for p in lex.phrases})


def last_match(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """The last match of `pattern` inside text[start:end], or None."""
    found = None
    for found in pattern.finditer(text, start, end):
        pass
    return found
