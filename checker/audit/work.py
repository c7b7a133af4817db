"""The per-file work, identical on every engine: bytes in, a small picklable dict out.

`audit_one` runs in a worker process (local pool) or on a Dask worker; the parent only stores what
it returns. With `redact` the finding text and message (which quotes the text) never leave the
worker, so report text is not even pickled back to the parent.
"""

from __future__ import annotations

import gc
import hashlib
import os
import signal
import time

from checker import __version__
from checker.audit.risk import avg_risk
from checker.model import Report
from checker.service import Options, check_upload

#: Objects allocated between young-generation collections in a pool worker. A check allocates
#: hundreds of thousands of short-lived objects; at Python's default (700) the collector runs
#: hundreds of times per report (~10 % of a worker's time, measured). Garbage is still collected,
#: only in larger batches.
GC_THRESHOLD = (50_000, 20, 100)
_WARM_UP = "Eindrapportage\nDatum: 1 mei 2025\n\n1. Conclusie\nWerknemer heeft passend werk gevonden.\n"


def init_worker(model: str | None = "auto") -> None:
    """Process-pool initializer: load the spaCy pipeline, lexicons and rules once per worker.

    SIGINT is ignored here: Ctrl-C in a terminal reaches the whole process group, and only the
    parent decides how to stop (finish in-flight work, flush the database). The worker was born with
    SIGINT blocked (`engines._SigintHeld`); once it is ignored, a Ctrl-C pending since then is dropped."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    warm_up(model)
    # The pipeline, lemma table, lexicons and models live as long as the worker: leave them out of
    # every later collection, and collect the young generation in larger batches.
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLD)


def warm_up(model: str | None = "auto") -> None:
    from checker.nlp.pipeline import load_pipeline

    load_pipeline(model or "auto")
    check_upload("warm-up.txt", _WARM_UP.encode("utf-8"), Options(model=model))


def worker_version() -> str:
    """What a Dask worker has installed: the parent refuses a cluster of mixed versions."""
    return __version__


def _internal_error(exc: BaseException) -> str:
    return f"interne fout ({type(exc).__name__}); meld dit aan de beheerders"


def audit_one(name: str, data: bytes, options: Options = Options(), redact: bool = False) -> dict:
    """Check one report held in memory; never raises. `name` gives the format (its suffix)."""
    started = time.perf_counter()
    try:
        report = check_upload(name, data, options)
    except Exception as exc:  # noqa: BLE001 – one bad file must not stop an audit
        report = Report.failed(name, _internal_error(exc))
    return summarise(report, name, redact, time.perf_counter() - started)


def audit_file(path: str, sha256: str, options: Options = Options(), redact: bool = False) -> dict:
    """For --shared-fs: the worker reads the file itself; a file changed since the parent hashed it
    is reported, not silently checked under the wrong hash."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        return summarise(Report.failed(path, "bestand niet gevonden op de worker – is het bestandssysteem "
                                             "gedeeld? Anders zonder --shared-fs"), path, redact, 0.0)
    except OSError:
        return summarise(Report.failed(path, "bestand kan niet worden gelezen op de worker"), path, redact, 0.0)
    if hashlib.sha256(data).hexdigest() != sha256:
        return summarise(Report.failed(path, "bestand veranderde tijdens de audit – start de audit opnieuw"),
                         path, redact, 0.0)
    return audit_one(path, data, options, redact)


def summarise(report: Report, name: str, redact: bool, seconds: float) -> dict:
    """What the database stores of a Report: counts, scores and findings (no text when redacted)."""
    counts: dict[str, dict[str, int]] = {}
    findings = []
    for f in report.findings:
        per = counts.setdefault(f.category, {})
        per[f.severity] = per.get(f.severity, 0) + 1
        findings.append({
            "rule": f.rule, "category": f.category, "severity": f.severity,
            "start": f.start, "end": f.end, "section": f.section,
            "message": None if redact else f.message,
            "text": None if redact else f.text,
        })
    return {
        "format": os.path.splitext(name)[1].lower().lstrip("."),
        "error": report.error,
        "report_type": None if report.error else report.report_type,
        "report_date": report.report_date,
        "completeness": report.completeness.score if report.completeness else None,
        "words": report.stats.words if report.stats else None,
        "counts": counts,
        "avg_risk": None if report.error else avg_risk((f.category, f.severity) for f in report.findings),
        "findings": findings,
        "redacted": redact,
        "checker_version": __version__,
        "seconds": round(seconds, 4),
    }
