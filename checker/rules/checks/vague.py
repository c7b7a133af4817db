"""vague.outcome and vague.effort by rule: claims that the surrounding passage does not back up.

The claims and the substantiation test live in `checker/analysis/vagueness.py` (the timeline check
shares them); cue lists in `checker/data/context/vague.toml`. One finding per sentence or list item.
With the classifier `models/vague_sentence.json` present, a claim is reported only when the model
also reads the unit as vague of that kind (its `confirm_thresholds`, chosen out-of-fold: the mildest
veto within 0.003 of the best F1): the rules find the claim and judge the substance, the model
vetoes what does not read as vague.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.analysis.vagueness import EFFORT, OUTCOME, vague_claims
from checker.nlp.sentence_model import load_sentence_model
from checker.rules.context import Analysis
from checker.rules.registry import Hit, Rule, check

CATEGORY = {OUTCOME: "vague.outcome", EFFORT: "vague.effort"}


@check("vague")
def vague(analysis: Analysis, rules: list[Rule]) -> Iterator[Hit]:
    wanted = {r.options.get("kind"): r.id for r in rules}
    confirm = _confirmation()
    for claim in vague_claims(analysis):
        if claim.substantiated or claim.kind not in wanted:
            continue
        unit = claim.unit
        if confirm is not None and not confirm(analysis, unit.lo, unit.hi, CATEGORY[claim.kind]):
            continue
        yield Hit(wanted[claim.kind], unit.start, unit.end, {"cue": claim.cue})


def _confirmation():
    """A test `(analysis, lo, hi, category) -> bool`, or None without the model."""
    model = load_sentence_model("vague_sentence")
    if model is None or "confirm_thresholds" not in model.meta:
        return None
    limits = dict(zip(model.categories, model.meta["confirm_thresholds"]))

    def confirmed(analysis: Analysis, lo: int, hi: int, category: str) -> bool:
        limit = limits.get(category, 0.0)
        if limit <= 0.0:
            return True
        score = next(s for s in model.score_sentence(analysis.tokens, lo, hi) if s.category == category)
        return score.probability >= limit

    return confirmed
