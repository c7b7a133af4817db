"""Which section a piece of text is in, as robustly as the checks need it.

The section finder works from headings and from content (`checker/analysis/sections.py`). For a
check that switches behaviour by section, a recognised heading is the surest sign, so under one the
heading decides; elsewhere the sections found by content count. A "Resultaat: cv gereed" field that
was taken for a heading belongs to the section above it, and a long title block (a report whose
sections were not found at all) says nothing about what its text is.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

TITLE_BLOCK_MAX = 1000      # characters; a longer "title block" is a report whose sections were not found
_FIELD_HEADING = re.compile(r"[^:]{1,60}:\s*\S")


def section_of(analysis, offset: int):
    """The FoundSection `offset` lies in, or None."""
    headings, heading_starts, found, found_starts = _tables(analysis)
    i = bisect_right(heading_starts, offset) - 1
    if i >= 0 and offset < headings[i].end:
        return headings[i]
    i = bisect_right(found_starts, offset) - 1
    return found[i] if i >= 0 and offset < found[i].end else None


def section_id(analysis, offset: int) -> str | None:
    found = section_of(analysis, offset)
    return found.id if found is not None else None


def _tables(analysis) -> tuple[list, list[int], list, list[int]]:
    """Recognised headings and trusted sections with their start offsets, built once per report."""
    cached = analysis.extras.get("section_lookup")
    if cached is None:
        headings = [s for s in getattr(analysis.sections, "headings", None) or []
                    if not _FIELD_HEADING.match(s.heading)]
        found: list = []
        for sec in analysis.sections.found:
            by = getattr(sec, "by", "heading")
            if by == "content" or (sec.heading and not _FIELD_HEADING.match(sec.heading)) or (
                    by == "title" and sec.end - sec.start <= TITLE_BLOCK_MAX):
                found.append(sec)
            elif found and sec.start <= found[-1].end:     # a field line: part of the section above
                found[-1] = replace(found[-1], end=max(found[-1].end, sec.end))
        cached = analysis.extras["section_lookup"] = (
            headings, [s.start for s in headings], found, [s.start for s in found])
    return cached
