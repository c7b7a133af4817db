"""Plain text and markdown: the contract's decoding rules and line blocks."""

from __future__ import annotations

import io
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.errors import InputError
from checker.ingest import read_bytes, read_path, read_stdin
from checker.ingest.text_reader import blocks_from_text, decode_text, read_text_bytes
from ingest_fixtures import assert_consistent, kinds

REPORT = """Eindrapportage 2e spoor

Naam werknemer: J. Jansen
Datum: 12-05-2025

1. Rapportgegevens
Het traject is gestart op 1 maart 2025 en loopt tot en met 30 juni 2025.

2. Zoekprofiel
2.1 Afstemming
Werknemer zoekt werk als administratief medewerker in de regio Utrecht.

ZOEKPROFIEL
Functies:
1. Magazijnmedewerker
2. Orderpicker

Activiteiten
- cv opgesteld
  - met LinkedIn-profiel
\t• netwerk benaderd
- sollicitatiebrief geschreven
a) eerste
1. werknemer heeft gebeld
o open sollicitatie

Hoofdstuk 3 – Verloop
Functie | Reden afgevallen
Conclusie
Werknemer heeft in de afgelopen periode goed meegewerkt aan alle activiteiten die zijn afgesproken.
J. Jansen heeft op 12 mei een gesprek gehad met de werkgever over de voortgang.
Het volgende is besproken:
Kort zinnetje
-----
"""


def test_report_layout_blocks():
    doc = read_text_bytes(REPORT.encode(), "r.txt", "txt")
    assert_consistent(doc)
    assert [(k, lvl, t) for k, lvl, _, t in kinds(doc)] == [
        ("heading", 1, "Eindrapportage 2e spoor"),
        ("paragraph", 0, "Naam werknemer: J. Jansen"),
        ("paragraph", 0, "Datum: 12-05-2025"),
        ("heading", 1, "1. Rapportgegevens"),
        ("paragraph", 0, "Het traject is gestart op 1 maart 2025 en loopt tot en met 30 juni 2025."),
        ("heading", 1, "2. Zoekprofiel"),
        ("heading", 2, "2.1 Afstemming"),
        ("paragraph", 0, "Werknemer zoekt werk als administratief medewerker in de regio Utrecht."),
        ("heading", 1, "ZOEKPROFIEL"),
        ("heading", 2, "Functies:"),
        ("list_item", 0, "1. Magazijnmedewerker"),
        ("list_item", 0, "2. Orderpicker"),
        ("heading", 2, "Activiteiten"),
        ("list_item", 0, "- cv opgesteld"),
        ("list_item", 1, "- met LinkedIn-profiel"),
        ("list_item", 2, "• netwerk benaderd"),
        ("list_item", 0, "- sollicitatiebrief geschreven"),
        ("list_item", 0, "a) eerste"),
        ("list_item", 0, "1. werknemer heeft gebeld"),
        ("list_item", 0, "o open sollicitatie"),
        ("heading", 1, "Hoofdstuk 3 – Verloop"),
        ("table_row", 0, "Functie | Reden afgevallen"),
        ("heading", 2, "Conclusie"),
        ("paragraph", 0, "Werknemer heeft in de afgelopen periode goed meegewerkt aan alle activiteiten die zijn afgesproken."),
        ("paragraph", 0, "J. Jansen heeft op 12 mei een gesprek gehad met de werkgever over de voortgang."),
        ("paragraph", 0, "Het volgende is besproken:"),
        ("heading", 2, "Kort zinnetje"),     # setext underline
    ]
    assert doc.text == REPORT and doc.format == "txt" and doc.source == "r.txt"


def test_markdown_syntax(tmp_path):
    md = ("# Rapport\n\nInleiding met een gewone zin.\n\n## Zoekprofiel\n\n| Functie | Reden |\n|---|:---:|\n"
          "| Kok | fysiek te zwaar |\n\n**Conclusie**\n\n* punt een\n    * punt twee\n+ punt drie\n\n### Slot ###\n")
    path = tmp_path / "r.md"
    path.write_text(md, encoding="utf-8")
    doc = read_path(str(path))
    assert doc.format == "md"
    assert_consistent(doc)
    assert [(k, lvl, t) for k, lvl, _, t in kinds(doc)] == [
        ("heading", 1, "# Rapport"),
        ("paragraph", 0, "Inleiding met een gewone zin."),
        ("heading", 2, "## Zoekprofiel"),
        ("table_row", 0, "| Functie | Reden |"),
        ("table_row", 0, "| Kok | fysiek te zwaar |"),
        ("heading", 2, "**Conclusie**"),
        ("list_item", 0, "* punt een"),
        ("list_item", 1, "* punt twee"),
        ("list_item", 0, "+ punt drie"),
        ("heading", 3, "### Slot ###"),
    ]


def test_hash_is_not_a_heading_in_txt():
    doc = read_text_bytes(b"Inleiding van het rapport met een zin.\n# geen kop in txt\n", "x.txt", "txt")
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph"]


def test_bom_crlf_and_offsets(tmp_path):
    raw = "\ufeffTitel\r\n\r\nEerste regel met tekst.\r\n  Tweede regel.  \rDerde.\r\n".encode("utf-8")
    path = tmp_path / "bom.txt"
    path.write_bytes(raw)
    doc = read_path(str(path))
    assert doc.text == "Titel\n\nEerste regel met tekst.\n  Tweede regel.  \nDerde.\n"
    texts = [doc.text[b.start:b.end] for b in doc.blocks]
    assert texts == ["Titel", "Eerste regel met tekst.", "Tweede regel.", "Derde."]
    assert doc.blocks[2].start == doc.text.index("Tweede")


def test_cp1252_fallback(tmp_path):
    path = tmp_path / "oud.txt"
    path.write_bytes("Verslag over café – € 50 per uur.\r\n".encode("cp1252"))
    doc = read_path(str(path))
    assert doc.text == "Verslag over café – € 50 per uur.\n"
    assert doc.block_text(doc.blocks[0]) == "Verslag over café – € 50 per uur."


def test_utf16_with_bom():
    doc = read_text_bytes("Notities van het gesprek.\r\n".encode("utf-16"), "u.txt", "txt")
    assert doc.text == "Notities van het gesprek.\n"


@pytest.mark.parametrize("data", [b"abc\x00def" * 10, bytes(range(256)) * 20, b"\x01\x02\x03\x04tekst" * 50])
def test_binary_is_refused(data):
    with pytest.raises(InputError, match="binair bestand"):
        decode_text(data)


def test_binary_named_txt(tmp_path):
    path = tmp_path / "foto.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(InputError) as exc:
        read_path(str(path))
    assert str(exc.value) == "geen leesbare tekst – is dit een binair bestand?"


def test_whitespace_only_has_no_text():
    with pytest.raises(InputError, match="geen tekst gevonden"):
        read_text_bytes(b"  \n\t\n", "x.txt", "txt")


def test_extremely_long_line():
    line = "woord" * 40_000
    doc = read_text_bytes(line.encode(), "lang.txt", "txt")
    assert len(doc.text) == 200_000 and len(doc.blocks) == 1
    assert doc.block_text(doc.blocks[0]) == line


def test_five_megabyte_file(tmp_path):
    para = "Werknemer heeft deze week drie sollicitaties verstuurd naar werkgevers in de regio.\n\n"
    path = tmp_path / "groot.txt"
    path.write_text(para * (5 * 1024 * 1024 // len(para) + 1), encoding="utf-8")
    doc = read_path(str(path))
    assert len(doc.text) > 5_000_000
    assert len(doc.blocks) == doc.text.count("sollicitaties")


def test_read_bytes_and_stdin(monkeypatch):
    doc = read_bytes("Upload.MD", b"# Kop\n\nTekst van het verslag.\n")
    assert doc.format == "md" and doc.source == "Upload.MD" and doc.blocks[0].kind == "heading"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("\ufeffVan stdin: café.\r\n".encode())))
    doc = read_stdin()
    assert (doc.source, doc.format, doc.text) == ("-", "stdin", "Van stdin: café.\n")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    with pytest.raises(InputError):
        read_stdin()


_ALPHABET = st.sampled_from(list("ab Zé€–•|-#*1.:\t\r\n") + ["\r\n", "\ufeff", "\u00a0", "😀", "\u2028", "  "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join), st.booleans(), st.booleans())
def test_blocks_are_stripped_lines_and_never_overlap(text, bom, markdown):
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    expected_text = text.replace("\r\n", "\n").replace("\r", "\n")
    if expected_text.startswith("\ufeff") and not bom:
        expected_text = expected_text[1:]        # a leading BOM character is a BOM
    try:
        doc = read_text_bytes(data, "p.md" if markdown else "p.txt", "md" if markdown else "txt")
    except InputError as exc:
        assert str(exc) == "geen tekst gevonden in het document"
        assert not any(c.isalnum() for c in expected_text)
        return
    assert doc.text == expected_text
    lines = {}
    pos = 0
    for line in doc.text.split("\n"):
        lines[pos + len(line) - len(line.lstrip())] = line.strip()
        pos += len(line) + 1
    previous_end = -1
    for block in doc.blocks:
        assert block.start > previous_end
        assert doc.text[block.start:block.end] == lines[block.start]
        previous_end = block.end
    assert blocks_from_text(doc.text, markdown) == doc.blocks
