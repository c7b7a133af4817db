"""Train the AVG sentence classifier from the corpus: `python -m checker.train`.

Deterministic: the same corpus gives byte-identical `models/avg_sentence.json` (sorted vocabulary,
liblinear with a fixed seed, rounded weights, folds by report order). Trained on the train and dev
splits; each category's threshold comes from out-of-fold scores. The test split is never read. Needs the `train` extra
(scikit-learn); run time needs only numpy.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import date
from pathlib import Path

from checker.corpus import CORPUS_DIR, AnnotatedReport, load_corpus, load_splits
from checker.nlp.features import sentence_features
from checker.nlp.pipeline import load_pipeline

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
CATEGORIES = ("avg.health", "avg.private", "avg.third_party")
MIN_COUNT = 2          # a feature seen in fewer training sentences is noise
C = 0.5                # inverse regularisation; small corpus → keep weights modest
THRESHOLD_BETA = 0.5   # the rules carry recall; the model must not add false alarms (F0.5)
MIN_PRECISION = 0.5    # below this on the unflagged sentences the model stays silent (threshold 1.0)
# Thresholds depend on what the rules already catch: retrain after changing lexicons or rules.


def corpus_fingerprint(corpus_dir: Path = CORPUS_DIR) -> str:
    """SHA-256 over the split file and every train/dev report the model is built from."""
    splits = load_splits(corpus_dir)
    digest = hashlib.sha256((corpus_dir / "splits.toml").read_bytes())
    for path in sorted((corpus_dir / "reports").glob("*.txt")):
        if splits.get(path.stem) in ("train", "dev"):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def sentence_examples(reports: list[AnnotatedReport], with_rules: bool = False):
    """One example per sentence: its features and, per category, whether a gold span touches it.
    With `with_rules`, also whether the rules (without the model) already flag that category in it."""
    nlp = load_pipeline("blank")
    X, Y, covered = [], [], []
    for report in reports:
        doc = nlp(report.text)
        flagged = _rule_findings(report) if with_rules else []
        for sent in doc.sents:
            if not sent.text.strip():
                continue
            s, e = sent.start_char, sent.end_char
            X.append(sentence_features(sent))
            Y.append([int(any(sp.label == c and sp.start < e and s < sp.end for sp in report.spans))
                      for c in CATEGORIES])
            covered.append([int(any(cat == c and fs < e and s < fe for cat, fs, fe in flagged))
                            for c in CATEGORIES])
    return X, Y, covered


def _rule_findings(report: AnnotatedReport) -> list[tuple[str, int, int]]:
    from checker.config import parse_config
    from checker.service import Options, check_text

    config = parse_config({"disable": [c + ".model" for c in CATEGORIES]}, "train")
    result = check_text(report.text, report.id + ".txt", Options(config=config))
    return [(f.category, f.start, f.end) for f in result.findings if f.end > f.start]


def _best_threshold(probs, gold) -> tuple[float, dict]:
    """The threshold with the best F0.5 among those with precision ≥ MIN_PRECISION; 1.0 (never
    fires) when there is none."""
    best = (1.0, {"precision": 0.0, "recall": 0.0, "f": 0.0})
    for t in [x / 100 for x in range(30, 96, 2)]:
        tp = sum(1 for p, g in zip(probs, gold) if p >= t and g)
        fp = sum(1 for p, g in zip(probs, gold) if p >= t and not g)
        fn = sum(1 for p, g in zip(probs, gold) if p < t and g)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        b2 = THRESHOLD_BETA ** 2
        f = (1 + b2) * prec * rec / (b2 * prec + rec) if prec + rec else 0.0
        if prec >= MIN_PRECISION and f > best[1]["f"] + 1e-9:
            best = (t, {"precision": round(prec, 3), "recall": round(rec, 3), "f": round(f, 3)})
    return best


FOLDS = 5


def train(out: Path) -> dict:
    """Fit on train+dev; pick each category's threshold from out-of-fold scores (5 folds by report)
    on the sentences the rules leave unflagged."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    reports = load_corpus("train") + load_corpus("dev")
    per_report = [sentence_examples([r], with_rules=True) for r in reports]
    X = [x for ex in per_report for x in ex[0]]
    Y = np.array([y for ex in per_report for y in ex[1]], dtype=int)
    covered = np.array([c for ex in per_report for c in ex[2]], dtype=bool)
    fold_of = np.array([i % FOLDS for i, ex in enumerate(per_report) for _ in ex[0]])

    def vocabulary(rows) -> list[str]:
        counts: dict[str, int] = {}
        for r in rows:
            for f in X[r]:
                counts[f] = counts.get(f, 0) + 1
        return sorted(f for f, n in counts.items() if n >= MIN_COUNT)

    def matrix(rows, vocab):
        index = {f: i for i, f in enumerate(vocab)}
        m = np.zeros((len(rows), len(vocab)), dtype=np.float64)
        for k, r in enumerate(rows):
            for f in X[r]:
                if f in index:
                    m[k, index[f]] = 1.0
        return m

    def fit(A, y):
        clf = LogisticRegression(C=C, solver="liblinear", class_weight="balanced", random_state=0, max_iter=1000)
        clf.fit(A, y)
        return np.round(clf.coef_[0], 4), round(float(clf.intercept_[0]), 4)

    oof = np.zeros(Y.shape)
    for fold in range(FOLDS):
        train_rows = np.flatnonzero(fold_of != fold)
        test_rows = np.flatnonzero(fold_of == fold)
        vocab = vocabulary(train_rows)
        A, B = matrix(train_rows, vocab), matrix(test_rows, vocab)
        for c in range(len(CATEGORIES)):
            w, b = fit(A, Y[train_rows, c])
            oof[test_rows, c] = 1 / (1 + np.exp(-(B @ w + b)))

    all_rows = np.arange(len(X))
    vocab = vocabulary(all_rows)
    A = matrix(all_rows, vocab)
    weights, bias, thresholds, cv_metrics, support = [], [], [], {}, {}
    for c, category in enumerate(CATEGORIES):
        w, b = fit(A, Y[:, c])
        open_rows = np.flatnonzero(~covered[:, c])
        t, metrics = _best_threshold(oof[open_rows, c].tolist(), Y[open_rows, c].tolist())
        weights.append(w)
        bias.append(b)
        thresholds.append(t)
        cv_metrics[category] = {"threshold": t, "unflagged_sentences": int(len(open_rows)),
                                "unflagged_positive": int(Y[open_rows, c].sum()), **metrics}
        support[category] = {"positive_sentences": int(Y[:, c].sum())}
    W = np.stack(weights, axis=1)
    keep = [i for i in range(len(vocab)) if np.any(W[i] != 0)]
    artifact = {
        "name": "avg_sentence",
        "version": 1,
        "corpus_sha256": corpus_fingerprint(),
        "categories": list(CATEGORIES),
        "reports": len(reports),
        "sentences": len(X),
        "support": support,
        "cv_metrics": cv_metrics,
        "hyperparameters": {"C": C, "min_count": MIN_COUNT, "solver": "liblinear", "folds": FOLDS,
                             "class_weight": "balanced", "threshold_beta": THRESHOLD_BETA},
        "bias": bias,
        "thresholds": thresholds,
        "features": [vocab[i] for i in keep],
        "weights": [[float(x) for x in W[i]] for i in keep],
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(artifact, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    return artifact


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m checker.train", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODELS_DIR / "avg_sentence.json")
    args = parser.parse_args(argv)
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("checker.train: scikit-learn ontbreekt; installeer met pip install '.[train]'", file=sys.stderr)
        return 2
    artifact = train(args.out)
    print(f"{args.out}: {len(artifact['features'])} kenmerken, {artifact['sentences']} zinnen uit "
          f"{artifact['reports']} rapporten (train + dev), {date.today().isoformat()}")
    for category, m in artifact["cv_metrics"].items():
        print(f"  {category:16} drempel {m['threshold']:.2f}  op door regels niet gemarkeerde zinnen "
              f"(out-of-fold): P {m['precision']:.2f} R {m['recall']:.2f} ({m['unflagged_positive']} positief)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
