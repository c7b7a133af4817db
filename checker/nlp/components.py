"""Our spaCy components: report-aware sentence boundaries and a lazy lookup lemmatizer.

Registered with `@Language.factory` so a pipeline config names them like any spaCy component.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import resources

import numpy
from spacy.attrs import IS_ALPHA, IS_PUNCT, IS_SPACE, LEMMA, LIKE_NUM, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from checker.nlp.pipeline import abbreviation_words
from checker.nlp.tokens import token_texts

SENTENCE_END = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
CLOSERS = frozenset({")", "]", "\"", "'", "”", "’", "»"})
# Role abbreviations that also end sentences ("… besproken met wn. De volgende …"), so they are not
# in abbreviations.txt; before a number they never do.
ROLE_ABBREVIATIONS = frozenset({"wn", "wg", "wnr", "wgr", "ba", "ad"})
# Words of the Dutch lookup tables that reports also shorten ("psych. hulp via de huisarts").
SHORTENED_WORDS = frozenset({"psych", "tel", "max", "min", "ong", "wk", "vak"})


class ReportSentences:
    """Sentence starts for report text.

    Every line is its own sentence (readers put each heading, list item and table row on its own
    line, and PDF paragraphs are re-joined), and within a line a sentence ends at . ! ? followed by
    a capital, digit or opening quote, or by a lower-case word after a known word (text typed in
    lower case). An enumerator such as "3." at the start of a line never ends a sentence. Works
    before a parser too: a parser respects boundaries already set.

    Reads the tokens as arrays and writes the starts once with `from_array`: a spaCy Token object
    per access, or `token.is_sent_start` set one token at a time, costs more than the logic itself.
    """

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        orth, space, num, alpha, trailing = doc.to_array([ORTH, IS_SPACE, LIKE_NUM, IS_ALPHA, SPACY]).T.tolist()
        texts = token_texts(orth, doc.vocab.strings)
        starts = numpy.full(n, -1, dtype="int64")
        line_start = True
        tokens_on_line = 0
        for i in range(n):
            if space[i]:
                if i == 0:
                    starts[i] = 1
                if "\n" in texts[i]:
                    line_start = True
                continue
            # Cheap test first, inline: after a word (not a terminal, closer or whitespace, the
            # tokens `_after_terminal` looks back over) no sentence can start.
            prev = texts[i - 1] if i else ""
            if i == 0 or line_start or ((prev in SENTENCE_END or prev in CLOSERS or space[i - 1])
                                        and _after_terminal(texts, trailing, space, num, alpha, i, tokens_on_line)):
                starts[i] = 1
            if line_start:
                tokens_on_line = 0
            line_start = False
            tokens_on_line += 1
        doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
        return doc


def _after_terminal(texts: list[str], trailing: list[int], space: list[int], num: list[int],
                    alpha: list[int], i: int, tokens_on_line: int) -> bool:
    j = i - 1
    while j >= 0 and (texts[j] in CLOSERS or space[j]):     # "daar.  Dit": extra spaces are tokens
        j -= 1
    if j < 0 or texts[j] not in SENTENCE_END:
        return False
    if j == i - 1 and not trailing[j]:
        return False  # "3.5", "e-mail.com": no space after the period
    # "3. Zoekprofiel" or "a. Inleiding" at the start of a line is an enumerator.
    if texts[j] == "." and tokens_on_line == 2 and j >= 1 and (
        num[j - 1] or (len(texts[j - 1]) == 1 and alpha[j - 1])
    ):
        return False
    first = texts[i][:1]
    if first.isdigit() and texts[j] == "." and j >= 1 and texts[j - 1].lower() in ROLE_ABBREVIATIONS:
        return False  # "is wn. 20 uur per week belastbaar": the abbreviation, not an end
    if first.isupper() or first.isdigit() or first in "\"'“‘(•-–":
        return True
    return first.islower() and j >= 1 and _ends_lower_case_sentence(texts[j - 1])


def _ends_lower_case_sentence(word: str) -> bool:
    """Whether a period after `word` ends a sentence although the next one starts in lower case
    ("… in dagdienst. wat hij anders …", typed on a phone). Only after a known Dutch word of three
    letters or more: "wn. gebeld", "sollic. op vac." and "mw. bereikbaar" are abbreviations, and a
    sentence wrongly run on costs less than one wrongly cut."""
    lower = word.lower()
    if len(word) < 3 or not word.isalpha() or lower in SHORTENED_WORDS:
        return False
    return (lower in lemma_table() or lower in lemma_words()) and lower not in abbreviation_words()


@lru_cache(maxsize=1)
def lemma_words() -> frozenset[str]:
    """The lemmas of spacy-lookups-data's Dutch tables (≈200k: "gevonden", "werkgever", "ermee",
    words the lookup table has no form of); read only when a text needs it (≈0.15 s)."""
    data = resources.files("spacy_lookups_data") / "data" / "nl_lemma_index.json.gz"
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        index = json.load(fh)
    return frozenset().union(lemma_table().values(), *index.values())



@Language.factory("rc_sentences", default_config={})
def make_report_sentences(nlp: Language, name: str) -> ReportSentences:
    return ReportSentences()


@lru_cache(maxsize=1)
def lemma_table() -> dict[str, str]:
    """The Dutch lookup table of spacy-lookups-data (213k forms), read once per process (≈0.15 s)."""
    data = resources.files("spacy_lookups_data") / "data" / "nl_lemma_lookup.json.gz"
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        return json.load(fh)


class LookupLemmatizer:
    """Lower-cased lookup lemmas without `nlp.initialize()`.

    spaCy's own lookup lemmatizer loads the same table through `initialize()`, which costs ~0.8 s
    of start-up; reading the JSON directly costs ~0.15 s and happens on the first document only.
    """

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        table = lemma_table()
        strings = doc.vocab.strings
        orth, space, punct, lemma_ids = doc.to_array([ORTH, IS_SPACE, IS_PUNCT, LEMMA]).T.tolist()
        ids: dict[int, int] = {}       # per document: a report repeats most of its word forms
        for i, h in enumerate(orth):
            if space[i] or punct[i]:
                continue
            found = ids.get(h)
            lemma_ids[i] = found if found is not None else ids.setdefault(h, _lemma_id(h, strings, table))
        doc.from_array([LEMMA], numpy.asarray(lemma_ids, dtype="uint64").reshape(-1, 1))
        return doc


_LEMMAS: dict[int, str] = {}      # orth hash → lemma; forms repeat across reports (hashes are global)


def _lemma_id(orth: int, strings, table: dict[str, str]) -> int:
    lemma = _LEMMAS.get(orth)
    if lemma is None:
        if len(_LEMMAS) > 500_000:
            _LEMMAS.clear()
        text = strings[orth]
        found = table.get(text)
        if found is None:
            lower = text.lower()
            found = table.get(lower, lower)
        lemma = _LEMMAS[orth] = found.lower()
    return strings.add(lemma)      # each pipeline has its own string store


@Language.factory("rc_lemmatizer", default_config={})
def make_lookup_lemmatizer(nlp: Language, name: str) -> LookupLemmatizer:
    return LookupLemmatizer()
