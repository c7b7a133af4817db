"""Trained artifacts: the committed model matches the corpus it claims, loads with numpy alone, and
its findings are supplementary and explained. Tests load the models; they never retrain them."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from checker.nlp.sentence_model import load_sentence_model
from checker.service import check_text
from checker.train import corpus_fingerprint

ROOT = Path(__file__).resolve().parent.parent
ARTIFACT = ROOT / "models" / "avg_sentence.json"


def test_committed_artifact_was_built_from_the_current_corpus():
    data = json.loads(ARTIFACT.read_text(encoding="utf-8"))
    assert data["corpus_sha256"] == corpus_fingerprint(), (
        "the corpus changed since models/avg_sentence.json was built: run `python -m checker.train`")


def test_model_card_states_the_artifacts_figures():
    data = json.loads(ARTIFACT.read_text(encoding="utf-8"))
    card = (ROOT / "models" / "avg_sentence.md").read_text(encoding="utf-8")
    assert data["corpus_sha256"][:12] in card
    for category, metrics in data["cv_metrics"].items():
        assert category in card
        assert f"{metrics['threshold']:.2f}" in card
        assert f"{metrics['part_threshold']:.2f}" in card
        assert f"{metrics['false_per_report']:.2f}" in card


def test_health_threshold_is_held_to_a_false_alarm_budget_the_others_to_a_precision_floor():
    """Session 21: health's threshold is the best F2 with at most FALSE_ALARMS_PER_REPORT false
    alarms per report out of fold; the other categories keep the precision floor."""
    from checker.train import FALSE_ALARMS_PER_REPORT, MIN_PRECISION
    from checker.training.linear import best_threshold

    probs, gold = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4], [1, 0, 1, 0, 1, 0]
    assert best_threshold(probs, gold, 2.0, 0.5)[0] == 0.5             # precision 0.6, recall 1
    assert best_threshold(probs, gold, 2.0, 0.5, max_false=1)[0] == 0.62   # one false positive left
    assert best_threshold(probs, gold, 2.0, 0.5, max_false=0)[0] == 0.82
    assert best_threshold(probs, gold, 2.0, 0.5, max_false=1)[1]["false_positives"] == 1
    data = json.loads(ARTIFACT.read_text(encoding="utf-8"))
    for category, metrics in data["cv_metrics"].items():
        if category in FALSE_ALARMS_PER_REPORT:
            assert metrics["false_per_report"] <= FALSE_ALARMS_PER_REPORT[category]
        elif metrics["threshold"] < 1.0:
            assert metrics["precision"] >= MIN_PRECISION


def test_packaged_copy_is_the_committed_artifact():
    packaged = ROOT / "checker" / "data" / "models" / "avg_sentence.json"
    assert packaged.resolve() == ARTIFACT.resolve()


def test_model_is_sane_and_scores_with_numpy_only(nlp):
    model = load_sentence_model()
    assert model is not None
    assert model.categories == ["avg.health", "avg.private", "avg.third_party"]
    assert model.weights.shape == (len(model.features), 3)
    assert all(0.0 < t <= 1.0 for t in model.thresholds)
    sentence = next(nlp("Zijn zwager en zijn schoonmoeder hadden ruzie met zijn collega.").sents)
    scores = {s.category: s for s in model.score(sentence)}
    assert 0.0 <= scores["avg.third_party"].probability <= 1.0


def test_run_time_never_imports_scikit_learn():
    code = ("import sys; from checker.service import check_text; "
            "check_text('Zijn vrouw en zijn dochter hebben het zwaar gehad.'); "
            "print('sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


def test_model_findings_only_add_to_the_rules_and_explain_themselves():
    model = load_sentence_model()
    third = model.categories.index("avg.third_party")
    if model.thresholds[third] >= 1.0:
        return   # silent category: nothing to explain
    text = "Het conflict met zijn vorige leidinggevende en diens vrouw speelt nog steeds."
    report = check_text(text)
    model_findings = [f for f in report.findings if f.rule.endswith(".model")]
    regular = [f for f in report.findings if not f.rule.endswith(".model") and f.category.startswith("avg.")]
    for f in model_findings:
        assert "signaalwoorden" in f.message
        assert not any(r.category == f.category and r.start < f.end and f.start < r.end for r in regular)


def test_vague_model_matches_the_corpus_and_its_card():
    data = json.loads((ROOT / "models" / "vague_sentence.json").read_text(encoding="utf-8"))
    assert data["corpus_sha256"] == corpus_fingerprint()
    assert data["categories"] == ["vague.outcome", "vague.effort"]
    assert data["hyperparameters"]["trained_on"] == "train"       # dev stays held out for evaluation
    card = (ROOT / "models" / "vague_sentence.md").read_text(encoding="utf-8")
    assert data["corpus_sha256"][:12] in card
    for category, metrics in data["cv_metrics"].items():
        assert f"{metrics['confirm_threshold']:.2f}" in card and f"{metrics['supplement_threshold']:.2f}" in card
    model = load_sentence_model("vague_sentence")
    assert model.weights.shape == (len(model.features), 2)
    assert all(0.0 < t <= 1.0 for t in model.thresholds)
    assert all(0.0 <= t < 1.0 for t in data["confirm_thresholds"])


def test_section_model_matches_the_corpus_card_and_package():
    data = json.loads((ROOT / "models" / "section_paragraphs.json").read_text(encoding="utf-8"))
    assert data["corpus_sha256"] == corpus_fingerprint(), (
        "the corpus changed since models/section_paragraphs.json was built: run `python -m checker.train`")
    assert data["trained_on"] == "train"                          # dev stays held out for evaluation
    card = (ROOT / "models" / "section_paragraphs.md").read_text(encoding="utf-8")
    assert data["corpus_sha256"][:12] in card
    assert f"{data['metrics']['dev_all']['accuracy']:.3f}" in card
    packaged = ROOT / "checker" / "data" / "models" / "section_paragraphs.json"
    assert packaged.resolve() == (ROOT / "models" / "section_paragraphs.json").resolve()
    from checker.analysis.section_classifier import load_section_classifier

    classifier = load_section_classifier()
    assert set(classifier.types) == {"eindrapportage", "voortgangsrapportage", "trajectplan", "intakeverslag"}
    for model in classifier.types.values():
        assert model.weights.shape == (len(model.vocabulary), len(model.classes))
        assert "none" in model.classes


def test_status_model_matches_the_corpus_and_its_card():
    from checker.scoring.status_model import load_status_model

    data = json.loads((ROOT / "models" / "section_status.json").read_text(encoding="utf-8"))
    assert data["corpus_sha256"] == corpus_fingerprint()
    assert data["trained_on"] == "train"                   # dev stays held out for evaluation
    card = (ROOT / "models" / "section_status.md").read_text(encoding="utf-8")
    assert data["corpus_sha256"][:12] in card
    dev = data["metrics"]["dev"]
    assert f"{dev['model']['accuracy']:.3f}" in card and f"{dev['rules']['accuracy']:.3f}" in card
    model = load_status_model()
    assert model is not None and 0.0 < model.threshold < 1.0
    assert set(model.weights) == set(data["features"])


def test_the_rest_of_a_sentence_the_rules_flagged_in_part_is_scored_on_its_own():
    report = check_text("Hij heeft een burn-out en slaapt nog maar vier uur per nacht, zegt hij.")
    rules = [f for f in report.findings if f.category == "avg.health" and not f.rule.endswith(".model")]
    model = [f for f in report.findings if f.rule == "avg.health.model"]
    assert rules and model
    for f in model:          # a stretch outside the rule findings, not the whole sentence
        assert not any(r.start < f.end and f.start < r.end for r in rules)
        assert "burn-out" not in f.text and f.text.split()[0] not in ("en", "maar")
        assert "signaalwoorden" in f.message


def test_the_rest_of_a_partly_flagged_sentence_is_held_to_the_part_threshold(nlp):
    from checker.nlp.sentence_model import SentenceModel
    from checker.nlp.tokens import TokenTable

    model = SentenceModel({"categories": ["avg.health"], "features": ["w:afbouwen"], "weights": [[1.0]],
                           "bias": [0.0], "thresholds": [0.8], "part_thresholds": [0.6]})
    tokens = TokenTable.of(nlp("Ze wil afbouwen."))
    whole, part = model.score_ranges(tokens, [(0, 3), (0, 3)], [False, True])
    assert whole[0].probability == part[0].probability == pytest.approx(1 / (1 + math.exp(-1.0)))   # 0.73
    assert not whole[0].positive and part[0].positive
    older = SentenceModel({"categories": ["avg.health"], "features": ["w:afbouwen"], "weights": [[1.0]],
                           "bias": [0.0], "thresholds": [0.8]})        # an artifact from before part thresholds
    assert not older.score_ranges(tokens, [(0, 3)], [True])[0][0].positive


def test_part_examples_label_what_the_rules_left_the_model_to_find():
    from checker.corpus import AnnotatedReport, Span
    from checker.train import part_examples

    text = ("Ze slikt venlafaxine, al wil ze daar in het voorjaar mee afbouwen. "
            "Ze heeft rugklachten en solliciteert bij drie bakkerijen in Zwolle.")
    def span(words, label="avg.health"):
        start = text.index(words)
        return Span(label, start, start + len(words), words)
    gold = [span("venlafaxine"), span("al wil ze daar in het voorjaar mee afbouwen"), span("Ze heeft rugklachten")]
    report = AnnotatedReport("t1", Path("t1.txt"), {}, text, gold)
    found = [("avg.health", s.start, s.end, None) for s in (span("venlafaxine"), span("rugklachten"))]
    X, cats, Y = part_examples(report, found)
    label = {word: y for x, c, y in zip(X, cats, Y) if c == 0 for word in ("afbouwen", "slikt", "heeft", "bakkerijen")
             if "w:" + word in x}
    assert label == {"afbouwen": 1,      # a span the rules left untouched: what the model is there for
                     "slikt": 0,         # 'Ze slikt': touches no span
                     "heeft": -1,        # 'Ze heeft' only touches a span the rules found already
                     "bakkerijen": 0}
    assert set(cats) == {0}                  # no private or third-party finding: nothing cut for them


def test_what_is_left_of_a_sentence_after_the_rules_is_not_flagged_for_nothing():
    report = check_text("Hij heeft reuma en artrose.")     # left over: "Hij heeft"
    assert not [f for f in report.findings if f.rule == "avg.health.model"]


def test_threshold_splits_partition_the_reports_the_same_way_every_run():
    from checker.training.linear import report_folds

    splits = report_folds(23, 5, 4)
    assert splits == report_folds(23, 5, 4)                      # seeded: the artifacts stay byte-identical
    assert splits[0] == [i % 5 for i in range(23)]               # the first split is by report order
    for folds in splits:
        sizes = [folds.count(f) for f in range(5)]
        assert max(sizes) - min(sizes) <= 1 and sum(sizes) == 23
        assert set(folds) == set(range(5))
    assert len({tuple(f) for f in splits}) == 4                  # every repeat is a different split
    for name in ("avg_sentence", "vague_sentence"):
        data = json.loads((ROOT / "models" / f"{name}.json").read_text(encoding="utf-8"))
        assert data["hyperparameters"]["repeats"] > 1


@pytest.mark.parametrize("values", [
    np.array([[0.1234, -0.0, 3.0], [-2.5e-4, 1e300, -7.0]]),               # float64 as trained: rounded, -0.0 kept
    np.random.RandomState(0).standard_normal((50, 4)),
    np.array([[1, -128], [127, 0]], dtype=np.int64),                        # int8 range
    np.array([[-32768, 32767]], dtype=np.int64),                            # int16
    np.array([2**31 - 1, -2**31], dtype=np.int64),                          # int32
    np.array([2**40, -5], dtype=np.int64),                                  # int64
    np.zeros((0, 3)), np.zeros((0, 16), dtype=np.int64), np.array([], dtype=np.int64),
])
def test_encoded_weight_matrices_decode_to_exactly_the_same_numbers(values):
    from checker.nlp.artifacts import decode_array, encode_array

    encoded = encode_array(values)
    back = decode_array(json.loads(json.dumps(encoded)))          # through the JSON text, as in an artifact
    assert back.shape == values.shape and back.dtype.kind == values.dtype.kind
    assert np.array_equal(back, values) and np.array_equal(np.signbit(back), np.signbit(values))
    assert json.dumps(encode_array(values.copy())) == json.dumps(encoded)      # same array, same bytes
    if values.dtype.kind == "i" and values.size:                  # the smallest int dtype that holds them
        assert back.dtype.itemsize == min(s for s in (1, 2, 4, 8)
                                          if np.iinfo(f"i{s}").min <= values.min() and values.max() <= np.iinfo(f"i{s}").max)


def test_committed_artifacts_store_their_weight_matrices_encoded():
    for name in ("avg_sentence", "vague_sentence"):
        data = json.loads((ROOT / "models" / f"{name}.json").read_text(encoding="utf-8"))
        assert data["weights"]["dtype"] == "<f8" and data["weights"]["shape"] == [len(data["features"]),
                                                                               len(data["categories"])]
    data = json.loads((ROOT / "models" / "section_paragraphs.json").read_text(encoding="utf-8"))
    for t in data["types"].values():
        assert data["weight_scale"] > 1 and t["weights"]["dtype"][1] == "i"
        assert t["weights"]["shape"] == [len(t["features"]), len(t["classes"])]


def test_word_vector_scores_add_the_mean_of_the_words_scores(nlp):
    """The artifact keeps one score per word and category (the word vectors folded into the
    classifier's weights): a range's logit gains the mean score of its words that have one."""
    from checker.nlp.artifacts import encode_array
    from checker.nlp.sentence_model import SentenceModel
    from checker.nlp.tokens import TokenTable

    data = {"categories": ["avg.health"], "features": ["w:ze"], "weights": [[0.5]], "bias": [-1.0],
            "thresholds": [0.5],
            "word_scores": {"words": ["handen", "opgegeven", "ze"], "scores": encode_array([[3.0], [1.0], [-1.0]])}}
    model = SentenceModel(data)
    tokens = TokenTable.of(nlp("Ze zegt: de handen hebben het opgegeven."))
    ranges = [(0, len(tokens.lower)), (0, 2)]
    full, short = model.score_ranges(tokens, ranges)
    # "ze" (-1), "handen" (3), "opgegeven" (1) have scores: mean 1.0; plus w:ze 0.5, bias -1
    assert full[0].probability == pytest.approx(1 / (1 + math.exp(-0.5)))
    assert full[0].positive and full[0].evidence[0] == "handen"
    assert short[0].probability == pytest.approx(1 / (1 + math.exp(-(-1.0 + 0.5 - 1.0))))   # "Ze zegt"
    alone = model.score_ranges(tokens, ranges[:1])[0]
    assert alone[0].probability == full[0].probability           # alone or in a batch: the same
    older = SentenceModel({k: v for k, v in data.items() if k != "word_scores"})
    assert older.score_ranges(tokens, ranges[:1])[0][0].probability == pytest.approx(1 / (1 + math.exp(0.5)))
    # The rest of a partly flagged sentence: its own weights and bias, no word-vector term.
    with_parts = SentenceModel({**data, "part_weights": encode_array([[2.0]]), "part_bias": [0.25]})
    whole, part = with_parts.score_ranges(tokens, ranges[:1] * 2, [False, True])
    assert whole[0].probability == full[0].probability
    assert part[0].probability == pytest.approx(1 / (1 + math.exp(-2.25)))
    assert part[0].evidence == ("ze",)


def test_packaged_model_carries_word_scores_and_part_weights():
    from checker.nlp.artifacts import decode_array

    data = json.loads(ARTIFACT.read_text(encoding="utf-8"))
    scores = data["word_scores"]
    matrix = decode_array(scores["scores"])
    assert matrix.shape == (len(scores["words"]), len(data["categories"]))
    assert decode_array(data["part_weights"]).shape == decode_array(data["weights"]).shape
    assert len(data["part_bias"]) == len(data["categories"])
    assert len(scores["words"]) > 10_000 and scores["words"] == sorted(scores["words"])
    hp = data["hyperparameters"]["word_vectors"]
    assert hp["dim"] > 0 and hp["window"] > 0


def test_artifacts_are_ascii_so_they_parse_as_compact_strings():
    """One character beyond U+FFFF in a feature name ("👍") made Python hold the whole 8 MB text at
    four bytes per character while parsing it (33 MB); escaped, it is one byte per character."""
    for path in sorted((ROOT / "models").glob("*.json")):
        raw = path.read_bytes()
        assert raw.isascii(), path.name
    features = json.loads(ARTIFACT.read_text(encoding="ascii"))["features"]
    assert any(not f.isascii() for f in features)          # the escapes still read back as the words


def test_cross_validation_pools_one_copy_per_repeat_in_repeat_order():
    """The thresholds are read off the out-of-fold scores of every repeat pooled in order: the
    same repeats in another order pool differently, and each repeat adds its own copy."""
    from checker.corpus import load_corpus
    from checker.train import CATEGORIES, pool_repeats, training_examples
    from checker.training.linear import report_folds

    reports = load_corpus("train")[:10]
    data = training_examples(reports)
    repeats = report_folds(len(reports), 5, 3)
    one = pool_repeats(data, repeats)
    assert pool_repeats(data, repeats) == one                        # deterministic to the last bit
    reordered = pool_repeats(data, repeats[::-1])
    assert [g for _, g in reordered[0]] != [g for _, g in one[0]]    # the pooling keeps repeat order
    health_scores, health_gold = one[0][CATEGORIES.index("avg.health")]
    assert len(health_scores) == len(health_gold)
    assert sum(health_gold) > 0 and len(health_gold) > len(data["X"])   # one copy per repeat


def test_out_of_fold_misses_are_gold_spans_the_rules_leave_alone():
    """`python -m checker.training.oof_misses` (session 17): a span is missed when neither the rules nor
    a fold model that never saw its report flag it; with a threshold of 1.0 the model flags nothing,
    so every gold span the rules do not touch is missed, and at 0.0 none is."""
    from checker.corpus import load_corpus
    from checker.train import _blank_tokens, _rule_findings
    from checker.training.oof_misses import out_of_fold_misses

    reports = load_corpus("train")[:10]
    silent = out_of_fold_misses(reports, [1.0] * 3, [1.0] * 3, tradeoff=[0.0, 0.5, 1.01])
    gold = {(r.id, sp.text) for r in reports for sp in r.spans if sp.label == "avg.health"}
    assert silent["spans"] == len(gold) > 0
    untouched = set()
    for r in reports:
        found = [(s, e) for cat, s, e, _ in _rule_findings(r, _blank_tokens(r.text)) if cat == "avg.health"]
        untouched |= {(r.id, sp.text) for sp in r.spans if sp.label == "avg.health"
                      and not any(s < sp.end and sp.start < e for s, e in found)}
    missed = {(m["id"], m["span"]) for m in silent["missed"]}
    assert missed and missed <= gold
    assert missed <= untouched                     # a span the rules flag is never missed
    assert silent["parts"]["missed"] == silent["parts"]["positive"]
    assert out_of_fold_misses(reports, [0.0] * 3, [0.0] * 3)["missed"] == []
    # the trade-off table (session 18): a lower threshold flags at least as much, right and wrong; at
    # 0.0 it reaches every span the rules leave alone, above 1.0 nothing
    low, mid, high = silent["tradeoff"]
    for key in ("sentences_right", "sentences_wrong", "spans", "stretches_right", "stretches_wrong"):
        assert low[key] >= mid[key] >= high[key] == 0
    assert low["spans"] >= len(missed) and low["sentences_right"] > 0
