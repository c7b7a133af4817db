"""Which rows an audit's outputs cover: the paths seen by this run, minus reports dated before --since.

The database keeps everything it ever learned (so a later run can skip it); the outputs describe
exactly the files found this time. Two temporary tables make every output query simple:
`scope` (one row per path) and `uniq` (one row per distinct content, with its first path).
"""

from __future__ import annotations

import datetime as dt
import sqlite3


def define(db: sqlite3.Connection, run_id: int, since: dt.date | None) -> dict[str, int]:
    """Create the temp tables; returns what --since left out and what it kept without a date."""
    db.execute("DROP TABLE IF EXISTS temp.scope")
    db.execute("DROP TABLE IF EXISTS temp.uniq")
    db.execute(
        "CREATE TEMP TABLE scope AS SELECT p.path AS path, p.hash AS hash, COALESCE(r.size, p.size) AS size,"
        " p.format AS format, p.error AS read_error, r.error AS check_error, r.report_date AS report_date,"
        " (r.hash IS NOT NULL) AS checked"
        " FROM paths p LEFT JOIN reports r ON r.hash = p.hash WHERE p.run_id = ?", (run_id,))
    excluded = 0
    if since is not None:
        iso = since.isoformat()
        excluded = db.execute("SELECT COUNT(*) FROM scope WHERE report_date IS NOT NULL AND report_date < ?",
                              (iso,)).fetchone()[0]
        db.execute("DELETE FROM scope WHERE report_date IS NOT NULL AND report_date < ?", (iso,))
    db.execute("CREATE INDEX temp.scope_hash ON scope (hash)")
    db.execute(
        "CREATE TEMP TABLE uniq AS SELECT r.*, s.first_path AS first_path, s.n_paths AS n_paths"
        " FROM (SELECT hash, MIN(path) AS first_path, COUNT(*) AS n_paths FROM scope"
        "       WHERE hash IS NOT NULL GROUP BY hash) s JOIN reports r ON r.hash = s.hash")
    db.execute("CREATE UNIQUE INDEX temp.uniq_hash ON uniq (hash)")
    undated = db.execute("SELECT COUNT(*) FROM uniq WHERE error IS NULL AND report_date IS NULL").fetchone()[0]
    return {"excluded_by_since": excluded, "kept_without_date": undated if since is not None else 0}
