"""The AVG risk score of one report: how much personal data that may not reach the employer it holds.

    risk = min(100, Σ over AVG findings of  weight(category) × factor(severity))

Weights follow the harm under the AVG: health data is a special category (art. 9) that the
employer may not process at all; an identifier (BSN, birth date, address) makes the person directly
traceable and the BSN has its own legal regime; private life and data about third parties (family,
partner) are ordinary personal data that still have no place in the report. A warning counts half,
an info a fifth. Four health errors reach 100; one mention of a diagnosis alone gives 25. The score
ranks reports for review; it is not a legal judgement. Keep `docs/audit.md` in step.
"""

from __future__ import annotations

from collections.abc import Iterable

WEIGHTS: dict[str, float] = {
    "avg.health": 25.0,
    "avg.identifier": 20.0,
    "avg.private": 15.0,
    "avg.third_party": 10.0,
}
SEVERITY_FACTOR: dict[str, float] = {"error": 1.0, "warning": 0.5, "info": 0.2}
MAX_RISK = 100


def avg_risk(findings: Iterable[tuple[str, str]]) -> int:
    """Risk 0–100 from (category, severity) pairs; non-AVG categories weigh nothing."""
    total = sum(WEIGHTS.get(category, 0.0) * SEVERITY_FACTOR.get(severity, 0.0)
                for category, severity in findings)
    return min(MAX_RISK, int(round(total)))


def definition() -> dict:
    """The formula as data, for summary.json and the HTML explanation."""
    return {"formula": "min(100, som over AVG-bevindingen van gewicht(categorie) × factor(ernst))",
            "weights": WEIGHTS, "severity_factor": SEVERITY_FACTOR, "max": MAX_RISK}
