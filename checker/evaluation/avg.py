"""AVG detection measured against the corpus: rapportcheck beside two baselines.

- ``rapportcheck``: the full check service, as users get it.
- ``lexicon``: the raw lexicon layer only – every word-list match, no context rules, no classifier.
- ``deduce``: the Dutch de-identifier `deduce` (persons → third party; BSN, phone, e-mail, address,
  ids → identifier; health institutions → health). Optional: skipped when not installed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from checker.corpus import AnnotatedReport
from checker.evaluation.spans import Counts, Interval, overlaps_any

AVG_CATEGORIES = ("avg.health", "avg.private", "avg.third_party", "avg.identifier")

Predictor = Callable[[AnnotatedReport], dict[str, list[Interval]]]


@dataclass
class AvgResult:
    per_category: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in AVG_CATEGORIES})
    allowed_total: int = 0
    allowed_flagged: int = 0
    flagged_examples: list[tuple[str, str]] = field(default_factory=list)   # (report id, passage)

    @property
    def overall(self) -> Counts:
        total = Counts()
        for counts in self.per_category.values():
            total += counts
        return total

    @property
    def allowed_rate(self) -> float:
        return self.allowed_flagged / self.allowed_total if self.allowed_total else 0.0

    def as_dict(self) -> dict:
        return {
            "categories": {c: n.as_dict() for c, n in self.per_category.items()},
            "overall": self.overall.as_dict(),
            "allowed": {"passages": self.allowed_total, "flagged": self.allowed_flagged,
                        "rate": round(self.allowed_rate, 3)},
        }


def evaluate_avg(reports: Iterable[AnnotatedReport], predict: Predictor) -> AvgResult:
    """Recall is per category. A finding counts as correct when it points at an annotated AVG
    violation of any category: a relative's diagnosis flagged as health data where the annotator
    chose `avg.private` still stops the right words from reaching the employer."""
    result = AvgResult()
    for report in reports:
        predicted = predict(report)
        gold_any = sorted((s.start, s.end) for s in report.spans if s.label in AVG_CATEGORIES)
        for category in AVG_CATEGORIES:
            gold = [(s.start, s.end) for s in report.spans if s.label == category]
            result.per_category[category].add(gold, predicted.get(category, []), gold_any)
        # An allowed passage is a false alarm when an AVG finding lands in it that no gold violation
        # accounts for (a real violation nested inside an allowed passage is still a violation).
        stray = [p for spans in predicted.values() for p in spans if not overlaps_any(p, gold_any)]
        for span in report.spans:
            if span.label.startswith("ok.avg."):
                result.allowed_total += 1
                if overlaps_any((span.start, span.end), stray):
                    result.allowed_flagged += 1
                    result.flagged_examples.append((report.id, span.text))
    return result


def rapportcheck_predictor(results: dict | None = None) -> Predictor:
    """`results`: report id → Report already computed (the evaluation checks each report once)."""
    from checker.service import check_text

    def predict(report: AnnotatedReport) -> dict[str, list[Interval]]:
        out: dict[str, list[Interval]] = {}
        result = results[report.id] if results else check_text(report.text, report.id + ".txt")
        for f in result.findings:
            if f.category in AVG_CATEGORIES and f.end > f.start:
                out.setdefault(f.category, []).append((f.start, f.end))
        return out

    return predict


# Word lists that the third-party and identifier checks use as evidence: in the lexicon-only
# baseline a match of any of them is a finding (a relation word, a "BSN:" label), unvalidated.
BASELINE_EXTRA_LISTS = {
    "avg_third_party/kinship": "avg.third_party", "avg_third_party/work_relations": "avg.third_party",
    "avg_third_party/treater_titles": "avg.third_party", "avg_identifier/bsn_labels": "avg.identifier",
    "avg_identifier/birth_labels": "avg.identifier", "avg_identifier/id_document_labels": "avg.identifier",
}


def lexicon_predictor() -> Predictor:
    """Every AVG word-list match, categorised by the rule that owns the list; nothing filtered."""
    from checker.nlp.pipeline import load_pipeline
    from checker.rules.checks.lexicon import raw_lexicon_spans
    from checker.rules.registry import all_rules

    nlp = load_pipeline("auto")
    category_of = {
        name: rule.category
        for rule in all_rules() if rule.category in AVG_CATEGORIES
        for name in rule.options.get("lexicons", [])
    }
    category_of.update(BASELINE_EXTRA_LISTS)

    def predict(report: AnnotatedReport) -> dict[str, list[Interval]]:
        out: dict[str, list[Interval]] = {}
        for start, end, name in raw_lexicon_spans(nlp(report.text), tuple(category_of)):
            out.setdefault(category_of[name], []).append((start, end))
        return out

    return predict


DEDUCE_CATEGORY = {
    "persoon": "avg.third_party", "person": "avg.third_party", "patient": "avg.third_party",
    "bsn": "avg.identifier", "telefoonnummer": "avg.identifier", "phone_number": "avg.identifier",
    "emailadres": "avg.identifier", "email": "avg.identifier", "locatie": "avg.identifier",
    "location": "avg.identifier", "id": "avg.identifier", "iban": "avg.identifier",
    "ziekenhuis": "avg.health", "hospital": "avg.health", "zorginstelling": "avg.health",
    "healthcare_institution": "avg.health", "instelling": "avg.health",
}


def deduce_predictor() -> Predictor | None:
    """The `deduce` baseline, or None when the package is not installed (it is not a dependency)."""
    try:
        from deduce import Deduce
    except ImportError:
        return None
    deduce = Deduce()

    def predict(report: AnnotatedReport) -> dict[str, list[Interval]]:
        out: dict[str, list[Interval]] = {}
        for ann in deduce.deidentify(report.text).annotations:
            tag = ann.tag.lower()
            category = DEDUCE_CATEGORY.get(tag) or next(
                (c for key, c in DEDUCE_CATEGORY.items() if key in tag), None)
            if category:
                out.setdefault(category, []).append((ann.start_char, ann.end_char))
        return out

    return predict
