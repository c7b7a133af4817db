"""Size limits that keep a hostile or broken upload from exhausting memory or time.

Zip containers (.docx, .odt) are judged from their central directory alone, before any library
unpacks them: `zipfile` never returns more bytes for an entry than its declared `file_size` (a
lying header ends in a CRC error), so the declared sizes are a safe upper bound.
"""

from __future__ import annotations

import io
import zipfile

from checker.errors import InputError

MB = 1024 * 1024

#: Largest input file accepted; real reports are well under 5 MB, even with a logo or two.
MAX_FILE_BYTES = 20 * MB
#: Largest total uncompressed size of a .docx/.odt; text and a few images never come close.
MAX_UNZIPPED_BYTES = 100 * MB
#: Highest compression ratio of one entry; XML compresses ~10×, zeros of a zip bomb ~1000×.
MAX_COMPRESSION_RATIO = 200
#: The ratio is only judged for entries above this size: tiny entries can have any ratio.
RATIO_MIN_ENTRY_BYTES = 1 * MB
#: Most entries in a container; a Word document has a few dozen.
MAX_ZIP_ENTRIES = 5000
#: Most pages of a PDF read; text extraction costs ~0.05 s a page and reports have ~5–30.
MAX_PDF_PAGES = 500


def _human(n: int) -> str:
    """Dutch notation: "23,4 MB", "20 MB"; tiny test limits in kB or bytes rather than "0 MB"."""
    if n >= MB:
        return f"{n / MB:.1f}".replace(".", ",").removesuffix(",0") + " MB"
    return f"{n // 1024} kB" if n >= 1024 else f"{n} bytes"


def check_size(size: int, limit: int | None = None) -> None:
    """Refuse empty input and input over `limit` bytes (default `MAX_FILE_BYTES`, read at call time)."""
    limit = MAX_FILE_BYTES if limit is None else limit
    if size == 0:
        raise InputError("leeg bestand")
    if size > limit:
        raise InputError(f"bestand te groot ({_human(size)}; maximaal {_human(limit)})")


def open_zip(data: bytes, invalid_message: str) -> zipfile.ZipFile:
    """Open `data` as a zip after checking its central directory against the limits above."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError(invalid_message) from exc
    if len(infos) > MAX_ZIP_ENTRIES:
        raise InputError(f"te veel onderdelen in het bestand (meer dan {MAX_ZIP_ENTRIES}) – mogelijk een zip-bom")
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > RATIO_MIN_ENTRY_BYTES and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
            raise InputError("uitgepakt te groot – mogelijk een zip-bom")
    if total > MAX_UNZIPPED_BYTES:
        raise InputError("uitgepakt te groot – mogelijk een zip-bom")
    return zf
