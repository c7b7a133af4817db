"""Find a report's sections from its headings, per the completeness profile of its type.

A section runs from its heading to the next heading that starts another profile section (or a
heading of the same or a higher level). Text before the first section belongs to none.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from checker.ingest.document import Block, Document

_NUMBERING = re.compile(r"^\s*(?:hoofdstuk\s+|bijlage\s+|deel\s+)?(?:\d+(?:\.\d+)*|[ivxlc]+|[a-z])[.)]?\s+", re.I)
_NON_WORD = re.compile(r"[^\w&/\- ]+")


@dataclass(frozen=True)
class Element:
    label: str
    cues: tuple[str, ...]
    pattern: re.Pattern


@dataclass(frozen=True)
class SectionSpec:
    id: str
    title: str
    required: bool
    conditional: bool
    weight: float
    headings: tuple[str, ...]
    elements: tuple[Element, ...]
    applies: re.Pattern | None


@dataclass(frozen=True)
class Profile:
    id: str
    title: str
    sections: tuple[SectionSpec, ...]

    def section(self, section_id: str) -> SectionSpec:
        return next(s for s in self.sections if s.id == section_id)


@dataclass(frozen=True)
class FoundSection:
    id: str
    start: int            # the heading's start
    body_start: int       # just after the heading
    end: int
    heading: str


@dataclass
class SectionMap:
    profile: Profile
    found: list[FoundSection] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self.found.sort(key=lambda s: s.start)
        self._starts = [s.start for s in self.found]

    def section_at(self, offset: int) -> str | None:
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.found[i].end:
            return self.found[i].id
        return None

    def first_heading_start(self) -> int | None:
        """Where the first section with a heading of its own starts: the end of the title block."""
        return min((s.start for s in self.found if s.heading), default=None)

    def ranges(self, section_id: str) -> list[FoundSection]:
        return [s for s in self.found if s.id == section_id]


def _cue_pattern(cues: list[str]) -> re.Pattern:
    alts = "|".join(re.escape(c.strip()).replace(r"\ ", r"\s+") + (r"(?=\s)" if c.endswith(" ") else "")
                    for c in sorted(cues, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alts + ")", re.IGNORECASE)


@lru_cache(maxsize=8)
def load_profile(report_type: str) -> Profile:
    """The completeness profile of a report type; 'onbekend' is scored as an eindrapportage."""
    name = report_type if report_type != "onbekend" else "eindrapportage"
    raw = (resources.files("checker") / "data" / "profiles" / f"{name}.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    sections = []
    for sec in data["section"]:
        elements = tuple(Element(e["label"], tuple(e["cues"]), _cue_pattern(e["cues"])) for e in sec["elements"])
        sections.append(SectionSpec(
            id=sec["id"], title=sec["title"], required=bool(sec.get("required", True)),
            conditional=bool(sec.get("conditional", False)), weight=float(sec.get("weight", 1.0)),
            headings=tuple(h.lower() for h in sec["headings"]), elements=elements,
            applies=_cue_pattern(sec["applies"]) if sec.get("applies") else None,
        ))
    return Profile(data["id"], data["title"], tuple(sections))


def normalise_heading(text: str) -> str:
    text = _NUMBERING.sub("", text.strip().lower())
    text = _NON_WORD.sub(" ", text)
    return " ".join(text.split())


def match_heading(profile: Profile, heading: str) -> str | None:
    """The section a heading introduces: the longest matching heading phrase wins."""
    norm = f" {normalise_heading(heading)} "
    best, best_len = None, 0
    for spec in profile.sections:
        for phrase in spec.headings:
            if f" {phrase} " in norm and len(phrase) > best_len:
                best, best_len = spec.id, len(phrase)
    return best


def _heading_candidates(document: Document, profile: Profile) -> list[tuple[Block, str | None]]:
    """Heading blocks with the section they name, plus short lines that readers kept as paragraphs
    but that name a section of this profile ('Zoekprofiel:', 'Contactmomenten' on a line of its
    own): readers stay conservative about headings by look, while here the profile tells which
    words a heading would use. A 'Label:' line that names no section still ends the one before."""
    out = []
    for block in document.blocks:
        text = document.block_text(block).strip()
        if block.kind == "heading":
            out.append((block, match_heading(profile, text)))
        elif block.kind == "paragraph" and block.end - block.start <= 60:
            if text[-1:] in ".;," or len(text.split()) > 6:
                continue
            sid = match_heading(profile, text)
            if text.endswith(":") or sid is not None:
                out.append((block, sid))
    return out


def find_sections(document: Document, profile: Profile) -> SectionMap:
    matched = _heading_candidates(document, profile)
    found: list[FoundSection] = []
    text_len = len(document.text)
    for i, (block, sid) in enumerate(matched):
        if sid is None:
            continue
        end = text_len
        for later, later_sid in matched[i + 1:]:
            same_or_higher = later.kind == "heading" and block.kind == "heading" and later.level <= block.level
            if later_sid is not None or same_or_higher:
                end = later.start
                break
        found.append(FoundSection(sid, block.start, block.end, end, document.block_text(block)))
    _add_title_block(document, profile, found)
    return SectionMap(profile, found)


def _add_title_block(document: Document, profile: Profile, found: list[FoundSection]) -> None:
    """Without a heading of its own, the text before the first section is the report data block."""
    if any(s.id == "rapportgegevens" for s in found) or "rapportgegevens" not in {s.id for s in profile.sections}:
        return
    first = min((s.start for s in found), default=len(document.text))
    if document.text[:first].strip():
        found.append(FoundSection("rapportgegevens", 0, 0, first, ""))
