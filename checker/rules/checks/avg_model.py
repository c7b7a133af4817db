"""The AVG sentence classifier as a check: it flags sentences the word lists and context rules miss.

Its rules are `supplementary`: the engine drops a model finding where a rule of the same category
already found something in that sentence, so the model only ever adds. A sentence that cites the
bedrijfsarts or the FML is left to the rules: that is where capacity talk is allowed; so is one
with a saying that uses a body word ("achter zijn rug om", `idioms` in the health context file).
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.nlp.sentence_model import load_sentence_model
from checker.rules.context import Analysis
from checker.rules.cues import cue_set
from checker.rules.registry import Hit, Rule, check

MAX_SENTENCE_CHARS = 600     # a run-on "sentence" (no punctuation) is scored, but not flagged whole


@check("avg_model")
def avg_model(analysis: Analysis, rules: list[Rule]) -> Iterator[Hit]:
    model = load_sentence_model()
    if model is None:
        return
    rule_for = {r.options.get("category", r.category): r.id for r in rules}
    attribution = cue_set("health", "attribution")
    idioms = cue_set("health", "idioms")
    tokens = analysis.tokens
    candidates = []                     # (sentence number, token range, character span)
    for number, (first, last) in enumerate(tokens.sentences):
        start, end = tokens.span_chars(first, last)
        if 12 <= end - start <= MAX_SENTENCE_CHARS:
            candidates.append((number, (first, last), (start, end)))
    scored = model.score_ranges(tokens, [rng for _, rng, _ in candidates])
    for (number, _, (start, end)), scores in zip(candidates, scored):
        for score in scores:
            if not score.positive or score.category not in rule_for:
                continue
            if score.category == "avg.health" and (attribution.in_sentence(tokens, number)
                                                   or idioms.in_sentence(tokens, number)):
                continue
            yield Hit(rule_for[score.category], start, end, {
                "evidence": ", ".join(f"‘{w}’" for w in score.evidence) or "de zin als geheel",
                "probability": f"{score.probability:.0%}",
            })
