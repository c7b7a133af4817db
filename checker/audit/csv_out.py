"""reports.csv (one row per file) and findings.csv (one row per finding of each distinct report).

Streamed from the database, so any archive size fits. Deterministic for the same inputs and
checker version (no timestamps), which is how the engines are compared. A text cell that starts
with = + - @ gets a leading apostrophe: spreadsheets would otherwise run it as a formula.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3

from checker.model import CATEGORIES

REPORT_COLUMNS = ["path", "sha256", "size", "format", "report_type", "report_date", "completeness", "avg_risk",
                  "errors", "warnings", "infos", *CATEGORIES, "same_content_paths", "error", "checker_version"]
FINDING_COLUMNS = ["path", "sha256", "rule", "category", "severity", "start", "end", "section", "message", "text"]


def _safe(value):
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def reports_csv(db: sqlite3.Connection, out: io.TextIOBase) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(REPORT_COLUMNS)
    rows = db.execute(
        "SELECT s.path, s.hash, s.size, s.format, r.report_type, r.report_date, r.completeness, r.avg_risk,"
        " r.n_error, r.n_warning, r.n_info, r.counts, u.n_paths, COALESCE(s.read_error, r.error), r.checker_version"
        " FROM scope s LEFT JOIN reports r ON r.hash = s.hash LEFT JOIN uniq u ON u.hash = s.hash ORDER BY s.path")
    n = 0
    for (path, sha, size, fmt, rtype, rdate, score, risk_, ne, nw, ni, counts, n_paths, error, version) in rows:
        if counts is None or error:   # not checked, or unreadable: no counts rather than zeros
            ne = nw = ni = None
            cats = [None] * len(CATEGORIES)
        else:
            per = json.loads(counts)
            cats = [sum(per.get(c, {}).values()) for c in CATEGORIES]
        writer.writerow([_safe(path), sha, size, fmt, rtype, rdate, score, risk_, ne, nw, ni, *cats,
                         n_paths, _safe(error), version])
        n += 1
    return n


def findings_csv(db: sqlite3.Connection, out: io.TextIOBase, redact: bool) -> int:
    """With `redact`, message and text stay empty whatever the database holds."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FINDING_COLUMNS)
    text_cols = "NULL, NULL" if redact else "f.message, f.text"
    rows = db.execute(
        f"SELECT u.first_path, f.hash, f.rule, f.category, f.severity, f.start_offset, f.end_offset, f.section,"
        f" {text_cols} FROM findings f JOIN uniq u ON u.hash = f.hash ORDER BY u.first_path, f.seq")
    n = 0
    for row in rows:
        path, *middle, message, text = row
        writer.writerow([_safe(path), *middle, _safe(message) if message else "", _safe(text) if text else ""])
        n += 1
    return n
