"""Aggregates of an audit, computed in SQL over the run's scope (see `scope.py`).

The result is `summary.json` as it is written, and the one source the HTML report and the terminal
table read, so the three never disagree. Memory stays small for any archive size: only
aggregates, the top of the risk ranking and one example per rule come back from the database.
"""

from __future__ import annotations

import json
import sqlite3
import statistics

from checker import __version__
from checker.audit import risk
from checker.labels import CATEGORY_LABELS, category_label
from checker.audit.store import now
from checker.model import CATEGORIES, SEVERITIES

SCHEMA = "rapportcheck-audit/1"
TOP_RISK = 50
MAX_LISTED_ERRORS = 500
RISK_BINS = ((0, 0, "0"), (1, 24, "1–24"), (25, 49, "25–49"), (50, 74, "50–74"), (75, 100, "75–100"))


def _rows(db: sqlite3.Connection, sql: str, args: tuple = ()) -> list[dict]:
    cur = db.execute(sql, args)
    names = [c[0] for c in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def _one(db: sqlite3.Connection, sql: str, args: tuple = ()):
    return db.execute(sql, args).fetchone()[0]


def _rule_docs() -> dict[str, str]:
    """The generic description of each rule (no report text): shown with --redact instead of examples."""
    try:
        from checker.rules.registry import rules_by_id

        return {rid: rule.doc.what for rid, rule in rules_by_id().items()}
    except Exception:  # noqa: BLE001 – descriptions are a nicety, never a reason to fail an audit
        return {}


def totals(db: sqlite3.Connection) -> dict:
    ok = "FROM uniq WHERE error IS NULL"
    scores = [r[0] for r in db.execute(f"SELECT completeness {ok} AND completeness IS NOT NULL")]
    sev = db.execute(f"SELECT COALESCE(SUM(n_error),0), COALESCE(SUM(n_warning),0), COALESCE(SUM(n_info),0) {ok}"
                     ).fetchone()
    return {
        "files": _one(db, "SELECT COUNT(*) FROM scope"),
        "unique_reports": _one(db, "SELECT COUNT(*) FROM uniq"),
        "checked_ok": _one(db, f"SELECT COUNT(*) {ok}"),
        "unreadable_files": _one(db, "SELECT COUNT(*) FROM scope WHERE read_error IS NOT NULL OR check_error IS NOT NULL"),
        "not_checked": _one(db, "SELECT COUNT(*) FROM scope WHERE read_error IS NULL AND NOT checked"),
        "duplicate_files": _one(db, "SELECT COALESCE(SUM(n_paths - 1), 0) FROM uniq"),
        "without_date": _one(db, f"SELECT COUNT(*) {ok} AND report_date IS NULL"),
        "with_avg_risk": _one(db, f"SELECT COUNT(*) {ok} AND avg_risk > 0"),
        "mean_avg_risk": round(_one(db, f"SELECT COALESCE(AVG(avg_risk), 0) {ok}"), 1),
        "mean_completeness": round(statistics.fmean(scores), 1) if scores else None,
        "median_completeness": statistics.median(scores) if scores else None,
        "findings": dict(zip(SEVERITIES, sev)),
    }


def histogram_completeness(db: sqlite3.Connection) -> list[dict]:
    counts = dict(db.execute("SELECT MIN(completeness / 10, 9) AS b, COUNT(*) FROM uniq "
                             "WHERE error IS NULL AND completeness IS NOT NULL GROUP BY b").fetchall())
    return [{"from": b * 10, "to": b * 10 + 9 if b < 9 else 100, "reports": counts.get(b, 0)} for b in range(10)]


def histogram_risk(db: sqlite3.Connection) -> list[dict]:
    return [{"from": lo, "to": hi, "label": label,
             "reports": _one(db, "SELECT COUNT(*) FROM uniq WHERE error IS NULL AND avg_risk BETWEEN ? AND ?", (lo, hi))}
            for lo, hi, label in RISK_BINS]


def categories(db: sqlite3.Connection) -> list[dict]:
    per = {c: {"category": c, "label": category_label(c), "reports": 0, "findings": 0,
               "error": 0, "warning": 0, "info": 0} for c in CATEGORIES}
    for cat, sev, n in db.execute("SELECT category, severity, COUNT(*) FROM findings "
                                  "WHERE hash IN (SELECT hash FROM uniq) GROUP BY category, severity"):
        row = per.setdefault(cat, {"category": cat, "label": category_label(cat), "reports": 0, "findings": 0,
                                   "error": 0, "warning": 0, "info": 0})
        row[sev] = row.get(sev, 0) + n
        row["findings"] += n
    for cat, n in db.execute("SELECT category, COUNT(DISTINCT hash) FROM findings "
                             "WHERE hash IN (SELECT hash FROM uniq) GROUP BY category"):
        per[cat]["reports"] = n
    return list(per.values())


def rules(db: sqlite3.Connection, redact: bool) -> list[dict]:
    docs = _rule_docs()
    out = _rows(db, "SELECT rule, category, severity, COUNT(DISTINCT hash) AS reports, COUNT(*) AS findings "
                    "FROM findings WHERE hash IN (SELECT hash FROM uniq) GROUP BY rule, category, severity "
                    "ORDER BY reports DESC, findings DESC, rule")
    for row in out:
        row["label"] = category_label(row["category"])
        row["description"] = docs.get(row["rule"])
        if redact:
            continue
        # One example: a passage when the finding has one, else the message (document-level findings).
        ex = db.execute("SELECT f.text, f.message, u.first_path FROM findings f JOIN uniq u ON u.hash = f.hash "
                        "WHERE f.rule = ? AND f.text IS NOT NULL AND f.text != '' "
                        "ORDER BY u.first_path, f.seq LIMIT 1", (row["rule"],)).fetchone()
        if ex is None:
            ex = db.execute("SELECT NULL, f.message, u.first_path FROM findings f JOIN uniq u ON u.hash = f.hash "
                            "WHERE f.rule = ? AND f.message IS NOT NULL ORDER BY u.first_path, f.seq LIMIT 1",
                            (row["rule"],)).fetchone()
        if ex is not None:
            row["example"] = {"text": ex[0], "message": ex[1], "path": ex[2]}
    return out


def months(db: sqlite3.Connection) -> list[dict]:
    return [{**r, "mean_completeness": round(r["mean_completeness"], 1) if r["mean_completeness"] is not None else None,
             "mean_avg_risk": round(r["mean_avg_risk"], 1)}
            for r in _rows(db, "SELECT substr(report_date, 1, 7) AS month, COUNT(*) AS reports, "
                               "AVG(completeness) AS mean_completeness, AVG(avg_risk) AS mean_avg_risk, "
                               "SUM(avg_risk > 0) AS with_avg_risk FROM uniq "
                               "WHERE error IS NULL AND report_date IS NOT NULL GROUP BY month ORDER BY month")]


def top_risk(db: sqlite3.Connection, limit: int = TOP_RISK) -> list[dict]:
    return _rows(db, "SELECT u.first_path AS path, u.n_paths - 1 AS other_paths, u.hash AS sha256, u.avg_risk, "
                     "(SELECT COUNT(*) FROM findings f WHERE f.hash = u.hash AND f.category LIKE 'avg.%') AS avg_findings, "
                     "u.completeness, u.report_type, u.report_date FROM uniq u "
                     "WHERE u.error IS NULL AND u.avg_risk > 0 "
                     "ORDER BY u.avg_risk DESC, avg_findings DESC, u.first_path LIMIT ?", (limit,))


def unreadable(db: sqlite3.Connection) -> dict:
    reason = "COALESCE(read_error, check_error)"
    return {
        "by_reason": _rows(db, f"SELECT {reason} AS reason, COUNT(*) AS files FROM scope "
                               f"WHERE {reason} IS NOT NULL GROUP BY reason ORDER BY files DESC, reason"),
        "files": _rows(db, f"SELECT path, {reason} AS reason FROM scope WHERE {reason} IS NOT NULL "
                           f"ORDER BY path LIMIT ?", (MAX_LISTED_ERRORS,)),
    }


def report_types(db: sqlite3.Connection) -> dict[str, int]:
    return dict(db.execute("SELECT report_type, COUNT(*) FROM uniq WHERE error IS NULL "
                           "GROUP BY report_type ORDER BY COUNT(*) DESC, report_type").fetchall())


def build(db: sqlite3.Connection, run: dict, scope_counts: dict, *, inputs: list[str], since: str | None,
          redact: bool) -> dict:
    """The whole summary (summary.json) for the scope defined by `scope.define`."""
    seconds = run.get("seconds") or 0.0
    return {
        "schema": SCHEMA,
        "checker_version": __version__,
        "generated_at": now(),
        "inputs": inputs,
        "redacted": redact,
        "since": since,
        "run": {
            "id": run["id"], "engine": run["engine"], "workers": run["workers"],
            "started_at": run["started_at"], "finished_at": run["finished_at"], "seconds": seconds,
            "checked": run["checked"], "skipped": run["skipped"], "duplicates": run["duplicates"],
            "unreadable": run["unreadable"], "failed": run["failed"],
            "ignored_unsupported": json.loads(run["ignored"] or "{}"),
            "checked_per_second": round(run["checked"] / seconds, 1) if seconds else None,
            "earlier_runs": _one(db, "SELECT COUNT(*) FROM runs WHERE id < ?", (run["id"],)),
        },
        "totals": {**totals(db), **scope_counts},
        "report_types": report_types(db),
        "completeness_histogram": histogram_completeness(db),
        "avg_risk_histogram": histogram_risk(db),
        "avg_risk_definition": risk.definition(),
        "categories": categories(db),
        "rules": rules(db, redact),
        "months": months(db),
        "top_avg_risk": top_risk(db),
        "unreadable": unreadable(db),
        "category_labels": CATEGORY_LABELS,
    }
