"""Health data that no word list catches: it depends on who says what, and about whom.

- a statement about what the coachee can handle (capacity) is allowed from the bedrijfsarts, the
  arbeidsdeskundige or the FML; from the coach ("ik denk dat hij niet meer dan 3 uur aankan"), a
  treater or the coachee it is health data;
- the cause of the absence ("uitgevallen na een aanrijding");
- a person's body part ("last van zijn knie").

Cue lists live in `checker/data/context/health.toml`.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from checker.rules.context import Analysis
from checker.rules.cues import CueSet, cue_set, load_context
from checker.rules.registry import Hit, Rule, check

CAPACITY_SECTIONS = {"belastbaarheid"}     # sections that quote the FML by definition
_CLAUSE_END = {",", ";", ".", ":", "!", "?", "–", "—", "(", ")"}


@check("health_context")
def health_context(analysis: Analysis, rules: list[Rule]) -> Iterator[Hit]:
    wanted = {r.options.get("kind"): r.id for r in rules}
    capacity = cue_set("health", "capacity")
    attribution = cue_set("health", "attribution")
    judgement = cue_set("health", "judgement")
    cause = cue_set("health", "cause")
    body = _body_cues()
    previous = None
    for sent in analysis.doc.sents:
        text = sent.text.strip()
        if not text:
            continue
        attributed = attribution.any_in(sent) or _lead_attributes(previous, attribution) or (
            analysis.sections.section_at(sent.start_char) in CAPACITY_SECTIONS
            and _section_attributes(analysis, sent.start_char, attribution))
        if not attributed:
            if capacity.any_in(sent):
                kind = "judgement" if judgement.any_in(sent) else "capacity"
                if kind in wanted:
                    yield _sentence_hit(wanted[kind], sent)
            if "body" in wanted:
                blockers = set(load_context("health")["body_not_after"])
                for start, end in body.find(sent):
                    if not any(t.lower_ in blockers for t in sent[max(0, start - 3):start]):
                        yield Hit(wanted["body"], sent[start].idx, _end_char(sent[end - 1]))
        if "cause" in wanted:
            for start, _ in cause.find(sent):
                end = _clause_end(sent, start)
                yield Hit(wanted["cause"], sent[start].idx, _end_char(sent[end - 1]))
        previous = sent


@lru_cache(maxsize=1)
def _body_cues() -> CueSet:
    data = load_context("health")
    return CueSet.of([f"{p} {b}" for p in data["possessives"] for b in data["body_parts"]])


def _lead_attributes(previous, attribution) -> bool:
    """"Conform de FML van 3 maart:" above a list attributes the list items."""
    return previous is not None and previous.text.rstrip().endswith(":") and attribution.any_in(previous)


def _section_attributes(analysis: Analysis, offset: int, attribution) -> bool:
    for sec in analysis.sections.found:
        if sec.start <= offset < sec.end:
            span = analysis.doc.char_span(sec.start, sec.end, alignment_mode="expand")
            return span is not None and attribution.any_in(span)
    return False


def _clause_end(sent, start: int) -> int:
    end = start + 1
    while end < len(sent) and not (sent[end].text in _CLAUSE_END and end > start + 2):
        end += 1
    return end


def _end_char(token) -> int:
    return token.idx + len(token.text)


def _sentence_hit(rule_id: str, sent) -> Hit:
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    return Hit(rule_id, start, sent.start_char + len(text.rstrip()))
