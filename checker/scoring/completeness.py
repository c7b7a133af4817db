"""Score a report against the completeness profile of its type (`checker/data/profiles/`).

Each section's status comes from `section_status.py`; the score is the weighted mean over the
applicable sections (present 1, partial ½, missing 0) × 100, weights from the profile. The rules
see the completeness of the structure (`score` without findings); once they ran, `add_findings`
judges the found sections again with what the rules flagged inside them (vague, undated or
unsubstantiated text) – by the status model – and scores again (`checker/data/profiles/README.md`).
"""

from __future__ import annotations

from collections.abc import Iterable

from checker.analysis.cues import cue_text
from checker.analysis.sections import Profile, SectionMap
from checker.model import Completeness, Finding, Section
from checker.scoring.section_status import PROBLEMS, Evidence, section_status, with_problems
from checker.scoring.status_model import (CONCRETE, SectionSignals, StatusModel, load_status_model,
                                          report_rates, section_signals, word_count)

VALUE = {"present": 1.0, "partial": 0.5, "missing": 0.0}


def _ranges(smap: SectionMap):
    """The ranges a section's status reads: those found, and for a section without any, the
    paragraphs that probably also serve it."""
    return smap.found + [r for r in smap.likely if not smap.ranges(r.id)]


def gather_evidence(text: str, smap: SectionMap, findings: Iterable[Finding] = ()) -> dict[str, Evidence]:
    """Per section id: its text (headings and bodies), whether it was found, and the problems the
    rules flagged inside it."""
    out: dict[str, Evidence] = {}
    ranges = _ranges(smap)
    for rng in ranges:
        ev = out.setdefault(rng.id, Evidence())
        ev.text = f"{ev.text}\n{text[rng.start:rng.end]}" if ev.text else text[rng.start:rng.end]
        ev.found = True
        ev.likely_only = not smap.ranges(rng.id)     # `_ranges` adds likely ones only where none was found
    for sid, problems in problems_by_section(ranges, findings).items():
        out[sid].problems = problems
    return out


def problems_by_section(ranges, findings: Iterable[Finding]) -> dict[str, dict[str, int]]:
    """Per section id, how many findings of each PROBLEMS category start inside its ranges."""
    out: dict[str, dict[str, int]] = {}
    for f in _problem_findings(findings):
        for sid in {r.id for r in ranges if r.start <= f.start < r.end}:
            counts = out.setdefault(sid, {})
            counts[f.category] = counts.get(f.category, 0) + 1
    return out


def _problem_findings(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.end > f.start and f.severity != "info" and f.category in PROBLEMS]


def score(text: str, smap: SectionMap, profile: Profile, findings: Iterable[Finding] = (),
          facts: dict[str, bool] | None = None) -> Completeness:
    """`facts`: what the analysis knows about the whole report ('report_date', 'period'), for the
    elements that name one; without them those elements fall back to their cues."""
    evidence = gather_evidence(text, smap, findings)
    whole = cue_text(text)
    sections = tuple(section_status(spec, evidence.get(spec.id, Evidence()), whole, facts)
                     for spec in profile.sections)
    return _completeness(profile, sections)


def add_findings(completeness: Completeness, smap: SectionMap, findings: Iterable[Finding],
                 text: str = "", date_starts: Iterable[int] = ()) -> Completeness:
    """The structural completeness (`score` without findings) judged again with the problems the
    rules found: by the status model (`status_model.py`) when it is there, else every problem
    inside a section makes it partial. No cue is searched again. `text` is the report and
    `date_starts` where its date mentions start (the model reads how concrete a section is)."""
    findings = list(findings)
    profile = smap.profile
    model = load_status_model()
    if model is None:
        problems = problems_by_section(_ranges(smap), findings)
        sections = tuple(with_problems(s, profile.section(s.id), problems.get(s.id, {}))
                         for s in completeness.sections)
    else:
        signals = status_signals(completeness, smap, findings, text, date_starts)
        sections = tuple(_judged(s, signals.get(s.id), model) for s in completeness.sections)
    return _completeness(profile, sections)


def status_signals(completeness: Completeness, smap: SectionMap, findings: Iterable[Finding],
                   text: str, date_starts: Iterable[int]) -> dict[str, SectionSignals]:
    """What the status model reads, per section the structure found (present or partial)."""
    found = _problem_findings(findings)
    ranges = _ranges(smap)
    problems = problems_by_section(ranges, found)
    counts: dict[str, int] = {}
    for f in found:
        counts[f.category] = counts.get(f.category, 0) + 1
    rates = report_rates(counts, word_count(text))
    starts = list(date_starts)
    out = {}
    for s in completeness.sections:
        if s.status not in ("present", "partial"):
            continue
        own = [r for r in ranges if r.id == s.id]
        spec = smap.profile.section(s.id)
        firm = any(e.avoid is not None and e.label in s.missing for e in spec.elements)
        out[s.id] = section_signals(
            completeness.profile, s.id, s.missing,
            {c: n for c, n in problems.get(s.id, {}).items() if c not in spec.ignore_problems},
            "\n".join(text[r.start:r.end] for r in own),
            sum(any(r.start <= d < r.end for r in own) for d in starts), rates, firm)
    return out


def _judged(section: Section, signals: SectionSignals | None, model: StatusModel) -> Section:
    """A found section, present or partial by the model; a partial one names what it lacks."""
    if signals is None:
        return section
    if not model.is_partial(signals):
        return Section(section.id, section.title, "present", section.required, (), section.weight)
    named = tuple(PROBLEMS[c] for c in PROBLEMS if signals.problems.get(c))     # ignored ones are out
    missing = section.missing + named or (CONCRETE,)
    return Section(section.id, section.title, "partial", section.required, missing, section.weight)


def _completeness(profile: Profile, sections) -> Completeness:
    applicable = [s for s in sections if s.status != "not_applicable"]
    total = sum(s.weight for s in applicable)
    value = sum(s.weight * VALUE[s.status] for s in applicable)
    pct = round(100 * value / total) if total else 0
    return Completeness(profile.id, max(0, min(100, pct)), sections)
