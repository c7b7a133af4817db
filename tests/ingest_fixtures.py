"""Builders for real input files used by the ingest tests (python-docx, fpdf2, pypdf, hand-made zips)."""

from __future__ import annotations

import datetime as dt
import struct
import zipfile
import zlib
from pathlib import Path

from report_files import zip_odt

# ---- Word ----------------------------------------------------------------------------------

_TEXTBOX_RUN = """
<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
     xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
     xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
     xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
     xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
     xmlns:v="urn:schemas-microsoft-com:vml">
  <mc:AlternateContent>
    <mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>
      <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>
        <w:txbxContent><w:p><w:r><w:t>Tekst in een tekstvak</w:t></w:r></w:p></w:txbxContent>
      </wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
    <mc:Fallback><w:pict><v:shape><v:textbox>
      <w:txbxContent><w:p><w:r><w:t>Tekst in een tekstvak</w:t></w:r></w:p></w:txbxContent>
    </v:textbox></v:shape></w:pict></mc:Fallback>
  </mc:AlternateContent>
</w:r>"""


def _numbered(paragraph, num_id: int, ilvl: int) -> None:
    from docx.oxml import parse_xml

    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def make_report_docx(path: Path) -> Path:
    """A report exercising every structure the docx reader knows."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml

    d = docx.Document()
    props = d.core_properties
    props.author, props.title, props.last_modified_by = "K. Coach", "Eindrapportage", "A. Editor"
    props.created = dt.datetime(2025, 6, 30, 10, 0, 0)
    props.modified = dt.datetime(2025, 7, 1, 9, 30, 0)

    section = d.sections[0]
    section.header.paragraphs[0].text = "Re-integratiebureau Voorbeeld"
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Re-integratiebureau Voorbeeld"   # same: shown once
    section.footer.paragraphs[0].text = "Vertrouwelijk"
    section.even_page_footer.paragraphs[0].text = "Pagina-voet even"

    my_heading = d.styles.add_style("Mijn kop", WD_STYLE_TYPE.PARAGRAPH)
    my_heading.base_style = d.styles["Heading 2"]
    d.styles.add_style("Kop 3", WD_STYLE_TYPE.PARAGRAPH)
    d.styles.add_style("Lijstalinea", WD_STYLE_TYPE.PARAGRAPH)

    d.add_heading("Eindrapportage tweede spoor", 0)                       # Title
    d.add_heading("Zoekprofiel", 1)
    p = d.add_paragraph("Werknemer zoekt werk als\tadministratief medewerker.")
    p.add_run().add_break()
    p.add_run("Tweede regel na een zachte regeleinde.")
    d.add_paragraph("Afstemming", style="Mijn kop")
    d.add_paragraph("Details", style="Kop 3")
    d.add_paragraph().add_run("Conclusie en advies").bold = True
    d.add_paragraph().add_run("Dit is vet maar een zin.").bold = True   # final period: no heading
    d.add_paragraph("3. Verloop van het traject")
    d.add_paragraph("3.1 Contactmomenten")
    d.add_paragraph("Eerste punt", style="List Bullet")
    d.add_paragraph("Tweede niveau", style="List Bullet 2")
    d.add_paragraph("Stap een", style="List Number")
    _numbered(d.add_paragraph("Direct genummerd op niveau twee"), 1, 2)
    d.add_paragraph("Losse lijstalinea", style="Lijstalinea")

    table = d.add_table(rows=3, cols=3)
    table.cell(0, 0).text = "Naam"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "Jan"               # horizontal merge
    table.cell(1, 0).text = "Periode"
    table.cell(1, 1).merge(table.cell(2, 1)).text = "maart tot juni"    # vertical merge
    table.cell(1, 2).text = "a"
    table.cell(2, 0).text = "Uren"
    table.cell(2, 2).text = "b"
    inner = table.cell(2, 2).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "binnen"
    inner.cell(0, 1).text = "tabel"

    anchor = d.add_paragraph("Zie kader.")
    anchor._p.append(parse_xml(_TEXTBOX_RUN))
    d.add_paragraph("Slotzin van het rapport.")

    d.add_section()   # a second section inherits the header: still shown once
    d.add_paragraph("Bijlage tekst in sectie twee.")
    d.save(path)
    return path


def make_long_docx(path: Path, words: int = 1500) -> Path:
    import docx

    d = docx.Document()
    sentence = "Werknemer heeft deze week drie sollicitaties verstuurd naar werkgevers in de regio."
    written = 0
    while written < words:
        d.add_heading(f"Onderdeel {written // 100 + 1}", 1)
        for _ in range(8):
            d.add_paragraph(sentence)
        written += 2 + 8 * len(sentence.split())
    d.save(path)
    return path


# ---- zip bombs -----------------------------------------------------------------------------

def _local_and_central(name: bytes, method: int, crc: int, csize: int, usize: int, offset: int):
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, csize, usize, len(name), 0) + name
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc, csize, usize,
                          len(name), 0, 0, 0, 0, 0, offset) + name
    return local, central


def write_zip_bomb(path: Path, size: int = 1 << 30, name: str = "word/document.xml") -> Path:
    """A real deflated entry of `size` zeros (~1 MB on disk for 1 GB), written in well under a second.

    One MiB of zeros is compressed once with a full flush (byte-aligned, history reset), so the
    compressed chunk can be repeated; an empty final block ends the stream. The CRC is real too.
    """
    chunk_size = 1 << 20
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = comp.compress(bytes(chunk_size)) + comp.flush(zlib.Z_FULL_FLUSH)
    count = size // chunk_size
    crc = 0
    zeros = bytes(chunk_size)
    for _ in range(count):
        crc = zlib.crc32(zeros, crc)
    end = zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    entries = [(b"[Content_Types].xml", 0, b"<Types/>")]
    out, centrals = bytearray(), []
    for entry_name, _, payload in entries:
        local, central = _local_and_central(entry_name, 0, zlib.crc32(payload), len(payload), len(payload), len(out))
        out += local + payload
        centrals.append(central)
    csize = len(chunk) * count + len(end)
    local, central = _local_and_central(name.encode(), 8, crc, csize, count * chunk_size, len(out))
    out += local + chunk * count + end
    centrals.append(central)
    cd_offset = len(out)
    cd = b"".join(centrals)
    out += cd + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(centrals), len(centrals), len(cd), cd_offset, 0)
    path.write_bytes(bytes(out))
    return path


def docx_with_document_xml(path: Path, document_xml: str) -> Path:
    """A minimal valid package whose word/document.xml is given verbatim."""
    ct = ('<?xml version="1.0" encoding="UTF-8"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="word/document.xml" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
            '</Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", ct)
        zf.writestr("_rels/.rels", rels)
        zf.writestr("word/document.xml", document_xml)
    return path


# ---- PDF -----------------------------------------------------------------------------------

def make_report_pdf(path: Path) -> Path:
    """Two pages: bold 16 pt heading, wrapped paragraphs (one hyphenated), bullets, running footer."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(True, 20)
    pdf.set_title("Eindrapportage")
    pdf.set_author("K. Coach")
    pdf.set_creation_date(dt.datetime(2025, 6, 30, 10, 0, 0, tzinfo=dt.timezone.utc))

    def header():
        pdf.set_font("Helvetica", size=8)
        pdf.cell(0, 5, "Re-integratiebureau Voorbeeld - vertrouwelijk", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    def footer():
        pdf.set_y(-15)
        pdf.set_font("Helvetica", size=8)
        pdf.cell(0, 5, f"Pagina {pdf.page_no()} van {{nb}}", align="C")

    pdf.header, pdf.footer = header, footer

    def line(text: str, h: float = 5) -> None:
        pdf.cell(0, h, text, new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    line("Zoekprofiel", 8)
    pdf.ln(2)
    pdf.set_font("Helvetica", size=11)
    line("Werknemer heeft in de afgelopen periode veel verschillende sollici-")
    line("taties verstuurd naar werkgevers in de regio Utrecht en daarbij steeds")
    line("een passende motivatie geschreven, zoals afgesproken in het plan.")
    pdf.ln(4)
    pdf.multi_cell(0, 5, "Een tweede alinea die vanzelf over meerdere regels loopt omdat de tekst lang genoeg is "
                         "om door fpdf2 te worden afgebroken, zonder dat iemand daar iets voor hoeft te doen.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11)
    line("Activiteiten")
    pdf.set_font("Helvetica", size=11)
    line("- cv opgesteld")
    line("- sollicitatiebrief geschreven en verstuurd naar drie")
    pdf.set_x(pdf.l_margin + 4)
    line("werkgevers in de regio")
    pdf.set_x(pdf.l_margin + 8)
    line("- een sub-punt")
    pdf.ln(4)
    line("Afsluitende zin op pagina een.")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    line("Conclusie", 7)
    pdf.set_font("Helvetica", size=11)
    line("Tekst op pagina twee.")
    pdf.output(str(path))
    return path


def make_scan_pdf(path: Path) -> Path:
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF()
    pdf.add_page()
    pdf.image(Image.new("RGB", (200, 280), "white"), x=10, y=10, w=190)
    pdf.output(str(path))
    return path


def make_encrypted_pdf(source: Path, path: Path, user_password: str = "geheim") -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=str(source))
    writer.encrypt(user_password, "eigenaar")
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


# ---- OpenDocument --------------------------------------------------------------------------

_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
           'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"')

ODT_BODY = """
<text:h text:outline-level="1">Eindrapportage</text:h>
<text:p text:style-name="P1">Titel via stijl</text:p>
<text:h text:outline-level="2">Zoek<text:span text:style-name="T1">profiel</text:span></text:h>
<text:p>Werknemer<text:s text:c="2"/>zoekt<text:tab/>werk<text:line-break/>als medewerker.<text:note><text:note-body><text:p>voetnoot</text:p></text:note-body></text:note></text:p>
<text:p><text:span text:style-name="T1">Vetgedrukte kop</text:span></text:p>
<text:p>4. Verloop</text:p>
<text:list>
  <text:list-item><text:p>eerste punt</text:p>
    <text:list><text:list-item><text:p>genest punt</text:p></text:list-item></text:list>
  </text:list-item>
  <text:list-item><text:p>tweede punt</text:p></text:list-item>
</text:list>
<table:table>
  <table:table-column table:number-columns-repeated="3"/>
  <table:table-header-rows><table:table-row>
    <table:table-cell><text:p>Naam</text:p></table:table-cell>
    <table:table-cell table:number-columns-spanned="2"><text:p>Jan</text:p></table:table-cell>
    <table:covered-table-cell/>
  </table:table-row></table:table-header-rows>
  <table:table-row>
    <table:table-cell><text:p>Periode</text:p></table:table-cell>
    <table:table-cell><text:p>maart</text:p><text:p>juni</text:p></table:table-cell>
    <table:table-cell><table:table><table:table-row><table:table-cell><text:p>binnen</text:p></table:table-cell>
      </table:table-row></table:table></table:table-cell>
  </table:table-row>
</table:table>
<text:p>Zie kader.<draw:frame><svg:title>alt</svg:title><draw:text-box><text:p>Tekst in kader</text:p></draw:text-box></draw:frame></text:p>
<text:section><text:p>Slotzin.</text:p></text:section>
"""


def make_odt(path: Path, body: str = ODT_BODY, with_meta: bool = True) -> Path:
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODF_NS}>'
               '<office:automatic-styles>'
               '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>'
               '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/>'
               '</style:style></office:automatic-styles>'
               f'<office:body><office:text>{body}</office:text></office:body></office:document-content>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_ODF_NS}>'
              '<office:styles><style:style style:name="Title" style:display-name="Title" style:family="paragraph"/>'
              '</office:styles><office:master-styles>'
              '<style:master-page style:name="Standard"><style:header><text:p>Bureau Voorbeeld</text:p></style:header>'
              '<style:header-first><text:p>Bureau Voorbeeld</text:p></style:header-first>'
              '<style:footer><text:p>Vertrouwelijk</text:p></style:footer></style:master-page>'
              '<style:master-page style:name="Other"><style:footer><text:p>Vertrouwelijk</text:p></style:footer>'
              '</style:master-page></office:master-styles></office:document-styles>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {_ODF_NS}><office:meta>'
            '<meta:initial-creator>K. Coach</meta:initial-creator><dc:creator>A. Editor</dc:creator>'
            '<meta:creation-date>2025-06-30T10:00:00.123456789</meta:creation-date><dc:date>2025-07-01T09:30:00</dc:date>'
            '<dc:title>Eindrapportage</dc:title></office:meta></office:document-meta>')
    parts = {"content.xml": content, "styles.xml": styles} | ({"meta.xml": meta} if with_meta else {})
    return zip_odt(path, parts)


# ---- assertions ----------------------------------------------------------------------------

def assert_consistent(doc) -> None:
    """Blocks are ordered, never overlap, and their text is the stripped slice with no newline."""
    end = 0
    for block in doc.blocks:
        text = doc.text[block.start:block.end]
        assert block.start >= end and block.end > block.start
        assert text == text.strip() and "\n" not in text
        end = block.end


def kinds(doc) -> list[tuple[str, int, str, str]]:
    """(kind, level, origin, text) for every block, for exact comparisons."""
    return [(b.kind, b.level, b.origin, doc.text[b.start:b.end]) for b in doc.blocks]


def make_table_pdf(path: Path) -> Path:
    """A paragraph, a ruled table whose cells wrap onto two lines, and a paragraph after it."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Activiteiten van het traject:", new_x="LMARGIN", new_y="NEXT")
    with pdf.table() as table:
        for cells in [("Datum", "Activiteit", "Resultaat"),
                      ("3 maart 2025", "Sollicitatie bij Jumbo als orderpicker", "afgewezen"),
                      ("12 maart 2025", "Netwerkgesprek met oud-collega over werk in de logistiek", "tip voor vacature")]:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.multi_cell(0, 6, "Daarna volgde de evaluatie.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path
