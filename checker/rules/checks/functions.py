"""functions.none and functions.rationale: the concrete functions searched for, and why.

UWV judges a zoekprofiel by the concrete suitable functions it names, why they fit the person and
the belastbaarheid, and why others were dropped. One finding per sentence, list run or table run,
so a list of ten bare titles is one thing to fix, not ten.
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.analysis.functions import CONSIDERED, DROPPED, FunctionMention, find_functions
from checker.analysis.report_type import type_label
from checker.rules.context import Analysis
from checker.rules.registry import Hit, Rule, check

NONE_RULE = {"eindrapportage": "functions.none.missing", "trajectplan": "functions.none.missing",
             "voortgangsrapportage": "functions.none.progress", "onbekend": "functions.none.missing"}
WHOLE_REPORT_WORDS = 250     # an untyped text this long is a report (scored as an eindrapportage), not a snippet
RATIONALE_RULE = {CONSIDERED: "functions.rationale.considered", DROPPED: "functions.rationale.dropped"}


@check("functions")
def functions_check(analysis: Analysis, rules: list[Rule]) -> Iterator[Hit]:
    wanted = {r.id for r in rules}
    mentions = find_functions(analysis)
    rule_id = NONE_RULE.get(analysis.report_type)
    if analysis.report_type == "onbekend" and len(analysis.text.split()) < WHOLE_REPORT_WORDS:
        rule_id = None
    if rule_id in wanted and not any(m.role == CONSIDERED for m in mentions):
        found = analysis.sections.ranges("zoekprofiel")
        at = found[0].start if found else 0
        yield Hit(rule_id, at, at, {"type": type_label(analysis.report_type).lower(),
                                    "section": "zoekprofiel" if found else None})
    for role, rid in RATIONALE_RULE.items():
        if rid in wanted:
            yield from _rationale_hits(analysis.text, mentions, role, rid)


def _rationale_hits(text: str, mentions: list[FunctionMention], role: str, rule_id: str) -> Iterator[Hit]:
    """Sentences with a bare title of `role`; runs of such lines (a list, table rows) merge."""
    units: dict[tuple[int, int], list[str]] = {}
    for m in mentions:
        if m.role == role and not m.has_rationale and not m.record:
            titles = units.setdefault(m.sentence, [])
            if m.title not in titles:
                titles.append(m.title)
    run: list[tuple[tuple[int, int], list[str]]] = []
    for span, titles in sorted(units.items()):
        if run and _adjacent(text, run[-1][0], span):
            run.append((span, titles))
            continue
        if run:
            yield _hit(rule_id, run)
        run = [(span, titles)]
    if run:
        yield _hit(rule_id, run)


def _adjacent(text: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """Consecutive lines of one list or table: nothing but one line break between them."""
    gap = text[before[1]:after[0]]
    return not gap.strip() and gap.count("\n") == 1


def _hit(rule_id: str, run: list[tuple[tuple[int, int], list[str]]]) -> Hit:
    titles: list[str] = []
    for _, names in run:
        titles += [t for t in names if t not in titles]
    shown = ", ".join(f"‘{t}’" for t in titles[:5]) + (" …" if len(titles) > 5 else "")
    one = len(titles) == 1
    return Hit(rule_id, run[0][0][0], run[-1][0][1], {
        "titles": shown, "first": titles[0], "deze": "deze functie" if one else "deze functies", "is": "is" if one else "zijn"})
