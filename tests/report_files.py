"""Write one report as a real .docx, .pdf, .odt, .txt or .md file, for tests across formats."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "eindrapportage-voorbeeld.txt"


def example_lines() -> list[str]:
    return [ln for ln in EXAMPLE.read_text(encoding="utf-8").splitlines() if ln.strip()]


def _is_heading(i: int, line: str) -> bool:
    return i == 0 or (line[:1].isdigit() and ". " in line[:4])


def write_docx(path: Path, lines: list[str]) -> Path:
    from docx import Document

    doc = Document()
    for i, line in enumerate(lines):
        if _is_heading(i, line):
            doc.add_heading(line, level=1)
        elif line.startswith("- "):
            doc.add_paragraph(line[2:], style="List Bullet")
        else:
            doc.add_paragraph(line)
    doc.save(path)
    return path


def write_pdf(path: Path, lines: list[str]) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    if Path(font).is_file():
        pdf.add_font("dejavu", fname=font)
        pdf.set_font("dejavu", size=11)
    else:
        pdf.set_font("helvetica", size=11)
    for line in lines:
        text = line if Path(font).is_file() else line.encode("latin-1", "replace").decode("latin-1")
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(path))
    return path


def write_odt(path: Path, lines: list[str]) -> Path:
    body = []
    for i, line in enumerate(lines):
        tag = "text:h" if _is_heading(i, line) else "text:p"
        attr = ' text:outline-level="1"' if tag == "text:h" else ""
        body.append(f"<{tag}{attr}>{escape(line)}</{tag}>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>'
    )
    return zip_odt(path, {"content.xml": content})


def zip_odt(path: Path, parts: dict[str, str]) -> Path:
    """An OpenDocument package: `mimetype` first and stored, as the format requires, then the parts
    (content.xml, styles.xml, meta.xml …) and a manifest."""
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        + "".join(f'<manifest:file-entry manifest:full-path="{name}" manifest:media-type="text/xml"/>' for name in parts)
        + '</manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        for name, xml in parts.items():
            zf.writestr(name, xml, zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return path


def write_report(path: Path, lines: list[str] | None = None) -> Path:
    lines = lines or example_lines()
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return write_docx(path, lines)
    if suffix == ".pdf":
        return write_pdf(path, lines)
    if suffix == ".odt":
        return write_odt(path, lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
