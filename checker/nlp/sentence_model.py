"""Sentence classifiers at run time: a linear model's weights applied with numpy.

Trained by `python -m checker.train` (scikit-learn is needed only there); the artifacts are
`models/<name>.json`, shipped inside the package through the `checker/data/models` link.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from checker.nlp.features import display_feature, sentence_features, table_features



@dataclass(frozen=True)
class SentenceScore:
    category: str
    probability: float
    threshold: float
    evidence: tuple[str, ...]      # the words that pushed the score up most

    @property
    def positive(self) -> bool:
        return self.probability >= self.threshold


class SentenceModel:
    def __init__(self, data: dict):
        self.meta = {k: v for k, v in data.items() if k != "weights"}
        self.categories: list[str] = data["categories"]
        self.vocabulary: dict[str, int] = {f: i for i, f in enumerate(data["features"])}
        self.features: list[str] = data["features"]
        self.weights = np.asarray(data["weights"], dtype=np.float64)      # features × categories
        self.bias = np.asarray(data["bias"], dtype=np.float64)
        self.thresholds = np.asarray(data["thresholds"], dtype=np.float64)
        self._thresholds: list[float] = [float(t) for t in data["thresholds"]]

    def score(self, tokens) -> list[SentenceScore]:
        """Scores of a spaCy span."""
        return self.score_features(sentence_features(tokens))

    def score_sentence(self, table, first: int, last: int) -> list[SentenceScore]:
        """Scores of tokens first..last-1 of a TokenTable: the run-time path."""
        return self.score_features(shared_features(table, first, last))

    def score_features(self, features: list[str]) -> list[SentenceScore]:
        get = self.vocabulary.get
        idx = [i for i in map(get, features) if i is not None]
        contributions = self.weights[idx]
        logits = (contributions.sum(axis=0) + self.bias).tolist()
        out = []
        for c, category in enumerate(self.categories):
            prob = 1.0 / (1.0 + math.exp(-logits[c]))
            threshold = self._thresholds[c]
            evidence = self._evidence(idx, contributions[:, c]) if prob >= threshold else ()
            out.append(SentenceScore(category, prob, threshold, evidence))
        return out

    def _evidence(self, idx: list[int], column) -> tuple[str, ...]:
        """Up to three words that pushed the score up most (only worked out for a positive)."""
        shown: list[str] = []
        # Ties broken by the feature's name: the features come unordered, the message must not.
        for k in sorted(range(len(idx)), key=lambda k: (-column[k], self.features[idx[k]])):
            if column[k] <= 0 or len(shown) == 3:
                break
            words = display_feature(self.features[idx[k]])
            if words and words not in shown:
                shown.append(words)
        return tuple(shown)


def shared_features(table, first: int, last: int) -> list[str]:
    """`table_features`, worked out once per document and token range: the AVG and the vague
    classifiers score many of the same sentences (kept in `table.memo`, which lives as long as
    the document)."""
    key = ("features", first, last)
    found = table.memo.get(key)
    if found is None:
        found = table.memo[key] = table_features(table, first, last)
    return found


@lru_cache(maxsize=4)
def load_sentence_model(name: str = "avg_sentence") -> SentenceModel | None:
    """The packaged model `name`, or None when it is missing (the rules still run without it)."""
    path = resources.files("checker") / "data" / "models" / f"{name}.json"
    if not path.is_file():
        return None
    return SentenceModel(json.loads(path.read_text(encoding="utf-8")))
