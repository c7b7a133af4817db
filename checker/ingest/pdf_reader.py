"""PDF text layer via pdfplumber: lines are rebuilt into paragraphs, headings and list items, and
ruled tables into `cell | cell` rows (as the Word reader gives them) instead of lines that interleave
the cells of a row.

A PDF only has positioned lines, so structure is inferred from layout: a vertical gap, a bullet or
a change of font size or weight starts a new block; a short line in a larger or bold font is a
heading; a line repeated in the page margin on (almost) every page is a running header or footer
and is dropped, as are page numbers.
"""

from __future__ import annotations

import io
import math
import re
from collections import Counter
from dataclasses import dataclass

from checker.errors import InputError
from checker.ingest import limits
from checker.ingest.document import Document
from checker.ingest.text_reader import assemble, list_marker, promote_headings

INVALID = "geen geldig PDF-bestand"
PASSWORD = "de PDF is beveiligd met een wachtwoord – verwijder de beveiliging en probeer opnieuw"
SCAN = "geen tekstlaag gevonden – is dit een scan?"
MARGIN = 0.12           # top and bottom share of the page where running headers/footers live
REPEAT_SHARE = 0.6      # a margin line on at least this share of the pages (and two) is running
_PAGE_NUMBER = re.compile(r"(?:(?:pagina|page|blz\.?|p\.)\s*)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:van|of|/)\s*\d{1,4})?", re.I)
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "\u00a0": " "})
_PUA_BULLET = re.compile(r"^[\uf000-\uf0ff●○■◆❖➤➢✔]\s*")   # Symbol/Wingdings bullets from Word
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.I)


@dataclass
class _Line:
    text: str
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    bold: bool
    page: int
    height: float       # of the page
    kind: str = "line"  # line | table_row


def _lines(page, index: int) -> list[_Line]:
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    out = _table_rows(tables, index, page.height)
    for raw in page.extract_text_lines(return_chars=True, strip=True):
        if _inside(raw, boxes):
            continue
        chars = [c for c in raw["chars"] if c.get("text", "").strip()]
        text = _PUA_BULLET.sub("• ", raw["text"].translate(_LIGATURES)).strip()
        if not chars or not text:
            continue
        size = Counter(round(c.get("size", 0) * 2) / 2 for c in chars).most_common(1)[0][0]
        bold = sum(bool(_BOLD.search(c.get("fontname", ""))) for c in chars) >= 0.9 * len(chars)
        out.append(_Line(text, raw["top"], raw["bottom"], raw["x0"], raw["x1"], size, bold, index, page.height))
    out.sort(key=lambda line: line.top)
    return out


def _inside(raw: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    middle = (raw["top"] + raw["bottom"]) / 2
    return any(x0 - 1 <= raw["x0"] and raw["x1"] <= x1 + 1 and top <= middle <= bottom
               for x0, top, x1, bottom in boxes)


def _table_rows(tables, index: int, height: float) -> list[_Line]:
    """A ruled table's rows, each as one line 'cell | cell'; a cell's wrapped lines joined."""
    out = []
    for table in tables:
        for row, cells in zip(table.rows, table.extract()):
            texts = [" ".join((cell or "").translate(_LIGATURES).split()) for cell in cells]
            if any(texts):
                x0, top, x1, bottom = row.bbox
                out.append(_Line(" | ".join(texts), top, bottom, x0, x1, 0.0, False, index, height, "table_row"))
    return out


def _zone(line: _Line) -> str | None:
    if line.top < MARGIN * line.height:
        return "top"
    if line.bottom > (1 - MARGIN) * line.height:
        return "bottom"
    return None


def _drop_running(lines: list[_Line], pages: int) -> list[_Line]:
    """Remove margin lines repeated on (almost) every page, digits ignored, and page numbers."""
    def key(line: _Line):
        return _zone(line), re.sub(r"\d+", "#", " ".join(line.text.lower().split()))

    counts = Counter()
    for k in {(key(line), line.page) for line in lines if _zone(line)}:
        counts[k[0]] += 1
    needed = max(2, math.ceil(REPEAT_SHARE * pages))
    return [line for line in lines
            if not _zone(line) or (counts[key(line)] < needed and not _PAGE_NUMBER.fullmatch(line.text))]


def _join(a: str, b: str) -> str:
    """Join wrapped lines; "sollici-" + "taties" → "sollicitaties" (only lowercase on both sides)."""
    if a.endswith("\u00ad"):
        return a[:-1] + b
    if len(a) >= 2 and a[-1] == "-" and a[-2].islower() and b[:1].islower():
        return a[:-1] + b
    return a + " " + b


def _blocks(lines: list[_Line]) -> list[dict]:
    """Group lines into blocks: {text, kind, level, size, bold}."""
    gaps = sorted(c.top - p.bottom for p, c in zip(lines, lines[1:])
                  if p.page == c.page and p.kind == c.kind == "line" and p.size == c.size and c.top > p.bottom - 1)
    base_gap = gaps[len(gaps) // 4] if gaps else 0.0
    right = {}
    for line in lines:
        right[line.page] = max(right.get(line.page, 0.0), line.x1)
    blocks: list[dict] = []
    prev: _Line | None = None
    for line in lines:
        if line.kind == "table_row":
            blocks.append({"text": line.text, "kind": "table_row", "level": 0, "size": line.size, "bold": False,
                           "x0": line.x0, "lines": 1, "origin": "table"})
            prev = None
            continue
        bullet = list_marker(line.text)
        new = (prev is None or bullet or line.size != prev.size or line.bold != prev.bold)
        if not new and line.page == prev.page:
            gap = line.top - prev.bottom
            short_end = prev.text[-1] in ".!?:" and prev.x1 < right[prev.page] - 0.15 * (right[prev.page] - prev.x0)
            new = gap > base_gap + 0.4 * line.size or gap < -1 or short_end
        elif not new:                                     # next page: only continue a broken sentence
            new = prev.text[-1] in ".!?:" or not line.text[:1].islower()
        if new:
            blocks.append({"text": line.text, "kind": "list_item" if bullet else "paragraph", "level": 0,
                           "size": line.size, "bold": line.bold, "x0": line.x0, "lines": 1, "origin": "body"})
        else:
            blocks[-1]["text"] = _join(blocks[-1]["text"], line.text)
            blocks[-1]["lines"] += 1
        prev = line
    return blocks


def _classify(blocks: list[dict]) -> None:
    """Headings by font (larger or bold, short, no final period); list levels by indentation."""
    weight = Counter()
    for b in blocks:
        if b["kind"] != "table_row":
            weight[b["size"]] += len(b["text"])
    body = weight.most_common(1)[0][0] if weight else 0
    def heading_like(b):
        words = len(b["text"].split())
        return (b["kind"] == "paragraph" and words <= 12 and b["text"][-1] not in ".,;"
                and (b["size"] >= body * 1.15 or (b["bold"] and b["size"] >= body)))
    sizes = sorted({b["size"] for b in blocks if heading_like(b) and b["size"] >= body * 1.15}, reverse=True)
    indents: list[float] = []
    for b in blocks:
        if heading_like(b):
            b["kind"] = "heading"
            b["level"] = sizes.index(b["size"]) + 1 if b["size"] in sizes else len(sizes) + 1
        if b["kind"] == "list_item":
            while indents and indents[-1] > b["x0"] + 2:
                indents.pop()
            if not indents or b["x0"] > indents[-1] + 2:
                indents.append(b["x0"])
            b["level"] = len(indents) - 1
        else:
            indents.clear()
        b["bold"] = False                                 # bold look is decided above, by font


_PDF_DATE = re.compile(r"D:(\d{4})(\d\d)?(\d\d)?(\d\d)?(\d\d)?(\d\d)?([Zz+-])?(\d\d)?'?(\d\d)?")


def _pdf_date(value: str) -> str | None:
    m = _PDF_DATE.match(value.strip())
    if not m:
        return None
    y, mo, d, h, mi, s, sign, tzh, tzm = m.groups()
    iso = f"{y}-{mo or '01'}-{d or '01'}T{h or '00'}:{mi or '00'}:{s or '00'}"
    if sign in ("Z", "z"):
        iso += "+00:00"
    elif sign:
        iso += f"{sign}{tzh or '00'}:{tzm or '00'}"
    return iso


def _metadata(info: dict) -> dict:
    out = {}
    for key, name in (("created", "CreationDate"), ("modified", "ModDate"), ("author", "Author"), ("title", "Title")):
        value = info.get(name)
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        if not isinstance(value, str) or not value.strip():
            continue
        value = _pdf_date(value) if key in ("created", "modified") else value.strip()
        if value:
            out[key] = value
    return out


def _password_error(exc: BaseException) -> bool:
    seen = 0
    while exc is not None and seen < 5:
        if any(type(e).__name__ in ("PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning")
               for e in (exc, *[a for a in exc.args if isinstance(a, BaseException)])):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def read_pdf(data: bytes, source: str) -> Document:
    import pdfplumber   # lazily: pdfplumber, pdfminer and pypdfium2 cost ~50 ms to import

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:
        raise InputError(PASSWORD if _password_error(exc) else INVALID) from exc
    try:
        with pdf:
            if len(pdf.pages) > limits.MAX_PDF_PAGES:
                raise InputError(f"te veel pagina's ({len(pdf.pages)}; maximaal {limits.MAX_PDF_PAGES})")
            lines = [line for i, page in enumerate(pdf.pages) for line in _lines(page, i)]
            metadata = _metadata(pdf.metadata or {})
            pages = len(pdf.pages)
    except InputError:
        raise
    except Exception as exc:
        raise InputError(PASSWORD if _password_error(exc) else INVALID) from exc
    if not lines:
        raise InputError(SCAN)
    blocks = _blocks(_drop_running(lines, pages))
    _classify(blocks)
    promote_headings(blocks)
    return assemble(source, "pdf", blocks, metadata)
