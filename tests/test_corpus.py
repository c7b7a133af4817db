"""The annotated corpus: every file parses and validates; the split is complete and disjoint."""

from __future__ import annotations

from collections import Counter

import pytest

from checker.corpus import CORPUS_DIR, CorpusError, load_corpus, load_splits, parse_markup


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


def test_every_report_validates_and_spans_index_text(corpus):
    assert len(corpus) >= 80
    for report in corpus:
        for span in report.spans:
            assert report.text[span.start:span.end] == span.text
            assert "\n" not in span.text, f"{report.id}: span crosses a line end"


def test_split_covers_every_report_once_and_test_has_all_types(corpus):
    splits = load_splits()
    assert set(splits) == {r.id for r in corpus}
    test_types = Counter(r.report_type for r in corpus if splits[r.id] == "test")
    assert set(test_types) == {"eindrapportage", "voortgangsrapportage", "trajectplan", "intakeverslag"}


def test_corpus_covers_what_the_issues_need(corpus):
    labels = Counter(s.label for r in corpus for s in r.spans)
    for label in ("avg.health", "avg.private", "avg.third_party", "avg.identifier", "vague.outcome",
                  "vague.effort", "timeline.undated_activity", "ok.avg.health"):
        assert labels[label] >= 30, label
    assert Counter(r.meta["quality"] for r in corpus).keys() == {"good", "fair", "poor"}


@pytest.mark.parametrize("bad,needle", [
    ("[[avg.onbekend|x]]", "onbekend label"),
    ("[[avg.health|x", "niet gesloten"),
    ("x]]", "zonder"),
    ("[[avg.health|]]", "lege annotatie"),
    ("@@sectie", "losse"),
    ("[[vague.effort|regel een\nregel twee]]", "regeleinde"),
])
def test_markup_errors_are_reported(bad, needle):
    with pytest.raises(CorpusError, match=needle):
        parse_markup(bad)


def test_nested_markup():
    text, spans, _ = parse_markup("[[vague.outcome|Bij [[avg.third_party|zijn zwager]] niets.]]")
    assert text == "Bij zijn zwager niets."
    assert [(s.label, s.text) for s in spans] == [("vague.outcome", text), ("avg.third_party", "zijn zwager")]
    assert CORPUS_DIR.name == "corpus"
