"""Helpers shared by the AVG word-list tests: the rule findings of a category (the classifier's
left out: these tests are about the lists) and whether a finding covers given words."""

from __future__ import annotations

from checker.service import check_text


def health_findings(text: str) -> list:
    return [f for f in check_text(text).findings
            if f.category == "avg.health" and not f.rule.endswith(".model")]


def covers(finding, text: str, words: str) -> bool:
    start = text.find(words)
    assert start >= 0, f"test error: {words!r} not in {text!r}"
    return finding.start < start + len(words) and start < finding.end
