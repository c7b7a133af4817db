"""Word output with a comment at every finding: the coach's own .docx back, or a new one from text.

Finding offsets index `Report.text`, which the docx reader builds from paragraphs and table rows
(checker/ingest/docx_reader.py). To put a comment on the offending words we walk the XML the same
way, remembering for every character the run (`w:r`) and the element it came from; then each
finding's edges are split into run boundaries (Word anchors a comment on whole runs) and
`Document.add_comment` marks the range. The walk is verified block by block against a fresh read
of the same bytes: a block that does not match (a reader change we did not mirror) is never
guessed at; its findings are anchored on the first run of the document with the quoted text, as
are document-level findings (`start == end`) and findings in headers, footers and text boxes
(Word only allows comments in the main text).

The renderer is pure: bytes in, bytes out; the CLI and the web app both use it.
"""

from __future__ import annotations

import copy
import io
from dataclasses import dataclass, field

from checker.ingest.docx_reader import (
    _ALT, _LINE_BREAKS, _P, _R, _SKIP_TAGS, _SPACE_TAGS, _T, _TC, _TR, _TXBX, _W, BodyWalker,
    _alternative, _children, _flatten, read_docx,
)
from checker.ingest.text_reader import blocks_from_text
from checker.model import Finding, Report

AUTHOR = "rapportcheck"
INITIALS = "RC"
SEVERITY_WORD = {"error": "fout", "warning": "waarschuwing", "info": "info"}
_RPR = _W + "rPr"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_EDGES = ("header", "footer")

@dataclass
class _Item:
    text: str
    #: per character: (w:r, the run's direct child it came from, index in that w:t or None when the
    #: child cannot be split: a tab, a w:t holding entity nodes); None for the separators the reader
    #: adds itself (" " between the paragraphs of a cell, " | " between cells)
    where: list
    origin: str
    in_main: bool          # in the document part (comments allowed), not a header or footer


@dataclass
class _Mapped:
    items: list[_Item] = field(default_factory=list)
    blocks: list = field(default_factory=list)     # (start, end, item or None) per Document block


# ---- the walk, mirroring docx_reader._Reader ------------------------------------------------

class _Walker(BodyWalker):
    def __init__(self, in_main: bool) -> None:
        self.in_main = in_main
        self.items: list[_Item] = []

    def _inline(self, el, chars: list[str], where: list, boxes: list, run=None, top=None) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP_TAGS:
                continue
            direct = child if top is None and run is not None else top   # the run's direct child
            if tag == _T:
                text = child.text or ""
                if len(child) or direct is not child:     # entity nodes or nested: never split inside
                    pieces = text + "".join(sub.tail or "" for sub in child)
                    chars.extend(pieces)
                    where.extend([(run, direct, None)] * len(pieces))
                else:
                    chars.extend(text)
                    where.extend((run, child, i) for i in range(len(text)))
            elif tag in _SPACE_TAGS:
                chars.append(" ")
                where.append((run, direct, None) if run is not None else None)
            elif tag == _W + "noBreakHyphen":
                chars.append("-")
                where.append((run, direct, None) if run is not None else None)
            elif tag == _TXBX:
                boxes.append(child)
            elif tag == _ALT:
                self._inline(_alternative(child), chars, where, boxes, run, direct)
            elif tag == _R:
                self._inline(child, chars, where, boxes, child, None)
            else:
                self._inline(child, chars, where, boxes, run, direct)

    def _paragraph_text(self, p, boxes: list) -> tuple[str, list]:
        chars: list[str] = []
        where: list = []
        self._inline(p, chars, where, boxes)
        text = _LINE_BREAKS.sub(" ", "".join(chars))     # one character for one: offsets hold
        lead = len(text) - len(text.lstrip())
        stripped = text.strip()
        return stripped, where[lead:lead + len(stripped)]

    def _paragraph(self, p, origin: str) -> None:
        boxes: list = []
        text, where = self._paragraph_text(p, boxes)
        self.items.append(_Item(text, where, origin, self.in_main and origin == "body"))
        for box in boxes:
            self.blocks(box, "textbox")

    def _table(self, tbl, origin: str) -> None:
        row_origin = "table" if origin == "body" else origin
        for tr in _children(tbl, _TR):
            cells: list[tuple[str, list]] = []
            nested, boxes = [], []
            for tc in _children(tr, _TC):
                tcpr = tc.find(_W + "tcPr")
                vmerge = tcpr.find(_W + "vMerge") if tcpr is not None else None
                if vmerge is not None and vmerge.get(_W + "val", "continue") != "restart":
                    continue
                parts = []
                for el in _flatten(tc):
                    if el.tag == _P:
                        parts.append(self._paragraph_text(el, boxes))
                    else:
                        nested.append(el)
                cell = _join([p for p in parts if p[0]], " ")
                if cell[0]:
                    cells.append(cell)
            text, where = _join(cells, " | ")
            self.items.append(_Item(text, where, row_origin, self.in_main and row_origin == "table"))
            for inner in nested:
                self._table(inner, origin)
            for box in boxes:
                self.blocks(box, "textbox")


def _join(parts: list[tuple[str, list]], sep: str) -> tuple[str, list]:
    text, where = [], []
    for n, (t, w) in enumerate(parts):
        if n:
            text.append(sep)
            where.extend([None] * len(sep))
        text.append(t)
        where.extend(w)
    return "".join(text), where


def _map(doc, document) -> _Mapped:
    """Walk `doc` like the reader and pair every block of `document` with the walked item."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    body = _Walker(in_main=True)
    body.blocks(doc.element.body, "body")
    edges: list[_Item] = []
    for rel in doc.part.rels.values():
        if not rel.is_external and rel.reltype in (RT.HEADER, RT.FOOTER):
            sub = _Walker(in_main=False)
            sub.blocks(rel.target_part.element, "header" if rel.reltype == RT.HEADER else "footer")
            edges.extend(sub.items)
    items = edges + body.items
    # assemble(): headers (each distinct line once), everything else, footers; empty blocks dropped
    seen: set[tuple[str, str]] = set()
    first = {"header": [], "footer": []}
    for item in items:
        key = (item.origin, " ".join(item.text.split()))
        if item.origin in first and key not in seen:
            seen.add(key)
            first[item.origin].append(item)
    ordered = first["header"] + [i for i in items if i.origin not in _EDGES] + first["footer"]
    ordered = [i for i in ordered if i.text.strip()]
    mapped = _Mapped(items=ordered)
    for n, block in enumerate(document.blocks):
        item = ordered[n] if n < len(ordered) else None
        ok = item is not None and item.text == document.block_text(block) and len(item.where) == len(item.text)
        mapped.blocks.append((block.start, block.end, item if ok else None))
    return mapped


# ---- splitting runs at character edges ------------------------------------------------------

def _content(run) -> list:
    return [c for c in run if c.tag != _RPR]


def _new_t(text: str):
    from docx.oxml import OxmlElement

    t = OxmlElement("w:t")
    t.text = text
    t.set(_XML_SPACE, "preserve")
    return t


def _split(run, child, index: int | None) -> None:
    """Make a new run start at `child` (at `index` inside a w:t; index None/0: before the child,
    a positive index on an unsplittable child: after it). The part before stays in `run`."""
    from docx.oxml import OxmlElement

    content = _content(run)
    if child not in content:
        return
    pos = content.index(child)
    text = child.text or "" if child.tag == _T else ""
    head: list = []
    if child.tag == _T and index is not None and 0 < index < len(text) and not len(child):
        child.text = text[:index]
        child.set(_XML_SPACE, "preserve")
        head = [_new_t(text[index:])]
        moving = content[pos + 1:]
    elif index:                                        # after the child
        moving = content[pos + 1:]
    else:                                              # before the child
        moving = content[pos:]
    if not head and (not moving or moving[0] is content[0]):
        return                                         # already a run edge
    new_run = OxmlElement("w:r")
    for name, value in run.attrib.items():
        new_run.set(name, value)
    rpr = run.find(_RPR)
    if rpr is not None:
        new_run.append(copy.deepcopy(rpr))
    for el in head + moving:
        new_run.append(el)                             # lxml moves the element
    run.addnext(new_run)


def _chars(mapped: _Mapped, start: int, end: int) -> list[tuple[int, tuple]]:
    """(offset, where) of every character in [start, end) that sits in a run of the main text."""
    out = []
    for b_start, b_end, item in mapped.blocks:
        if item is None or not item.in_main or b_end <= start or b_start >= end:
            continue
        for g in range(max(start, b_start), min(end, b_end)):
            w = item.where[g - b_start]
            if w is not None and w[0] is not None:
                out.append((g, w))
    return out


def _anchor_chars(mapped: _Mapped, finding: Finding) -> tuple[tuple, tuple] | None:
    if finding.end <= finding.start:
        return None
    found = _chars(mapped, finding.start, finding.end)
    return (found[0], found[-1]) if found else None


def _first_run(mapped: _Mapped):
    for _start, _end, item in mapped.blocks:
        if item is not None and item.in_main:
            for w in item.where:
                if w is not None and w[0] is not None:
                    return w[0]
    return None


# ---- comments -------------------------------------------------------------------------------

def comment_text(finding: Finding, where: str | None = None) -> str:
    """The Dutch comment: severity and message, then the suggestion, then the rule code.

    `where` is a lead-in for a comment that could not sit on its own words (whole document,
    header or footer): it then quotes the text it is about.
    """
    lines = []
    if where:
        lines.append(where + (f": ‘{_short(finding.text)}’" if finding.text else ""))
    lines.append(f"[{SEVERITY_WORD.get(finding.severity, finding.severity)}] {finding.message}")
    if finding.suggestion:
        lines.append(f"Suggestie: {finding.suggestion}")
    lines.append(f"({finding.rule})")
    return "\n".join(lines)


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _block_origin(mapped: _Mapped, offset: int) -> str | None:
    for b_start, b_end, item in mapped.blocks:
        if b_start <= offset < b_end:
            return item.origin if item is not None else None
    return None


def _lead_in(mapped: _Mapped, finding: Finding) -> str:
    if finding.end <= finding.start:
        return "Hele document"
    origin = _block_origin(mapped, finding.start)
    return {"header": "In de koptekst", "footer": "In de voettekst",
            "textbox": "In een tekstvak"}.get(origin or "", "Bij de tekst")


def annotate_docx(data: bytes, report: Report, author: str = AUTHOR, initials: str = INITIALS) -> bytes:
    """The original .docx with one Word comment per finding, anchored on the finding's text.

    `report` must be the check of these very bytes (its offsets index their extracted text).
    """
    import docx
    from docx.text.run import Run

    document = read_docx(data, report.source)
    doc = docx.Document(io.BytesIO(data))
    same_text = document.text == report.text
    mapped = _map(doc, document) if same_text else _Mapped()
    edges_of: dict[int, tuple[int, int]] = {}      # id(finding) → first and last anchored character
    splits: dict[int, tuple] = {}                   # offset where a run must begin → where that is
    for finding in report.findings:
        edges = _anchor_chars(mapped, finding) if same_text else None
        if edges is None:
            continue
        (a, (run_a, child_a, idx_a)), (b, (run_b, child_b, idx_b)) = edges
        splits.setdefault(a, (run_a, child_a, idx_a or 0))                        # new run at a
        splits.setdefault(b + 1, (run_b, child_b, (idx_b + 1) if idx_b is not None else 1))  # after b
        edges_of[id(finding)] = (a, b)
    for _key, (run, child, index) in sorted(splits.items(), key=lambda kv: kv[0], reverse=True):
        _split(run, child, index)   # from the end backwards: earlier positions keep their meaning
    if splits:
        mapped = _map(doc, document)
    fallback = _first_run(mapped)
    parent = doc._body
    for finding in report.findings:                  # comments in the order of the findings
        a, b = edges_of.get(id(finding), (None, None))
        first = _chars(mapped, a, a + 1) if a is not None else []
        last = _chars(mapped, b, b + 1) if b is not None else []
        if first and last:
            runs = [Run(first[0][1][0], parent), Run(last[0][1][0], parent)]
            doc.add_comment(runs, comment_text(finding), author, initials)
            continue
        if fallback is None:                         # no text in the main part at all
            para = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
            fallback = para.add_run("")._r
        doc.add_comment(Run(fallback, parent), comment_text(finding, _lead_in(mapped, finding)), author, initials)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def text_to_docx(report: Report, author: str = AUTHOR, initials: str = INITIALS) -> bytes:
    """A new .docx of `report.text` (one paragraph a line, headings styled) with the comments.

    For inputs that are not Word (.pdf, .odt, .txt, pasted text): the coach gets a document to
    edit in, with every finding as a Word comment on its own words.
    """
    import docx

    text = report.text
    cuts = {0, len(text)}
    for f in report.findings:
        if f.end > f.start:
            cuts.update((max(0, f.start), min(len(text), f.end)))
    headings = {b.start: min(b.level, 3) or 1 for b in blocks_from_text(text, markdown=False)
                if b.kind == "heading"} if text else {}
    doc = docx.Document()
    runs: list[tuple[int, int, object]] = []       # (start, end, Run) in text order
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        lead = len(line) - len(line.lstrip())
        level = headings.get(start + lead)
        para = doc.add_heading("", level) if level else doc.add_paragraph()
        edges = sorted({start, end} | {c for c in cuts if start < c < end})
        for s, e in zip(edges, edges[1:]):
            runs.append((s, e, para.add_run(text[s:e])))
        pos = end + 1
    for finding in report.findings:
        covering = [r for s, e, r in runs if e > s and s < finding.end and e > finding.start]
        if finding.end > finding.start and covering:
            doc.add_comment(covering, comment_text(finding), author, initials)
        else:
            first = next((r for s, e, r in runs if e > s), None)
            if first is None:
                first = doc.add_paragraph().add_run("")
            doc.add_comment(first, comment_text(finding, "Hele document" if finding.end <= finding.start
                                                else "Bij de tekst"), author, initials)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
