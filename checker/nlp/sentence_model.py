"""Sentence classifiers at run time: a linear model's weights applied with numpy.

Trained by `python -m checker.train` (scikit-learn is needed only there); the artifacts are
`models/<name>.json`, shipped inside the package through the `checker/data/models` link.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import numpy as np

from checker.nlp.artifacts import decode_array, packaged_artifact
from checker.nlp.features import display_feature, sentence_features, word_features



class SentenceScore(NamedTuple):
    """One category's score of one sentence (a tuple: hundreds are made per report)."""

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
        self.weights = np.asarray(decode_array(data["weights"]), dtype=np.float64)   # features × categories
        self.bias = np.asarray(data["bias"], dtype=np.float64)
        self.thresholds = np.asarray(data["thresholds"], dtype=np.float64)
        self._thresholds: list[float] = [float(t) for t in data["thresholds"]]
        # The rest of a sentence the rules flagged in part is scored with thresholds of its own
        # (`checker.train.part_examples`); an artifact without them uses the sentence thresholds.
        self._part_thresholds: list[float] = [float(t) for t in data.get("part_thresholds", data["thresholds"])]
        self._word_idx: dict[tuple[str, str, bool], list[int]] = {}
        self._pair_idx: dict[tuple[str, str], int] = {}

    def score(self, tokens) -> list[SentenceScore]:
        """Scores of a spaCy span."""
        return self._scores([self._indices(sentence_features(tokens))])[0]

    def score_sentence(self, table, first: int, last: int) -> list[SentenceScore]:
        """Scores of tokens first..last-1 of a TokenTable (the same arithmetic as `score_ranges`)."""
        return self.score_ranges(table, [(first, last)])[0]

    def score_ranges(self, table, ranges: list[tuple[int, int]], parts: list[bool] | None = None,
                     masked: frozenset[int] = frozenset()) -> list[list[SentenceScore]]:
        """Scores of many token ranges of one TokenTable with one numpy sum: per-call overhead,
        not arithmetic, is what a sentence-at-a-time loop pays for. Rows are added in the same
        order for every range, so a sentence scores the same alone or in a batch. A range marked
        in `parts` is the rest of a partly flagged sentence and is held to the part thresholds;
        `masked` tokens are left out of the features."""
        return self._scores([self.table_indices(table, first, last, masked) for first, last in ranges], parts)

    def table_indices(self, table, first: int, last: int, masked: frozenset[int] = frozenset()) -> list[int]:
        """The model's feature indices for tokens first..last-1: what `_indices(table_features(…))`
        gives, worked out from per-model caches of each word's and word pair's indices instead of
        building the feature strings for every sentence (the costliest part of scoring)."""
        word_idx, pair_idx = self._word_idx, self._pair_idx
        lower, lemma, skip, num = table.lower, table.lemma, table.skip, table.num
        found: set[int] = set()
        prev = "<s>"
        for k in range(first, last):
            if skip[k] or k in masked:
                continue
            word = "#" if num[k] else lower[k]
            key = (word, lemma[k], num[k])
            own = word_idx.get(key)
            if own is None:
                if len(word_idx) > 200_000:
                    word_idx.clear()
                own = word_idx[key] = self._indices(list(word_features(*key)))
            found.update(own)
            pair = pair_idx.get((prev, word))
            if pair is None:
                if len(pair_idx) > 400_000:
                    pair_idx.clear()
                pair = pair_idx[(prev, word)] = self.vocabulary.get("b:" + prev + "_" + word, -1)
            if pair >= 0:
                found.add(pair)
            prev = word
        out = list(found)
        out.sort()                               # a float sum's order: fixed (tests/test_determinism.py)
        return out

    def _indices(self, features: list[str]) -> list[int]:
        # Sorted: the features come as a set, and a float sum depends on its order; unsorted, a
        # sentence near a threshold could be flagged in one process and not in the next.
        get = self.vocabulary.get
        found = [i for i in map(get, features) if i is not None]
        found.sort()
        return found

    def _scores(self, indices: list[list[int]], parts: list[bool] | None = None) -> list[list[SentenceScore]]:
        flat = [i for idx in indices for i in idx]
        logits = np.tile(self.bias, (len(indices), 1))
        if flat:
            contributions = self.weights[flat]
            starts = np.cumsum([0] + [len(idx) for idx in indices[:-1]])
            filled = [k for k, idx in enumerate(indices) if idx]
            sums = np.add.reduceat(contributions, starts[filled], axis=0)
            logits[filled] = sums + self.bias
        probabilities = (1.0 / (1.0 + np.exp(-logits))).tolist()
        out = []
        for k, (idx, row) in enumerate(zip(indices, probabilities)):
            thresholds = self._part_thresholds if parts is not None and parts[k] else self._thresholds
            scores = []
            for c, category in enumerate(self.categories):
                threshold = thresholds[c]
                evidence = (self._evidence(idx, self.weights[idx][:, c])
                            if row[c] >= threshold and idx else ())
                scores.append(SentenceScore(category, row[c], threshold, evidence))
            out.append(scores)
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


@lru_cache(maxsize=4)
def load_sentence_model(name: str = "avg_sentence") -> SentenceModel | None:
    """The packaged model `name`, or None when it is missing (the rules still run without it)."""
    data = packaged_artifact(name)
    return None if data is None else SentenceModel(data)
