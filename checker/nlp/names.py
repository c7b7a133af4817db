"""Person names in Dutch report text: 'mevrouw De Vries', 'dhr. K. Aydin', 'J. de Vries',
'Ingrid Smeets', 'Erik'.

Cues, strongest first: a title or form of address ('mevrouw', 'de heer', 'dokter'), initials, a known
first name (followed by a surname or alone). Capitalisation alone is no cue: sentence starts,
employers, places and headings are capitalised too. Words that are also common Dutch words ('Roos',
'Hoop') count as a first name only inside a sentence; brand names such as 'Albert Heijn' never.

The first-name and surname lists are those of the `deduce` package (Dutch clinical
de-identification; GPL/LGPL, see NOTICE). They are read from deduce's installed data files on first
use (~30 ms, ~5 MB) – deduce itself is never imported or instantiated, and nothing of it is copied
into this repository. Without deduce installed, titles and initials still find names.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from checker.rules.lexicons import load_lexicon
from checker.rules.term_patterns import find_terms

LEX = "avg_third_party/"
UPPER = "A-ZÀ-ÖØ-ÞŁŚŠŽĆČĐŞİ"
_WORD = rf"[{UPPER}][\w'’]+(?:-[\w'’]+)*"
_INITIALS = rf"(?:[{UPPER}][a-z]?\.[ \t]?){{1,4}}"
_SENTENCE_END = ".!?:;\n•|([-–"


@dataclass(frozen=True)
class PersonName:
    start: int
    end: int
    text: str
    cue: str            # title | initials | full | first
    title: str = ""     # lower case: 'mevrouw', 'de heer', 'dokter'
    initials: str = ""
    first: str = ""
    surname: str = ""   # as written, with particles: 'de Vries'

    @property
    def key(self) -> str:
        """What later mentions of the same person share: the surname's last word, else the first name."""
        word = (self.surname.split()[-1] if self.surname else self.first)
        return _strip_genitive(word).lower()


@dataclass(frozen=True)
class NameLists:
    first: frozenset[str]       # lower case
    surnames: frozenset[str]
    common: frozenset[str]      # common Dutch words that are also in a name list


def deduce_lookup_dir() -> Path | None:
    spec = importlib.util.find_spec("deduce")        # locates the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data" / "lookup" / "src"
    return folder if folder.is_dir() else None


def read_lookup_list(folder: Path, name: str) -> set[str]:
    items = folder / name / "items.txt"
    if not items.is_file():
        return set()
    words = set(items.read_text(encoding="utf-8").lower().split("\n"))
    exceptions = folder / name / "exceptions.txt"
    if exceptions.is_file():
        words -= set(exceptions.read_text(encoding="utf-8").lower().split("\n"))
    words.discard("")
    return words


@lru_cache(maxsize=1)
def name_lists() -> NameLists:
    """The name lists, read once per process; empty when deduce is not installed."""
    root = deduce_lookup_dir()
    if root is None:
        return NameLists(frozenset(), frozenset(), frozenset())
    names = root / "names"
    not_names = _entries(LEX + "not_names") | _entries(LEX + "name_interfixes")
    first = read_lookup_list(names, "lst_first_name") - not_names
    surnames = (read_lookup_list(names, "lst_surname") | read_lookup_list(names, "lst_interfix_surname")) - not_names
    common = (read_lookup_list(root / "whitelist", "lst_common_word") | read_lookup_list(root / "whitelist", "lst_stop_word")
              | _entries(LEX + "common_word_names"))
    return NameLists(frozenset(first), frozenset(surnames), frozenset(common & (first | surnames)))


def _entries(name: str) -> set[str]:
    lex = load_lexicon(name)
    return lex.words | {" ".join(p) for p in lex.phrases}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    interfix = "|".join(
        r"[ \t]+".join(re.escape(w) for w in e.split())
        for e in sorted(_entries(LEX + "name_interfixes"), key=len, reverse=True)
    )
    particle = rf"(?:(?i:{interfix})[ \t]+)"
    word = rf"{particle}?{_WORD}"
    # A run of capitalised words, optionally after initials; starts with a capital (fast to find).
    run = re.compile(
        rf"[{UPPER}](?<![\w'’.-][{UPPER}])(?:[a-z]?\.[ \t]?(?:[{UPPER}][a-z]?\.[ \t]?){{0,3}}[ \t]*{particle}?"
        rf"[{UPPER}])?[\w'’]+(?:-[\w'’]+)*(?:[ \t]+{word}){{0,3}}"
    )
    after_title = re.compile(rf"[ \t]+(?P<init>{_INITIALS})?[ \t]*(?P<words>{word}(?:[ \t]+{word}){{0,2}})")
    token = re.compile(rf"{_INITIALS}|{particle}?{_WORD}")
    return run, after_title, token


def find_names(text: str) -> list[PersonName]:
    """Every person name in `text`, sorted by start, without overlaps."""
    run_re, after_title, _ = _patterns()
    lists = name_lists()
    found: list[PersonName] = []
    taken_until = -1
    for title in find_terms(text, LEX + "name_titles"):
        m = after_title.match(text, title.end())
        if not m:
            continue
        first, surname = _split_first(m.group("words"), lists)
        found.append(PersonName(title.start(), m.end(), text[title.start():m.end()], "title",
                                title=" ".join(title.group().lower().split()),
                                initials=(m.group("init") or "").strip(), first=first, surname=surname))
    found.sort(key=lambda p: p.start)
    titled = iter(found[:])
    next_titled = next(titled, None)
    for m in run_re.finditer(text):
        while next_titled is not None and next_titled.end <= m.start():
            next_titled = next(titled, None)
        if next_titled is not None and next_titled.start < m.end():
            continue                                  # part of a name found after its title
        run = m.group()
        if " " not in run and "\t" not in run and "." not in run and not _is_first_name(run, lists):
            continue                                  # one capitalised word that is no first name
        if _organisation_words().intersection(run.lower().split()):
            continue                                  # 'het Jeroen Bosch Ziekenhuis', 'St. Joris Gasthuis'
        if _is_language(text, m.start(), m.end()):
            continue                                  # 'in het Frans', 'Nederlands/Frans/Duits'
        for name in _names_in_run(text, m.start(), run, lists):
            if name.start > taken_until:
                found.append(name)
                taken_until = name.end
    return sorted(found, key=lambda p: p.start)


def _names_in_run(text: str, start: int, run: str, lists: NameLists) -> list[PersonName]:
    """Split a run of capitalised words into names: 'Met Bas Kroon' → 'Bas Kroon'."""
    token_re = _patterns()[2]
    tokens = [(start + t.start(), start + t.start() + len(t.group().rstrip()), t.group().rstrip())
              for t in token_re.finditer(run)]
    out: list[PersonName] = []
    i = 0
    while i < len(tokens):
        t_start, t_end, word = tokens[i]
        if word.endswith("."):                        # initials: the next word is the surname
            if i + 1 < len(tokens) and not tokens[i + 1][2].endswith("."):
                surname = tokens[i + 1][2]
                end = tokens[i + 1][1]
                if not _is_not_name(surname):
                    out.append(PersonName(t_start, end, text[t_start:end], "initials",
                                          initials=word.strip(), surname=surname))
                i += 2
                continue
            i += 1
            continue
        if _is_first_name(word, lists) and not (_at_sentence_start(text, t_start) and _common(word, lists)):
            surname_tokens = []
            j = i + 1
            while j < len(tokens) and j <= i + 2 and _surname_like(tokens[j][2], lists):
                surname_tokens.append(tokens[j])
                j += 1
            end = surname_tokens[-1][1] if surname_tokens else t_end
            name_text = text[t_start:end]
            if not _is_not_name(name_text):
                out.append(PersonName(t_start, end, name_text, "full" if surname_tokens else "first",
                                      first=_strip_genitive(word) if not surname_tokens else word,
                                      surname=" ".join(t[2] for t in surname_tokens)))
                i = j
                continue
        i += 1
    return out


def _split_first(words: str, lists: NameLists) -> tuple[str, str]:
    """'Anouk de Wilde' → ('Anouk', 'de Wilde'); 'De Vries' → ('', 'De Vries')."""
    parts = words.split(None, 1)
    if len(parts) == 2 and parts[0].lower() in lists.first and parts[1].split()[-1][:1].isupper():
        return parts[0], parts[1]
    return "", words


def _strip_genitive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _is_first_name(word: str, lists: NameLists) -> bool:
    return _strip_genitive(word).lower() in lists.first


def is_first_name(word: str) -> bool:
    """Whether `word` (a genitive 's stripped) is in the first-name list."""
    return _is_first_name(word, name_lists())


def is_surname(word: str) -> bool:
    """Whether `word` (a genitive 's stripped) is in the surname list ('Jansen' is in both)."""
    return _strip_genitive(word).lower() in name_lists().surnames


def _common(word: str, lists: NameLists) -> bool:
    return _strip_genitive(word).lower() in lists.common


def _surname_like(word: str, lists: NameLists) -> bool:
    """A capitalised word after a first name that continues the name: 'Smeets', 'de Boer'."""
    core = word.split()[-1]
    if not core[:1].isupper() or _is_not_name(core):
        return False
    lower = _strip_genitive(core).lower()
    return lower in lists.surnames or (lower not in lists.common and lower not in lists.first)


def _is_not_name(text: str) -> bool:
    lower = " ".join(_strip_genitive(text).lower().split())
    return lower in _not_names()


_LANGUAGE_BEFORE = re.compile(r"(?:(?<![\w])het[ \t]+|/[ \t]*|(?<![\w])(?P<lang>\w+)(?:[ \t]+en|[ \t]*,)[ \t]+)$", re.IGNORECASE)
_LANGUAGE_AFTER = re.compile(r"[ \t]*(?:/|(?:en|,)[ \t]*(?P<lang>\w+))", re.IGNORECASE)


def _is_language(text: str, start: int, end: int) -> bool:
    """A one-word run that names a language here: 'in het Frans', 'Nederlands/Frans', 'Frans en Duits'."""
    word = text[start:end].strip().lower()
    if word not in _languages():
        return False
    before = _LANGUAGE_BEFORE.search(text, max(0, start - 20), start)
    after = _LANGUAGE_AFTER.match(text, end)
    return any(m is not None and (m.group("lang") is None or m.group("lang").lower() in _languages())
               for m in (before, after))


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    return frozenset(_entries(LEX + "languages"))


@lru_cache(maxsize=1)
def _organisation_words() -> frozenset[str]:
    return frozenset(_entries(LEX + "organisation_words"))


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return frozenset(_entries(LEX + "not_names"))


def _at_sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4):pos].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_END
