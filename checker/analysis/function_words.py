"""The word lists behind function detection, loaded once: titles, compound heads, process roles, cues.

Kept apart from the detection logic so that teaching the checker a new occupation or cue is an edit
to a .txt file in `checker/data/lexicons/functions/`, never to code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from checker.rules.lexicons import load_lexicon

TITLE, BARE, ROLE = "title", "bare", "role"   # a job title; a head that needs a modifier; a process role
_PLURALS = (("'s", 2), ("s", 4), ("en", 5), ("n", 5))     # ending, shortest stem ("koken" is no "kok")


@dataclass(frozen=True)
class TitleWords:
    """Single words and phrases that name an occupation, and how to tell compounds apart."""

    words: frozenset[str]
    heads: frozenset[str]
    head_lengths: tuple[int, ...]
    tails: frozenset[str]                  # last 4 letters of every head: a cheap first test
    roles: frozenset[str]
    exceptions: frozenset[str]
    phrases: dict[str, tuple[tuple[str, ...], ...]]   # first word -> phrases, longest first
    role_phrases: frozenset[tuple[str, ...]]

    def kind(self, word: str) -> str | None:
        """TITLE, BARE ("medewerker"), ROLE ("bedrijfsarts") or None, for one lower-cased word."""
        return _kind_cached(word)[0]

    def kind_and_number(self, word: str) -> tuple[str | None, bool]:
        """The kind, and whether the word is a plural ("orderpickers": people more than a function)."""
        return _kind_cached(word)

    def _kind_singular(self, form: str) -> str | None:
        if form in self.roles:
            return ROLE
        if form in self.words:
            return TITLE
        if form in self.heads:
            return BARE
        if form in self.exceptions:
            return None
        if len(form) > 4 and form[-4:] in self.tails:
            for n in self.head_lengths:
                if len(form) > n and form[-n:] in self.heads:
                    return TITLE
        if "-" in form:
            first, _, last = form.rpartition("-")
            if first and len(last) > 2:
                inner = self._kind_singular(last)
                if inner in (TITLE, BARE):
                    return TITLE
        return None


@lru_cache(maxsize=200_000)
def _kind_cached(word: str) -> tuple[str | None, bool]:
    index = title_words()
    if word in index.exceptions and word not in index.heads:
        return None, False
    kind = index._kind_singular(word)
    if kind is not None:
        return kind, False
    for suffix, shortest in _PLURALS:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= shortest:
            kind = index._kind_singular(stem)
            if kind is not None:
                return kind, True
    return None, False


@lru_cache(maxsize=1)
def title_words() -> TitleWords:
    occupations = load_lexicon("functions/occupations")
    heads = load_lexicon("functions/heads")
    roles = load_lexicon("functions/process_roles")
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for phrase in occupations.phrases + roles.phrases:
        phrases.setdefault(phrase[0], []).append(phrase)
    head_set = frozenset(heads.heads)
    return TitleWords(
        words=frozenset(occupations.words),
        heads=head_set,
        head_lengths=tuple(sorted({len(h) for h in head_set}, reverse=True)),
        tails=frozenset(h[-4:] for h in head_set),
        roles=frozenset(roles.words),
        exceptions=frozenset(occupations.exceptions),
        phrases={k: tuple(sorted(v, key=len, reverse=True)) for k, v in phrases.items()},
        role_phrases=frozenset(roles.phrases),
    )


@dataclass(frozen=True)
class Cues:
    """One cue list: exact words (form or lemma), word prefixes ("aansluit*"), phrases, and
    phrases that are never a cue ("-een kennis": an acquaintance, not know-how)."""

    name: str
    words: frozenset[str]
    prefixes: tuple[str, ...]
    phrases: dict[str, tuple[tuple[str, ...], ...]]   # first word (without *) -> phrases
    star_phrases: tuple[tuple[str, ...], ...]          # phrases whose first word ends in *
    negatives: dict[str, tuple[tuple[str, ...], ...]]   # first word -> phrases never a cue

    def find(self, lowers, lemmas, start: int, end: int) -> list[tuple[int, int]]:
        """Token spans [i, j) in lowers[start:end] where a cue matches, longest match per start."""
        out = []
        i = start
        while i < end:
            w = lowers[i]
            if self.negatives and w in self.negatives:
                skip = max((_phrase_at(p, lowers, i, end) for p in self.negatives[w]), default=0)
                if skip:
                    i = skip
                    continue
            best = 0
            for phrase in self.phrases.get(w, ()):
                best = _phrase_at(phrase, lowers, i, end)
                if best:
                    break
            if not best:
                for phrase in self.star_phrases:
                    best = _phrase_at(phrase, lowers, i, end)
                    if best:
                        break
            if not best and (w in self.words or (self.prefixes and w.startswith(self.prefixes))
                             or lemmas[i] in self.words):
                best = i + 1
            if best:
                out.append((i, best))
                i = best
            else:
                i += 1
        return out


# Separable verbs split around other words: "viel al snel af", "sluit goed aan bij".
_PARTICLES = frozenset({"af", "aan", "mee", "op", "uit", "toe", "los", "weg", "vast"})
_MAX_GAP = 4


def _word_matches(pattern: str, word: str) -> bool:
    return word.startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern


def _phrase_at(phrase: tuple[str, ...], lowers: list[str], i: int, end: int) -> int:
    """The end of `phrase` matched at token i, or 0; a verb and its particle may stand apart."""
    n = len(phrase)
    if i + n <= end and all(_word_matches(p, lowers[i + k]) for k, p in enumerate(phrase)):
        return i + n
    if n == 2 and phrase[1] in _PARTICLES and _word_matches(phrase[0], lowers[i]):
        for j in range(i + 2, min(end, i + 2 + _MAX_GAP)):
            if lowers[j] == phrase[1]:
                return j + 1
            if not lowers[j][:1].isalnum():
                break
    return 0


@lru_cache(maxsize=8)
def cues(name: str) -> Cues:
    """The cue list `checker/data/lexicons/functions/cues_<name>.txt`."""
    lex = load_lexicon(f"functions/cues_{name}")
    phrases: dict[str, list[tuple[str, ...]]] = {}
    negatives: dict[str, list[tuple[str, ...]]] = {}
    star: list[tuple[str, ...]] = []
    for phrase in lex.phrases:
        if phrase[0].startswith("-"):
            negatives.setdefault(phrase[0][1:], []).append((phrase[0][1:],) + phrase[1:])
        elif phrase[0].endswith("*"):
            star.append(phrase)
        else:
            phrases.setdefault(phrase[0], []).append(phrase)
    return Cues(
        name=name,
        words=frozenset(lex.words),
        prefixes=lex.modifiers,
        phrases={k: tuple(sorted(v, key=len, reverse=True)) for k, v in phrases.items()},
        star_phrases=tuple(sorted(star, key=len, reverse=True)),
        negatives={k: tuple(v) for k, v in negatives.items()},
    )


@lru_cache(maxsize=1)
def cue_words() -> frozenset[str]:
    """Every word that starts a cue: a title's modifier never runs into one ("beveiliger afgevallen")."""
    words: set[str] = set()
    for name in ("considered", "dropped", "former", "rationale"):
        c = cues(name)
        words |= c.words
        words |= set(c.phrases)
    return frozenset(words)
