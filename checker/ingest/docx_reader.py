"""Word (.docx) via python-docx: body in document order, headers/footers, text boxes, tables.

Security: python-docx parses every part with `docx.oxml.parser.oxml_parser`, an lxml parser built
with `resolve_entities=False` (and lxml's defaults `no_network=True`, `huge_tree=False`), so entity
references stay unexpanded nodes (their text is dropped) and external entities are never fetched;
libxml2 refuses a billion-laughs document.xml outright ("maximum entity amplification") in
milliseconds, which becomes an InputError (tests/test_ingest_docx.py proves both). The zip itself is
checked by `limits.open_zip` before python-docx sees it.

The walk is over the XML rather than `Document.iter_inner_content()` only because that skips
content controls (w:sdt), where templates keep cover pages and tables of contents.
"""

from __future__ import annotations

import io
import re

from checker.errors import InputError
from checker.ingest import limits
from checker.ingest.document import Document
from checker.ingest.text_reader import assemble, promote_headings

INVALID = "geen geldig Word-bestand (.docx)"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _TBL, _TR, _TC, _R, _T = (_W + t for t in ("p", "tbl", "tr", "tc", "r", "t"))
_SDT, _SDT_CONTENT, _CUSTOM_XML, _TXBX = _W + "sdt", _W + "sdtContent", _W + "customXml", _W + "txbxContent"
_ALT, _CHOICE, _FALLBACK = _MC + "AlternateContent", _MC + "Choice", _MC + "Fallback"
_SPACE_TAGS = {_W + t for t in ("tab", "ptab", "br", "cr")}
_SKIP_TAGS = {_W + t for t in ("pPr", "rPr", "del", "moveFrom", "instrText", "delInstrText", "fldData",
                               "footnoteReference", "endnoteReference", "commentReference", "sym", "tcPr",
                               "trPr", "tblPr", "tblGrid", "sdtPr", "sdtEndPr")}
_HEADING_STYLE = re.compile(r"(?:heading|kop)\s*(\d)")
_LIST_STYLE = re.compile(r"(?:list (?:bullet|number|paragraph)|lijstalinea|lijst opsommingsteken|lijstnummering"
                         r"|lijstnummer|opsommingsteken)\s*(\d?)")
_FALSE = {"0", "false", "off"}
_LINE_BREAKS = re.compile(r"[\r\n\t\v\f\u2028\u2029]")


def _on(el) -> bool | None:
    """The value of an on/off property element (w:b): absent → None."""
    return None if el is None else el.get(_W + "val", "true").lower() not in _FALSE


class BodyWalker:
    """The order in which a body's blocks are read: paragraphs, tables, content controls, custom
    XML and the chosen branch of alternate content. The reader and the Word-comment renderer both
    walk it, so every offset one computes lands on the same text in the other."""

    def blocks(self, container, origin: str) -> None:
        for child in container:
            tag = child.tag
            if tag == _P:
                self._paragraph(child, origin)
            elif tag == _TBL:
                self._table(child, origin)
            elif tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    self.blocks(content, origin)
            elif tag == _CUSTOM_XML:
                self.blocks(child, origin)
            elif tag == _ALT:
                self.blocks(_alternative(child), origin)

    def _paragraph(self, p, origin: str) -> None:
        raise NotImplementedError

    def _table(self, tbl, origin: str) -> None:
        raise NotImplementedError


class _Reader(BodyWalker):
    def __init__(self, doc) -> None:
        self.doc = doc
        self.items: list[dict] = []       # text, kind, level, origin, bold
        self._styles: dict = {}

    # -- styles ---------------------------------------------------------------------------
    def _style_chain(self, style_id: str | None, style_type) -> list:
        style = self.doc.part.get_style(style_id, style_type)
        chain = []
        while style is not None and len(chain) < 10 and style not in chain:
            chain.append(style)
            style = style.base_style
        return chain

    def _pstyle(self, style_id: str | None) -> dict:
        """Heading level, list level and boldness a paragraph style gives, cached per style id."""
        if style_id in self._styles:
            return self._styles[style_id]
        from docx.enum.style import WD_STYLE_TYPE

        info = {"heading": None, "list": None, "bold": None}
        for style in self._style_chain(style_id, WD_STYLE_TYPE.PARAGRAPH):
            names = ((style.name or "").lower(), (style.style_id or "").lower())
            for name in names:
                m = _HEADING_STYLE.fullmatch(name)
                if info["heading"] is None and m:
                    info["heading"] = max(int(m.group(1)), 1)
                elif info["heading"] is None and name in ("title", "titel"):
                    info["heading"] = 1
                elif info["heading"] is None and name in ("subtitle", "ondertitel"):
                    info["heading"] = 2
                lm = _LIST_STYLE.fullmatch(name)
                if info["list"] is None and lm:
                    info["list"] = int(lm.group(1)) - 1 if lm.group(1) else 0
            ppr = style.element.pPr
            if ppr is not None:
                if info["heading"] is None and ppr.outlineLvl is not None and ppr.outlineLvl.val < 9:
                    info["heading"] = ppr.outlineLvl.val + 1
                num = ppr.numPr
                if info["list"] is None and num is not None and num.numId is not None and num.numId.val != 0:
                    info["list"] = num.ilvl.val if num.ilvl is not None else 0
            if info["bold"] is None:
                info["bold"] = style.font.bold
        self._styles[style_id] = info
        return info

    def _run_bold(self, r, para_bold: bool | None) -> bool:
        rpr = r.find(_W + "rPr")
        if rpr is not None:
            direct = _on(rpr.find(_W + "b"))
            if direct is not None:
                return direct
            rstyle = rpr.find(_W + "rStyle")
            if rstyle is not None:
                from docx.enum.style import WD_STYLE_TYPE

                for style in self._style_chain(rstyle.get(_W + "val"), WD_STYLE_TYPE.CHARACTER):
                    if style.font.bold is not None:
                        return style.font.bold
        return bool(para_bold)

    # -- inline text ------------------------------------------------------------------------
    def _inline(self, el, out: list[str], runs: list[bool], boxes: list, para_bold: bool | None) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP_TAGS:    # comments, entities, properties
                continue
            if tag == _T:   # unexpanded entity references are nodes in w:t: keep the text around them
                out.append(child.text or "")
                out.extend(sub.tail or "" for sub in child)
            elif tag in _SPACE_TAGS:
                out.append(" ")                                  # one block is one line
            elif tag == _W + "noBreakHyphen":
                out.append("-")
            elif tag == _TXBX:
                boxes.append(child)
            elif tag == _ALT:
                self._inline(_alternative(child), out, runs, boxes, para_bold)
            elif tag == _R:
                mine: list[str] = []
                self._inline(child, mine, runs, boxes, para_bold)
                if "".join(mine).strip():
                    runs.append(self._run_bold(child, para_bold))
                out.extend(mine)
            else:                                                # hyperlink, ins, smartTag, fldSimple…
                self._inline(child, out, runs, boxes, para_bold)

    def _paragraph_text(self, p, boxes: list) -> tuple[str, list[bool]]:
        out: list[str] = []
        runs: list[bool] = []
        self._inline(p, out, runs, boxes, self._pstyle(_pstyle_id(p))["bold"])
        return _LINE_BREAKS.sub(" ", "".join(out)).strip(), runs

    # -- blocks -----------------------------------------------------------------------------
    def _boxes(self, boxes: list) -> None:
        for box in boxes:
            self.blocks(box, "textbox")

    def _paragraph(self, p, origin: str) -> None:
        boxes: list = []
        text, runs = self._paragraph_text(p, boxes)
        kind, level, bold = "paragraph", 0, bool(runs) and all(runs)
        style = self._pstyle(_pstyle_id(p))
        ppr = p.pPr
        num = ppr.numPr if ppr is not None else None
        outline = ppr.outlineLvl if ppr is not None else None
        if outline is not None and outline.val < 9:
            kind, level = "heading", outline.val + 1
        elif style["heading"] is not None:
            kind, level = "heading", style["heading"]
        elif num is not None and num.numId is not None and num.numId.val != 0:
            kind = "list_item"
            level = num.ilvl.val if num.ilvl is not None else (style["list"] or 0)
        elif style["list"] is not None and not (num is not None and num.numId is not None):
            kind, level = "list_item", style["list"]
        self.items.append({"text": text, "kind": kind, "level": level, "origin": origin, "bold": bold})
        self._boxes(boxes)

    def _table(self, tbl, origin: str) -> None:
        row_origin = "table" if origin == "body" else origin
        for tr in _children(tbl, _TR):
            cells, nested, boxes = [], [], []
            for tc in _children(tr, _TC):
                tcpr = tc.find(_W + "tcPr")
                vmerge = tcpr.find(_W + "vMerge") if tcpr is not None else None
                if vmerge is not None and vmerge.get(_W + "val", "continue") != "restart":
                    continue                                   # the merged cell was counted above
                parts = []
                for el in _flatten(tc):
                    if el.tag == _P:
                        parts.append(self._paragraph_text(el, boxes)[0])
                    else:
                        nested.append(el)
                cell = " ".join(t for t in parts if t)
                if cell:
                    cells.append(cell)
            self.items.append({"text": " | ".join(cells), "kind": "table_row", "level": 0,
                               "origin": row_origin, "bold": False})
            for inner in nested:
                self._table(inner, origin)
            self._boxes(boxes)


def _alternative(alt):
    """mc:AlternateContent holds the same content twice: take the first Choice, else the Fallback."""
    for tag in (_CHOICE, _FALLBACK):
        found = alt.find(tag)
        if found is not None:
            return found
    return []


def _children(el, tag: str):
    """Direct children with `tag`, looking through content controls and custom XML wrappers."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag in (_SDT, _CUSTOM_XML):
            yield from _children(child.find(_SDT_CONTENT) if child.tag == _SDT else child, tag)


def _flatten(container):
    """Paragraphs and tables of a cell in order, through content controls."""
    for child in container:
        if child.tag in (_P, _TBL):
            yield child
        elif child.tag == _SDT and child.find(_SDT_CONTENT) is not None:
            yield from _flatten(child.find(_SDT_CONTENT))
        elif child.tag == _CUSTOM_XML:
            yield from _flatten(child)


def _pstyle_id(p) -> str | None:
    ppr = p.find(_W + "pPr")
    style = ppr.find(_W + "pStyle") if ppr is not None else None
    return style.get(_W + "val") if style is not None else None


def _metadata(doc) -> dict:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        doc.part.package.part_related_by(RT.CORE_PROPERTIES)   # else python-docx invents defaults
    except KeyError:
        return {}
    props = doc.core_properties
    meta = {"created": props.created, "modified": props.modified, "author": props.author,
            "title": props.title, "last_modified_by": props.last_modified_by}
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v.strip()) for k, v in meta.items() if v}


def read_docx(data: bytes, source: str) -> Document:
    limits.open_zip(data, INVALID).close()
    try:
        import docx
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        doc = docx.Document(io.BytesIO(data))
        reader = _Reader(doc)
        reader.blocks(doc.element.body, "body")
        promote_headings(reader.items)
        edges = []
        for rel in doc.part.rels.values():
            if not rel.is_external and rel.reltype in (RT.HEADER, RT.FOOTER):
                sub = _Reader(doc)
                sub._styles = reader._styles
                sub.blocks(rel.target_part.element, "header" if rel.reltype == RT.HEADER else "footer")
                edges.extend(sub.items)
        metadata = _metadata(doc)
    except InputError:
        raise
    except Exception as exc:   # python-docx, lxml, zipfile and KeyError for missing parts alike
        raise InputError(INVALID) from exc
    return assemble(source, "docx", edges + reader.items, metadata)
