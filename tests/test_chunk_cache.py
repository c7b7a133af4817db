"""The chunk cache in front of spaCy's tokenizer must produce spaCy's tokens exactly: same text,
offsets and trailing whitespace, on every corpus report and on awkward whitespace. The reference is
spaCy's tokenizer as built by `spacy.blank("nl")`, all special cases in it from the start; the
embedded pipeline's hands them to spaCy as texts need them (tests/test_lazy_specials.py)."""

from __future__ import annotations

import numpy
import pytest
import spacy

from checker.corpus import load_corpus
from checker.nlp.chunk_cache import ChunkCachingTokenizer
from checker.nlp.pipeline import _add_abbreviations, load_pipeline


def _tokens(doc):
    return [(t.text, t.idx, t.whitespace_) for t in doc]


@pytest.fixture(scope="module")
def tokenizers():
    nlp = load_pipeline.__wrapped__("blank")        # a pipeline of its own: no special case used yet
    assert isinstance(nlp.tokenizer, ChunkCachingTokenizer)
    eager = spacy.blank("nl")
    _add_abbreviations(eager)
    return nlp.tokenizer, eager.tokenizer


def test_same_tokens_as_spacy_on_the_corpus(tokenizers):
    cached, spacy_tokenizer = tokenizers
    attrs = ["ORTH", "IDX", "SPACY"]                # the text, offset and trailing whitespace
    reports = load_corpus()
    expected = [spacy_tokenizer(report.text).to_array(attrs) for report in reports]
    for _ in range(2):      # cold (special cases handed to spaCy on the way), then every chunk cached
        for report, tokens in zip(reports, expected):
            assert numpy.array_equal(cached(report.text).to_array(attrs), tokens), report.id


@pytest.mark.parametrize("text", [
    "", " ", "  ", "\n", " leading", "trailing ", "trailing  ", "two  spaces", "tab\tand\u00a0nbsp",
    "regels\n\n\nlos", "  \n  mixed \t\n", "De B.V. d.d. 3-2-'25 t/m o.a. (zie bijlage).",
    "mail j.jansen@example.nl of https://werk.nl/vacatures?id=3 😀👍🏽 nu", "eind!!! ja?? (ja).",
    "Week 14: 3x gesolliciteerd… ‘goed’ – “prima”",
])
def test_same_tokens_as_spacy_on_awkward_text(tokenizers, text):
    cached, spacy_tokenizer = tokenizers
    assert _tokens(cached(text)) == _tokens(spacy_tokenizer(text))
    assert cached(text).text == text


def test_special_cases_added_later_take_effect():
    import spacy

    tokenizer = ChunkCachingTokenizer(spacy.blank("nl").tokenizer)
    assert [t.text for t in tokenizer("zie xyz.")] == ["zie", "xyz", "."]
    tokenizer.add_special_case("xyz.", [{"ORTH": "xyz."}])
    assert [t.text for t in tokenizer("zie xyz.")] == ["zie", "xyz."]
