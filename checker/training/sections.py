"""Train the paragraph → section classifier from the corpus `@@section` markers.

Run by `python -m checker.train` (after the AVG model), or alone with
`python -m checker.training.sections`. Deterministic: the same corpus gives a byte-identical
`models/section_paragraphs.json` (sorted vocabulary, lbfgs from zero, weights rounded to integer
thousandths, stored as raw integers by `checker.nlp.artifacts.encode_array`). Trained on
the train split only, so that `python -m checker.evaluate --split dev` stays a held-out measure;
the test split is never read.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date
from pathlib import Path

from checker.analysis.paragraph_features import document_paragraphs
from checker.analysis.section_classifier import NONE, SectionClassifier
from checker.analysis.sections import heading_hints, heading_sections, load_profile
from checker.corpus import CORPUS_DIR, REPORT_TYPES, AnnotatedReport, load_splits, parse_report
from checker.ingest.document import Document
from checker.ingest.text_reader import read_text_bytes
from checker.nlp.artifacts import encode_array, write_artifact
from checker.training import artifact_main

NAME = "section_paragraphs"
C = 1.0                # inverse regularisation of the logistic regression
MIN_COUNT = 2          # a feature seen in fewer training paragraphs of the type is dropped
HEADING_BONUS = 2.0    # log-odds added to the section a recognised heading names
SWITCH_PENALTY = 1.0   # log-odds a change of section between neighbouring paragraphs costs
LIKELY_THRESHOLD = 0.2  # a paragraph this probable for a section the path left out also serves it
WEIGHT_SCALE = 1000     # weights are stored as integers in thousandths: a compact, stable artifact


def load_split(split: str) -> list[AnnotatedReport]:
    """The reports of one split, parsing no other file (the test split is never opened)."""
    if split not in ("train", "dev"):
        raise ValueError("the test split is for `python -m checker.evaluate` only")
    ids = sorted(rid for rid, s in load_splits().items() if s == split)
    return [parse_report(CORPUS_DIR / "reports" / f"{rid}.txt") for rid in ids]


def _document(report: AnnotatedReport) -> Document:
    """The report as the checker reads a .txt file: one block per line."""
    return read_text_bytes(report.text.encode("utf-8"), report.id + ".txt", "txt")


def paragraph_examples(reports: list[AnnotatedReport]) -> list[tuple[set[str], str]]:
    """(features, gold section or 'none') for every block of every report."""
    out = []
    for report in reports:
        for block, feats in document_paragraphs(_document(report)):
            out.append((feats, report.section_at(block.start) or NONE))
    return out


def fit_type(examples: list[tuple[set[str], str]]) -> dict:
    """Multinomial logistic regression on binary features; weights rounded for a stable artifact."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for feats, _ in examples for f in feats)
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    X = np.zeros((len(examples), len(vocab)), dtype=np.float64)
    for row, (feats, _) in enumerate(examples):
        for f in feats:
            if f in index:
                X[row, index[f]] = 1.0
    y = [label for _, label in examples]
    clf = LogisticRegression(C=C, solver="lbfgs", max_iter=5000, tol=1e-6)
    clf.fit(X, y)
    classes = [str(c) for c in clf.classes_]
    W, bias = clf.coef_.T, clf.intercept_                # features × classes
    if len(classes) == 2:                              # binary: sklearn keeps one column
        W, bias = np.concatenate([-W / 2, W / 2], axis=1), np.concatenate([-bias / 2, bias / 2])
    W = np.rint(W * WEIGHT_SCALE).astype(np.int64)
    keep = [i for i in range(len(vocab)) if np.any(W[i] != 0)]
    return {
        "classes": classes,
        "paragraphs": len(examples),
        "support": {c: y.count(c) for c in classes},
        "features": [vocab[i] for i in keep],
        "weights": encode_array(W[keep]),
        "bias": [int(b) for b in np.rint(bias * WEIGHT_SCALE)],
    }


def block_accuracy(classifier: SectionClassifier, reports: list[AnnotatedReport]) -> dict:
    """Share of paragraphs whose section the run-time path (headings + classifier + best path)
    gets right, overall and by characters (long paragraphs weigh more)."""
    right = total = right_chars = chars = 0
    for report in reports:
        doc = _document(report)
        profile = load_profile(report.report_type)
        hints = heading_hints(doc, heading_sections(doc, profile))
        labels = classifier.label(doc, report.report_type, hints).labels
        for block, label in zip(doc.blocks, labels):
            ok = label == (report.section_at(block.start) or NONE)
            right += ok
            total += 1
            right_chars += ok * (block.end - block.start)
            chars += block.end - block.start
    return {"reports": len(reports), "paragraphs": total,
            "accuracy": round(right / total, 3) if total else None,
            "char_accuracy": round(right_chars / chars, 3) if chars else None}


def train(out: Path, fingerprint: str) -> dict:
    train_reports = load_split("train")
    dev_reports = load_split("dev")
    types = {}
    for rtype in REPORT_TYPES:
        examples = paragraph_examples([r for r in train_reports if r.report_type == rtype])
        if examples:
            types[rtype] = fit_type(examples)
    artifact = {
        "name": NAME,
        "version": 1,
        "corpus_sha256": fingerprint,
        "trained_on": "train",
        "reports": len(train_reports),
        "weight_scale": WEIGHT_SCALE,
        "hyperparameters": {"C": C, "min_count": MIN_COUNT, "solver": "lbfgs",
                            "heading_bonus": HEADING_BONUS, "switch_penalty": SWITCH_PENALTY,
                            "likely_threshold": LIKELY_THRESHOLD},
        "metrics": {},
        "types": types,
    }
    classifier = SectionClassifier(artifact)
    artifact["metrics"] = {
        "dev": {rtype: block_accuracy(classifier, [r for r in dev_reports if r.report_type == rtype])
                for rtype in types},
        "dev_all": block_accuracy(classifier, dev_reports),
    }
    return write_artifact(out, artifact)


def model_card(artifact: dict, trained_on: str, status: dict | None) -> str:
    """The model card next to the artifact: data, date and figures."""
    rows = "\n".join(
        f"| {rtype} | {t['paragraphs']} | {len(t['classes'])} | {len(t['features'])} | "
        f"{artifact['metrics']['dev'][rtype]['paragraphs']} | {artifact['metrics']['dev'][rtype]['accuracy']:.3f} |"
        for rtype, t in artifact["types"].items())
    hp = artifact["hyperparameters"]
    overall = artifact["metrics"]["dev_all"]
    status_lines = ""
    if status:
        status_lines = (f"\nWith the whole checker on the dev split (`python -m checker.evaluate --split dev "
                        f"--no-deduce`, same day): section status accuracy "
                        f"**{status['section_status_accuracy']:.2f}**, "
                        f"score ordering good > fair > poor **{status['ordering']['accuracy']:.2f}** "
                        f"({status['ordering']['pairs']} pairs). These move when the rules change: their "
                        f"findings inside a section make it partial (`checker/data/profiles/README.md`).\n")
    return f"""# Model card: `{artifact['name']}`

Says which section of its report type's profile each paragraph belongs to, by content. Used by
`find_sections` (`checker/analysis/sections.py`, via `checker/analysis/section_classifier.py`)
together with the heading matcher: a recognised heading adds {hp['heading_bonus']} to the log-odds of
its section, and changing section between neighbouring paragraphs costs {hp['switch_penalty']} (best
path over the paragraphs). So sections are found without a heading, under headings worded
otherwise, and where content runs on under the wrong heading. A section the path gives no
paragraph still counts as there for completeness when a paragraph has it as its best or
second-best class with probability ≥ {hp['likely_threshold']} (its best, under a recognised heading
the path kept): one paragraph can serve two sections.

- **Artifact**: `models/{artifact['name']}.json` (per report type: classes, vocabulary, bias, and
  the weight matrix as one base64 block of little-endian integers, far quicker to load than JSON
  numbers; applied with numpy at run time – scikit-learn is only needed to train). Rebuilt
  byte-identically by `python -m checker.train` (code: `checker/training/sections.py`).
- **Trained on**: {trained_on}, from corpus fingerprint `{artifact['corpus_sha256'][:12]}` (the same
  SHA-256 as the other models; `tests/test_models.py` fails when the corpus changes without
  retraining).
- **Data**: the {artifact['reports']} reports of the **train** split only; every paragraph (one line
  block, as the .txt reader makes them) labelled with its `@@section` marker, `none` outside every
  section. Dev is held out for the figures below; the test split is never read.
- **Model**: multinomial logistic regression per report type (lbfgs, C = {hp['C']}) on binary
  features: words, lookup lemmas, word pairs (first 60 words), the words of the heading or label
  line above the paragraph and of its table's header row, the block kind and its position in the
  report (tenth of the text, first block). Features seen in fewer than {hp['min_count']} paragraphs
  are dropped; weights are stored as integers in 1/{artifact['weight_scale']}.

| report type | train paragraphs | classes | features | dev paragraphs | dev accuracy |
|---|---|---|---|---|---|
{rows}

Dev overall: {overall['accuracy']:.3f} of {overall['paragraphs']} paragraphs in {overall['reports']} reports
({overall['char_accuracy']:.3f} by characters), headings and classifier combined as at run time.
{status_lines}
C, heading bonus and switch penalty were picked on dev paragraph accuracy (a small grid); the
"likely" threshold and the status rules on the train split with paragraph models trained
out-of-fold (5 folds by report). Dev is therefore not fully untouched: the held-out measure is the
test split, which `python -m checker.evaluate` alone reads.

**Limits.** Small corpus (fictional reports written for this project in batches by different writers; `docs/evaluation.md`, {artifact['reports']} training reports;
intakeverslag and trajectplan have the fewest); Dutch only; one block per line, so a .docx
paragraph holding two sections gets one. Retrain after changing the corpus, the heading lists in
`checker/data/profiles/*.toml` or the paragraph features.
"""


def write(out: Path, card: bool = True) -> dict:
    """Train, write the artifact and (unless `card` is False) its model card, print a summary line.
    `checker.train` writes the card last, with `write_card`, once the other models are rebuilt."""
    from checker.analysis.section_classifier import load_section_classifier
    from checker.train import corpus_fingerprint

    artifact = train(out, corpus_fingerprint())
    load_section_classifier.cache_clear()             # what is analysed from here on uses the new one
    overall = artifact["metrics"]["dev_all"]
    print(f"{out}: paragraaf → onderdeel, {artifact['reports']} rapporten (train), "
          f"dev {overall['accuracy']:.3f} van {overall['paragraphs']} paragrafen")
    if card:
        write_card(out)
    return artifact


def write_card(out: Path) -> None:
    """The model card of the artifact at `out`; with the dev figures of the whole checker when `out`
    is the packaged path (the checker loads the packaged artifacts)."""
    import json

    from checker.train import MODELS_DIR

    artifact = json.loads(out.read_text(encoding="utf-8"))
    packaged = (MODELS_DIR / f"{NAME}.json").resolve() == out.resolve()
    status = _dev_status() if packaged else None
    out.with_suffix(".md").write_text(model_card(artifact, date.today().isoformat(), status), encoding="utf-8")
    if status:
        print(f"  dev: status per onderdeel {status['section_status_accuracy']:.2f}, "
              f"volgorde goed > matig > zwak {status['ordering']['accuracy']:.2f}")


def main(argv: list[str] | None = None) -> int:
    return artifact_main("checker.training.sections", __doc__, NAME, write, argv)


def _dev_status() -> dict | None:
    """Section status and ordering of the whole checker on dev, with the new artifact loaded."""
    from checker.analysis.section_classifier import load_section_classifier
    from checker.evaluation.substance import evaluate_substance
    from checker.nlp.sentence_model import load_sentence_model
    from checker.scoring.status_model import load_status_model
    from checker.service import check_text

    load_section_classifier.cache_clear()
    load_sentence_model.cache_clear()
    load_status_model.cache_clear()
    reports = load_split("dev")
    results = {r.id: check_text(r.text, r.id + ".txt") for r in reports}
    return evaluate_substance(reports, results)


if __name__ == "__main__":
    sys.exit(main())
