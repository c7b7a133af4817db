"""The rule tables and lexicons are data: each is checked the day it is written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from checker.model import CATEGORIES
from checker.rules.lexicons import lexicon_files, load_lexicon
from checker.rules.registry import DOC_FIELDS, all_rules, checks
from checker.service import check_text

ROOT = Path(__file__).resolve().parent.parent
LEXICON_DIR = ROOT / "checker" / "data" / "lexicons"
RULES = all_rules()


def test_rule_ids_unique_and_categories_known():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert rule.category in CATEGORIES
        assert rule.id.startswith(rule.category + ".")
        assert rule.check in checks(), f"{rule.id} names unknown check {rule.check}"
        for name in DOC_FIELDS:
            assert getattr(rule.doc, name).strip()


def test_every_lexicon_rule_names_existing_lexicons():
    names = set(lexicon_files())
    for rule in RULES:
        for lex in rule.options.get("lexicons", []):
            assert lex in names, f"{rule.id}: lexicon {lex} does not exist"


@pytest.mark.parametrize("path", sorted(LEXICON_DIR.rglob("*.txt")), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_lexicon_file_hygiene(path: Path):
    lines = path.read_text(encoding="utf-8").splitlines()
    entries = [ln for ln in lines if ln and not ln.startswith("#")]
    assert entries, "empty lexicon"
    assert all(ln == ln.strip() for ln in lines), "stray whitespace"
    assert all(ln for ln in lines), "blank line"
    assert entries == sorted(entries), "entries not sorted"
    assert len(entries) == len(set(entries)), "duplicate entries"
    assert all(e == e.lower() for e in entries), "entries must be lower case"
    if path.name != "exceptions.txt":
        load_lexicon(f"{path.parent.name}/{path.stem}")  # parses (affix length etc.)


EXAMPLES = [(r.id, "flag", t) for r in RULES for t in r.examples.get("flag", [])] + \
           [(r.id, "ok", t) for r in RULES for t in r.examples.get("ok", [])]


@pytest.mark.parametrize("rule_id,kind,text", EXAMPLES, ids=[f"{r}-{k}-{i}" for i, (r, k, _) in enumerate(EXAMPLES)])
def test_rule_examples(rule_id: str, kind: str, text: str):
    report = check_text(text)
    fired = {f.rule for f in report.findings}
    if kind == "flag":
        assert rule_id in fired, f"{rule_id} did not fire on {text!r} (fired: {sorted(fired)})"
    else:
        assert rule_id not in fired, f"{rule_id} fired on allowed text {text!r}"


def test_lexicon_rules_have_examples():
    for rule in RULES:
        if rule.check == "lexicon":
            assert rule.examples.get("flag") and rule.examples.get("ok"), f"{rule.id} lacks examples"


def test_docs_rules_md_is_generated_from_the_rule_tables():
    out = subprocess.run([sys.executable, "-m", "checker", "rules", "--format", "markdown"],
                         capture_output=True, text=True, check=True).stdout
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == out, \
        "docs/rules.md is stale: run `rapportcheck rules --format markdown > docs/rules.md`"


def test_a_cue_with_alternatives_stands_for_each_combination():
    from checker.rules.cues import CueSet, expand

    assert expand("{lopen|lang zitten} gaat {niet|nog niet}") == [
        "lopen gaat niet", "lopen gaat nog niet", "lang zitten gaat niet", "lang zitten gaat nog niet"]
    assert expand("{koppelt|wijt} {|ze }haar uitval") == [
        "koppelt haar uitval", "koppelt ze haar uitval", "wijt haar uitval", "wijt ze haar uitval"]
    cues = CueSet.of(["{lopen|lang zitten} gaat niet"])
    words = "ook lang zitten gaat niet".split()
    assert cues.find_words(words, [False] * len(words)) == [(1, 5)]


def test_a_hyphenated_compound_ending_in_an_exception_word_is_that_word():
    # "*kuur" would take "BA-spreekuur"; "spreekuur" is an exception, and only the part after the
    # hyphen counts ("ouderklachten" is an exception, "schouderklachten" is not)
    from checker.rules.lexicons import build_index
    index = build_index(("avg_health/treatments", "avg_health/symptoms"))
    assert index.match("ba-spreekuur", "ba-spreekuur") is None
    assert index.match("antibioticakuur", "antibioticakuur") is not None
    assert index.match("schouderklachten", "schouderklachten") is not None
