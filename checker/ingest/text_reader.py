"""Plain text (.txt, .md, stdin): decoding per the contract, one block per non-empty line.

The text is the decoded file with only newlines normalised, so offsets equal the file's characters.
The heading and list heuristics live here because the other readers share them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.errors import InputError
from checker.ingest.document import Block, Document, DocumentBuilder

BINARY_MESSAGE = "geen leesbare tekst – is dit een binair bestand?"
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")   # tab, \n, \v, \f, \r are fine in text


def decode_text(data: bytes) -> str:
    """UTF-8 (BOM dropped), cp1252 when that fails; UTF-16 only with its BOM. Newlines become \\n."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):   # Notepad's "Unicode": unambiguous by its BOM
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(BINARY_MESSAGE) from exc
    elif b"\x00" in data:
        raise InputError(BINARY_MESSAGE)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")   # never fails; the control check below judges it
    if "\x00" in text or len(_CONTROL.findall(text)) > len(text) // 100:
        raise InputError(BINARY_MESSAGE)
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---- heuristics shared by all readers -------------------------------------------------------

_SENTENCE_WORDS = frozenset(
    "is zijn was waren wordt worden werd werden heeft hebben had hadden kan kon kunnen zal zullen "
    "zou moet moeten wil wilde gaat ging volgende onderstaande hieronder ik wij we hij zij ze u je".split()
)
_NUMBERED = re.compile(r"(\d{1,2}(?:\.\d{1,2})*)(\.?)\s+(\S.*)")
_CHAPTER = re.compile(r"(?:hoofdstuk|bijlage|deel|paragraaf)\s+\d{1,2}[a-z]?(?:\s*[-–—:.]?\s+(\S.*))?", re.I)
_BULLET = re.compile(r"(?:[-*+–o]\s+|[•·▪◦‣►■□➢✓]\s*)(?=\S)")
_ORDERED = re.compile(r"(?:(?:\d{1,3}|[a-z])(\.)|(?:\d{1,3}|[a-zA-Z])(\)))\s+(\S+)(.*)")   # "J. Jansen" is a name


def is_short_title(text: str, max_words: int = 8) -> bool:
    """Short, no final sentence punctuation, and not a sentence (no finite verb or pronoun we know)."""
    words = text.split()
    if not words or len(words) > max_words or text[-1] in ".,;!?":
        return False
    if not any(c.isalpha() for c in text):
        return False
    return not any(w.strip(":,()").lower() in _SENTENCE_WORDS for w in words)


def numbered_depth(text: str) -> int | None:
    """Depth of a leading section number: "3. X" → 1, "3.1 X" → 2; None when there is none."""
    m = _NUMBERED.fullmatch(text.strip())
    if not m or ("." not in m.group(1) and not m.group(2)):
        return None
    return m.group(1).count(".") + 1


def numbered_heading_level(text: str, neighbours: tuple[str, ...] = ()) -> int | None:
    """Level of a numbered heading ("3. Zoekprofiel", "3.1 Afstemming", "Hoofdstuk 2 – Verloop").

    A numbered line next to another line numbered at the same depth is a list, not a heading.
    """
    text = text.strip()
    chapter = _CHAPTER.fullmatch(text)
    if chapter:
        rest = chapter.group(1)
        return 1 if not rest or is_short_title(rest) else None
    depth = numbered_depth(text)
    if depth is None:
        return None
    title = _NUMBERED.fullmatch(text).group(3)
    if not title[0].isupper() or not is_short_title(title.rstrip(":")):
        return None
    if any(numbered_depth(n) == depth for n in neighbours if n):
        return None
    return depth


def list_marker(text: str) -> bool:
    """True for a bullet ("- ", "• ", "o ") or an ordered item ("1)", "a)", "1. met kleine letter")."""
    if _BULLET.match(text):
        return True
    m = _ORDERED.fullmatch(text)
    if not m:
        return False
    _, paren, first, rest = m.groups()
    if paren:
        return True
    words = len(rest.split()) + 1
    return first[0].islower() or words > 8 or rest.rstrip().endswith((".", "!", "?"))


def is_all_caps_title(text: str) -> bool:
    """"ZOEKPROFIEL", "CONCLUSIE EN ADVIES"; not "BSN 123456782" (mostly letters, at least four)."""
    letters = [c for c in text if c.isalpha()]
    return (len(letters) >= 4 and len(letters) >= 0.6 * len(text.replace(" ", ""))
            and all(c.isupper() for c in letters) and ":" not in text.rstrip(":") and is_short_title(text.lower()))


def promote_headings(items: list[dict]) -> None:
    """Turn body paragraphs into headings by numbered text, ALL CAPS or (when `bold`) by look, and
    paragraphs that start with typed numbering or a typed bullet into list items.

    Items are dicts with text, kind, level, origin and bold, as the structured readers collect them;
    this runs once all are known, because a numbered line between numbered lines is a list item.
    """
    body = [i for i in items if i["origin"] == "body" and i["text"].strip()]   # blank paragraphs are spacing
    for n, item in enumerate(body):
        text = item["text"].strip()
        if item["kind"] != "paragraph":
            continue
        neighbours = tuple(body[j]["text"] for j in (n - 1, n + 1) if 0 <= j < len(body))
        level = numbered_heading_level(text, neighbours)
        if level is not None:
            item["kind"], item["level"] = "heading", level
        elif list_marker(text) or numbered_depth(text) is not None:
            item["kind"], item["level"] = "list_item", 0         # typed numbering or bullets
        elif is_all_caps_title(text):
            item["kind"], item["level"] = "heading", 1
        elif item.get("bold") and is_short_title(text, 10):
            item["kind"], item["level"] = "heading", 2


def assemble(source: str, fmt: str, items: list[dict], metadata: dict) -> Document:
    """Headers first and footers last, each distinct line once; refuse a document without body text."""
    builder = DocumentBuilder(source, fmt)
    edges = {"header": [], "footer": []}
    seen: set[tuple[str, str]] = set()
    for item in items:
        key = (item["origin"], " ".join(item["text"].split()))
        if item["origin"] in edges and key not in seen:
            seen.add(key)
            edges[item["origin"]].append(item)
    for item in edges["header"] + [i for i in items if i["origin"] not in edges] + edges["footer"]:
        builder.add(item["text"], item["kind"], item["level"], item["origin"])
    builder.metadata.update(metadata)
    if not any(b.origin not in edges for b in builder.blocks):
        raise InputError("geen tekst gevonden in het document")
    return builder.build()


# ---- plain-text blocks ----------------------------------------------------------------------

@dataclass
class _Line:
    start: int
    end: int
    indent: int
    text: str   # stripped


_RULE = re.compile(r"[\W_]{3,}")            # "-----", "=====", "|---|---|", "*****": no words
_MD_HEADING = re.compile(r"(#{1,6})(?:\s|$)")
_MD_BOLD = re.compile(r"(\*\*|__)([^*_]+)\1:?")


def _is_table_row(s: str, markdown: bool) -> bool:
    return " | " in s or (s.startswith("|") and s.endswith("|") and len(s) > 2) or (markdown and s.startswith("| "))


def blocks_from_text(text: str, markdown: bool) -> list[Block]:
    """One block per non-empty line; the block covers the line without surrounding whitespace."""
    lines: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        indent = len(raw[:lead].expandtabs(4))
        lines.append(_Line(pos + lead, pos + lead + len(stripped), indent, stripped))
        pos += len(raw) + 1

    def neighbour(i: int, step: int) -> str:
        j = i + step
        while 0 <= j < len(lines):
            if lines[j].text and not _RULE.fullmatch(lines[j].text):
                return lines[j].text
            j += step
        return ""

    blocks: list[Block] = []
    list_indents: list[int] = []
    first = True
    for i, line in enumerate(lines):
        s = line.text
        if not s:
            continue
        if not any(c.isalnum() for c in s):          # rules, separators, lone bullets: no text
            continue
        nxt = lines[i + 1].text if i + 1 < len(lines) else ""
        prev_blank = (i == 0 or not any(c.isalnum() for c in lines[i - 1].text)
                      or blocks[-1].kind in ("table_row", "list_item", "heading"))   # previous line's block
        kind, level = "paragraph", 0
        md = _MD_HEADING.match(s) if markdown else None
        if md:
            kind, level = "heading", len(md.group(1))
        elif _is_table_row(s, markdown):
            kind = "table_row"
        elif (nxt and _RULE.fullmatch(nxt) and set(nxt) <= {"=", "-", " "} and not list_marker(s)
              and len(s.split()) <= 12 and s[-1] not in ".,;"):
            kind, level = "heading", 1 if "=" in nxt else 2        # setext underline
        elif list_marker(s):
            kind = "list_item"
        elif (lvl := numbered_heading_level(s, (neighbour(i, -1), neighbour(i, 1)))) is not None:
            kind, level = "heading", lvl
        elif numbered_depth(s) is not None:
            kind = "list_item"                          # "1. Magazijnmedewerker" in a numbered run
        elif markdown and _MD_BOLD.fullmatch(s) and is_short_title(s.strip("*_:")):
            kind, level = "heading", 2
        elif is_all_caps_title(s):
            kind, level = "heading", 1
        elif s.endswith(":") and s[0].isupper() and ":" not in s[:-1] and is_short_title(s[:-1]):
            kind, level = "heading", 2
        elif first and ":" not in s and s[0].isupper() and is_short_title(s):
            kind, level = "heading", 1
        elif prev_blank and ":" not in s and s[0].isupper() and is_short_title(s) and _followed_by_body(s, neighbour(i, 1)):
            kind, level = "heading", 2
        first = False
        if kind == "list_item":
            while list_indents and list_indents[-1] > line.indent:
                list_indents.pop()
            if not list_indents or line.indent > list_indents[-1]:
                list_indents.append(line.indent)
            level = len(list_indents) - 1
        else:
            list_indents.clear()
        blocks.append(Block(kind, line.start, line.end, level))
    return blocks


def _followed_by_body(title: str, nxt: str) -> bool:
    """A title stands above a longer sentence, or (when very short) above a list or table."""
    if not nxt:
        return False
    words = len(nxt.split())
    if list_marker(nxt) or " | " in nxt:
        return len(title.split()) <= 5
    return words > len(title.split()) and (words > 8 or nxt[-1] in ".!?:")


def read_text_bytes(data: bytes, source: str, fmt: str) -> Document:
    """Decode `data` and split it into line blocks; `fmt` "md" turns on markdown syntax."""
    text = decode_text(data)
    blocks = blocks_from_text(text, markdown=fmt == "md")
    if not blocks:
        raise InputError("geen tekst gevonden in het document")
    return Document(text, blocks, source, fmt)
