"""The vague-claim classifier (`models/vague_sentence.json`) as a check of its own.

Where the rules of `checker/analysis/vagueness.py` found no claim, and the unit holds no date, count,
employer or job title that would back one up, the model may flag a unit that reads as a vague
outcome or vague effort ("Helaas kwam daar niets uit", "Ze keek geregeld op Indeed"). Its rules are
`supplementary`: the engine drops them where a regular rule of the category flags the same text.
The model's other role, confirming the rules' own claims, is in `checks/vague.py`.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.analysis.units import Unit, units_of
from checker.analysis.section_lookup import section_id
from checker.analysis.substance import unit_has_evidence
from checker.analysis.vagueness import NOT_CLAIMS, claim_units
from checker.nlp.sentence_model import load_sentence_model
from checker.rules.context import Analysis
from checker.rules.registry import Hit, Rule, check

MODEL = "vague_sentence"
MIN_CHARS, MAX_CHARS = 12, 600     # too short to judge; a run-on "sentence" is not flagged whole


def open_for_model(analysis: Analysis, unit: Unit) -> bool:
    """Whether the rules leave this unit to the model: no claim found, nothing that backs one up."""
    if not MIN_CHARS <= unit.end - unit.start <= MAX_CHARS or unit.start in claim_units(analysis):
        return False
    if section_id(analysis, unit.start) in NOT_CLAIMS or "?" in units_of(analysis).view(unit).texts:
        return False
    return not unit_has_evidence(analysis, unit)


@check("vague_model")
def vague_model(analysis: Analysis, rules: list[Rule]) -> Iterator[Hit]:
    model = load_sentence_model(MODEL)
    if model is None:
        return
    rule_for = {r.options.get("category", r.category): r.id for r in rules}
    open_units = [unit for unit in units_of(analysis).units if open_for_model(analysis, unit)]
    scored = model.score_ranges(analysis.tokens, [(unit.lo, unit.hi) for unit in open_units])
    for unit, scores in zip(open_units, scored):
        for score in scores:
            if score.positive and score.category in rule_for:
                yield Hit(rule_for[score.category], unit.start, unit.end, {
                    "evidence": ", ".join(f"‘{w}’" for w in score.evidence) or "de zin als geheel",
                    "probability": f"{score.probability:.0%}",
                })
