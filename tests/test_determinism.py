"""The same report gives the same findings in every process. Python randomises string hashing per
process, so anything that depends on the iteration order of a set of strings – a float sum over
features, a tie – shows up as a difference between two processes with different hash seeds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = """
import json, sys
from checker.corpus import load_corpus
from checker.service import check_text
reports = load_corpus("dev")
out = {}
for r in reports:
    rep = check_text(r.text, r.id + ".txt")
    out[r.id] = [(f.rule, f.start, f.end) for f in rep.findings] + [
        (s.id, s.status) for s in rep.completeness.sections]
print(json.dumps(out))
"""


def _run(seed: str) -> dict:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, cwd=ROOT, env=env,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_findings_and_section_statuses_do_not_depend_on_the_hash_seed():
    first, second = _run("1"), _run("2")
    assert first.keys() == second.keys() and len(first) >= 30
    assert first == second


def test_classifier_scores_do_not_depend_on_the_order_of_the_features():
    """Features come as sets; float sums in another order differ in the last bits, which flips a
    sentence or paragraph that sits right at a threshold."""
    import numpy as np

    from checker.analysis.section_classifier import load_section_classifier
    from checker.nlp.sentence_model import load_sentence_model

    model = load_sentence_model("avg_sentence")
    feats = model.features[:4000:7]                                  # many features, one "sentence"
    forward = model._scores([model._indices(feats)])[0]
    backward = model._scores([model._indices(list(reversed(feats)))])[0]
    assert [s.probability for s in forward] == [s.probability for s in backward]

    classifier = load_section_classifier()
    name = next(iter(classifier.types))
    vocab = list(classifier.types[name].vocabulary)[:3000:5]
    a = classifier.log_probabilities(name, [vocab])
    b = classifier.log_probabilities(name, [list(reversed(vocab))])
    assert np.array_equal(a, b)


def test_indices_from_the_token_table_equal_those_of_the_feature_strings():
    """Scoring works out a sentence's feature indices from per-word caches; they must be exactly the
    indices of the feature strings the model was trained on."""
    from checker.corpus import load_corpus
    from checker.nlp.features import table_features
    from checker.nlp.sentence_model import load_sentence_model
    from checker.service import analyse
    from checker.ingest import read_bytes

    checked = 0
    for name in ("avg_sentence", "vague_sentence"):
        model = load_sentence_model(name)
        for report in load_corpus("dev")[:8]:
            tokens = analyse(read_bytes(report.id + ".txt", report.text.encode("utf-8"))).tokens
            for first, last in tokens.sentences:
                assert model.table_indices(tokens, first, last) == model._indices(table_features(tokens, first, last))
                checked += 1
    assert checked > 500
