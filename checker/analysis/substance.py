"""Substance in a unit of report text: a date, a count of effort, an employer's name, a job title.

What makes a claim checkable for UWV (shared/DOMAIN.md): "23 sollicitaties", "op 12 maart",
"bij Brinkman Distributie", "als planner". The vague checks ask it of a claim and its passage; the
vague classifier leaves units that have it alone. Worked out once per unit and report
(`analysis.extras["vague_evidence"]`).
"""

from __future__ import annotations

from functools import lru_cache

from checker.analysis.units import Unit, Units, View, units_of
from checker.nlp.places import place_names
from checker.rules.cues import NUMBER_WORDS, load_context
from checker.rules.word_cues import word_cues

_NUMBER_WORDS = NUMBER_WORDS - {"een", "paar", "enkele", "halve", "halfe", "anderhalf"}
FREQUENT_NAME = 3     # a name this frequent is the coachee, the coach or the own employer


class _Evidence:
    """Whether a unit holds a date, a count of effort, an employer's name or a job title."""

    def __init__(self, analysis, units: Units) -> None:
        self.units = units
        self.analysis = analysis
        self._cache: dict[int, bool] = {}
        self.frequent = frequent_names(analysis)

    def backs(self, unit: Unit) -> bool:
        hit = self._cache.get(unit.start)
        if hit is None:
            v, effort = self.units.view(unit), word_cues("vague", "effort")
            hit = self._cache[unit.start] = (
                self.units.has_date(unit.start, unit.end) or counts_effort(v)
                or names_employer(v, self.frequent) or (self._names_function(unit) and effort.any_in(v.lower)))
        return hit

    def _names_function(self, unit: Unit) -> bool:
        return any(s < unit.end and unit.start < e for s, e in function_spans(self.analysis))


def unit_has_evidence(analysis, unit: Unit) -> bool:
    """Whether the unit itself holds a date, a count of effort, an employer's name or a job title."""
    return evidence_of(analysis).backs(unit)


def evidence_of(analysis) -> "_Evidence":
    ev = analysis.extras.get("vague_evidence")
    if ev is None:
        ev = analysis.extras["vague_evidence"] = _Evidence(analysis, units_of(analysis))
    return ev


def function_spans(analysis) -> list[tuple[int, int]]:
    """Job titles named in the report as considered or dropped (`checker/analysis/functions.py`)."""
    found = analysis.extras.get("function_spans")
    if found is None:
        from checker.analysis.functions import find_functions

        found = analysis.extras["function_spans"] = sorted(
            (m.start, m.end) for m in find_functions(analysis) if m.role != "former")
    return found


def counts_effort(v: View) -> bool:
    """A number before a word of effort: "23 sollicitaties", "bij 4 werkgevers", "drie keer"."""
    counted = word_cues("vague", "counted")
    n = len(v)
    for i in range(n):
        if _is_number(v, i):
            for k in range(i + 1, min(n, i + 4)):
                if counted.match(v.lower[k]):
                    return True
                if v.punct[k]:
                    break
    return False


def _is_number(v: View, i: int) -> bool:
    low = v.lower[i]
    if low in _NUMBER_WORDS:
        return True
    return v.num[i] and any(c.isdigit() for c in low)


@lru_cache(maxsize=1)
def _name_lists() -> tuple[frozenset, frozenset, frozenset]:
    data = load_context("vague")
    return frozenset(data["not_names"]), frozenset(data["name_openers"]), frozenset(data["org_words"])


def frequent_names(analysis) -> frozenset[str]:
    """Capitalised words, not function words, that the report uses FREQUENT_NAME times or more:
    the coachee's name, the coach's, the own employer's."""
    from spacy.lang.nl.stop_words import STOP_WORDS

    t = analysis.tokens
    counts: dict[str, int] = {}
    for text, alpha in zip(t.texts, t.alpha):
        if alpha and text[:1].isupper():
            counts[text] = counts.get(text, 0) + 1
    return frozenset(w for w, n in counts.items() if n >= FREQUENT_NAME and w.lower() not in STOP_WORDS)


def names_employer(v: View, frequent: frozenset[str] = frozenset()) -> bool:
    """A capitalised name after "bij", "via", "(" … or an organisation word ("B.V.", "Gemeente"); not
    a name the report uses all the time (the coachee's), nor a place ("in Almere en Lelystad") unless
    right after "bij"."""
    not_names, openers, orgs = _name_lists()
    places = place_names()
    for i, (text, low) in enumerate(zip(v.texts, v.lower)):
        if low in orgs and (text[:1].isupper() or "." in low):
            return True
        if (i > 0 and text[:1].isupper() and v.alpha[i] and low not in not_names
                and text not in frequent and v.lower[i - 1] in openers
                and (low not in places or v.lower[i - 1] == "bij")):
            return True
    return False
