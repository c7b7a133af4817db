"""Rule documentation, generated from the rule tables: `rapportcheck rules` and docs/rules.md."""

from __future__ import annotations

import json

from checker.model import CATEGORIES
from checker.rules.registry import Rule, all_rules, matches_prefix

SEVERITY_WORD = {"error": "fout", "warning": "waarschuwing", "info": "info"}


def select_rules(codes: list[str]) -> list[Rule]:
    rules = list(all_rules())
    if not codes:
        return rules
    return [r for r in rules if any(matches_prefix(r.id, c) for c in codes)]


def _markdown(rules: list[Rule]) -> str:
    out = ["# Regels\n",
           "Gegenereerd uit `checker/data/rules/*.toml` met `rapportcheck rules --format markdown`; "
           "pas die bestanden aan, niet deze pagina.\n",
           "| code | categorie | ernst | wat |", "|---|---|---|---|"]
    for r in rules:
        out.append(f"| [`{r.id}`](#{r.id.replace('.', '')}) | `{r.category}` | {SEVERITY_WORD[r.severity]} | {r.doc.what} |")
    out.append("")
    for category in CATEGORIES:
        in_cat = [r for r in rules if r.category == category]
        for r in in_cat:
            out += [
                f"## {r.id}\n",
                f"Categorie `{r.category}` · standaard ernst: {SEVERITY_WORD[r.severity]}\n",
                f"**Wat het doet.** {r.doc.what}\n",
                f"**Waarom.** {r.doc.why}\n",
                f"**Voorbeeld.** {r.doc.example}\n",
                f"**Beter.** {r.doc.use_instead}\n",
                f"**Melding.** {r.message}\n",
            ]
            if r.suggestion:
                out.append(f"**Suggestie.** {r.suggestion}\n")
    return "\n".join(out).rstrip() + "\n"


def _text(rules: list[Rule], full: bool) -> str:
    out = []
    if not full:
        width = max(len(r.id) for r in rules)
        for r in rules:
            out.append(f"{r.id.ljust(width)}  {SEVERITY_WORD[r.severity]:<12}  {r.doc.what}")
        out.append("")
        out.append("Meer over een regel: rapportcheck rules CODE. Uitzetten of ernst wijzigen: zie README, Configuratie.")
        return "\n".join(out) + "\n"
    for r in rules:
        out += [
            f"{r.id}  ({r.category}, standaard {SEVERITY_WORD[r.severity]})",
            f"  Wat het doet: {r.doc.what}",
            f"  Waarom:       {r.doc.why}",
            f"  Voorbeeld:    {r.doc.example}",
            f"  Beter:        {r.doc.use_instead}",
            "",
        ]
    return "\n".join(out)


def render_rules(codes: list[str], fmt: str) -> tuple[str, bool]:
    rules = select_rules(codes)
    if not rules:
        return "", False
    if fmt == "markdown":
        return _markdown(rules), True
    if fmt == "json":
        data = [{"id": r.id, "category": r.category, "severity": r.severity, "message": r.message,
                 "suggestion": r.suggestion, "doc": r.doc.__dict__} for r in rules]
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n", True
    return _text(rules, full=bool(codes)), True
