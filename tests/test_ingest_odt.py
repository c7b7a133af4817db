"""OpenDocument text written by hand: structure, headers/footers, metadata, and no entity expansion."""

from __future__ import annotations

import zipfile

import pytest

from checker.errors import InputError
from checker.ingest import read_path
from ingest_fixtures import assert_consistent, kinds, make_odt


def test_structure(tmp_path):
    doc = read_path(str(make_odt(tmp_path / "rapport.odt")))
    assert_consistent(doc)
    assert kinds(doc) == [
        ("paragraph", 0, "header", "Bureau Voorbeeld"),
        ("heading", 1, "body", "Eindrapportage"),
        ("heading", 1, "body", "Titel via stijl"),
        ("heading", 2, "body", "Zoekprofiel"),
        ("paragraph", 0, "body", "Werknemer  zoekt werk als medewerker."),   # text:s c=2 is two spaces
        ("heading", 2, "body", "Vetgedrukte kop"),
        ("heading", 1, "body", "4. Verloop"),
        ("list_item", 0, "body", "eerste punt"),
        ("list_item", 1, "body", "genest punt"),
        ("list_item", 0, "body", "tweede punt"),
        ("table_row", 0, "table", "Naam | Jan"),
        ("table_row", 0, "table", "Periode | maart juni"),
        ("table_row", 0, "table", "binnen"),
        ("paragraph", 0, "body", "Zie kader."),
        ("paragraph", 0, "textbox", "Tekst in kader"),
        ("paragraph", 0, "body", "Slotzin."),
        ("paragraph", 0, "footer", "Vertrouwelijk"),
    ]
    assert "voetnoot" not in doc.text and "alt" not in doc.text.split()


def test_metadata(tmp_path):
    doc = read_path(str(make_odt(tmp_path / "rapport.odt")))
    assert doc.format == "odt"
    assert doc.metadata == {"created": "2025-06-30T10:00:00.123456", "modified": "2025-07-01T09:30:00",
                            "author": "K. Coach", "title": "Eindrapportage", "last_modified_by": "A. Editor"}
    assert read_path(str(make_odt(tmp_path / "zonder.odt", with_meta=False))).metadata == {}


def test_entity_declarations_are_refused(tmp_path):
    path = tmp_path / "lol.odt"
    content = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">&b;'
               '</office:document-content>')
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content)
    with pytest.raises(InputError, match="geen geldig OpenDocument"):
        read_path(str(path))


@pytest.mark.parametrize("members", [{}, {"content.xml": "<niet-af"}, {"content.xml": "<a/>"}])
def test_broken_odt(tmp_path, members):
    path = tmp_path / "kapot.odt"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        for name, data in members.items():
            zf.writestr(name, data)
    with pytest.raises(InputError, match="geen geldig OpenDocument"):
        read_path(str(path))


def test_empty_body(tmp_path):
    with pytest.raises(InputError, match="geen tekst gevonden in het document"):
        read_path(str(make_odt(tmp_path / "leeg.odt", body="<text:p> </text:p>")))
