"""The AVG sentence classifier as a check: it flags what the word lists and context rules miss.

It runs after the other checks (`late`) and reads where they found something
(`analysis.extras["regular_spans"]`), per category:

- a sentence they left alone is scored whole and flagged whole;
- a sentence they flagged only in part (at most half of its characters) has the rest scored: each
  stretch outside their findings, of two words or more, is flagged on its own when the model reads
  it as that category ("Hij heeft ⟦een burn-out⟧ *en slaapt nog maar vier uur per nacht*"), held to
  thresholds of its own (`checker.train.part_examples`, session 9). Under
  entry dropout (`docs/avg.md`) this found 2–4 % more health and private-life data for 17 more
  model false alarms on 485 reports;
- a sentence mostly flagged already is left to the rules.

Its rules are `supplementary`: the engine drops a model finding that overlaps a rule finding of
the same category, so the model only ever adds. A sentence that cites the bedrijfsarts or the FML
is left to the rules (that is where capacity talk is allowed), as is a list item under a lead line
that cites them (`health_context.cited_lists`); so is one with
a saying that uses a body word ("achter zijn rug om", `idioms` in the health context file) and one
that says what stays out of the report ("Diagnose en behandeling horen niet in de rapportages",
`privacy_statement` in `checker/data/context/report.toml`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.nlp.sentence_model import load_sentence_model
from checker.rules.checks.health_context import cited_lists
from checker.rules.checks.lexicon import exception_tokens, lexicon_names
from checker.rules.context import Analysis
from checker.rules.cues import cue_set
from checker.rules.registry import Hit, Rule, check

MAX_SENTENCE_CHARS = 600     # a run-on "sentence" (no punctuation) is scored, but not flagged whole
MIN_SENTENCE_CHARS = 12
MAX_COVERED = 0.5            # a sentence the rules flag more than this share of is left to them
MIN_STRETCH_WORDS = 2
_WORD = re.compile(r"\w{2,}")
_BREAKS = frozenset({";", ":", "|", "(", ")"})            # a stretch does not run across these
_LOOSE_ENDS = frozenset({"en", "maar", "of", "want", "dus", "de", "het", "een", ",", ".", "!", "?", "…", "-", "–"})


@check("avg_model", late=True)
def avg_model(analysis: Analysis, rules: list[Rule]) -> Iterator[Hit]:
    model = load_sentence_model()
    if model is None:
        return
    rule_for = {r.options.get("category", r.category): r.id for r in rules}
    regular = analysis.extras.get("regular_spans", {})
    attribution = cue_set("health", "attribution")
    idioms = cue_set("health", "idioms")
    privacy = cue_set("report", "privacy_statement")
    cited = cited_lists(analysis)
    tokens = analysis.tokens
    ranges: list[tuple[int, int]] = []
    wanted: list[tuple[int, frozenset[str]]] = []    # per range: its sentence, the categories it may flag
    is_part: list[bool] = []
    for number, (first, last) in enumerate(tokens.sentences):
        start, end = tokens.span_chars(first, last)
        if not MIN_SENTENCE_CHARS <= end - start <= MAX_SENTENCE_CHARS:
            continue
        whole, parts = set(), {}
        for category in rule_for:
            covered = overlapping(regular.get(category, ()), start, end)
            if not covered:
                whole.add(category)
            elif covered_share(covered, start, end) <= MAX_COVERED:
                for part in stretches(analysis.text, tokens, first, last, covered):
                    parts.setdefault(part, set()).add(category)
        if whole:
            ranges.append((first, last))
            wanted.append((number, frozenset(whole)))
            is_part.append(False)
        for part, categories in parts.items():
            ranges.append(part)
            wanted.append((number, frozenset(categories)))
            is_part.append(True)
    # What the lists deliberately leave alone is no evidence: "afhandeling van klachten", "de kogel is
    # door de kerk".
    masked = exception_tokens(tokens, lexicon_names("avg.health", "avg.private"))
    for (first, last), (number, categories), scores in zip(ranges, wanted,
                                                           model.score_ranges(tokens, ranges, is_part, masked)):
        start, end = tokens.span_chars(first, last)
        for score in scores:
            if not score.positive or score.category not in categories:
                continue
            if score.category == "avg.health" and (attribution.in_sentence(tokens, number)
                                                   or number in cited
                                                   or idioms.in_sentence(tokens, number)
                                                   or privacy.in_sentence(tokens, number)):
                continue
            yield Hit(rule_for[score.category], start, end, {
                "evidence": ", ".join(f"‘{w}’" for w in score.evidence) or "de zin als geheel",
                "probability": f"{score.probability:.0%}",
            })


def overlapping(spans, start: int, end: int) -> list[tuple[int, int]]:
    return [(max(s, start), min(e, end)) for s, e in spans if s < end and start < e]


def covered_share(covered: list[tuple[int, int]], start: int, end: int) -> float:
    total, reach = 0, start
    for s, e in sorted(covered):
        s = max(s, reach)
        if e > s:
            total += e - s
            reach = e
    return total / max(end - start, 1)


def stretches(text: str, tokens, first: int, last: int, covered) -> list[tuple[int, int]]:
    """Token ranges of the sentence outside the covered character spans, of two words or more."""
    runs, run = [], []
    for k in range(first, last):
        if tokens.lower[k] in _BREAKS or any(s < tokens.end[k] and tokens.start[k] < e for s, e in covered):
            runs.append(run)
            run = []
        elif not tokens.lower[k].isspace():
            run.append(k)
    runs.append(run)
    out = []
    for run in runs:
        while run and tokens.lower[run[0]] in _LOOSE_ENDS:      # '… en slaapt slecht', not '… en'
            run = run[1:]
        while run and tokens.lower[run[-1]] in _LOOSE_ENDS:
            run = run[:-1]
        if run and len(_WORD.findall(text[tokens.start[run[0]]:tokens.end[run[-1]]])) >= MIN_STRETCH_WORDS:
            out.append((run[0], run[-1] + 1))
    return out
