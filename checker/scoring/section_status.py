"""The status of one profile section in one report: present, partial, missing or not_applicable,
with what is missing named.

The rules were calibrated on the gold section statuses of the corpus (train split; dev to check):
annotators call a section *partial* when an element of it is missing OR when what is there is
vague, undated or unsubstantiated – so the problems the rules flag inside a section count, and a
section is *present* only when it is complete and concrete. Documented with the weights in
`checker/data/profiles/README.md`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.analysis.cues import cue_text
from checker.analysis.sections import Element, SectionSpec
from checker.model import Section

# Finding categories that make a found section partial, and how the missing part is named.
PROBLEMS = {
    "vague.effort": "concrete aantallen, data of namen bij de inspanningen",
    "vague.outcome": "de inspanningen achter het resultaat",
    "timeline.undated_activity": "datum of periode bij elke activiteit",
    "functions.rationale": "onderbouwing waarom functies passen of zijn afgevallen",
}
MAX_NOT_APPLIES_WORDS = 40      # "Verlof: geen." – a longer text that says so still reports something


@dataclass
class Evidence:
    """What the report shows of one section."""
    text: str = ""                  # its headings and bodies, all ranges joined
    found: bool = False             # a range by heading or by content
    likely_only: bool = True        # found only as paragraphs that probably also serve it
    problems: dict[str, int] = field(default_factory=dict)   # PROBLEMS category → findings in it


def has_element(element: Element, text: str, facts: dict[str, bool] | None) -> bool:
    """An element is shown by its cues in the text (as `cue_text` gives it), by a fact of the
    analysis (report date, period) when it names one and the facts are known, or – for an `avoid`
    element – by the absence of its cues (no opinion words in a persoonsprofiel)."""
    if element.fact is not None and facts is not None and element.fact in facts:
        return facts[element.fact]
    if element.avoid is not None:
        return not element.avoid.search(text)
    return element.pattern is not None and element.pattern.search(text)


def section_status(spec: SectionSpec, evidence: Evidence, document_text: str,
                   facts: dict[str, bool] | None = None) -> Section:
    """`document_text` is the whole report as `cue_text` gives it (normalised once per report)."""
    def result(status: str, missing: tuple[str, ...] = ()) -> Section:
        return Section(spec.id, spec.title, status, spec.required, missing, spec.weight)

    if evidence.found and evidence.likely_only and spec.elements and not any(
            has_element(e, cue_text(evidence.text), facts) for e in spec.elements if e.avoid is None):
        evidence = Evidence()       # paragraphs that probably serve it, but none of its content: not there
    if not evidence.found:
        applies = spec.applies is not None and spec.applies.search(document_text)
        elsewhere = (spec.elsewhere and bool(spec.elements)
                     and all(has_element(e, document_text, facts) for e in spec.elements))
        if spec.conditional and (not applies or _says_not_applicable(spec, document_text, whole=True)):
            return result("not_applicable")
        if elsewhere:   # the content is there, spread over other sections: a reader cannot find it
            return result("partial", (f"eigen kop ‘{spec.title}’",))
        if spec.conditional:
            return result("not_applicable")
        return result("missing", tuple(e.label for e in spec.elements))
    text = cue_text(evidence.text)
    if spec.conditional and _says_not_applicable(spec, text):
        return result("not_applicable")
    missing = [e.label for e in spec.elements if not has_element(e, text, facts)]
    return with_problems(result("partial" if missing else "present", tuple(missing)), spec, evidence.problems)


def with_problems(section: Section, spec: SectionSpec, problems: dict[str, int]) -> Section:
    """A found section made partial by the problems flagged inside it, each named as missing."""
    if section.status not in ("present", "partial"):
        return section
    # One finding is enough: on the corpus, requiring two undated activities lost more than it won.
    named = tuple(PROBLEMS[c] for c in PROBLEMS if problems.get(c) and c not in spec.ignore_problems)
    if not named:
        return section
    return Section(section.id, section.title, "partial", section.required, section.missing + named,
                   section.weight)


def _says_not_applicable(spec: SectionSpec, text: str, whole: bool = False) -> bool:
    """A short conditional section that says it did not apply: 'Verlof: geen.', 'De belastbaarheid
    is niet gewijzigd.' – or, for a section not found, the report saying so anywhere."""
    if spec.not_applies is None or not spec.not_applies.search(text):
        return False
    return whole or len(text.split()) <= MAX_NOT_APPLIES_WORDS
