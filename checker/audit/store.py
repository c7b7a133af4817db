"""The audit database, `DIR/audit.sqlite`: every result as it comes in, so no work is ever lost.

Reports are keyed by the SHA-256 of the file's bytes: the same content at two paths is checked once,
a re-run skips what it already knows and re-checks a path whose content changed. WAL mode with one
writer (the parent process); readers (a second terminal, the tests) never block it. Results are
committed in batches at most COMMIT_EVERY seconds apart, and everything is committed when the audit
ends or is interrupted (Ctrl-C, SIGTERM): an interruption loses at most the files still being
checked. Only a hard kill of the parent can lose the last half second of results, which the next
run then checks again – the same exposure that `synchronous=NORMAL` already accepts for a power cut.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import time
from pathlib import Path

from checker.errors import RapportcheckError

DB_NAME = "audit.sqlite"
LOCK_NAME = "audit.lock"
SCHEMA_VERSION = "1"
#: Results and path rows are committed in batches at most this many seconds apart: a commit per
#: result cost the parent ~0.4 ms of CPU per report, which on two cores is taken from the workers.
COMMIT_EVERY = 0.5

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT, status TEXT NOT NULL,
    engine TEXT, workers INTEGER, inputs TEXT, checked INTEGER DEFAULT 0, skipped INTEGER DEFAULT 0,
    duplicates INTEGER DEFAULT 0, unreadable INTEGER DEFAULT 0, failed INTEGER DEFAULT 0,
    ignored TEXT, seconds REAL);
CREATE TABLE IF NOT EXISTS reports (
    hash TEXT PRIMARY KEY, size INTEGER, format TEXT, report_type TEXT, report_date TEXT,
    completeness INTEGER, words INTEGER, avg_risk INTEGER,
    n_error INTEGER NOT NULL DEFAULT 0, n_warning INTEGER NOT NULL DEFAULT 0,
    n_info INTEGER NOT NULL DEFAULT 0, counts TEXT NOT NULL DEFAULT '{}', error TEXT,
    checker_version TEXT NOT NULL, fingerprint TEXT NOT NULL, redacted INTEGER NOT NULL,
    checked_at TEXT NOT NULL, seconds REAL, run_id INTEGER);
CREATE TABLE IF NOT EXISTS findings (
    hash TEXT NOT NULL REFERENCES reports(hash) ON DELETE CASCADE, seq INTEGER NOT NULL,
    rule TEXT NOT NULL, category TEXT NOT NULL, severity TEXT NOT NULL,
    start_offset INTEGER, end_offset INTEGER, section TEXT, message TEXT, text TEXT,
    PRIMARY KEY (hash, seq));
CREATE INDEX IF NOT EXISTS findings_rule ON findings (rule);
CREATE TABLE IF NOT EXISTS paths (
    path TEXT PRIMARY KEY, hash TEXT, size INTEGER, format TEXT, stamp TEXT, error TEXT,
    run_id INTEGER, seen_at TEXT);
CREATE INDEX IF NOT EXISTS paths_hash ON paths (hash);
CREATE INDEX IF NOT EXISTS paths_run ON paths (run_id);
"""


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class _Lock:
    """One audit per folder at a time: a second one would be a second writer."""

    def __init__(self, folder: Path):
        self.fh = open(folder / LOCK_NAME, "a+")  # noqa: SIM115 – held for the store's lifetime
        try:
            import fcntl
        except ImportError:   # pragma: no cover – Windows: no advisory lock, one writer by convention
            return
        try:
            fcntl.flock(self.fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            self.fh.close()
            raise RapportcheckError(f"{folder}: er loopt al een audit in deze map") from exc

    def release(self) -> None:
        self.fh.close()


class Store:
    """The only writer of audit.sqlite. Not thread-safe: the parent's main thread uses it."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.path = folder / DB_NAME
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise RapportcheckError(f"{folder}: map kan niet worden gemaakt") from exc
        if not os.access(folder, os.W_OK):
            raise RapportcheckError(f"{folder}: geen schrijfrechten in deze map")
        self._lock = _Lock(folder)
        try:
            if not self.path.exists():   # reports' text is personal data: only the owner reads it
                os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
            self.db = sqlite3.connect(self.path, isolation_level="DEFERRED")
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA secure_delete=ON")   # redacted text is overwritten, not just unlinked
            self.db.executescript(_SCHEMA)
            version = self.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if version is None:
                self.db.execute("INSERT INTO meta VALUES ('schema', ?), ('created_at', ?)", (SCHEMA_VERSION, now()))
                self.db.commit()
            elif version[0] != SCHEMA_VERSION:
                raise RapportcheckError(f"{self.path}: gemaakt door een andere versie van rapportcheck "
                                        f"(schema {version[0]}); kies een nieuwe map met --out")
        except sqlite3.DatabaseError as exc:
            self._lock.release()
            raise RapportcheckError(f"{self.path}: geen audit-database of beschadigd ({exc})") from exc
        except RapportcheckError:
            self._lock.release()
            raise
        self._last_commit = time.monotonic()

    # ---- runs --------------------------------------------------------------------------------

    def begin_run(self, engine: str, workers: int, inputs: list[str]) -> int:
        cur = self.db.execute("INSERT INTO runs (started_at, status, engine, workers, inputs) VALUES (?,?,?,?,?)",
                              (now(), "running", engine, workers, json.dumps(inputs, ensure_ascii=False)))
        self.db.commit()
        return int(cur.lastrowid)

    def finish_run(self, run_id: int, status: str, counts: dict, seconds: float) -> None:
        self.db.execute(
            "UPDATE runs SET finished_at=?, status=?, checked=?, skipped=?, duplicates=?, unreadable=?, failed=?,"
            " ignored=?, seconds=? WHERE id=?",
            (now(), status, counts["checked"], counts["skipped"], counts["duplicates"], counts["unreadable"],
             counts["failed"], json.dumps(counts["ignored"], sort_keys=True), round(seconds, 3), run_id))
        self.db.commit()

    def run_row(self, run_id: int) -> dict:
        cur = self.db.execute("SELECT * FROM runs WHERE id=?", (run_id,))
        row = cur.fetchone()
        return dict(zip([c[0] for c in cur.description], row))

    # ---- decisions ---------------------------------------------------------------------------

    def path_row(self, path: str) -> tuple[str | None, int | None, str | None] | None:
        """(hash, size, stamp) last recorded for `path`, or None."""
        return self.db.execute("SELECT hash, size, stamp FROM paths WHERE path=?", (path,)).fetchone()

    def is_current(self, sha256: str, fingerprint: str, redact: bool) -> bool:
        """Checked before with the same checker and settings: no need to check again. A redacted
        result does not serve an audit that wants the text."""
        row = self.db.execute("SELECT fingerprint, redacted FROM reports WHERE hash=?", (sha256,)).fetchone()
        return row is not None and row[0] == fingerprint and (redact or not row[1])

    # ---- writes ------------------------------------------------------------------------------

    def record_path(self, path: str, sha256: str | None, size: int, fmt: str, stamp: str | None,
                    run_id: int, error: str | None = None) -> None:
        self.db.execute(
            "INSERT INTO paths (path, hash, size, format, stamp, error, run_id, seen_at) VALUES (?,?,?,?,?,?,?,?)"
            " ON CONFLICT(path) DO UPDATE SET hash=excluded.hash, size=excluded.size, format=excluded.format,"
            " stamp=excluded.stamp, error=excluded.error, run_id=excluded.run_id, seen_at=excluded.seen_at",
            (path, sha256, size, fmt, stamp, error, run_id, now()))

    def touch_path(self, path: str, run_id: int) -> None:
        """Seen again, unchanged (skipped on its stamp)."""
        self.db.execute("UPDATE paths SET run_id=?, seen_at=? WHERE path=?", (run_id, now(), path))

    def save_report(self, sha256: str, size: int, result: dict, fingerprint: str, run_id: int) -> None:
        """Store one result (replacing an older one for the same content); committed with the next
        batch (`maybe_commit`), or at once when the audit stops."""
        sev = {"error": 0, "warning": 0, "info": 0}
        for per in result["counts"].values():
            for severity, n in per.items():
                sev[severity] = sev.get(severity, 0) + n
        try:
            self.db.execute("DELETE FROM findings WHERE hash=?", (sha256,))
            self.db.execute(
                "INSERT OR REPLACE INTO reports (hash, size, format, report_type, report_date, completeness, words,"
                " avg_risk, n_error, n_warning, n_info, counts, error, checker_version, fingerprint, redacted,"
                " checked_at, seconds, run_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (sha256, size, result["format"], result["report_type"], result["report_date"],
                 result["completeness"], result["words"], result["avg_risk"], sev["error"], sev["warning"],
                 sev["info"], json.dumps(result["counts"], sort_keys=True), result["error"],
                 result["checker_version"], fingerprint, int(bool(result["redacted"])), now(),
                 result.get("seconds"), run_id))
            self.db.executemany(
                "INSERT INTO findings (hash, seq, rule, category, severity, start_offset, end_offset, section,"
                " message, text) VALUES (?,?,?,?,?,?,?,?,?,?)",
                [(sha256, i, f["rule"], f["category"], f["severity"], f["start"], f["end"], f["section"],
                  f["message"], f["text"]) for i, f in enumerate(result["findings"])])
        except BaseException:
            self.db.rollback()
            raise
        self.maybe_commit()

    def maybe_commit(self) -> None:
        if time.monotonic() - self._last_commit >= COMMIT_EVERY:
            self.commit()

    def commit(self) -> None:
        self.db.commit()
        self._last_commit = time.monotonic()

    def scrub_text(self) -> bool:
        """--redact on a database that holds report text: remove it for good (then `compact`)."""
        if self.db.execute("SELECT 1 FROM findings WHERE text IS NOT NULL OR message IS NOT NULL LIMIT 1").fetchone():
            with self.db:
                self.db.execute("UPDATE findings SET text=NULL, message=NULL")
                self.db.execute("UPDATE reports SET redacted=1")
            return True
        return False

    def compact(self) -> None:
        """Rewrite the file so no freed page keeps old text; empty the WAL."""
        self.commit()
        self.db.execute("VACUUM")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        try:
            self.db.commit()
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass          # the error that brought us here has been reported; what was committed stays
        finally:
            self.db.close()
            self._lock.release()
