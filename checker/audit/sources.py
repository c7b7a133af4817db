"""Enumerate the audit's inputs lazily: files, folders (recursive) and .zip archives, nested too.

Nothing is read until the caller asks (`Entry.read()`), so a resumed audit can skip a known file on
its stat alone and memory stays flat however large the archive. Zip members are judged from the
central directory before a byte is unpacked, with the limits that ingestion uses, so a zip bomb is
refused per member (recorded with its reason) and never costs the rest of the audit.
"""

from __future__ import annotations

import fnmatch
import io
import os
import stat
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from checker.errors import InputError
from checker.ingest import limits
from checker.ingest.readers import SUPPORTED_SUFFIXES

ARCHIVE_SUFFIX = ".zip"
#: A zip inside a zip is unpacked in memory; bigger ones must be unpacked by hand first.
MAX_NESTED_ARCHIVE_BYTES = limits.MAX_UNZIPPED_BYTES
#: Zips inside zips inside zips …: deeper than this is refused (a zip quine would never end).
MAX_NESTING = 3
#: Separates an archive from the path of a member in it: `/data/2023.zip!/team/rapport.docx`.
MEMBER_SEP = "!/"
#: A file's mtime is trusted as a stamp only when older than this, as git does ("racy clean"):
#: a file rewritten within the same clock tick would otherwise keep its stamp.
RACY_SECONDS = 2.0

# Never reports: Office lock files, macOS resource forks and folder metadata.
_JUNK_PREFIXES = ("~$", "._")
_JUNK_NAMES = {".ds_store", "thumbs.db", "desktop.ini"}


@dataclass(frozen=True)
class Filters:
    """--include/--exclude globs, matched case-insensitively against the path relative to the
    argument it was found under and against the bare file name (`*` also crosses folders)."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    skip_dirs: frozenset[str] = frozenset()   # real paths never entered (the output folder)

    def __post_init__(self) -> None:
        object.__setattr__(self, "include", tuple(p.lower() for p in self.include))
        object.__setattr__(self, "exclude", tuple(p.lower() for p in self.exclude))

    @staticmethod
    def _hit(patterns: tuple[str, ...], rel: str) -> bool:
        rel = rel.replace(os.sep, "/").lower()
        base = rel.rsplit("/", 1)[-1]
        return any(fnmatch.fnmatchcase(rel, p) or fnmatch.fnmatchcase(base, p) for p in patterns)

    def excluded(self, rel: str) -> bool:
        return bool(self.exclude) and self._hit(self.exclude, rel)

    def wanted(self, rel: str) -> bool:
        """A report file: not excluded, and included when --include was given."""
        if self.excluded(rel):
            return False
        return not self.include or self._hit(self.include, rel)


@dataclass
class Entry:
    """One candidate report. `error` set: refused before reading (recorded, never checked);
    `ignored`: not a supported format (only counted)."""

    path: str                      # display path, absolute; members as archive.zip!/map/rapport.docx
    suffix: str
    size: int
    stamp: str | None = None       # "m:<mtime_ns>" (files) or "crc:<crc32>" (members); None: read it
    error: str | None = None
    ignored: bool = False
    local_path: str | None = None  # the file on disk (not for zip members): for --shared-fs
    _reader: Callable[[], bytes] | None = field(default=None, repr=False)

    def read(self) -> bytes:
        """The bytes; raises InputError with a Dutch reason."""
        if self._reader is None:
            raise InputError(self.error or "niet leesbaar")
        return self._reader()


def _junk(name: str) -> bool:
    low = name.lower()
    return low.startswith(_JUNK_PREFIXES) or low in _JUNK_NAMES


def _suffix(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def _file_stamp(st: os.stat_result) -> str | None:
    if time.time() - st.st_mtime < RACY_SECONDS:
        return None
    return f"m:{st.st_mtime_ns}"


def _read_file(path: str) -> Callable[[], bytes]:
    def read() -> bytes:
        try:
            with open(path, "rb") as fh:
                data = fh.read(limits.MAX_FILE_BYTES + 1)
        except PermissionError as exc:
            raise InputError("geen leesrechten voor dit bestand") from exc
        except OSError as exc:
            raise InputError("bestand kan niet worden gelezen") from exc
        limits.check_size(len(data))
        return data

    return read


def _member_problem(info: zipfile.ZipInfo, limit: int) -> str | None:
    """Why a member may not be unpacked, judged from the central directory alone."""
    if info.flag_bits & 0x1:
        return "versleuteld in het zip-archief – pak het uit met het wachtwoord"
    if info.file_size > limits.RATIO_MIN_ENTRY_BYTES and \
            info.file_size > limits.MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
        return "uitgepakt te groot – mogelijk een zip-bom"
    try:
        limits.check_size(info.file_size, limit)
    except InputError as exc:
        return str(exc)
    return None


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Callable[[], bytes]:
    def read() -> bytes:
        try:
            return zf.read(info)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
            raise InputError("onderdeel van het zip-archief is beschadigd") from exc
        except NotImplementedError as exc:
            raise InputError("onderdeel van het zip-archief gebruikt een onbekende compressie") from exc
        except RuntimeError as exc:   # encrypted without the flag bit set
            raise InputError("versleuteld in het zip-archief – pak het uit met het wachtwoord") from exc

    return read


def _open_archive(source: str | bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(source if isinstance(source, str) else io.BytesIO(source))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError("geen geldig zip-archief of beschadigd") from exc


def _walk_archive(zf: zipfile.ZipFile, display: str, rel: str, filters: Filters, depth: int,
                  nested: bool) -> Iterator[Entry]:
    for info in zf.infolist():
        name = info.filename
        if info.is_dir() or name.startswith("__MACOSX/") or ".." in name.split("/"):
            continue
        base = name.rsplit("/", 1)[-1]
        path, member_rel = f"{display}{MEMBER_SEP}{name}", f"{rel}/{name}"
        suffix = _suffix(base)
        if _junk(base) or filters.excluded(member_rel):
            continue
        if suffix == ARCHIVE_SUFFIX:
            if not nested:   # counting only: a nested archive counts as one
                yield Entry(path, suffix, info.file_size)
                continue
            yield from _nested_archive(zf, info, path, member_rel, filters, depth)
            continue
        if suffix not in SUPPORTED_SUFFIXES:
            yield Entry(path, suffix, info.file_size, ignored=True)
            continue
        if not filters.wanted(member_rel):
            continue
        problem = _member_problem(info, limits.MAX_FILE_BYTES)
        if problem:
            yield Entry(path, suffix, info.file_size, error=problem)
        else:
            yield Entry(path, suffix, info.file_size, stamp=f"crc:{info.CRC:08x}",
                        _reader=_read_member(zf, info))


def _nested_archive(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: str, rel: str, filters: Filters,
                    depth: int) -> Iterator[Entry]:
    if depth >= MAX_NESTING:
        yield Entry(path, ARCHIVE_SUFFIX, info.file_size,
                    error=f"zip-archieven dieper dan {MAX_NESTING} niveaus genest – pak ze eerst uit")
        return
    problem = _member_problem(info, MAX_NESTED_ARCHIVE_BYTES)
    if problem:
        yield Entry(path, ARCHIVE_SUFFIX, info.file_size, error=problem)
        return
    try:
        inner = _open_archive(_read_member(zf, info)())
    except InputError as exc:
        yield Entry(path, ARCHIVE_SUFFIX, info.file_size, error=str(exc))
        return
    with inner:
        yield from _walk_archive(inner, path, rel, filters, depth + 1, True)


def _archive_on_disk(path: str, rel: str, filters: Filters, nested: bool) -> Iterator[Entry]:
    try:
        zf = _open_archive(path)
    except InputError as exc:
        yield Entry(path, ARCHIVE_SUFFIX, _size(path), error=str(exc))
        return
    with zf:
        yield from _walk_archive(zf, path, rel, filters, 1, nested)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _file(path: str, rel: str, filters: Filters, nested: bool, explicit: bool = False) -> Iterator[Entry]:
    name = os.path.basename(path)
    suffix = _suffix(name)
    if not explicit and (_junk(name) or filters.excluded(rel)):
        return
    if suffix == ARCHIVE_SUFFIX:
        yield from _archive_on_disk(path, rel, filters, nested)
        return
    if suffix not in SUPPORTED_SUFFIXES:
        if explicit:   # asked for by name: say why it is not checked
            what = f"formaat '{suffix}'" if suffix else "een bestand zonder extensie"
            yield Entry(path, suffix, _size(path),
                        error=f"{what} wordt niet ondersteund – sla het op als .docx, .pdf, .odt, .txt of .md")
        else:
            yield Entry(path, suffix, _size(path), ignored=True)
        return
    if not explicit and not filters.wanted(rel):
        return
    try:
        st = os.stat(path)
    except OSError:
        yield Entry(path, suffix, 0, error="bestand kan niet worden gelezen")
        return
    try:
        limits.check_size(st.st_size)
    except InputError as exc:
        yield Entry(path, suffix, st.st_size, error=str(exc))
        return
    yield Entry(path, suffix, st.st_size, stamp=_file_stamp(st), local_path=path, _reader=_read_file(path))


def _folder(root: str, filters: Filters, nested: bool) -> Iterator[Entry]:
    """Depth-first, sorted, symlinked folders not followed (no loops); one listing at a time."""
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                children = sorted(it, key=lambda e: e.name)
        except OSError:
            continue
        subfolders = []
        for child in children:
            rel = os.path.relpath(child.path, root)
            try:
                is_dir = child.is_dir(follow_symlinks=False)
                is_file = child.is_file()
            except OSError:
                continue
            if is_dir:
                if not filters.excluded(rel) and os.path.realpath(child.path) not in filters.skip_dirs:
                    subfolders.append(child.path)
            elif is_file:
                yield from _file(child.path, rel, filters, nested)
        stack.extend(reversed(subfolders))


def walk(roots: list[str], filters: Filters = Filters(), nested: bool = True) -> Iterator[Entry]:
    """Every candidate under `roots`, in a stable order. `nested=False` only counts (no reading)."""
    for root in roots:
        root = os.path.abspath(root)
        if os.path.isdir(root):
            yield from _folder(root, filters, nested)
        elif os.path.exists(root):
            yield from _file(root, os.path.basename(root), filters, nested, explicit=True)


def count(roots: list[str], filters: Filters = Filters()) -> int:
    """How many reports `walk` will yield (nested archives count as one): for the progress bar."""
    return sum(1 for e in walk(roots, filters, nested=False) if not e.ignored)


def check_roots(roots: list[str]) -> None:
    """Refuse a path that does not exist before anything starts: a typo is a usage error."""
    for root in roots:
        if not os.path.exists(root):
            raise InputError(f"{root}: pad niet gevonden")
        if not (os.path.isdir(root) or stat.S_ISREG(os.stat(root).st_mode)):
            raise InputError(f"{root}: geen bestand of map")
