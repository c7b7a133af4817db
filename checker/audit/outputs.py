"""Write the audit's outputs from the database: summary.json, summary.html, reports.csv, findings.csv.

Always rewritten whole at the end of a run, from the database rather than from what this run
happened to check, so a resumed audit produces complete outputs. Each file is written beside its
final name and renamed into place (never half a file), readable by its owner only.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from checker.audit import csv_out, html, scope, summary
from checker.audit.store import Store


def _write(path: Path, write) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with open(fd, "w", encoding="utf-8", newline="") as fh:
        write(fh)
    os.replace(tmp, path)


def write_all(store: Store, run_id: int, *, inputs: list[str], since: dt.date | None, redact: bool) -> dict:
    """Returns the summary (what summary.json holds)."""
    db = store.db
    counts = scope.define(db, run_id, since)
    data = summary.build(db, store.run_row(run_id), counts, inputs=inputs,
                         since=since.isoformat() if since else None, redact=redact)
    out = store.folder
    _write(out / "summary.json", lambda fh: fh.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n"))
    _write(out / "reports.csv", lambda fh: csv_out.reports_csv(db, fh))
    _write(out / "findings.csv", lambda fh: csv_out.findings_csv(db, fh, redact))
    _write(out / "summary.html", lambda fh: fh.write(html.render(data)))
    return data
