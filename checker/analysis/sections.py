"""Find a report's sections from its headings and from its content, per the profile of its type.

Headings first: a section runs from its heading to the next heading that starts another profile
section (or a heading of the same or a higher level). Then every paragraph gets the section the
paragraph classifier (`section_classifier.py`) finds for it, with the recognised heading above it
as a strong hint: that finds sections without a heading of their own, under headings worded
otherwise ("Wat hebben we gedaan?"), and content that runs on under the wrong heading. Without the
model artifact, headings alone decide and the text before the first section is the report data.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from checker.analysis.cues import Cues
from checker.ingest.document import Block, Document

_NUMBERING = re.compile(r"^\s*(?:hoofdstuk\s+|bijlage\s+|deel\s+)?(?:\d+(?:\.\d+)*|[ivxlc]+|[a-z])[.)]?\s+", re.I)
_NON_WORD = re.compile(r"[^\w&/\- ]+")


@dataclass(frozen=True)
class Element:
    label: str
    cues: tuple[str, ...]
    pattern: Cues | None
    fact: str | None = None     # found from the analysis instead of cues: report_date | period
    avoid: Cues | None = None   # shown when none of these occur ("lijkt mij": an opinion)


@dataclass(frozen=True)
class SectionSpec:
    id: str
    title: str
    required: bool
    conditional: bool
    weight: float
    headings: tuple[str, ...]
    elements: tuple[Element, ...]
    applies: Cues | None
    not_applies: Cues | None = None          # conditional: a short section saying it did not apply
    ignore_problems: tuple[str, ...] = ()    # finding categories that do not make this section partial
    elsewhere: bool = True                   # without a range, its elements elsewhere make it partial


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
    start: int            # the heading's start (the first paragraph's when found by content)
    body_start: int       # just after the heading
    end: int
    heading: str          # "" when found by content or as the title block
    by: str = "heading"   # heading | content | title | likely


@dataclass
class SectionMap:
    profile: Profile
    found: list[FoundSection] = field(default_factory=list)
    headings: list[FoundSection] = field(default_factory=list)   # what the headings alone say
    # Paragraphs that probably also serve a section no paragraph was given to (by = "likely"):
    # completeness counts them, `section_at` and the rules do not.
    likely: list[FoundSection] = field(default_factory=list)
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
        return min((s.start for s in self.headings or self.found if s.heading), default=None)

    def ranges(self, section_id: str) -> list[FoundSection]:
        return [s for s in self.found if s.id == section_id]


def _cue_pattern(cues: list[str]) -> Cues | None:
    """The cues of an element or condition (syntax in `cues.py`); None when there are none."""
    found = Cues(cues)
    return found if found else None


@lru_cache(maxsize=8)
def load_profile(report_type: str) -> Profile:
    """The completeness profile of a report type; 'onbekend' is scored as an eindrapportage."""
    name = report_type if report_type != "onbekend" else "eindrapportage"
    raw = (resources.files("checker") / "data" / "profiles" / f"{name}.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    sections = []
    for sec in data["section"]:
        elements = tuple(Element(e["label"], tuple(e.get("cues", ())), _cue_pattern(e.get("cues", [])),
                                 e.get("fact"), _cue_pattern(e.get("avoid", [])))
                         for e in sec["elements"])
        sections.append(SectionSpec(
            id=sec["id"], title=sec["title"], required=bool(sec.get("required", True)),
            conditional=bool(sec.get("conditional", False)), weight=float(sec.get("weight", 1.0)),
            headings=tuple(h.lower() for h in sec["headings"]), elements=elements,
            applies=_cue_pattern(sec.get("applies", [])),
            not_applies=_cue_pattern(sec.get("not_applies", [])),
            ignore_problems=tuple(sec.get("ignore_problems", ())) + tuple(data.get("ignore_problems", ())),
            elsewhere=bool(sec.get("elsewhere", True)),
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
    words a heading would use. A short question line that names no section ('Wat is er gedaan?')
    is kept too, with no section: it ends the range of the heading before it."""
    out = []
    for block in document.blocks:
        text = document.block_text(block).strip()
        if block.kind == "heading":
            out.append((block, match_heading(profile, text)))
        elif block.kind == "paragraph" and block.end - block.start <= 60:
            if text[-1:] in ".;," or len(text.split()) > 6 or ":" in text.rstrip(":"):
                continue   # a sentence, or a 'Label: value' field ('Activiteit: cv en LinkedIn')
            sid = match_heading(profile, text)
            if sid is not None or text.endswith("?"):
                out.append((block, sid))
    return out


def heading_sections(document: Document, profile: Profile) -> list[FoundSection]:
    """The sections that recognised headings open, each up to the next one, a heading of the same
    or a higher level, or a question line on its own (a heading the profile's words miss: without
    this end, the heading above it would lend its section to the list under the question)."""
    matched = _heading_candidates(document, profile)
    found: list[FoundSection] = []
    text_len = len(document.text)
    for i, (block, sid) in enumerate(matched):
        if sid is None:
            continue
        end = text_len
        for later, later_sid in matched[i + 1:]:
            same_or_higher = later.kind == "heading" and block.kind == "heading" and later.level <= block.level
            question_line = later.kind == "paragraph"   # the only paragraphs kept without a section
            if later_sid is not None or same_or_higher or question_line:
                end = later.start
                break
        found.append(FoundSection(sid, block.start, block.end, end, document.block_text(block)))
    return found


def find_sections(document: Document, profile: Profile) -> SectionMap:
    """The report's sections: recognised headings, then every paragraph's section by content with
    the heading above it as a hint (see the module docstring)."""
    by_heading = heading_sections(document, profile)
    labelling = _content_labels(document, profile, by_heading)
    if labelling is None:
        found = list(by_heading)
        _add_title_block(document, profile, found)
        return SectionMap(profile, found, by_heading)
    blocks = document.blocks
    likely = [FoundSection(sid, blocks[i].start, blocks[i].start, blocks[i].end, "", "likely")
              for sid, indexes in labelling.likely.items() for i in indexes]
    return SectionMap(profile, _runs(document, labelling.labels, by_heading), by_heading, likely)


def _content_labels(document: Document, profile: Profile, by_heading: list[FoundSection]):
    """The classifier's labelling of every block, or None without the model artifact."""
    from checker.analysis.section_classifier import load_section_classifier

    classifier = load_section_classifier()
    if classifier is None:
        return None
    return classifier.label(document, profile.id, heading_hints(document, by_heading))


def heading_hints(document: Document, by_heading: list[FoundSection]) -> list[str | None]:
    """Per block, the section of the recognised heading range it lies in (None outside them)."""
    starts = [s.start for s in by_heading]
    hints: list[str | None] = []
    for block in document.blocks:
        i = bisect_right(starts, block.start) - 1
        hints.append(by_heading[i].id if i >= 0 and block.start < by_heading[i].end else None)
    return hints


def _runs(document: Document, labels: list[str], by_heading: list[FoundSection]) -> list[FoundSection]:
    """Consecutive paragraphs with the same section make one range; a range that starts at a
    recognised heading of that section keeps it as its heading."""
    headings = {(s.start, s.id): s for s in by_heading}
    blocks = document.blocks
    found: list[FoundSection] = []
    i = 0
    while i < len(blocks):
        j = i
        while j + 1 < len(blocks) and labels[j + 1] == labels[i]:
            j += 1
        sid = labels[i]
        if sid != "none":
            end = blocks[j + 1].start if j + 1 < len(blocks) else len(document.text)
            head = headings.get((blocks[i].start, sid))
            if head is not None:
                found.append(FoundSection(sid, head.start, head.body_start, end, head.heading))
            else:
                found.append(FoundSection(sid, blocks[i].start, blocks[i].start, end, "", "content"))
        i = j + 1
    return found


def _add_title_block(document: Document, profile: Profile, found: list[FoundSection]) -> None:
    """Without a heading of its own, the text before the first section is the report data block."""
    if any(s.id == "rapportgegevens" for s in found) or "rapportgegevens" not in {s.id for s in profile.sections}:
        return
    first = min((s.start for s in found), default=len(document.text))
    if document.text[:first].strip():
        found.append(FoundSection("rapportgegevens", 0, 0, first, "", "title"))
