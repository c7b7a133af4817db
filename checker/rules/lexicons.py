"""Lexicons: plain word lists in `checker/data/lexicons/<folder>/<list>.txt` that a domain expert edits.

One entry per line, sorted, `#` for comments. An entry is matched on a token's lemma or lower-cased
form, whole words only:

    burn-out          the word itself (and its lemma forms: "burn-outs")
    *klacht           a compound HEAD: any word ending in it ("rugklacht", "rugklachten")
    burn-out*         a compound MODIFIER: any word starting with it ("burn-outklachten")
    in therapie       a phrase of several words (matched on lower-cased tokens)
    accu ... leeg     a phrase with gaps: each "..." stands for up to 4 words of the same clause
                      ("de accu was volledig leeg", "ligt er 's nachts wakker van")

`exceptions.txt` in the same folder lists words that are never matched ("klachtenregeling") and
phrases inside which nothing is matched ("gespannen arbeidsmarkt", "nog in behandeling").

Compound heads also match the plural of the compound ("*klacht" finds "long-covidklachten", which the
lemma table does not know).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

MIN_AFFIX = 4      # a compound head/modifier shorter than this would match too much
MIN_REST = 3       # what a head leaves of the word: "longarts" is a compound, the surname "Aarts" is not
GAP = "..."        # in a phrase: up to MAX_GAP words of the same clause
MAX_GAP = 4


@dataclass
class Lexicon:
    name: str
    words: set[str] = field(default_factory=set)
    heads: tuple[str, ...] = ()
    modifiers: tuple[str, ...] = ()
    phrases: list[tuple[str, ...]] = field(default_factory=list)
    gapped: list[tuple[tuple[str, ...], ...]] = field(default_factory=list)   # parts between "..."
    exceptions: set[str] = field(default_factory=set)
    exception_phrases: list[tuple[str, ...]] = field(default_factory=list)


class LexiconError(ValueError):
    pass


def _lines(path) -> list[str]:
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            out.append(line.lower())
    return out


@lru_cache(maxsize=None)
def load_lexicon(name: str) -> Lexicon:
    """`name` is '<folder>/<list>' under checker/data/lexicons."""
    folder_name, _, list_name = name.partition("/")
    folder = resources.files("checker") / "data" / "lexicons" / folder_name
    path = folder / f"{list_name}.txt"
    if not path.is_file():
        raise LexiconError(f"lexicon {name!r} bestaat niet")
    lex = parse_entries(name, _lines(path))
    exceptions = folder / "exceptions.txt"
    if exceptions.is_file():
        for entry in _lines(exceptions):
            if " " in entry:
                lex.exception_phrases.append(tuple(entry.split()))
            else:
                lex.exceptions.add(entry)
    return lex


def parse_entries(name: str, entries: list[str]) -> Lexicon:
    """A lexicon from its entries (lower-cased lines without comments); LexiconError on a bad one."""
    lex = Lexicon(name)
    heads, modifiers = [], []
    for entry in entries:
        if entry.startswith("*"):
            if len(entry) - 1 < MIN_AFFIX:
                raise LexiconError(f"{name}: compound-kop {entry!r} is te kort")
            heads.append(entry[1:])
        elif entry.endswith("*"):
            if len(entry) - 1 < MIN_AFFIX:
                raise LexiconError(f"{name}: compound-begin {entry!r} is te kort")
            modifiers.append(entry[:-1])
        elif GAP in entry:
            parts = tuple(tuple(part.split()) for part in entry.split(GAP))
            if len(parts) < 2 or not all(parts):
                raise LexiconError(f"{name}: {entry!r}: '...' hoort tussen twee woorden")
            lex.gapped.append(parts)
        elif " " in entry:
            lex.phrases.append(tuple(entry.split()))
        else:
            lex.words.add(entry)
    lex.heads = tuple(sorted(heads, key=len, reverse=True))
    lex.modifiers = tuple(sorted(modifiers, key=len, reverse=True))
    return lex


def lexicon_files() -> list[str]:
    """Every lexicon name ('<folder>/<list>'), for validation."""
    root = resources.files("checker") / "data" / "lexicons"
    names = []
    for folder in sorted(root.iterdir(), key=lambda p: p.name):
        if folder.is_dir():
            for entry in sorted(folder.iterdir(), key=lambda p: p.name):
                if entry.name.endswith(".txt") and entry.name != "exceptions.txt":
                    names.append(f"{folder.name}/{entry.name[:-4]}")
    return names


@dataclass
class LexiconIndex:
    """Several lexicons merged for one pass over the tokens: a dict look-up per word form and per
    suffix/prefix length, instead of a scan of every entry of every lexicon for every token."""

    words: dict[str, tuple[str, str]]         # form → (lexicon, entry)
    heads: dict[str, tuple[str, str]]
    modifiers: dict[str, tuple[str, str]]
    head_lengths: tuple[int, ...]
    modifier_lengths: tuple[int, ...]
    exceptions: frozenset[str]
    exception_phrases: tuple[tuple[str, ...], ...] = ()
    _memo: dict = field(default_factory=dict, repr=False, compare=False)

    def match(self, lower: str, lemma: str) -> tuple[str, str] | None:
        """(lexicon name, entry) for a single token, or None. Whole words beat compounds.
        Memoised: a report repeats its words, and the affix search is the costly part."""
        key = (lower, lemma)
        try:
            return self._memo[key]
        except KeyError:
            pass
        if len(self._memo) > 200_000:
            self._memo.clear()
        result = self._memo[key] = self._match(lower, lemma)
        return result

    def _match(self, lower: str, lemma: str) -> tuple[str, str] | None:
        if lower in self.exceptions or lemma in self.exceptions:
            return None
        for form in (lower, lemma):
            if form in self.words:
                return self.words[form]
        # A modifier names the specific thing ("burn-out*" in "burn-outklachten"), so it beats a head.
        for form in (lemma, lower):
            for n in self.modifier_lengths:
                if len(form) >= n and form[:n] in self.modifiers:
                    name, mod = self.modifiers[form[:n]]
                    return name, mod + "*"
        for form in (lemma, lower, *_singulars(lower)):
            for n in self.head_lengths:
                if (len(form) == n or len(form) - n >= MIN_REST) and form[-n:] in self.heads:
                    if self._ends_in_exception(form, n):
                        continue
                    name, head = self.heads[form[-n:]]
                    return name, ("*" + head) if len(form) > n else head
        return None

    def _ends_in_exception(self, form: str, n: int) -> bool:
        """A hyphenated compound whose last part is an exception word longer than the head is that
        word's: "*kuur" in "BA-spreekuur" is the exception "spreekuur", not a treatment. (Only after
        a hyphen: "ouderklachten" is an exception, "schouderklachten" is not.)"""
        tail = form.rpartition("-")[2]
        return tail != form and len(tail) > n and tail in self.exceptions


def _singulars(form: str) -> tuple[str, ...]:
    """Candidate singulars of an unknown plural compound: klachten → klacht, aanvallen → aanval."""
    if form.endswith(("ën", "'s")):
        return (form[:-2],)
    if form.endswith("en") and len(form) > 4:
        stem = form[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
            return stem, stem[:-1]
        return (stem,)
    if form.endswith("s") and len(form) > 4:
        return (form[:-1],)
    return ()


@lru_cache(maxsize=64)
def build_index(names: tuple[str, ...]) -> LexiconIndex:
    """The merged index of `names`; the first lexicon listed wins an entry that two share."""
    words: dict[str, tuple[str, str]] = {}
    heads: dict[str, tuple[str, str]] = {}
    modifiers: dict[str, tuple[str, str]] = {}
    exceptions: set[str] = set()
    exception_phrases: set[tuple[str, ...]] = set()
    for name in names:
        lex = load_lexicon(name)
        for w in lex.words:
            words.setdefault(w, (name, w))
        for h in lex.heads:
            heads.setdefault(h, (name, h))
        for m in lex.modifiers:
            modifiers.setdefault(m, (name, m))
        exceptions |= lex.exceptions
        exception_phrases.update(lex.exception_phrases)
    return LexiconIndex(
        words, heads, modifiers,
        tuple(sorted({len(h) for h in heads}, reverse=True)),
        tuple(sorted({len(m) for m in modifiers}, reverse=True)),
        frozenset(exceptions),
        tuple(sorted(exception_phrases)),
    )
