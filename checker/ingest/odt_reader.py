"""OpenDocument text (.odt): content.xml, styles.xml (headers/footers) and meta.xml from the zip.

Parsed with `defusedxml.ElementTree`, which refuses entity declarations and external references,
so no entity is ever expanded; odfpy is not used because it parses with the plain expat parser.
"""

from __future__ import annotations

import re

from checker.errors import InputError
from checker.ingest import limits
from checker.ingest.document import Document
from checker.ingest.text_reader import assemble, promote_headings

INVALID = "geen geldig OpenDocument-tekstbestand (.odt)"
_NS = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
}


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


_P, _H, _SPAN, _LIST, _ITEM, _HEADER_ITEM = map(_q, ("text:p", "text:h", "text:span", "text:list", "text:list-item",
                                                     "text:list-header"))
_TABLE, _ROW, _CELL, _TEXTBOX = map(_q, ("table:table", "table:table-row", "table:table-cell", "draw:text-box"))
_STYLE_NAME = _q("text:style-name")
_SPACE_TAGS = {_q("text:tab"), _q("text:line-break")}
_SKIP_INLINE = {_q(n) for n in ("text:note", "office:annotation", "office:annotation-end", "text:ruby-text",
                                                 "svg:title", "svg:desc")}
_SKIP_BLOCK = {_q(n) for n in ("text:tracked-changes", "office:forms", "text:sequence-decls", "text:variable-decls",
                               "text:user-field-decls", "office:annotation", "table:covered-table-cell")}
_WS = re.compile(r"[ \t\r\n]+")   # ODF collapses XML whitespace in text; text:s carries real spaces


class _Reader:
    def __init__(self, styles: dict) -> None:
        self.styles = styles       # name -> (parent, display name, bold or None)
        self.items: list[dict] = []

    def _style(self, name: str | None) -> tuple[int | None, bool | None]:
        """Heading level from Title/Heading N/Kop N and boldness, following parent styles."""
        heading, bold, seen = None, None, set()
        while name and name in self.styles and name not in seen:
            seen.add(name)
            parent, display, weight = self.styles[name]
            label = (display or name).replace("_20_", " ").lower()
            m = re.fullmatch(r"(?:heading|kop)\s*(\d)", label)
            if heading is None and m:
                heading = max(int(m.group(1)), 1)
            elif heading is None and label in ("title", "titel"):
                heading = 1
            elif heading is None and label in ("subtitle", "ondertitel"):
                heading = 2
            bold = weight if bold is None else bold
            name = parent
        return heading, bold

    def _inline(self, el, out: list[str], runs: list[bool], boxes: list, bold: bool) -> None:
        if el.text:
            self._piece(el.text, out, runs, bold)
        for child in el:
            tag = child.tag
            if tag == _q("text:s"):
                out.append(" " * _int(child.get(_q("text:c")), 1))
            elif tag in _SPACE_TAGS:
                out.append(" ")
            elif tag == _TEXTBOX:
                boxes.append(child)
            elif tag not in _SKIP_INLINE:
                child_bold = bold
                if tag == _SPAN and child.get(_STYLE_NAME):
                    span_bold = self._style(child.get(_STYLE_NAME))[1]
                    child_bold = bold if span_bold is None else span_bold
                self._inline(child, out, runs, boxes, child_bold)
            if child.tail:
                self._piece(child.tail, out, runs, bold)

    @staticmethod
    def _piece(text: str, out: list[str], runs: list[bool], bold: bool) -> None:
        out.append(_WS.sub(" ", text))
        if text.strip():
            runs.append(bold)

    def _text(self, p, boxes: list) -> tuple[str, list[bool], int | None]:
        heading, bold = self._style(p.get(_STYLE_NAME))
        out: list[str] = []
        runs: list[bool] = []
        self._inline(p, out, runs, boxes, bool(bold))
        return "".join(out).strip(), runs, heading

    def blocks(self, container, origin: str, list_level: int | None = None) -> None:
        for child in container:
            tag = child.tag
            if tag in (_P, _H):
                boxes: list = []
                text, runs, heading = self._text(child, boxes)
                kind, level = "paragraph", 0
                if tag == _H:
                    kind, level = "heading", max(_int(child.get(_q("text:outline-level")), 1), 1)
                elif heading is not None:
                    kind, level = "heading", heading
                elif list_level is not None:
                    kind, level = "list_item", list_level
                self.items.append({"text": text, "kind": kind, "level": level, "origin": origin,
                                   "bold": bool(runs) and all(runs)})
                for box in boxes:
                    self.blocks(box, "textbox")
            elif tag == _LIST:
                for item in child:
                    if item.tag in (_ITEM, _HEADER_ITEM):
                        self.blocks(item, origin, 0 if list_level is None else list_level + 1)
            elif tag == _TABLE:
                self._table(child, origin)
            elif tag == _TEXTBOX:
                self.blocks(child, "textbox")
            elif tag not in _SKIP_BLOCK and not tag.endswith("-source"):   # sections, indexes, frames
                self.blocks(child, origin, list_level)

    def _table(self, table, origin: str) -> None:
        for row in _rows(table):
            cells, nested, boxes = [], [], []
            for cell in row:
                if cell.tag != _CELL:
                    continue                     # covered (merged) cells were counted once already
                parts: list[str] = []
                self._cell(cell, parts, nested, boxes)
                text = " ".join(t for t in parts if t)
                if text:
                    cells.append(text)
            self.items.append({"text": " | ".join(cells), "kind": "table_row", "level": 0,
                               "origin": "table" if origin == "body" else origin, "bold": False})
            for inner in nested:
                self._table(inner, origin)
            for box in boxes:
                self.blocks(box, "textbox")

    def _cell(self, el, parts: list[str], nested: list, boxes: list) -> None:
        for child in el:
            if child.tag in (_P, _H):
                parts.append(self._text(child, boxes)[0])
            elif child.tag == _TABLE:
                nested.append(child)
            elif child.tag not in _SKIP_BLOCK:
                self._cell(child, parts, nested, boxes)


def _rows(table):
    for child in table:
        if child.tag == _ROW:
            yield child
        elif child.tag in map(_q, ("table:table-header-rows", "table:table-rows", "table:table-row-group")):
            yield from _rows(child)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _collect_styles(*roots) -> dict:
    styles = {}
    for root in roots:
        if root is None:
            continue
        for st in root.iter(_q("style:style")):
            props = st.find(_q("style:text-properties"))
            weight = props.get(_q("fo:font-weight")) if props is not None else None
            bold = None if weight is None else weight in ("bold", "600", "700", "800", "900")
            styles[st.get(_q("style:name"))] = (st.get(_q("style:parent-style-name")),
                                                st.get(_q("style:display-name")), bold)
    return styles


def _metadata(meta) -> dict:
    if meta is None:
        return {}
    fields = {"created": "meta:creation-date", "modified": "dc:date", "author": "meta:initial-creator",
              "title": "dc:title", "last_modified_by": "dc:creator"}
    out = {}
    for key, name in fields.items():
        el = meta.find(f".//{_q(name)}")
        value = (el.text or "").strip() if el is not None else ""
        if value:
            out[key] = re.sub(r"(T\d\d:\d\d:\d\d\.\d{6})\d+", r"\1", value) if key in ("created", "modified") else value
    return out


def read_odt(data: bytes, source: str) -> Document:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    zf = limits.open_zip(data, INVALID)
    try:
        names = set(zf.namelist())
        if "content.xml" not in names:
            raise InputError(INVALID)
        content = fromstring(zf.read("content.xml"))
        styles_root = fromstring(zf.read("styles.xml")) if "styles.xml" in names else None
        meta_root = fromstring(zf.read("meta.xml")) if "meta.xml" in names else None
    except InputError:
        raise
    except (DefusedXmlException, ParseError, ValueError, KeyError, OSError, EOFError) as exc:
        raise InputError(INVALID) from exc
    except Exception as exc:   # zipfile raises BadZipFile/zlib.error for broken members
        raise InputError(INVALID) from exc
    finally:
        zf.close()
    reader = _Reader(_collect_styles(styles_root, content))
    body = content.find(f"{_q('office:body')}/{_q('office:text')}")
    if body is None:
        raise InputError(INVALID)
    reader.blocks(body, "body")
    promote_headings(reader.items)
    edges = _Reader(reader.styles)
    if styles_root is not None:
        for page in styles_root.iter(_q("style:master-page")):
            for part in page:
                local = part.tag.rsplit("}", 1)[-1]
                if local.startswith(("header", "footer")):
                    edges.blocks(part, "header" if local.startswith("header") else "footer")
    return assemble(source, "odt", edges.items + reader.items, _metadata(meta_root))
