"""`rapportcheck audit`: one function that runs a whole audit; the CLI only parses arguments.

Order: validate → open the database (one audit per folder) → scrub text first when --redact →
enumerate lazily while a counting thread finds the total for the progress bar → check on the
engine, storing as results arrive → on completion rewrite every output from the database.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import threading
import time

from checker.audit import sources, terminal
from checker.audit.options import AuditOptions
from checker.audit.store import Store
from checker.errors import RapportcheckError

EXIT_OK, EXIT_ERROR, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 2, 130, 143


def _count_in_background(roots: list[str], filters: sources.Filters, progress) -> None:
    def count() -> None:
        try:
            progress.set_total(sources.count(roots, filters))
        except Exception:  # noqa: BLE001 – the total only feeds the ETA
            pass

    threading.Thread(target=count, name="rapportcheck-audit-count", daemon=True).start()


def _engine(opts: AuditOptions):
    from checker.audit.engines import DaskEngine, LocalEngine
    from checker.service import Options

    options = Options(model=opts.model)
    if opts.engine == "dask":
        return DaskEngine(opts.scheduler, options, opts.redact, opts.shared_fs)
    return LocalEngine(opts.workers, options, opts.redact)


def run(paths, out, *, workers: int | None = None, include=(), exclude=(), since: str | None = None,
        redact: bool = False, engine: str = "local", scheduler: str | None = None, shared_fs: bool = False,
        model: str = "auto", progress: bool | None = None) -> int:
    """Run an audit and return the exit status: 0 done, 2 some files could not be checked by the
    engine (run again), 130/143 interrupted (run again to resume). Bad arguments raise
    RapportcheckError (one Dutch line; the CLI exits 2)."""
    opts = AuditOptions.build(paths, out, workers=workers, include=include, exclude=exclude, since=since,
                              redact=redact, engine=engine, scheduler=scheduler, shared_fs=shared_fs, model=model)
    from checker.audit import outputs
    from checker.audit.runner import Runner, StopFlag

    store = Store(opts.out)
    try:
        if opts.redact and store.scrub_text():
            terminal.say("rapportcheck: tekst uit eerdere runs is uit audit.sqlite verwijderd (--redact)")
        eng = _engine(opts)
        run_id = store.begin_run(eng.name, eng.workers, opts.inputs())
        filters = sources.Filters(opts.include, opts.exclude, frozenset({os.path.realpath(opts.out)}))
        started = time.monotonic()
        view = terminal.ProgressView(progress)
        with StopFlag() as stop, view:
            stop.on_request = lambda: view.note("Stoppen (nogmaals Ctrl-C: direct)")
            _count_in_background(list(opts.paths), filters, view)
            runner = Runner(store, eng, run_id, fingerprint=opts.fingerprint(), redact=opts.redact,
                            progress=view, stop=stop)
            try:
                status = runner.run(sources.walk(list(opts.paths), filters))
            finally:
                eng.close(abort=stop.aborted or stop.requested)
        seconds = time.monotonic() - started
        store.finish_run(run_id, status, runner.counts, seconds)
        if status == "interrupted":
            c = runner.counts
            terminal.say(f"rapportcheck: audit onderbroken; {c['checked']} rapporten gecontroleerd en opgeslagen "
                         f"in {store.path}. Hervat met:\n  {opts.command_line()}")
            return EXIT_TERMINATED if stop.signum == signal.SIGTERM else EXIT_INTERRUPTED
        summary = outputs.write_all(store, run_id, inputs=opts.inputs(), since=opts.since, redact=opts.redact)
        if opts.redact:
            store.compact()
        terminal.print_summary(summary, str(opts.out))
        if runner.counts["failed"]:
            reasons = ", ".join(f"{k} ({v}×)" for k, v in runner.failures.most_common(3))
            terminal.say(f"rapportcheck: {runner.counts['failed']} bestanden konden niet worden gecontroleerd "
                         f"({reasons}); draai de audit opnieuw om ze alsnog te controleren")
            return EXIT_ERROR
        return EXIT_OK
    except (sqlite3.Error, OSError) as exc:   # disk full, folder removed under us: one line, no traceback
        raise RapportcheckError(f"{opts.out}: audit kan niet verder ({type(exc).__name__}: {exc}); "
                                f"los het op en start dezelfde opdracht opnieuw om te hervatten") from exc
    finally:
        store.close()
