"""Score a report against the completeness profile of its type (`checker/data/profiles/`).

Per section: present (every element found in its text), partial (some), missing (no heading and no
content), not_applicable (conditional and not shown to apply). A section without its own heading
whose elements all appear elsewhere counts as partial: the content may be there, but a reader (and
UWV) cannot find it. Score = weighted mean over applicable sections (present 1, partial ½) × 100.
"""

from __future__ import annotations

from checker.analysis.sections import Profile, SectionMap, SectionSpec
from checker.model import Completeness, Section

VALUE = {"present": 1.0, "partial": 0.5, "missing": 0.0}


def _section_text(text: str, smap: SectionMap, spec: SectionSpec) -> str:
    return "\n".join(text[r.body_start:r.end] for r in smap.ranges(spec.id))


def score_section(text: str, smap: SectionMap, spec: SectionSpec) -> Section:
    body = _section_text(text, smap, spec)
    has_heading = bool(smap.ranges(spec.id))
    if spec.conditional and not has_heading and not (spec.applies and spec.applies.search(text)):
        return Section(spec.id, spec.title, "not_applicable", spec.required, (), spec.weight)
    if has_heading:
        missing = tuple(e.label for e in spec.elements if not e.pattern.search(body))
        if not body.strip():
            return Section(spec.id, spec.title, "missing", spec.required,
                           tuple(e.label for e in spec.elements), spec.weight)
        status = "present" if not missing else "partial"
        if len(missing) == len(spec.elements):
            status = "partial"
        return Section(spec.id, spec.title, status, spec.required, missing, spec.weight)
    found_elsewhere = [e for e in spec.elements if e.pattern.search(text)]
    if len(found_elsewhere) == len(spec.elements) and len(spec.elements) > 0:
        return Section(spec.id, spec.title, "partial", spec.required,
                       (f"eigen kop ‘{spec.title}’",), spec.weight)
    return Section(spec.id, spec.title, "missing", spec.required,
                   tuple(e.label for e in spec.elements), spec.weight)


def score(text: str, smap: SectionMap, profile: Profile) -> Completeness:
    sections = tuple(score_section(text, smap, spec) for spec in profile.sections)
    applicable = [s for s in sections if s.status != "not_applicable"]
    total = sum(s.weight for s in applicable)
    value = sum(s.weight * VALUE[s.status] for s in applicable)
    pct = round(100 * value / total) if total else 0
    return Completeness(profile.id, max(0, min(100, pct)), sections)
