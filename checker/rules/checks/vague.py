"""vague.outcome and vague.effort by rule: claims that the surrounding passage does not back up.

The claims and the substantiation test live in `checker/analysis/vagueness.py` (the timeline check
shares them); cue lists in `checker/data/context/vague.toml`. One finding per sentence or list item.
With the classifier `models/vague_sentence.json` present, a claim is reported only when the model
also reads the unit as vague of that kind (its `confirm_thresholds`, chosen out-of-fold: the mildest
veto within 0.003 of the best F1): the rules find the claim and judge the substance, the model
vetoes what does not read as vague. An outcome the passage test lets through on figures elsewhere in
the paragraph (none in the sentence, nothing in it that refers back to them) is still reported (rule `vague.outcome.in_passage`) when the
model reads the unit as plainly vague (`override_thresholds`).
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
    wanted = {(r.options.get("kind"), bool(r.options.get("in_passage"))): r.id for r in rules}
    confirm = _model_test("confirm_thresholds")
    override = _model_test("override_thresholds")
    for claim in vague_claims(analysis):
        unit = claim.unit
        rule = wanted.get((claim.kind, claim.substantiated))
        if rule is None:
            continue
        if claim.substantiated:
            # Figures in the passage, none in the sentence, no word tying it to them, and it reads
            # as plainly vague on its own.
            if not claim.loose or override is None or not override(analysis, unit.lo, unit.hi, CATEGORY[claim.kind]):
                continue
        elif confirm is not None and not confirm(analysis, unit.lo, unit.hi, CATEGORY[claim.kind]):
            continue
        yield Hit(rule, *claim.span, {"cue": claim.cue})


def _model_test(key: str):
    """A test `(analysis, lo, hi, category) -> bool` against the model's thresholds under `key`,
    or None without the model (or thresholds)."""
    model = load_sentence_model("vague_sentence")
    if model is None or key not in model.meta:
        return None
    limits = dict(zip(model.categories, model.meta[key]))

    def passes(analysis: Analysis, lo: int, hi: int, category: str) -> bool:
        limit = limits.get(category, 0.0)
        if limit <= 0.0:
            return True
        if limit >= 1.0:
            return False
        score = next(s for s in model.score_sentence(analysis.tokens, lo, hi) if s.category == category)
        return score.probability >= limit

    return passes
