"""The embedded pipeline hands spaCy its tokenizer exceptions only when a text contains them: its
tokens must be exactly those of spaCy's eager tokenizer, which holds all of them from the start, on
awkward text and on every exception in a few contexts (on every corpus report: test_chunk_cache.py)."""

from __future__ import annotations

import pickle

import numpy
import pytest
import spacy

from checker.nlp.chunk_cache import ChunkCachingTokenizer
from checker.nlp.lazy_specials import LazySpecialCases
from checker.nlp.pipeline import _abbreviations, _add_abbreviations, load_pipeline

ATTRS = ["ORTH", "IDX", "SPACY"]        # the text, offset and trailing whitespace of every token

TRICKY = [
    "", " ", "  ", "\n", "\t", "\u00a0", " \u00a0\n\t  ", "\r\n", "\u2003", "Zie B.V.", "De B.V., die",
    "bij de B.V.", "(bijv. een cv)", "(bijv.", "bijv.)", "i.v.m.", "i.v.m. de FML", "I.V.M. DE B.V.",
    "d.d. 12-03-2025", "(d.d.", "d.d.:", "t/m", "o.a.", "m.b.t.", "’s ochtends", "'s avonds", "’S AVONDS",
    "z’n", "m'n", ":-) ;) :( :-( <3 ^_^ o.O (: :') :P =)", "xD", "1.500", "3.5", "€ 1.234,56", "12.3.4.",
    "nr. 5", "Nr.5", "blz.", "https://www.werk.nl/vacatures?id=3.", "www.uwv.nl.", "(www.uwv.nl)",
    "j.de.vries@example.nl.", "<j.jansen@example.nl>", "Dat wist hij al. AL. Al.", "Zijn hoofd zit vol.",
    "van u.", "Dat regelt de HR.", "Hr. Jansen", "Hij heeft MS.", "IT.", "KvK.", "d.w.z.", "a.u.b.!",
    "etc..", "enz...", "ca.10", "vs.", "o.a.:", "B.V.'s", "p.", "jl.", "St.", "Sept.", "“i.v.m.”",
    "‘bijv.’", "ir.ing.", "dr.ir.", "mevr./dhr.", "v.d.", "a.s.r.", "z.s.m.;", "—", "--", "...", "…",
]


def _array(doc) -> numpy.ndarray:
    return doc.to_array(ATTRS)


def _same(lazy_doc, eager_doc) -> bool:
    return numpy.array_equal(_array(lazy_doc), _array(eager_doc))


def _lazy_pipeline():
    """A pipeline of its own (not the cached one), so that it starts with no special case added."""
    nlp = load_pipeline.__wrapped__("blank")
    assert isinstance(nlp.tokenizer, ChunkCachingTokenizer)
    assert isinstance(nlp.tokenizer.inner, LazySpecialCases)
    return nlp


@pytest.fixture(scope="module")
def eager():
    """spaCy's tokenizer as it was: all of the Dutch exceptions and ours from the start, no cache."""
    nlp = spacy.blank("nl")
    _add_abbreviations(nlp)
    return nlp.tokenizer


def test_the_rules_are_all_there_but_spacy_holds_only_those_with_whitespace(eager):
    tokenizer = _lazy_pipeline().tokenizer
    assert tokenizer.rules == eager.rules
    assert set(tokenizer.inner.inner.rules) == {" ", "\t", "\n", "\u00a0"}


@pytest.mark.parametrize("text", TRICKY)
def test_same_tokens_as_the_eager_tokenizer_on_awkward_text(eager, text):
    fresh = _lazy_pipeline().tokenizer
    assert _same(fresh(text), eager(text))
    assert _same(fresh.inner(text), eager(text))              # spaCy's tokenizer alone, whole text
    assert fresh.explain(text) == eager.explain(text)


def test_same_tokens_for_every_special_case_in_context(eager):
    """Every exception, ours and the overridden ones, inside a sentence, in brackets, before a
    comma, at the end, in capitals; one pipeline, so that its cache and rules accumulate."""
    tokenizer = _lazy_pipeline().tokenizer
    words = _abbreviations() + _abbreviations("not_abbreviations.txt")
    for string in list(eager.rules) + words:
        for text in (f"Zie {string} nu", f"({string})", f"{string}, ja", f"Dat is {string}",
                     f"“{string}”.", f"{string}{string}", string.upper()):
            assert _same(tokenizer(text), eager(text)), text
    # The first texts again, now that every rule has been handed to spaCy.
    for string in list(eager.rules)[:200]:
        assert _same(tokenizer(f"({string})"), eager(f"({string})"))


def test_special_cases_added_later_take_effect_whether_needed_already_or_not():
    tokenizer = _lazy_pipeline().tokenizer
    assert [t.text for t in tokenizer("zie xyz.")] == ["zie", "xyz", "."]
    tokenizer.add_special_case("xyz.", [{"ORTH": "xyz."}])
    assert "xyz." in tokenizer.rules
    assert [t.text for t in tokenizer("zie xyz.")] == ["zie", "xyz."]
    assert [t.text for t in tokenizer("zie d.d. nu")] == ["zie", "d.d.", "nu"]
    tokenizer.add_special_case("d.d.", [{"ORTH": "d.d"}, {"ORTH": "."}])
    assert [t.text for t in tokenizer("zie d.d. nu")] == ["zie", "d.d", ".", "nu"]
    with pytest.raises(ValueError):
        tokenizer.add_special_case("abc", [{"ORTH": "ab"}])


def test_serialised_and_pickled_with_every_rule(eager):
    lazy = _lazy_pipeline().tokenizer.inner
    lazy("i.v.m.")
    loaded = spacy.blank("nl").tokenizer.from_bytes(lazy.to_bytes())
    assert loaded.rules == eager.rules
    fresh = _lazy_pipeline().tokenizer.inner.from_bytes(eager.to_bytes())
    assert fresh.rules == eager.rules and len(fresh.inner.rules) == 4
    copy = pickle.loads(pickle.dumps(_lazy_pipeline().tokenizer.inner))
    assert copy.rules == eager.rules and _same(copy("(bijv. B.V.,"), eager("(bijv. B.V.,"))
