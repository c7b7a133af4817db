"""A set of character spans with fast overlap tests, for checks that must not report a passage twice.

A linear `any(...)` over every span found so far is quadratic on a long report with many findings;
this keeps the spans sorted and only looks back as far as the longest span.
"""

from __future__ import annotations

from bisect import bisect_left, insort


class SpanSet:
    def __init__(self, spans=()):
        self._spans: list[tuple[int, int]] = sorted(spans)
        self._longest = max((e - s for s, e in self._spans), default=0)

    def add(self, start: int, end: int) -> None:
        insort(self._spans, (start, end))
        self._longest = max(self._longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) shares a character with a span (an empty range: lies inside one)."""
        end = max(end, start + 1)
        i = bisect_left(self._spans, (end, -1)) - 1
        while i >= 0 and self._spans[i][0] >= start - self._longest:
            if self._spans[i][1] > start:
                return True
            i -= 1
        return False
