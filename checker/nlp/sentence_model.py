"""Sentence classifiers at run time: a linear model's weights applied with numpy.

Trained by `python -m checker.train` (scikit-learn is needed only there); the artifacts are
`models/<name>.json`, shipped inside the package through the `checker/data/models` link.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import numpy as np

from checker.nlp.artifacts import decode_array, packaged_artifact
from checker.nlp.features import display_feature, sentence_features, vector_words, word_features



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
        self.meta = {k: v for k, v in data.items() if k not in ("weights", "part_weights", "word_scores")}
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
        # ... and, where the sentence model has word vectors, by weights of their own without them
        # (`checker.training.linear.fit_with_dense`).
        self.part_weights = (np.asarray(decode_array(data["part_weights"]), dtype=np.float64)
                             if "part_weights" in data else self.weights)
        self.part_bias = np.asarray(data.get("part_bias", data["bias"]), dtype=np.float64)
        # Word vectors folded into one score per word and category (`checker.training.word_vectors`):
        # a range's logit gains the mean score of its words that have one. Older artifacts have none.
        vectors = data.get("word_scores")
        self._vector_words: list[str] = vectors["words"] if vectors else []
        self._vector_index: dict[str, int] = {w: i for i, w in enumerate(self._vector_words)}
        self._vector_scores = (np.asarray(decode_array(vectors["scores"]), dtype=np.float64)
                               if vectors else None)                      # words × categories
        self._word_idx: dict[tuple[str, str, bool], list[int]] = {}
        self._pair_idx: dict[tuple[str, str], int] = {}

    def score(self, tokens) -> list[SentenceScore]:
        """Scores of a spaCy span."""
        words = vector_words([t.lower_ for t in tokens], [t.is_punct or t.is_space for t in tokens],
                             [t.like_num for t in tokens])
        return self._scores([self._indices(sentence_features(tokens))], None, [self._rows_of(words)])[0]

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
        indices = [self.table_indices(table, first, last, masked) for first, last in ranges]
        # The rest of a partly flagged sentence gets no word-vector term (see `part_weights`).
        rows = ([[] if parts is not None and parts[k] else self.vector_rows(table, first, last, masked)
                 for k, (first, last) in enumerate(ranges)] if self._vector_index else None)
        return self._scores(indices, parts, rows)

    def vector_rows(self, table, first: int, last: int, masked: frozenset[int] = frozenset()) -> list[int]:
        """The rows of `word_scores` for the words of tokens first..last-1, in text order (a word
        twice counts twice, as in the mean vector it was trained on)."""
        skip = [table.skip[k] or k in masked for k in range(first, last)]
        return self._rows_of(vector_words(table.lower[first:last], skip, table.num[first:last]))

    def _rows_of(self, words: list[str]) -> list[int]:
        return [row for row in map(self._vector_index.get, words) if row is not None]

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

    def _scores(self, indices: list[list[int]], parts: list[bool] | None = None,
                vector_rows: list[list[int]] | None = None) -> list[list[SentenceScore]]:
        is_part = [bool(parts and parts[k]) for k in range(len(indices))]
        logits = np.tile(self.bias, (len(indices), 1))
        logits += self._sums(self.weights, indices)
        if vector_rows is not None and self._vector_scores is not None:
            counts = np.array([max(len(rows), 1) for rows in vector_rows], dtype=np.float64)
            logits += self._sums(self._vector_scores, vector_rows) / counts[:, None]
        if any(is_part) and self.part_weights is not self.weights:
            part_rows = [k for k in range(len(indices)) if is_part[k]]
            logits[part_rows] = self.part_bias + self._sums(self.part_weights, [indices[k] for k in part_rows])
        probabilities = (1.0 / (1.0 + np.exp(-logits))).tolist()
        out = []
        for k, (idx, row) in enumerate(zip(indices, probabilities)):
            thresholds = self._part_thresholds if is_part[k] else self._thresholds
            weights = self.part_weights if is_part[k] else self.weights
            rows = vector_rows[k] if vector_rows is not None else []
            scores = []
            for c, category in enumerate(self.categories):
                threshold = thresholds[c]
                evidence = (self._evidence(weights, idx, rows, c)
                            if row[c] >= threshold and (idx or rows) else ())
                scores.append(SentenceScore(category, row[c], threshold, evidence))
            out.append(scores)
        return out

    @staticmethod
    def _sums(matrix, rows_per_range: list[list[int]]):
        """Per range, the sum of its rows of `matrix` (zeros for an empty range), with one numpy
        call: rows are added in the same order for every range, so a range scores the same alone
        or in a batch."""
        sums = np.zeros((len(rows_per_range), matrix.shape[1]))
        flat = [i for rows in rows_per_range for i in rows]
        if flat:
            starts = np.cumsum([0] + [len(rows) for rows in rows_per_range[:-1]])
            filled = [k for k, rows in enumerate(rows_per_range) if rows]
            sums[filled] = np.add.reduceat(matrix[flat], starts[filled], axis=0)
        return sums

    def _evidence(self, weights, idx: list[int], rows: list[int], c: int) -> tuple[str, ...]:
        """Up to three words that pushed score `c` up most (only worked out for a positive): from
        the word features' weights and each word's share of the word-vector term."""
        pushes = [(float(weights[i, c]), self.features[i]) for i in idx]
        if rows:
            pushes += [(float(self._vector_scores[r, c]) / len(rows), "w:" + self._vector_words[r]) for r in rows]
        shown: list[str] = []
        # Ties broken by the feature's name: the features come unordered, the message must not.
        for push, feature in sorted(pushes, key=lambda p: (-p[0], p[1])):
            if push <= 0 or len(shown) == 3:
                break
            words = display_feature(feature)
            if words and words not in shown:
                shown.append(words)
        return tuple(shown)


@lru_cache(maxsize=4)
def load_sentence_model(name: str = "avg_sentence") -> SentenceModel | None:
    """The packaged model `name`, or None when it is missing (the rules still run without it)."""
    data = packaged_artifact(name)
    return None if data is None else SentenceModel(data)
