"""timeline.undated_activity: activities that carry no date or period where UWV reads a timeline.

UWV reads the reports as the timeline of the traject ("wat, wanneer"): a gesprek, a sollicitatie, a
training or a consultation of the bedrijfsarts without a date cannot be placed on it, and a plan
without weeks or months cannot be checked. A unit (sentence, list item, table row, record field)
counts as dated when a date mention touches it, its record carries a date ("Datum contact: …"), its
list or table is introduced by a dated line ("Maart 2025:") or it states a rhythm ("2 per week").

One finding per unit (and per log record); past MAX_ITEMS undated activities in one section, the
first SHOWN get a finding each and one section finding covers the rest, so a poor report is not
drowned in warnings while every undated item is still pointed at. Units the vague checks judge
(effort or outcome claims) are left to them: one problem, one message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from checker.analysis.section_lookup import section_of
from checker.analysis.substance import function_spans
from checker.analysis.units import Unit, Units, View, units_of
from checker.analysis.vagueness import claim_units
from checker.rules.context import Analysis
from checker.rules.cues import cue_set, load_context
from checker.rules.registry import Hit, Rule, check
from checker.rules.word_cues import word_cues, word_tags

# Sections that describe the person, the search or the result, not what was done when.
NO_TIMELINE = frozenset({
    "rapportgegevens", "persoonsprofiel", "zoekprofiel", "evaluatie", "conclusie", "ondertekening",
    "rollen", "verwachtingen", "privacy", "rapportagemomenten", "inzichten",
})
PLANNING_SECTIONS = frozenset({"planning", "afspraken"})
# Sections that describe one thing at length (an intervention, the skills worked on, a leave): a date
# anywhere in the section places what it describes.
DESCRIBING_SECTIONS = frozenset({"interventies", "sollicitatievaardigheden", "verlof", "belastbaarheid"})
# Where cv, brief and profiel are products to describe, not activities to date.
PRODUCT_SECTIONS = frozenset({"sollicitatievaardigheden", "inzichten"})
MAX_ITEMS = 5          # more undated activities than this in one section → one section finding
SHOWN = 3              # … after this many individual findings
_DAY_MONTH = re.compile(r"(?<![\w/.-])(?:[0-2]?[0-9]|3[01])[-/.](?:0?[1-9]|1[0-2])(?![\w/]|[-.][0-9])")


@check("timeline_activities")
def timeline_activities(analysis: Analysis, rules: list[Rule]) -> Iterator[Hit]:
    wanted = {r.options.get("kind"): r.id for r in rules}
    units = units_of(analysis)
    skip = claim_units(analysis)
    groups: dict[tuple | None, list[tuple[Unit, str]]] = {}
    records: set[int] = set()        # one finding per log record
    for unit in units.units:
        found = section_of(analysis, unit.start)
        section = found.id if found is not None else None
        if section in NO_TIMELINE or unit.start in skip or unit.passage in records or _is_title(unit):
            continue
        v = units.view(unit)
        if (not v.lower or not _is_activity(v, section in PRODUCT_SECTIONS) or _dated(units, unit, v)
                or _not_an_activity(units, unit, v)
                or (section in DESCRIBING_SECTIONS and _section_dated(units, found))):
            continue
        kind = "planned" if _is_planned(analysis, section, v.lower) else "item"
        if kind == "planned" and _planned_elsewhere(units, unit, v):
            continue
        if unit.kind == "field":
            unit = _record_activity(units, unit)
            records.add(unit.passage)
        key = (found.start, found.id) if found is not None else None
        groups.setdefault(key, []).append((unit, kind))
    for found in groups.values():
        yield from _hits(units, found, wanted)


def _hits(units: Units, found: list[tuple[Unit, str]], wanted: dict) -> Iterator[Hit]:
    over = len(found) > MAX_ITEMS and "section" in wanted
    for unit, kind in (found[:SHOWN] if over else found):
        if kind in wanted:
            yield Hit(wanted[kind], unit.start, unit.end, {"activity": _shown(units.unit_text(unit))})
    if over:
        rest = found[SHOWN:]
        yield Hit(wanted["section"], rest[0][0].start, rest[-1][0].end,
                  {"count": str(len(found)), "rest": str(len(rest)), "shown": str(SHOWN)})


def _shown(text: str, limit: int = 80) -> str:
    """The activity as the message quotes it: without bullet or label, at most `limit` characters."""
    text = " ".join(text.lstrip("-•*–·▪ ").split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _planned_elsewhere(units: Units, unit: Unit, v: View) -> bool:
    """A plan's activity list often leaves the when to the planning ("- cv en LinkedIn vernieuwen"
    above "Q2 2025: cv en LinkedIn (april)"): the activity counts as dated when one of its activity
    words stands in a dated unit of another passage."""
    tagger = word_tags("timeline", ("activities", "weak"))
    dated = _dated_words(units)
    return any(tagger.tags(w) and dated.get(w, set()) - {unit.passage} for w in v.lower)


def _dated_words(units: Units) -> dict[str, set[int]]:
    """Word → the passages in which it stands in a dated unit; built once per report."""
    found = units.analysis.extras.get("timeline_dated_words")
    if found is None:
        found = units.analysis.extras["timeline_dated_words"] = {}
        for u in units.units:
            if units.has_date(u.start, u.end):
                for w in units.view(u).lower:
                    found.setdefault(w, set()).add(u.passage)
    return found


def _is_title(unit: Unit) -> bool:
    """The report's first line ("Verslag intakegesprek 2e spoor – de heer M. Verbeek")."""
    return unit.block == 0 and unit.kind == "sentence"


def _record_activity(units: Units, unit: Unit) -> Unit:
    """The field of a log record to point at: "Activiteit: …" rather than "Type: gesprek"."""
    for other in units.in_passage(unit.passage):
        if units.unit_text(other).lower().startswith(("activiteit", "onderwerp", "omschrijving", "actie")):
            return other
    return unit


def _is_activity(v: View, strong_only: bool = False) -> bool:
    strong, weak, parties = (word_cues("timeline", k) for k in ("activities", "weak", "parties"))
    words = v.lower
    if strong.any_in(words) or cue_set("timeline", "activity_phrases").find_words(words, v.num):
        return True
    return not strong_only and weak.any_in(words) and parties.any_in(words)


def _dated(units: Units, unit: Unit, v: View) -> bool:
    if units.has_date(unit.start, unit.end) or _DAY_MONTH.search(units.unit_text(unit)):
        return True
    if cue_set("timeline", "timing").find_words(v.lower, v.num):
        return True
    passage = units.passages[unit.passage]
    if units.block_has_date(passage.lead) or units.block_has_date(unit.parent):
        return True
    if passage.kind in ("record", "list") and units.date_field(unit.passage):
        return True       # "Datum contact: 04-03-2025 / Activiteit: …", "- Wanneer: oktober 2024"
    # "Van 12 mei t/m 20 juni werkte hij bij Hoefnagels. De werkgever sloot hiervoor een
    # overeenkomst.": a sentence that points back (or forward) takes the date of its neighbour.
    return (passage.kind == "paragraph" and bool(cue_set("timeline", "anaphora").find_words(v.lower, v.num))
            and any(units.has_date(n.start, n.end) for n in units.neighbours(unit)))


def _not_an_activity(units: Units, unit: Unit, v: View) -> bool:
    """A question or a line introducing a list, a table header, a count over the period ("12
    gesprekken", "Sollicitaties | 19"), a negation, or how someone works ("zoekt zelfstandig")."""
    data = load_context("timeline")
    text, words = units.unit_text(unit), v.lower
    if text.endswith(":") or "?" in v.texts or sum(v.alpha) < 2:
        return True
    if _negated(v) or cue_set("timeline", "not_activity").find_words(words, v.num):
        return True
    if unit.kind == "table_row":
        cells = [c.strip() for c in text.split("|")]
        if any(c.isdigit() for c in cells) or _is_header_row(units, unit, cells):
            return True
    if unit.kind in ("field", "sentence") and _COUNT_FIELD.search(text):
        return True
    if words[0] in data["count_labels"] or words[0] in data["not_activity_labels"]:
        return True
    return _counted(v) or _about_function(units, unit)


def _negated(v: View) -> bool:
    """"Geen deskundigenoordeel aangevraagd", "is bewust geen contact geweest": a negation in the
    first words, or right before the activity word."""
    negations = _negations()
    if any(w in negations for w in v.lower[:8]):
        return True
    tagger = word_tags("timeline", ("activities", "weak"))
    return any(w in negations and any(tagger.tags(x) for x in v.lower[i + 1:i + 3]) for i, w in enumerate(v.lower))


@lru_cache(maxsize=1)
def _negations() -> frozenset[str]:
    return frozenset(load_context("timeline")["negations"])


def _about_function(units: Units, unit: Unit) -> bool:
    """A list item or row about a job title ("- technisch tekenaar: past na de cursus")."""
    if unit.kind == "sentence":
        return False
    head = unit.start + 4 + len(units.unit_text(unit)) - len(units.unit_text(unit).lstrip("-•*–·▪ "))
    return any(unit.start <= s <= head for s, _ in function_spans(units.analysis))


_COUNT_FIELD = re.compile(r":\s*\d+\s*(?:\(|$)")


def _is_header_row(units: Units, unit: Unit, cells: list[str]) -> bool:
    """The first row of a table whose cells are short labels ("Periode | Activiteit")."""
    passage = units.passages[unit.passage]
    return unit.block == passage.blocks[0] and all(len(c.split()) <= 3 for c in cells)


def _counted(v: View) -> bool:
    """A number right before the activity word: "16 persoonlijke gesprekken", "2 open sollicitaties"."""
    strong, weak = word_cues("timeline", "activities"), word_cues("timeline", "weak")
    words = v.lower
    for i, w in enumerate(words):
        if i > 0 and v.num[i] and w not in ("een", "één", "eén"):     # not "2." numbering a list
            for k in range(i + 1, min(len(words), i + 3)):
                if strong.match(words[k]) or weak.match(words[k]):
                    return True
    return False


def _is_planned(analysis: Analysis, section: str | None, words: list[str]) -> bool:
    if analysis.report_type == "trajectplan" or section in PLANNING_SECTIONS:
        return True
    planned = _planned_words()
    return any(w in planned for w in words)


@lru_cache(maxsize=1)
def _planned_words() -> frozenset[str]:
    return frozenset(load_context("timeline")["planned"])


def _section_dated(units: Units, section) -> bool:
    return section is not None and units.has_date(section.start, section.end)
