"""Entry points: a path, an in-memory upload or stdin becomes a `Document`.

Every failure is an `InputError` with one Dutch line and no path (the caller adds the path). The
format readers are imported lazily so `rapportcheck --help` does not pay for lxml or pdfminer.
"""

from __future__ import annotations

import os
import sys

from checker.errors import InputError
from checker.ingest import limits
from checker.ingest.document import Document

SUPPORTED_SUFFIXES = (".docx", ".pdf", ".odt", ".txt", ".md")


def _suffix(name: str) -> str:
    suffix = os.path.splitext(name)[1].lower()
    if suffix not in SUPPORTED_SUFFIXES:
        what = f"formaat '{suffix}'" if suffix else "een bestand zonder extensie"
        raise InputError(f"{what} wordt niet ondersteund – sla het op als .docx, .pdf, .odt, .txt of .md")
    return suffix


def read_path(path: str, max_bytes: int | None = None) -> Document:
    """Read the file at `path`; `max_bytes` overrides `limits.MAX_FILE_BYTES`."""
    try:
        if os.path.isdir(path):
            raise InputError("dit is een map, geen bestand")
        if not os.path.exists(path):
            raise InputError("bestand niet gevonden")
        suffix = _suffix(path)
        limits.check_size(os.path.getsize(path), max_bytes)   # before reading: never load a huge file
        with open(path, "rb") as fh:
            data = fh.read()
    except PermissionError as exc:
        raise InputError("geen leesrechten voor dit bestand") from exc
    except OSError as exc:
        raise InputError("bestand kan niet worden gelezen") from exc
    return _dispatch(suffix, data, str(path), max_bytes)


def read_bytes(name: str, data: bytes, max_bytes: int | None = None) -> Document:
    """Read an upload held in memory; `name` gives the format and becomes the source."""
    return _dispatch(_suffix(name), data, name, max_bytes)


def read_stdin(max_bytes: int | None = None) -> Document:
    """Read standard input as plain text (format "stdin", source "-")."""
    from checker.ingest.text_reader import read_text_bytes

    limit = limits.MAX_FILE_BYTES if max_bytes is None else max_bytes
    stream = getattr(sys.stdin, "buffer", None)
    try:
        data = stream.read(limit + 1) if stream is not None else b""
    except (OSError, ValueError) as exc:
        raise InputError("standaardinvoer kan niet worden gelezen") from exc
    if not data:
        raise InputError("lege invoer op standaardinvoer")
    limits.check_size(len(data), limit)
    return read_text_bytes(data, "-", "stdin")


def _dispatch(suffix: str, data: bytes, source: str, max_bytes: int | None) -> Document:
    limits.check_size(len(data), max_bytes)
    if suffix in (".txt", ".md"):
        from checker.ingest.text_reader import read_text_bytes

        return read_text_bytes(data, source, suffix[1:])
    if suffix == ".docx":
        from checker.ingest.docx_reader import read_docx

        return read_docx(data, source)
    if suffix == ".odt":
        from checker.ingest.odt_reader import read_odt

        return read_odt(data, source)
    from checker.ingest.pdf_reader import read_pdf

    return read_pdf(data, source)
