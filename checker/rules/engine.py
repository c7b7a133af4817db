"""Run the enabled rules' checks and turn their hits into Findings (config, messages, sections)."""

from __future__ import annotations

from collections import defaultdict

from checker.config import Config
from checker.model import SEVERITY_RANK, Finding
from checker.rules.context import Analysis
from checker.rules.registry import Hit, Rule, all_rules, checks, late_checks


class _Values(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def enabled_rules(config: Config) -> list[Rule]:
    return [r for r in all_rules() if config.is_enabled(r.id)]


def run_rules(analysis: Analysis, config: Config) -> list[Finding]:
    by_check: dict[str, list[Rule]] = defaultdict(list)
    for rule in enabled_rules(config):
        by_check[rule.check].append(rule)
    registry = checks()
    late = late_checks()
    rules = {r.id: r for r in all_rules()}
    findings: dict[tuple, Finding] = {}
    for stage in (False, True):          # the late checks (the classifiers) see what the rest found
        if stage:
            analysis.extras["regular_spans"] = _regular_spans(findings.values(), rules)
        for name, rule_list in by_check.items():
            if (name in late) != stage:
                continue
            for hit in registry[name](analysis, rule_list):
                rule = rules[hit.rule]
                if not config.is_enabled(rule.id):
                    continue
                finding = _finding(analysis, rule, hit, config)
                findings.setdefault((finding.rule, finding.start, finding.end, finding.message), finding)
    kept = _without_redundant_supplements(list(findings.values()), rules)
    return sorted(kept, key=lambda f: (f.start, f.end, -SEVERITY_RANK[f.severity], f.rule))


def _regular_spans(findings, rules: dict[str, Rule]) -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for f in findings:
        if f.end > f.start and not rules[f.rule].options.get("supplementary"):
            spans[f.category].append((f.start, f.end))
    return {c: sorted(v) for c, v in spans.items()}


def _without_redundant_supplements(findings: list[Finding], rules: dict[str, Rule]) -> list[Finding]:
    """A rule with `supplementary = true` (the sentence classifier) only adds: its finding is
    dropped where a regular rule of the same category already flags part of the same text."""
    regular = _regular_spans(findings, rules)
    return [
        f for f in findings
        if not rules[f.rule].options.get("supplementary")
        or not any(s < f.end and f.start < e for s, e in regular.get(f.category, ()))
    ]


def _finding(analysis: Analysis, rule: Rule, hit: Hit, config: Config) -> Finding:
    text = analysis.text[hit.start:hit.end]
    values = _Values(text=text, **hit.values)
    suggestion = rule.suggestion.format_map(values) if rule.suggestion else None
    section = analysis.sections.section_at(hit.start) if hit.end > hit.start else hit.values.get("section")
    return Finding(
        rule=rule.id, category=rule.category, severity=config.severity_for(rule.id, rule.severity),
        message=rule.message.format_map(values), suggestion=suggestion,
        start=hit.start, end=hit.end, text=text, section=section,
    )
