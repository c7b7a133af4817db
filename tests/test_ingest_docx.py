"""Word documents built with python-docx: structure, order, origins, metadata and hostile XML."""

from __future__ import annotations


import pytest

from checker.errors import InputError
from checker.ingest import read_bytes, read_path
from ingest_fixtures import assert_consistent, docx_with_document_xml, kinds, make_long_docx, make_report_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return read_path(str(make_report_docx(tmp_path_factory.mktemp("docx") / "rapport.docx")))


def test_blocks_in_document_order(report):
    assert_consistent(report)
    assert kinds(report) == [
        ("paragraph", 0, "header", "Re-integratiebureau Voorbeeld"),
        ("heading", 1, "body", "Eindrapportage tweede spoor"),
        ("heading", 1, "body", "Zoekprofiel"),
        ("paragraph", 0, "body", "Werknemer zoekt werk als administratief medewerker. Tweede regel na een zachte regeleinde."),
        ("heading", 2, "body", "Afstemming"),
        ("heading", 3, "body", "Details"),
        ("heading", 2, "body", "Conclusie en advies"),
        ("paragraph", 0, "body", "Dit is vet maar een zin."),
        ("heading", 1, "body", "3. Verloop van het traject"),
        ("heading", 2, "body", "3.1 Contactmomenten"),
        ("list_item", 0, "body", "Eerste punt"),
        ("list_item", 1, "body", "Tweede niveau"),
        ("list_item", 0, "body", "Stap een"),
        ("list_item", 2, "body", "Direct genummerd op niveau twee"),
        ("list_item", 0, "body", "Losse lijstalinea"),
        ("table_row", 0, "table", "Naam | Jan"),
        ("table_row", 0, "table", "Periode | maart tot juni | a"),
        ("table_row", 0, "table", "Uren | b"),
        ("table_row", 0, "table", "binnen | tabel"),
        ("paragraph", 0, "body", "Zie kader."),
        ("paragraph", 0, "textbox", "Tekst in een tekstvak"),
        ("paragraph", 0, "body", "Slotzin van het rapport."),
        ("paragraph", 0, "body", "Bijlage tekst in sectie twee."),
        ("paragraph", 0, "footer", "Vertrouwelijk"),
        ("paragraph", 0, "footer", "Pagina-voet even"),
    ]


def test_text_is_blocks_joined_by_newlines(report):
    assert report.text == "\n".join(report.block_text(b) for b in report.blocks)
    assert report.text.count("Tekst in een tekstvak") == 1          # Choice only, not the Fallback too
    assert report.text.count("Re-integratiebureau Voorbeeld") == 1  # first-page + default + 2nd section


def test_metadata_not_in_text(report):
    assert report.format == "docx"
    assert report.metadata == {
        "created": "2025-06-30T10:00:00+00:00", "modified": "2025-07-01T09:30:00+00:00",
        "author": "K. Coach", "title": "Eindrapportage", "last_modified_by": "A. Editor",
    }
    assert "K. Coach" not in report.text and "A. Editor" not in report.text


def test_no_core_properties_means_no_invented_metadata(tmp_path):
    xml = f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Alleen tekst.</w:t></w:r></w:p></w:body></w:document>'
    doc = read_path(str(docx_with_document_xml(tmp_path / "kaal.docx", xml)))
    assert doc.text == "Alleen tekst." and doc.metadata == {}


def test_content_controls_and_revisions(tmp_path):
    xml = (f'<w:document xmlns:w="{W}"><w:body>'
           '<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>In een inhoudsbesturingselement.</w:t></w:r></w:p>'
           '</w:sdtContent></w:sdt>'
           '<w:p><w:r><w:t xml:space="preserve">Wel </w:t></w:r><w:del><w:r><w:delText>weg</w:delText></w:r></w:del>'
           '<w:ins><w:r><w:t>erbij</w:t></w:r></w:ins><w:hyperlink><w:r><w:t xml:space="preserve"> link</w:t></w:r>'
           '</w:hyperlink><w:r><w:noBreakHyphen/><w:t>x</w:t></w:r></w:p></w:body></w:document>')
    doc = read_path(str(docx_with_document_xml(tmp_path / "sdt.docx", xml)))
    assert doc.text == "In een inhoudsbesturingselement.\nWel erbij link-x"


def test_entities_are_not_expanded(tmp_path):
    xml = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x "UITGEBREID">'
           '<!ENTITY ext SYSTEM "file:///etc/passwd">]>'
           f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Voor &x;&ext; na</w:t></w:r></w:p></w:body></w:document>')
    doc = read_path(str(docx_with_document_xml(tmp_path / "ent.docx", xml)))
    assert "UITGEBREID" not in doc.text and "root:" not in doc.text
    assert doc.text.startswith("Voor") and doc.text.endswith("na")


def test_billion_laughs_is_harmless(tmp_path):
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]><w:document xmlns:w="{W}"><w:body>'
           '<w:p><w:r><w:t>Begin &lol9; eind</w:t></w:r></w:p></w:body></w:document>')
    path = docx_with_document_xml(tmp_path / "lol.docx", xml)
    try:
        doc = read_path(str(path))
    except InputError as exc:                      # libxml2 refuses the amplification outright
        assert str(exc) == "geen geldig Word-bestand (.docx)"
    else:                                          # or reads it without expanding anything
        assert "lol" not in doc.text


def test_long_document_reads_whole(tmp_path):
    path = make_long_docx(tmp_path / "lang.docx", words=1500)
    doc = read_bytes("lang.docx", path.read_bytes())
    assert len(doc.text.split()) > 1500 and doc.headings()
    assert_consistent(doc)


def test_numbered_run_with_blank_paragraphs_is_a_list(tmp_path):
    import docx

    d = docx.Document()
    for text in ("1. Rapportgegevens", "Het traject liep van maart tot juni.", "Functies:", "1. Magazijnmedewerker",
                 "", "2. Orderpicker", "", "- getypt opsommingsteken", "Met vriendelijke groet,"):
        d.add_paragraph(text)
    d.save(tmp_path / "lijst.docx")
    doc = read_path(str(tmp_path / "lijst.docx"))
    assert [(k, t) for k, _, _, t in kinds(doc)] == [
        ("heading", "1. Rapportgegevens"), ("paragraph", "Het traject liep van maart tot juni."),
        ("paragraph", "Functies:"), ("list_item", "1. Magazijnmedewerker"), ("list_item", "2. Orderpicker"),
        ("list_item", "- getypt opsommingsteken"), ("paragraph", "Met vriendelijke groet,"),
    ]
