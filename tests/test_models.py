"""Trained artifacts: the committed model matches the corpus it claims, loads with numpy alone, and
its findings are supplementary and explained. Tests load the models; they never retrain them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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
