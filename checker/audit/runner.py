"""The audit loop: decide per file (skip, duplicate, check), keep a bounded number of files in
flight on an engine, store every result the moment it arrives, stop cleanly when asked.

Files are enumerated lazily and at most `engine.capacity` tasks (with their bytes) are in flight,
so memory does not grow with the archive. Decisions, in order:

- refused before reading (too large, zip bomb, encrypted member) → recorded with its reason;
- same path, same stamp (mtime or zip CRC) and a current result for its hash → skipped unread;
- content (SHA-256) already seen in this run → a duplicate: its path is recorded, not checked;
- content checked before by the same checker and settings → skipped;
- otherwise checked.
"""

from __future__ import annotations

import hashlib
import signal
import threading
import time
from collections import Counter
from collections.abc import Iterator

from checker.audit.engines import EngineFailure, PoolBroken, Task, TaskCrashed
from checker.audit.sources import Entry
from checker.audit.store import Store
from checker.audit.work import summarise
from checker.errors import InputError
from checker.model import Report

POLL = 0.2            # seconds between looks at the stop flag while waiting
GRACE = 60.0          # seconds the files in flight get to finish after Ctrl-C
MAX_INFLIGHT_BYTES = 256 * 1024 * 1024
CRASH_MESSAGE = "de controle van dit bestand liet het werkproces vastlopen (interne fout); meld dit aan de beheerders"


class StopFlag:
    """SIGINT/SIGTERM set a flag instead of raising mid-write; a second signal means 'now'."""

    def __init__(self):
        self.requested = False
        self.aborted = False
        self.signum: int | None = None
        self._previous: dict[int, object] = {}
        self.on_request = None

    def _handle(self, signum, frame) -> None:  # noqa: ARG002
        if self.requested:
            self.aborted = True
            return
        self.requested, self.signum = True, signum
        if self.on_request:
            self.on_request()

    def __enter__(self) -> "StopFlag":
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._previous[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)


class Runner:
    def __init__(self, store: Store, engine, run_id: int, *, fingerprint: str, redact: bool, progress, stop: StopFlag):
        self.store, self.engine, self.run_id = store, engine, run_id
        self.fingerprint, self.redact = fingerprint, redact
        self.progress, self.stop = progress, stop
        self.counts = {"checked": 0, "skipped": 0, "duplicates": 0, "unreadable": 0, "failed": 0,
                       "ignored": Counter()}
        self.failures: Counter = Counter()
        self._inflight: dict = {}            # future → Task
        self._inflight_bytes = 0
        self._seen_paths: set[str] = set()
        self._seen_hashes: set[str] = set()

    # ---- the loop ----------------------------------------------------------------------------

    def run(self, entries: Iterator[Entry]) -> str:
        """'complete' or 'interrupted'. Every stored result is committed before this returns."""
        for entry in entries:
            if self.stop.requested:
                break
            self._take(entry)
            self.store.maybe_commit()
        if not self.stop.requested:
            while self._inflight and not self.stop.requested:
                self._collect(POLL)
        if self.stop.requested:
            self._wind_down()
        self.store.commit()
        return "interrupted" if self.stop.requested else "complete"

    def _take(self, entry: Entry) -> None:
        if entry.ignored:
            self.counts["ignored"][entry.suffix or "(geen)"] += 1
            return
        if entry.path in self._seen_paths:      # the same file under two arguments
            return
        self._seen_paths.add(entry.path)
        fmt = entry.suffix.lstrip(".")
        if entry.error:
            self._refused(entry, fmt, entry.error)
            return
        known = self.store.path_row(entry.path)
        if (entry.stamp and known and known[0] and known[2] == entry.stamp and known[1] == entry.size
                and self.store.is_current(known[0], self.fingerprint, self.redact)):
            self.store.touch_path(entry.path, self.run_id)
            self._count_known(known[0])
            return
        try:
            data = entry.read()
        except InputError as exc:
            self._refused(entry, fmt, str(exc))
            return
        sha = hashlib.sha256(data).hexdigest()
        self.store.record_path(entry.path, sha, len(data), fmt, entry.stamp, self.run_id)
        if sha in self._seen_hashes or self.store.is_current(sha, self.fingerprint, self.redact):
            self._count_known(sha)
            return
        self._seen_hashes.add(sha)
        self._submit(Task(sha, entry.path, len(data), data, entry.local_path))

    def _count_known(self, sha: str) -> None:
        if sha in self._seen_hashes:
            self.counts["duplicates"] += 1
        else:
            self._seen_hashes.add(sha)
            self.counts["skipped"] += 1
        self.progress.advance()

    def _refused(self, entry: Entry, fmt: str, reason: str) -> None:
        self.store.record_path(entry.path, None, entry.size, fmt, None, self.run_id, error=reason)
        self.counts["unreadable"] += 1
        self.progress.advance()

    def _submit(self, task: Task) -> None:
        while self._inflight and (len(self._inflight) >= self.engine.capacity
                                  or self._inflight_bytes + task.size > MAX_INFLIGHT_BYTES):
            if self.stop.requested:
                return            # not submitted: its path has no result, so the next run checks it
            self._collect(POLL)
        future = self.engine.submit(task)
        self._inflight[future] = task
        self._inflight_bytes += task.size

    def _collect(self, timeout: float) -> None:
        done, _ = self.engine.wait(list(self._inflight), timeout)
        broken: list[Task] = []
        for future in done:
            task = self._inflight.pop(future)
            self._inflight_bytes -= task.size
            try:
                result = self.engine.outcome(future)
            except PoolBroken:
                broken.append(task)
                continue
            except TaskCrashed:
                result = self._crashed(task)
            except EngineFailure as exc:
                self._failed(task, str(exc))
                continue
            self._store(task, result)
        if broken:
            self._recover(broken)

    # ---- results ---------------------------------------------------------------------------

    def _store(self, task: Task, result: dict) -> None:
        self.store.save_report(task.sha256, task.size, result, self.fingerprint, self.run_id)
        self.counts["checked"] += 1
        if result["error"]:
            self.counts["unreadable"] += 1
        self.progress.advance()

    def _crashed(self, task: Task) -> dict:
        return summarise(Report.failed(task.name, CRASH_MESSAGE), task.name, self.redact, 0.0)

    def _failed(self, task: Task, reason: str) -> None:
        """Not stored: the next run tries this file again."""
        self.counts["failed"] += 1
        self.failures[reason] += 1
        self._seen_hashes.discard(task.sha256)
        self.progress.advance()

    def _recover(self, broken: list[Task]) -> None:
        """A worker died: every file then in flight is a suspect. Restart the pool and check the
        suspects one at a time; the one that kills a worker on its own is recorded as such."""
        suspects = broken + list(self._inflight.values())
        for future in list(self._inflight):
            future.cancel()
        self._inflight.clear()
        self._inflight_bytes = 0
        self.engine.restart()
        for task in suspects:
            if self.stop.requested:
                return
            future = self.engine.submit(task)
            while True:
                done, _ = self.engine.wait([future], POLL)
                if done:
                    break
                if self.stop.aborted:
                    return
            try:
                result = self.engine.outcome(future)
            except (PoolBroken, TaskCrashed):
                self.engine.restart()
                result = self._crashed(task)
            except EngineFailure as exc:
                self._failed(task, str(exc))
                continue
            self._store(task, result)

    def _wind_down(self) -> None:
        """After Ctrl-C: cancel what has not started, let running files finish (stored), unless a
        second Ctrl-C or the grace period says stop now (those are checked again next run)."""
        running = self.engine.cancel(list(self._inflight))
        for future in list(self._inflight):
            if future not in running:
                task = self._inflight.pop(future)
                self._inflight_bytes -= task.size
        deadline = time.monotonic() + GRACE
        while self._inflight and not self.stop.aborted and time.monotonic() < deadline:
            done, _ = self.engine.wait(list(self._inflight), POLL)
            for future in done:
                task = self._inflight.pop(future)
                try:
                    result = self.engine.outcome(future)
                except (PoolBroken, TaskCrashed, EngineFailure):
                    continue     # not stored: checked again next run
                self._store(task, result)
        self._inflight.clear()
