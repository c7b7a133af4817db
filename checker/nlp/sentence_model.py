"""The AVG sentence classifier at run time: a linear model's weights applied with numpy.

Trained by `python -m checker.train` (scikit-learn is needed only there); the artifact is
`models/avg_sentence.json`, shipped inside the package as `checker/data/models/avg_sentence.json`.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from checker.nlp.features import display_feature, sentence_features

MODEL_FILE = "avg_sentence.json"


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

    def score(self, tokens) -> list[SentenceScore]:
        idx = [self.vocabulary[f] for f in sentence_features(tokens) if f in self.vocabulary]
        contributions = self.weights[idx] if idx else np.zeros((0, len(self.categories)))
        logits = contributions.sum(axis=0) + self.bias
        out = []
        for c, category in enumerate(self.categories):
            prob = 1.0 / (1.0 + math.exp(-float(logits[c])))
            order = np.argsort(-contributions[:, c]) if idx else []
            evidence = []
            for k in order:
                if contributions[k, c] <= 0 or len(evidence) == 3:
                    break
                shown = display_feature(self.features[idx[k]])
                if shown and shown not in evidence:
                    evidence.append(shown)
            out.append(SentenceScore(category, prob, float(self.thresholds[c]), tuple(evidence)))
        return out


@lru_cache(maxsize=1)
def load_sentence_model() -> SentenceModel | None:
    """The packaged model, or None when it is missing (the rules still run without it)."""
    path = resources.files("checker") / "data" / "models" / MODEL_FILE
    if not path.is_file():
        return None
    return SentenceModel(json.loads(path.read_text(encoding="utf-8")))
