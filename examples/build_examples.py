"""Rebuild examples/eindrapportage-voorbeeld.docx from the .txt beside it.

    python examples/build_examples.py

Numbered lines become Word headings, "- " lines bullets, " | " lines a table: the layout a coach's
Word template has, so the quick start shows the .docx reader at work.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent


def build(txt: Path, out: Path) -> None:
    doc = Document()
    doc.core_properties.author = "L. Verbeek"
    doc.core_properties.created = dt.datetime(2025, 6, 30, 9, 0)
    doc.core_properties.modified = dt.datetime(2025, 6, 30, 9, 0)
    lines = txt.read_text(encoding="utf-8").splitlines()
    table_rows: list[list[str]] = []

    def flush_table() -> None:
        if table_rows:
            table = doc.add_table(rows=len(table_rows), cols=len(table_rows[0]))
            table.style = "Table Grid"
            for r, cells in enumerate(table_rows):
                for c, value in enumerate(cells):
                    table.cell(r, c).text = value
            table_rows.clear()

    for i, line in enumerate(lines):
        if " | " in line:
            table_rows.append(line.split(" | "))
            continue
        flush_table()
        if not line.strip():
            continue
        if i == 0:
            doc.add_heading(line, level=0)
        elif re.match(r"^\d+\. ", line):
            doc.add_heading(line, level=1)
        elif line.startswith("- "):
            doc.add_paragraph(line[2:], style="List Bullet")
        else:
            doc.add_paragraph(line)
    flush_table()
    doc.save(out)


if __name__ == "__main__":
    build(HERE / "eindrapportage-voorbeeld.txt", HERE / "eindrapportage-voorbeeld.docx")
