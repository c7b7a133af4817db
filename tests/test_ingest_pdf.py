"""PDFs built with fpdf2: paragraphs rebuilt from lines, headings by font, running lines removed."""

from __future__ import annotations

import pytest

from checker.errors import InputError
from checker.ingest import read_path
from checker.ingest.pdf_reader import _join, _pdf_date
from ingest_fixtures import (assert_consistent, kinds, make_encrypted_pdf, make_report_pdf, make_scan_pdf,
                             make_table_pdf)


@pytest.fixture(scope="module")
def pdf_path(tmp_path_factory):
    return make_report_pdf(tmp_path_factory.mktemp("pdf") / "rapport.pdf")


@pytest.fixture(scope="module")
def report(pdf_path):
    return read_path(str(pdf_path))


def test_paragraphs_headings_lists(report):
    assert_consistent(report)
    assert kinds(report) == [
        ("heading", 1, "body", "Zoekprofiel"),
        ("paragraph", 0, "body", "Werknemer heeft in de afgelopen periode veel verschillende sollicitaties verstuurd "
                                 "naar werkgevers in de regio Utrecht en daarbij steeds een passende motivatie "
                                 "geschreven, zoals afgesproken in het plan."),
        ("paragraph", 0, "body", "Een tweede alinea die vanzelf over meerdere regels loopt omdat de tekst lang genoeg "
                                 "is om door fpdf2 te worden afgebroken, zonder dat iemand daar iets voor hoeft te doen."),
        ("heading", 3, "body", "Activiteiten"),
        ("list_item", 0, "body", "- cv opgesteld"),
        ("list_item", 0, "body", "- sollicitatiebrief geschreven en verstuurd naar drie werkgevers in de regio"),
        ("list_item", 1, "body", "- een sub-punt"),
        ("paragraph", 0, "body", "Afsluitende zin op pagina een."),
        ("heading", 2, "body", "Conclusie"),
        ("paragraph", 0, "body", "Tekst op pagina twee."),
    ]


def test_running_header_and_footer_removed(report):
    assert "Re-integratiebureau" not in report.text
    assert "Pagina" not in report.text


def test_metadata(report):
    assert report.format == "pdf"
    assert report.metadata == {"created": "2025-06-30T10:00:00+00:00", "author": "K. Coach", "title": "Eindrapportage"}


def test_dehyphenation_rules():
    assert _join("sollici-", "taties") == "sollicitaties"
    assert _join("UWV-", "traject") == "UWV- traject"          # no lowercase before the hyphen
    assert _join("ex-", "Werkgever") == "ex- Werkgever"        # next line starts uppercase
    assert _join("regel", "volgende") == "regel volgende"


def test_pdf_dates():
    assert _pdf_date("D:20250102030405+01'00'") == "2025-01-02T03:04:05+01:00"
    assert _pdf_date("D:2025") == "2025-01-01T00:00:00"
    assert _pdf_date("gisteren") is None


def test_encrypted_pdf(pdf_path, tmp_path):
    path = make_encrypted_pdf(pdf_path, tmp_path / "geheim.pdf")
    with pytest.raises(InputError) as exc:
        read_path(str(path))
    assert str(exc.value) == "de PDF is beveiligd met een wachtwoord – verwijder de beveiliging en probeer opnieuw"


def test_owner_password_only_is_readable(pdf_path, tmp_path):
    doc = read_path(str(make_encrypted_pdf(pdf_path, tmp_path / "alleen-eigenaar.pdf", user_password="")))
    assert doc.blocks[0].kind == "heading" and "sollicitaties" in doc.text


def test_scanned_pdf(tmp_path):
    with pytest.raises(InputError) as exc:
        read_path(str(make_scan_pdf(tmp_path / "scan.pdf")))
    assert str(exc.value) == "geen tekstlaag gevonden – is dit een scan?"


@pytest.mark.parametrize("data", [b"%PDF-1.4\n" + b"rommel " * 200, bytes(range(256)) * 8, b"%PDF-1.7\n%%EOF"])
def test_broken_pdf(tmp_path, data):
    path = tmp_path / "kapot.pdf"
    path.write_bytes(data)
    with pytest.raises(InputError) as exc:
        read_path(str(path))
    assert str(exc.value) == "geen geldig PDF-bestand"


def test_a_ruled_table_is_read_row_by_row(tmp_path):
    """Cells that wrap onto two lines must not interleave with the other cells of their row: the date
    of an activity stays on the activity's row."""
    doc = read_path(str(make_table_pdf(tmp_path / "tabel.pdf")))
    assert_consistent(doc)
    assert [(b.kind, doc.block_text(b)) for b in doc.blocks] == [
        ("paragraph", "Activiteiten van het traject:"),
        ("table_row", "Datum | Activiteit | Resultaat"),
        ("table_row", "3 maart 2025 | Sollicitatie bij Jumbo als orderpicker | afgewezen"),
        ("table_row", "12 maart 2025 | Netwerkgesprek met oud-collega over werk in de logistiek | tip voor vacature"),
        ("paragraph", "Daarna volgde de evaluatie."),
    ]
