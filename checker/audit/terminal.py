"""What the audit shows in the terminal: a progress bar with rate and ETA while it runs (stderr,
only on a terminal), and a short summary table at the end (stdout). Never any report text."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)
from rich.table import Table
from rich.text import Text

from checker.audit.labels import number


class _Rate(ProgressColumn):
    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("– /s" if speed is None else f"{number(speed, 1)} /s", style="progress.data.speed")


class ProgressView:
    """Thread-safe (rich locks): the counting thread sets the total while the main loop advances."""

    def __init__(self, enabled: bool | None = None):
        self.console = Console(stderr=True, highlight=False)
        self.enabled = self.console.is_terminal if enabled is None else enabled
        self._progress = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), _Rate(),
            TimeElapsedColumn(), TextColumn("nog"), TimeRemainingColumn(),
            console=self.console, disable=not self.enabled, transient=False, speed_estimate_period=60)
        self._task = self._progress.add_task("Controleren", total=None)

    def __enter__(self) -> "ProgressView":
        self._progress.start()
        return self

    def __exit__(self, *exc) -> None:
        self._progress.stop()

    def set_total(self, total: int) -> None:
        self._progress.update(self._task, total=total)

    def advance(self, n: int = 1) -> None:
        self._progress.advance(self._task, n)

    def note(self, text: str) -> None:
        self._progress.update(self._task, description=text)



def print_summary(s: dict, out_dir: str) -> None:
    console = Console(highlight=False, soft_wrap=True)
    t, run = s["totals"], s["run"]
    table = Table(title="Audit klaar", show_header=False, title_justify="left", box=None, padding=(0, 2))
    table.add_column(style="bold")
    table.add_column(justify="right")
    rows = [
        ("Bestanden", number(t["files"])),
        ("Verschillende rapporten", number(t["unique_reports"])),
        ("Deze run gecontroleerd", number(run["checked"])),
        ("Al bekend (overgeslagen)", number(run["skipped"])),
        ("Dubbel (zelfde inhoud)", number(run["duplicates"])),
        ("Niet leesbaar", number(t["unreadable_files"])),
        ("Met AVG-risico", number(t["with_avg_risk"])),
        ("Gemiddelde volledigheid", "–" if t["mean_completeness"] is None else number(t["mean_completeness"], 1)),
        ("Zonder rapportdatum", number(t["without_date"])),
    ]
    if s.get("since"):
        rows.append((f"Weggelaten (vóór {s['since']})", number(t.get("excluded_by_since", 0))))
    for k, v in rows:
        table.add_row(k, v)
    console.print(table)
    top = s["top_avg_risk"][:5]
    if top:
        risk = Table(title="Hoogste AVG-risico", title_justify="left", box=None, padding=(0, 2))
        risk.add_column("risico", justify="right")
        risk.add_column("bestand", overflow="fold")
        for r in top:
            risk.add_row(str(r["avg_risk"]), r["path"])
        console.print(risk)
    console.print(f"Uitvoer: {out_dir}/summary.html (ook summary.json, reports.csv, findings.csv)")
    if not s["redacted"]:
        console.print("Let op: de uitvoer en audit.sqlite bevatten tekst uit de rapporten (persoonsgegevens).")


def say(message: str) -> None:
    """One line on stderr (messages about the run itself)."""
    sys.stderr.write(message + "\n")
    sys.stderr.flush()
