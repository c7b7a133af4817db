"""The annotated corpus: every file parses and validates; the split is complete and disjoint."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from collections import Counter

import pytest

from checker.corpus import CORPUS_DIR, CorpusError, load_corpus, load_splits, parse_markup, parse_report, split_batch


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


def _batches(last: int) -> list[range]:
    """The batches the head comment of splits.toml lists, from session 3 on (session 1's r001–r088
    were split by hand before the rule was fixed)."""
    fixed = [range(89, 143), range(143, 161), range(161, 185), range(185, 209)]
    fixed += [range(a, a + 48) for a in range(209, 593, 48)] + [range(593, 617)]
    return fixed + [range(a, min(a + 48, last + 1)) for a in range(617, last + 1, 48)]


def test_split_rule_reproduces_every_batch_since_session_3(corpus):
    splits = load_splits()
    by_number = {int(r.id[1:]): r for r in corpus}
    checked = 0
    for batch in _batches(max(by_number)):
        reports = [by_number[n] for n in batch if n in by_number]
        if reports:
            assert split_batch(reports) == {r.id: splits[r.id] for r in reports}, batch
            checked += len(reports)
    assert checked == len(corpus) - 88


def _renamed(source_id: str, new_id: str, folder) -> str:
    text = (CORPUS_DIR / "reports" / f"{source_id}.txt").read_text(encoding="utf-8")
    path = folder / f"{new_id}.txt"
    path.write_text(text.replace(f'id = "{source_id}"', f'id = "{new_id}"', 1), encoding="utf-8")
    return str(path)


def test_split_and_add_put_a_new_batch_into_the_corpus_once(tmp_path):
    corpus_dir = tmp_path / "corpus"
    (corpus_dir / "reports").mkdir(parents=True)
    (corpus_dir / "splits.toml").write_text('# batches: r001\n\ntrain = [\n  "r001",\n]\n\ndev = [\n]\n\n'
                                            'test = [\n]\n', encoding="utf-8")
    batch_dir = tmp_path / "batch"
    batch_dir.mkdir()
    sources = [r.id for r in load_corpus("train")][:10]
    files = [_renamed(src, f"r9{i:03d}", batch_dir) for i, src in enumerate(sources)]
    command = [sys.executable, "-m", "checker.corpus"]
    split = subprocess.run(command + ["split", "--corpus", str(corpus_dir), *files],
                           capture_output=True, text=True, check=True)
    printed = {line.split()[0]: line.split()[1] for line in split.stdout.splitlines()}
    assert set(printed) == {f"r9{i:03d}" for i in range(10)} and set(printed.values()) <= {"train", "dev", "test"}

    added = subprocess.run(command + ["add", "--corpus", str(corpus_dir), *files], capture_output=True, text=True)
    assert added.returncode == 0, added.stderr
    written = (corpus_dir / "splits.toml").read_text(encoding="utf-8")
    assert written.startswith("# batches: r001\n")
    data = tomllib.loads(written)
    assert {rid: s for s in ("train", "dev", "test") for rid in data[s]} == {"r001": "train", **printed}
    assert sorted(p.name for p in (corpus_dir / "reports").iterdir()) == sorted(f"r9{i:03d}.txt" for i in range(10))

    again = subprocess.run(command + ["add", "--corpus", str(corpus_dir), files[0]], capture_output=True, text=True)
    assert again.returncode == 1 and "al in het corpus: r9000" in again.stderr


def test_the_held_out_batch_validates_and_stays_out_of_the_corpus():
    """corpus/held_out/ waits for its end-of-session measurement: valid, and in no split, so neither
    training nor the evaluation of a split can read it."""
    held_out = sorted((CORPUS_DIR / "held_out").glob("*.txt"))
    splits = load_splits()
    for path in held_out:
        report = parse_report(path)
        assert report.id not in splits
        assert not (CORPUS_DIR / "reports" / path.name).exists()
