"""Our spaCy components: report-aware sentence boundaries and a lazy lookup lemmatizer.

Registered with `@Language.factory` so a pipeline config names them like any spaCy component.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import resources

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_END = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
CLOSERS = frozenset({")", "]", "\"", "'", "”", "’", "»"})


class ReportSentences:
    """Sentence starts for report text.

    Every line is its own sentence (readers put each heading, list item and table row on its own
    line, and PDF paragraphs are re-joined), and within a line a sentence ends at . ! ? followed by
    a capital, digit or opening quote. An enumerator such as "3." at the start of a line never ends
    a sentence. Works before a parser too: a parser respects boundaries already set.
    """

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        # Computed first and written once with from_array: setting token.is_sent_start one token
        # at a time re-scans the whole doc on every assignment (quadratic on long reports).
        starts = numpy.full(n, -1, dtype="int64")
        line_start = True
        tokens_on_line = 0
        for i, tok in enumerate(doc):
            if tok.is_space:
                if i == 0:
                    starts[i] = 1
                if "\n" in tok.text:
                    line_start = True
                continue
            if i == 0 or line_start or self._after_terminal(doc, i, tokens_on_line):
                starts[i] = 1
            if line_start:
                tokens_on_line = 0
            line_start = False
            tokens_on_line += 1
        doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
        return doc

    @staticmethod
    def _after_terminal(doc: Doc, i: int, tokens_on_line: int) -> bool:
        j = i - 1
        while j >= 0 and doc[j].text in CLOSERS:
            j -= 1
        if j < 0 or doc[j].text not in SENTENCE_END:
            return False
        if j == i - 1 and not doc[j].whitespace_:
            return False  # "3.5", "e-mail.com": no space after the period
        # "3. Zoekprofiel" or "a. Inleiding" at the start of a line is an enumerator.
        if doc[j].text == "." and tokens_on_line == 2 and j >= 1 and (
            doc[j - 1].like_num or (len(doc[j - 1].text) == 1 and doc[j - 1].is_alpha)
        ):
            return False
        first = doc[i].text[:1]
        return first.isupper() or first.isdigit() or first in "\"'“‘(•-–"


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
        table = lemma_table()
        for tok in doc:
            if tok.is_space or tok.is_punct:
                continue
            text = tok.text
            lemma = table.get(text)
            if lemma is None:
                lower = text.lower()
                lemma = table.get(lower, lower)
            tok.lemma_ = lemma.lower()
        return doc


@Language.factory("rc_lemmatizer", default_config={})
def make_lookup_lemmatizer(nlp: Language, name: str) -> LookupLemmatizer:
    return LookupLemmatizer()
