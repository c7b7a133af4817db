"""Batch audit of an archive of reports: `rapportcheck audit PATH... --out DIR` (see docs/audit.md).

sources (what to check) → runner (decide, dispatch, store) on an engine (local pool or Dask) calling
work.audit_one → store (SQLite) → outputs (summary.json, summary.html, reports.csv, findings.csv).
"""

from __future__ import annotations


def run(*args, **kwargs) -> int:
    """See `checker.audit.audit.run`; imported lazily so `rapportcheck --help` stays fast."""
    from checker.audit.audit import run as _run

    return _run(*args, **kwargs)


__all__ = ["run"]
