"""The audit's settings, validated once: every bad value is a one-line Dutch usage error."""

from __future__ import annotations

import datetime as dt
import os
import shlex
from dataclasses import dataclass
from pathlib import Path

from checker import __version__
from checker.audit.sources import check_roots
from checker.errors import RapportcheckError

ENGINES = ("local", "dask")


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:   # pragma: no cover – not Linux
        return os.cpu_count() or 1


def parse_since(value: str | None) -> dt.date | None:
    """2024-01-31 (ISO) or 31-01-2024 (Dutch)."""
    if value is None:
        return None
    for fmt in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    raise RapportcheckError(f"--since: ongeldige datum '{value}' (gebruik JJJJ-MM-DD, bijv. 2024-01-01)")


@dataclass(frozen=True)
class AuditOptions:
    paths: tuple[str, ...]
    out: Path
    workers: int
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    since: dt.date | None = None
    redact: bool = False
    engine: str = "local"
    scheduler: str | None = None
    shared_fs: bool = False
    model: str = "auto"

    @classmethod
    def build(cls, paths, out, *, workers=None, include=(), exclude=(), since=None, redact=False,
              engine="local", scheduler=None, shared_fs=False, model="auto") -> "AuditOptions":
        if not paths:
            raise RapportcheckError("geef minstens één bestand, map of zip-archief")
        if not out:
            raise RapportcheckError("--out MAP ontbreekt")
        if workers is not None and workers < 1:
            raise RapportcheckError("--workers moet 1 of meer zijn")
        if engine not in ENGINES:
            raise RapportcheckError(f"--engine: kies uit {', '.join(ENGINES)}")
        if engine == "dask" and not scheduler:
            raise RapportcheckError("--engine dask vraagt --scheduler ADRES (bijv. tcp://10.0.0.5:8786)")
        if engine != "dask" and (scheduler or shared_fs):
            raise RapportcheckError("--scheduler en --shared-fs horen bij --engine dask")
        for pattern in (*include, *exclude):
            if not pattern.strip():
                raise RapportcheckError("--include/--exclude: leeg patroon")
        check_roots(list(paths))
        out_path = Path(out)
        if out_path.exists() and not out_path.is_dir():
            raise RapportcheckError(f"--out {out}: bestaat al en is geen map")
        return cls(paths=tuple(paths), out=out_path, workers=workers or default_workers(),
                   include=tuple(include), exclude=tuple(exclude), since=parse_since(since), redact=redact,
                   engine=engine, scheduler=scheduler, shared_fs=shared_fs, model=model or "auto")

    def fingerprint(self) -> str:
        """What makes a stored result reusable: the checker version and the pipeline asked for."""
        return f"{__version__}|model={self.model}"

    def inputs(self) -> list[str]:
        return [os.path.abspath(p) for p in self.paths]

    def command_line(self) -> str:
        """The command that resumes this audit (printed after an interruption)."""
        args = ["rapportcheck", "audit", *self.paths, "--out", str(self.out)]
        for flag, values in (("--include", self.include), ("--exclude", self.exclude)):
            for v in values:
                args += [flag, v]
        if self.since:
            args += ["--since", self.since.isoformat()]
        if self.redact:
            args.append("--redact")
        if self.engine == "dask":
            args += ["--engine", "dask", "--scheduler", self.scheduler or ""]
            if self.shared_fs:
                args.append("--shared-fs")
        return shlex.join(args)
