"""The human report: findings grouped by section, each with line, excerpt, Dutch message and
suggestion, and a completeness summary. Colour on a terminal, plain when piped (rich decides;
NO_COLOR is honoured)."""

from __future__ import annotations

from collections import OrderedDict
from typing import IO

from rich.console import Console
from rich.text import Text

from checker.analysis.report_type import type_label
from checker.analysis.sections import load_profile
from checker.model import Report

SEVERITY_WORD = {"error": "fout", "warning": "waarschuwing", "info": "info"}
SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
STATUS_MARK = {"present": ("✓", "green"), "partial": ("◐", "yellow"), "missing": ("✗", "red"),
               "not_applicable": ("–", "dim")}
STATUS_WORD = {"present": "aanwezig", "partial": "onvolledig", "missing": "ontbreekt",
               "not_applicable": "niet van toepassing"}
EXCERPT_WIDTH = 110


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _excerpt(report: Report, start: int, end: int) -> tuple[Text, Text] | None:
    if end <= start:
        return None
    text = report.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    span_end = min(end, line_end)
    left = max(line_start, start - (EXCERPT_WIDTH - (span_end - start)) // 2)
    right = min(line_end, max(span_end, left + EXCERPT_WIDTH))
    prefix = "…" if left > line_start else ""
    suffix = "…" if right < line_end else ""
    line = Text("  │ ", style="dim")
    line.append(prefix + text[left:start])
    line.append(text[start:span_end], style="bold underline")
    line.append(text[span_end:right] + suffix)
    marker = Text("  │ ", style="dim")
    marker.append(" " * (len(prefix) + start - left) + "^" * max(1, span_end - start), style="red")
    return line, marker


def _header(report: Report, console: Console) -> None:
    console.print(Text(report.source, style="bold"))
    how = "herkend" if report.report_type_assumed else "opgegeven"
    parts = [f"{type_label(report.report_type)} ({how}"
             + (", kies een ander type met --type" if report.report_type_assumed else "") + ")"]
    if report.report_date:
        y, m, d = report.report_date.split("-")
        parts.append(f"rapportdatum {d}-{m}-{y}")
    else:
        parts.append("geen rapportdatum")
    if report.stats:
        parts.append(_plural(report.stats.words, "woord", "woorden"))
    console.print(Text("  " + " · ".join(parts), style="dim"))


def render_report(report: Report, console: Console) -> None:
    if report.error is not None:
        console.print(Text(report.source, style="bold"), Text(f"– niet gecontroleerd: {report.error}", style="red"))
        return
    _header(report, console)
    titles = {s.id: s.title for s in load_profile(report.report_type).sections}
    groups: OrderedDict[str, list] = OrderedDict()
    for f in sorted(report.findings, key=lambda f: (f.end > f.start, f.start)):
        key = "Document" if f.end <= f.start else titles.get(f.section or "", "Buiten de secties" if not f.section else f.section)
        groups.setdefault(key, []).append(f)
    if not report.findings:
        console.print(Text("  Geen bevindingen.", style="green"))
    for title, findings in groups.items():
        console.print()
        console.print(Text(f"  {title}", style="bold underline"))
        for f in findings:
            head = Text("  ")
            if f.end > f.start:
                line, col = report.line_col(f.start)
                head.append(f"{line}:{col}".ljust(8), style="bold")
            else:
                head.append("–".ljust(8), style="dim")
            head.append(SEVERITY_WORD[f.severity].ljust(13), style=SEVERITY_STYLE[f.severity])
            head.append(f.rule, style="dim")
            console.print(head)
            console.print(Text("  " + " " * 8 + f.message))
            excerpt = _excerpt(report, f.start, f.end)
            if excerpt:
                console.print(Text(" " * 8).append_text(excerpt[0]))
                console.print(Text(" " * 8).append_text(excerpt[1]))
            if f.suggestion:
                console.print(Text("  " + " " * 8 + "→ " + f.suggestion, style="green"))
    _completeness(report, console)
    counts = {sev: sum(1 for f in report.findings if f.severity == sev) for sev in ("error", "warning", "info")}
    console.print()
    console.print(Text("  " + ", ".join([
        _plural(counts["error"], "fout", "fouten"),
        _plural(counts["warning"], "waarschuwing", "waarschuwingen"),
        f"{counts['info']} info",
    ]), style="bold"))


def _completeness(report: Report, console: Console) -> None:
    comp = report.completeness
    if comp is None:
        return
    console.print()
    style = "green" if comp.score >= 80 else "yellow" if comp.score >= 50 else "red"
    head = Text("  Volledigheid: ", style="bold")
    head.append(f"{comp.score}/100", style=f"bold {style}")
    head.append(f" (profiel {comp.profile})", style="dim")
    console.print(head)
    for s in comp.sections:
        mark, colour = STATUS_MARK[s.status]
        line = Text(f"    {mark} ", style=colour)
        line.append(s.title, style="dim" if s.status == "not_applicable" else "")
        line.append(f" – {STATUS_WORD[s.status]}", style="dim")
        if s.missing and s.status in ("partial", "missing"):
            line.append(f": {'; '.join(s.missing)}", style="dim")
        console.print(line)


def render_text(reports: list[Report], stream: IO[str] | None = None, color: bool | None = None) -> None:
    console = Console(file=stream, highlight=False, soft_wrap=True, emoji=False,
                      force_terminal=color, no_color=(color is False) or None)
    for i, report in enumerate(reports):
        if i:
            console.print()
            console.rule(style="dim")
        render_report(report, console)
    if len(reports) > 1:
        failed = sum(1 for r in reports if r.error)
        findings = sum(len(r.findings) for r in reports)
        console.print()
        console.print(Text(f"{_plural(len(reports), 'rapport', 'rapporten')} bekeken, "
                           f"{_plural(findings, 'bevinding', 'bevindingen')}"
                           + (f", {failed} niet te lezen" if failed else ""), style="bold"))
