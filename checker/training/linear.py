"""Logistic regression on binary features, shared by the sentence classifiers' training.

Deterministic by construction: a sorted vocabulary of features seen at least `min_count` times, a
0/1 matrix, liblinear with a fixed seed, weights rounded so the JSON artifact is byte-identical on
every run. Features with an all-zero weight row are dropped from the artifact; the weight matrix is
stored as raw float64 (`checker.nlp.artifacts.encode_array`), which loads far faster than JSON numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

DECIMALS = 4


def vocabulary(features: Sequence[Sequence[str]], rows, min_count: int) -> list[str]:
    counts: dict[str, int] = {}
    for r in rows:
        for f in features[r]:
            counts[f] = counts.get(f, 0) + 1
    return sorted(f for f, n in counts.items() if n >= min_count)


def binary_matrix(features: Sequence[Sequence[str]], rows, vocab: list[str]):
    """A sparse 0/1 matrix (rows × vocabulary): tens of thousands of sentences and features would
    take gigabytes dense; liblinear reads CSR as it is and gives the same weights."""
    import numpy as np
    from scipy.sparse import csr_matrix

    index = {f: i for i, f in enumerate(vocab)}
    indptr, indices = [0], []
    for r in rows:
        indices.extend(sorted({index[f] for f in features[r] if f in index}))
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float64)
    return csr_matrix((data, np.asarray(indices, dtype=np.int64), np.asarray(indptr, dtype=np.int64)),
                      shape=(len(rows), len(vocab)))


def fit_binary(A, y, C: float):
    """(weights, bias) of one category: liblinear, balanced class weights, rounded."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=C, solver="liblinear", class_weight="balanced", random_state=0, max_iter=1000)
    clf.fit(A, y)
    return np.round(clf.coef_[0], DECIMALS), round(float(clf.intercept_[0]), DECIMALS)


def report_folds(n_reports: int, folds: int, repeats: int) -> list[list[int]]:
    """The fold of each report in each repeat of cross-validation: by report order first, then by
    seeded shuffles. A threshold read off one split moves with which reports share a fold (session 7,
    ten splits of the vague model: the outcome supplement optimum ranged 0.58 … 0.84); picked from the
    scores of all repeats pooled, it holds still as the corpus grows."""
    import numpy as np

    out = [[i % folds for i in range(n_reports)]]
    for seed in range(1, repeats):
        order = np.random.RandomState(seed).permutation(n_reports)
        fold = [0] * n_reports
        for position, report in enumerate(order):
            fold[int(report)] = position % folds
        out.append(fold)
    return out


def with_dense(A, D):
    """A sparse 0/1 matrix with dense columns appended (`word_vectors.SentenceWords.pooled`)."""
    from scipy.sparse import csr_matrix, hstack

    return A if D is None else hstack([A, csr_matrix(D)], format="csr")


def out_of_fold(features, Y, fold_of, folds: int, min_count: int, C: float, extra=None, extra_fold=None,
                dense=None):
    """Probabilities for every example and category from models that never saw its fold. `extra`
    (feature lists) with `extra_fold` are scored by the same fold models without being trained on;
    their probabilities come back as a second array. `dense(fold)`, when given, returns dense
    features of every example learnt without that fold (word vectors), appended to the 0/1
    features; the extra examples are then scored by a second model of each fold fitted on the 0/1
    features alone, as `fit_with_dense` does for the final models."""
    import numpy as np

    oof = np.zeros(Y.shape)
    extra_oof = np.zeros((len(extra or ()), Y.shape[1]))
    for fold in range(folds):
        train_rows, test_rows = np.flatnonzero(fold_of != fold), np.flatnonzero(fold_of == fold)
        vocab = vocabulary(features, train_rows, min_count)
        D = dense(fold) if dense else None
        plain = binary_matrix(features, train_rows, vocab)
        A = with_dense(plain, None if D is None else D[train_rows])
        B = with_dense(binary_matrix(features, test_rows, vocab), None if D is None else D[test_rows])
        extra_rows = np.flatnonzero(extra_fold == fold) if extra else np.array([], dtype=int)
        E = binary_matrix(extra, extra_rows, vocab) if len(extra_rows) else None
        for c in range(Y.shape[1]):
            w, b = fit_binary(A, Y[train_rows, c], C)
            oof[test_rows, c] = 1 / (1 + np.exp(-(B @ w + b)))
            if E is not None:
                if D is not None:
                    w, b = fit_binary(plain, Y[train_rows, c], C)
                extra_oof[extra_rows, c] = 1 / (1 + np.exp(-(E @ w + b)))
    return (oof, extra_oof) if extra is not None else oof


def _fit_each(A, Y, C: float):
    """(weights columns × categories, bias per category): one liblinear fit per category."""
    import numpy as np

    fitted = [fit_binary(A, Y[:, c], C) for c in range(Y.shape[1])]
    return np.stack([w for w, _ in fitted], axis=1), [b for _, b in fitted]


def fit_all(features, Y, min_count: int, C: float) -> tuple[list[str], dict, list[float]]:
    """The final model on every example: (kept features, weights features × categories as an
    `encode_array` value, bias)."""
    import numpy as np

    from checker.nlp.artifacts import encode_array

    vocab = vocabulary(features, range(len(features)), min_count)
    W, bias = _fit_each(binary_matrix(features, range(len(features)), vocab), Y, C)
    keep = [i for i in range(len(vocab)) if np.any(W[i] != 0)]
    return [vocab[i] for i in keep], encode_array(W[keep]), bias


def fit_with_dense(features, Y, min_count: int, C: float, dense) -> dict:
    """The final models on every example when there are dense columns (examples × k): one with
    them, for whole sentences, and one on the 0/1 features alone, for the stretches `out_of_fold`
    scores that way. Both share one feature list (kept where either has a weight): `features`,
    `weights` / `bias`, `part_weights` / `part_bias` (as in `fit_all`) and `dense_weights`
    (k × categories, a numpy array)."""
    import numpy as np

    from checker.nlp.artifacts import encode_array

    vocab = vocabulary(features, range(len(features)), min_count)
    plain = binary_matrix(features, range(len(features)), vocab)
    W, bias = _fit_each(with_dense(plain, dense), Y, C)
    W, dense_weights = W[:len(vocab)], W[len(vocab):]
    P, part_bias = _fit_each(plain, Y, C)
    keep = [i for i in range(len(vocab)) if np.any(W[i] != 0) or np.any(P[i] != 0)]
    return {"features": [vocab[i] for i in keep],
            "weights": encode_array(W[keep]), "bias": bias,
            "part_weights": encode_array(P[keep]), "part_bias": part_bias,
            "dense_weights": dense_weights}


def best_threshold(probs: list[float], gold: list[int], beta: float, min_precision: float,
                   max_false: float | None = None) -> tuple[float, dict]:
    """The threshold (0.30 … 0.94) with the best F-beta among those whose precision reaches
    `min_precision` – or, when `max_false` is given, those with at most that many false positives
    instead; 1.0 – the model stays silent – when none qualifies. The metrics carry the false
    positives at the chosen threshold, which a false-alarm budget is reported in."""
    best = (1.0, {"precision": 0.0, "recall": 0.0, "f": 0.0, "false_positives": 0})
    b2 = beta * beta
    for t in [x / 100 for x in range(30, 96, 2)]:
        tp = sum(1 for p, g in zip(probs, gold) if p >= t and g)
        fp = sum(1 for p, g in zip(probs, gold) if p >= t and not g)
        fn = sum(1 for p, g in zip(probs, gold) if p < t and g)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f = (1 + b2) * prec * rec / (b2 * prec + rec) if prec + rec else 0.0
        allowed = fp <= max_false if max_false is not None else prec >= min_precision
        if allowed and f > best[1]["f"] + 1e-9:
            best = (t, {"precision": round(prec, 3), "recall": round(rec, 3), "f": round(f, 3),
                        "false_positives": fp})
    return best
