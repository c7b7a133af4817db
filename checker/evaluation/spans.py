"""Span-overlap scoring shared by every evaluation.

A gold span counts as found when a prediction of the same category overlaps it; a prediction counts
as correct when it overlaps a gold span of its category. Overlap rather than exact boundaries,
because what the user needs is to be pointed at the right words, and annotators' span edges vary.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

Interval = tuple[int, int]


def overlaps_any(span: Interval, others: list[Interval]) -> bool:
    """Whether `span` shares a character with any of `others`. Empty spans never overlap."""
    start, end = span
    return end > start and any(o_start < end and start < o_end for o_start, o_end in others)


@dataclass
class Counts:
    """Counts behind precision/recall; adding two Counts pools them (micro average)."""

    gold: int = 0
    gold_found: int = 0
    predicted: int = 0
    predicted_correct: int = 0

    def add(self, gold: Iterable[Interval], predicted: Iterable[Interval],
            accept: Iterable[Interval] | None = None) -> "Counts":
        """`accept`: the spans a prediction may hit to count as correct (default: `gold`)."""
        gold, predicted = sorted(gold), sorted(predicted)
        accept = gold if accept is None else sorted(accept)
        self.gold += len(gold)
        self.gold_found += sum(overlaps_any(g, predicted) for g in gold)
        self.predicted += len(predicted)
        self.predicted_correct += sum(overlaps_any(p, accept) for p in predicted)
        return self

    def __iadd__(self, other: "Counts") -> "Counts":
        self.gold += other.gold
        self.gold_found += other.gold_found
        self.predicted += other.predicted
        self.predicted_correct += other.predicted_correct
        return self

    @property
    def precision(self) -> float:
        return self.predicted_correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "gold": self.gold, "found": self.gold_found, "predicted": self.predicted,
            "correct": self.predicted_correct, "precision": round(self.precision, 3),
            "recall": round(self.recall, 3), "f1": round(self.f1, 3),
        }
