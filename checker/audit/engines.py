"""Where the per-file work runs: a local process pool or a Dask distributed cluster.

Both engines run the same `work.audit_one` and hand the dict back to the parent, which alone writes
the database. The runner sees one small interface: submit, wait (with a timeout, so Ctrl-C is
noticed), outcome, cancel, close. Errors are sorted into three kinds: the file crashed the worker
(`TaskCrashed`: stored as the file's result), the pool broke under several files (`PoolBroken`: the
runner retries them one at a time) and the infrastructure failed (`EngineFailure`: nothing is
stored, so the next run checks the file again).
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import signal
import threading
import uuid
from dataclasses import dataclass

from checker.audit import work
from checker.errors import RapportcheckError
from checker.service import Options

#: Tasks in flight per worker: enough to keep every worker busy, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 4


@dataclass
class Task:
    sha256: str
    name: str                   # display path; its suffix gives the format
    size: int
    data: bytes | None
    local_path: str | None = None


class TaskCrashed(Exception):
    """The worker died on this file alone."""


class PoolBroken(Exception):
    """A worker process died; which of the files in flight caused it is not known."""


class EngineFailure(Exception):
    """The engine could not run the task (lost scheduler, cancelled): try again next run."""


class _SigintHeld:
    """While a task is submitted (and a worker may be spawned), SIGINT is blocked in the submitting
    thread. A spawned worker inherits the blocked signal from birth, so a Ctrl-C reaching the process
    group cannot kill it before its initializer ignores SIGINT (`work.init_worker`). In the parent
    the signal is not lost: it stays pending, or another thread takes it, and the stop flag's handler
    runs as usual. (Ignoring SIGINT here instead, as before, dropped a Ctrl-C that arrived during
    any submit.) Without signal masks (Windows) SIGINT is ignored for the moment."""

    def __enter__(self):
        self.mask = self.previous = None
        if threading.current_thread() is threading.main_thread():
            if hasattr(signal, "pthread_sigmask"):
                self.mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
            else:
                self.previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        return self

    def __exit__(self, *exc):
        if self.mask is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, self.mask)
        elif self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)


class LocalEngine:
    """concurrent.futures.ProcessPoolExecutor, started on the first task (a re-run that checks
    nothing starts no process). Spawned, not forked: the parent has threads (progress bar)."""

    name = "local"

    def __init__(self, workers: int, options: Options, redact: bool):
        self.workers = workers
        self.options = options
        self.redact = redact
        self.capacity = workers * IN_FLIGHT_PER_WORKER
        self._pool: cf.ProcessPoolExecutor | None = None

    def _ensure_pool(self) -> cf.ProcessPoolExecutor:
        if self._pool is None:
            self._pool = cf.ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=work.init_worker, initargs=(self.options.model,))
        return self._pool

    def submit(self, task: Task) -> cf.Future:
        with _SigintHeld():
            return self._ensure_pool().submit(work.audit_one, task.name, task.data, self.options, self.redact)

    def wait(self, futures, timeout: float):
        done, pending = cf.wait(futures, timeout=timeout, return_when=cf.FIRST_COMPLETED)
        return done, pending

    def outcome(self, future: cf.Future) -> dict:
        try:
            return future.result()
        except cf.process.BrokenProcessPool as exc:
            raise PoolBroken(str(exc)) from exc
        except cf.CancelledError as exc:
            raise EngineFailure("geannuleerd") from exc
        except Exception as exc:  # noqa: BLE001 – audit_one never raises: this is the pool (pickling …)
            raise EngineFailure(type(exc).__name__) from exc

    def restart(self) -> None:
        """After a worker died: a fresh pool (the broken one cannot run anything)."""
        self.close(abort=True)

    def cancel(self, futures) -> set:
        """Cancel what has not started; returns the futures still running (they finish)."""
        return {f for f in futures if not f.cancel()}

    def close(self, abort: bool = False) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if abort:
            processes = list((getattr(pool, "_processes", None) or {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            for proc in processes:
                if proc.is_alive():
                    proc.terminate()
            for proc in processes:
                proc.join(timeout=5)
        else:
            pool.shutdown(wait=True, cancel_futures=True)


def _probe(scheduler: str, distributed) -> None:
    """A bad or unreachable address fails here in seconds, with one Dutch line: a Client that cannot
    connect retries until its timeout and then hangs again while being garbage-collected."""
    import socket

    from distributed.comm import parse_address, parse_host_port

    try:
        scheme, location = parse_address(scheduler)
        if scheme not in ("tcp", "tls", "ws", "wss", "ucx"):
            raise ValueError(scheme)
        if scheme not in ("tcp", "tls"):
            return
        host, port = parse_host_port(location)
    except (ValueError, TypeError) as exc:
        raise RapportcheckError(f"ongeldig adres van de Dask-scheduler: {scheduler} (bijv. tcp://10.0.0.5:8786)") from exc
    try:
        socket.create_connection((host, int(port)), timeout=10).close()
    except OSError as exc:
        raise RapportcheckError(f"kan de Dask-scheduler op {scheduler} niet bereiken ({exc.strerror or type(exc).__name__})") from exc


class DaskEngine:
    """A Dask distributed cluster. Files travel as bytes to the workers, or as paths with
    `shared_fs` (every worker sees the same file system); results come back to the parent."""

    name = "dask"

    def __init__(self, scheduler: str, options: Options, redact: bool, shared_fs: bool = False,
                 connect_timeout: float = 20.0):
        try:
            import distributed
        except ImportError as exc:
            raise RapportcheckError("--engine dask vraagt het pakket dask[distributed]: "
                                    "pip install 'rapportcheck[distributed]'") from exc
        _probe(scheduler, distributed)
        self.options, self.redact, self.shared_fs = options, redact, shared_fs
        self._cond = threading.Condition()
        self._finished: set = set()
        try:
            self.client = distributed.Client(scheduler, timeout=connect_timeout, set_as_default=False)
        except Exception as exc:  # noqa: BLE001 – OSError, TimeoutError, ValueError for a bad address
            raise RapportcheckError(f"kan de Dask-scheduler op {scheduler} niet bereiken ({type(exc).__name__})") from exc
        try:
            self._check_cluster()
        except RapportcheckError:
            self.client.close()
            raise
        threads = sum(self.client.nthreads().values()) or 1
        self.workers = threads
        self.capacity = max(8, threads * IN_FLIGHT_PER_WORKER)

    def _check_cluster(self) -> None:
        """Refuse a cluster without workers or with another rapportcheck version (mixed results)."""
        if not self.client.nthreads():
            try:
                self.client.wait_for_workers(1, timeout=30)
            except Exception as exc:  # noqa: BLE001
                raise RapportcheckError("de Dask-scheduler heeft geen workers") from exc
        try:
            versions = self.client.run(work.worker_version)
        except Exception as exc:  # noqa: BLE001 – checker not importable there
            raise RapportcheckError("rapportcheck is niet (goed) geïnstalleerd op de Dask-workers "
                                    f"({type(exc).__name__})") from exc
        other = {w: v for w, v in versions.items() if v != work.__version__}
        if other:
            raise RapportcheckError(f"Dask-workers hebben een andere versie van rapportcheck "
                                    f"({', '.join(sorted(set(other.values())))}; hier {work.__version__})")
        from checker.audit.dask_plugin import LoadPipeline

        register = getattr(self.client, "register_plugin", None) or self.client.register_worker_plugin
        register(LoadPipeline(self.options.model))

    def submit(self, task: Task):
        key = f"rapportcheck-audit-{task.sha256[:16]}-{uuid.uuid4().hex[:8]}"
        if self.shared_fs and task.local_path:
            future = self.client.submit(work.audit_file, task.local_path, task.sha256, self.options, self.redact,
                                        key=key, pure=False)
        else:
            future = self.client.submit(work.audit_one, task.name, task.data, self.options, self.redact,
                                        key=key, pure=False)
        future.add_done_callback(self._finish)
        return future

    def wait(self, futures, timeout: float):
        """Completion is signalled by done-callbacks (Dask runs them in its own thread)."""
        wanted = set(futures)
        with self._cond:
            self._cond.wait_for(lambda: not wanted.isdisjoint(self._finished), timeout=timeout)
            done = wanted & self._finished
            self._finished -= done
        return done, wanted - done

    def _finish(self, future) -> None:
        with self._cond:
            self._finished.add(future)
            self._cond.notify_all()

    def outcome(self, future) -> dict:
        if future.status == "finished":
            return future.result()
        if future.status == "error":
            exc = future.exception()
            if type(exc).__name__ == "KilledWorker":
                raise TaskCrashed(str(exc))
            raise EngineFailure(type(exc).__name__)
        raise EngineFailure(future.status)

    def restart(self) -> None:  # pragma: no cover – Dask replaces dead workers itself
        pass

    def cancel(self, futures) -> set:
        """Cancel everything: running tasks are redone by the next run (nothing was stored)."""
        futures = list(futures)
        if futures:
            try:
                self.client.cancel(futures)
            except Exception:  # noqa: BLE001 – the scheduler may be gone already
                pass
        with self._cond:
            self._finished.difference_update(futures)
        return set()

    def close(self, abort: bool = False) -> None:  # noqa: ARG002
        try:
            self.client.close(timeout=10)
        except Exception:  # noqa: BLE001
            pass
