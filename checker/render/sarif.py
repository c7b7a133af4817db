"""SARIF 2.1.0: one run, rules from the registry (with their docs), results at character offsets."""

from __future__ import annotations

import json
from pathlib import Path

from checker import __version__
from checker.model import Report
from checker.rules.registry import Rule, all_rules

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def rule_help_markdown(rule: Rule) -> str:
    d = rule.doc
    return (f"**Wat het doet** – {d.what}\n\n**Waarom** – {d.why}\n\n"
            f"**Voorbeeld** – {d.example}\n\n**Beter** – {d.use_instead}")


def _rule_descriptor(rule: Rule) -> dict:
    return {
        "id": rule.id,
        "name": rule.id.replace(".", "-"),
        "shortDescription": {"text": rule.doc.what},
        "fullDescription": {"text": rule.doc.why},
        "help": {"text": f"{rule.doc.what}\n{rule.doc.why}\nBeter: {rule.doc.use_instead}",
                 "markdown": rule_help_markdown(rule)},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
        "properties": {"category": rule.category, "tags": [rule.category.split(".")[0], rule.category]},
    }


def _uri(source: str) -> str:
    if source == "-":
        return "stdin"
    path = Path(source)
    return path.as_posix() if not path.is_absolute() else path.as_uri()


def to_sarif_dict(reports: list[Report]) -> dict:
    rules = list(all_rules())
    index = {r.id: i for i, r in enumerate(rules)}
    results, artifacts, notifications = [], [], []
    for report in reports:
        uri = _uri(report.source)
        if report.error is not None:
            notifications.append({
                "level": "error",
                "message": {"text": f"{report.source}: {report.error}"},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
            })
            continue
        art_index = len(artifacts)
        artifacts.append({
            "location": {"uri": uri},
            "length": len(report.text),
            "properties": {
                "reportType": report.report_type,
                "reportDate": report.report_date,
                "completenessScore": report.completeness.score if report.completeness else None,
            },
        })
        for f in report.findings:
            line, col = report.line_col(f.start)
            end_line, end_col = report.line_col(f.end)
            message = f.message + (f" Suggestie: {f.suggestion}" if f.suggestion else "")
            region = {"charOffset": f.start, "charLength": f.end - f.start,
                      "startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col}
            if f.text:
                region["snippet"] = {"text": f.text}
            results.append({
                "ruleId": f.rule,
                "ruleIndex": index[f.rule],
                "level": LEVEL[f.severity],
                "message": {"text": message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": uri, "index": art_index},
                    "region": region,
                }}],
                "properties": {"category": f.category, "section": f.section},
            })
    run = {
        "tool": {"driver": {
            "name": "rapportcheck",
            "version": __version__,
            "semanticVersion": __version__,
            "language": "nl",
            "rules": [_rule_descriptor(r) for r in rules],
        }},
        "language": "nl",
        "columnKind": "unicodeCodePoints",
        "artifacts": artifacts,
        "results": results,
        "invocations": [{
            "executionSuccessful": not notifications,
            "toolExecutionNotifications": notifications,
        }],
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def render_sarif(reports: list[Report]) -> str:
    return json.dumps(to_sarif_dict(reports), ensure_ascii=False, indent=2) + "\n"
