"""The document model every reader produces: plain text plus typed blocks with character offsets.

`text` is exactly what `rapportcheck extract` prints and what every finding's offsets index into.
Blocks never overlap and each block's text is `text[start:end]`; readers separate blocks with "\n".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table_row"]


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    start: int
    end: int
    level: int = 0          # heading level (1 = top) or list nesting depth (0 = top)
    origin: str = "body"    # body | header | footer | textbox | table


@dataclass
class Document:
    text: str
    blocks: list[Block]
    source: str                       # the path as the user gave it, or "-"
    format: str                       # docx | pdf | odt | txt | md | stdin
    metadata: dict = field(default_factory=dict)   # created/modified (ISO), author, title: never text

    def block_text(self, block: Block) -> str:
        return self.text[block.start:block.end]

    def headings(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "heading"]


class DocumentBuilder:
    """Appends blocks one line-group at a time and keeps offsets right, so readers cannot get them wrong."""

    def __init__(self, source: str, fmt: str) -> None:
        self.source = source
        self.format = fmt
        self._parts: list[str] = []
        self._length = 0
        self.blocks: list[Block] = []
        self.metadata: dict = {}

    def add(self, text: str, kind: BlockKind = "paragraph", level: int = 0, origin: str = "body") -> None:
        """Add one block; empty or whitespace-only text is skipped. Inner newlines are kept."""
        text = text.strip()
        if not text:
            return
        if self._parts:
            self._parts.append("\n")
            self._length += 1
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        self.blocks.append(Block(kind, start, self._length, level, origin))

    def build(self) -> Document:
        return Document("".join(self._parts), self.blocks, self.source, self.format, dict(self.metadata))
