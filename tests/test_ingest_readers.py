"""Dispatch and every way an input can be unreadable: one Dutch line, no path, no other exception."""

from __future__ import annotations

import io
import os
import random
import zipfile

import pytest

from checker.errors import InputError
from checker.ingest import SUPPORTED_SUFFIXES, limits, read_bytes, read_path
from ingest_fixtures import make_odt, make_report_docx, write_zip_bomb


def _error(path) -> str:
    with pytest.raises(InputError) as exc:
        read_path(str(path))
    message = str(exc.value)
    assert "\n" not in message and str(path) not in message and os.path.basename(str(path)) not in message
    return message


def test_supported_suffixes():
    assert SUPPORTED_SUFFIXES == (".docx", ".pdf", ".odt", ".txt", ".md")


def test_missing_and_directory(tmp_path):
    assert _error(tmp_path / "weg.docx") == "bestand niet gevonden"
    assert _error(tmp_path / "weg.doc") == "bestand niet gevonden"
    (tmp_path / "map.docx").mkdir()
    assert _error(tmp_path / "map.docx") == "dit is een map, geen bestand"


def test_unsupported_suffix(tmp_path):
    (tmp_path / "oud.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    assert _error(tmp_path / "oud.doc") == (
        "formaat '.doc' wordt niet ondersteund – sla het op als .docx, .pdf, .odt, .txt of .md")
    (tmp_path / "LEESMIJ").write_text("tekst")
    assert "zonder extensie wordt niet ondersteund" in _error(tmp_path / "LEESMIJ")
    with pytest.raises(InputError, match="formaat '.rtf'"):
        read_bytes("brief.rtf", b"{\\rtf1}")


def test_suffix_is_case_insensitive(tmp_path):
    path = tmp_path / "RAPPORT.TXT"
    path.write_text("Een regel tekst.")
    assert read_path(str(path)).format == "txt"


@pytest.mark.parametrize("suffix", [".docx", ".pdf", ".odt", ".txt", ".md"])
def test_empty_file(tmp_path, suffix):
    (tmp_path / f"leeg{suffix}").write_bytes(b"")
    assert _error(tmp_path / f"leeg{suffix}") == "leeg bestand"


@pytest.mark.parametrize("suffix,message", [(".docx", "geen geldig Word-bestand (.docx)"),
                                            (".pdf", "geen geldig PDF-bestand"),
                                            (".odt", "geen geldig OpenDocument-tekstbestand (.odt)")])
def test_random_bytes(tmp_path, suffix, message):
    path = tmp_path / f"ruis{suffix}"
    path.write_bytes(os.urandom(4096))
    assert _error(path) == message


def test_zip_that_is_not_a_word_document(tmp_path):
    path = tmp_path / "archief.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("iets.txt", "hallo")
    assert _error(path) == "geen geldig Word-bestand (.docx)"
    make_odt(tmp_path / "echt.odt")
    (tmp_path / "echt.odt").rename(tmp_path / "vermomd.docx")
    assert _error(tmp_path / "vermomd.docx") == "geen geldig Word-bestand (.docx)"


def test_docx_without_body_text(tmp_path):
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Alleen een koptekst"
    d.save(tmp_path / "leeg.docx")
    assert _error(tmp_path / "leeg.docx") == "geen tekst gevonden in het document"


def test_zip_bomb_refused_without_extracting(tmp_path, monkeypatch):
    path = write_zip_bomb(tmp_path / "bom.docx")            # 1 GiB of zeros, ~1 MB on disk
    assert path.stat().st_size < 2 * limits.MB

    def no_extraction(*args, **kwargs):
        raise AssertionError("an entry was opened")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_extraction)
    assert _error(path) == "uitgepakt te groot – mogelijk een zip-bom"
    with pytest.raises(InputError, match="zip-bom"):
        read_bytes("bom.odt", path.read_bytes())


def test_zip_limits_each():
    def zipped(entries):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in entries:
                zf.writestr(name, data)
        return buf.getvalue()

    ratio_bomb = zipped([("a.xml", bytes(20 * limits.MB))])                     # ratio ~1000, 20 MB total
    with pytest.raises(InputError, match="zip-bom"):
        limits.open_zip(ratio_bomb, "x")
    many = zipped([(f"{i}.xml", b"") for i in range(limits.MAX_ZIP_ENTRIES + 1)])
    with pytest.raises(InputError, match="te veel onderdelen"):
        limits.open_zip(many, "x")
    small_ratio_ok = zipped([("a.xml", bytes(limits.RATIO_MIN_ENTRY_BYTES))])   # high ratio but small
    limits.open_zip(small_ratio_ok, "x").close()
    with pytest.raises(InputError, match="^ongeldig$"):
        limits.open_zip(b"PK\x03\x04 geen zip", "ongeldig")


def test_total_uncompressed_size(monkeypatch):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("a.xml", os.urandom(2048))
        zf.writestr("b.xml", os.urandom(2048))
    monkeypatch.setattr(limits, "MAX_UNZIPPED_BYTES", 3000)
    with pytest.raises(InputError, match="uitgepakt te groot"):
        limits.open_zip(buf.getvalue(), "x")


def test_file_over_the_size_limit(tmp_path):
    path = tmp_path / "groot.txt"
    path.write_bytes(b"tekst " * 400_000)                                       # 2.4 MB
    assert _error_with_limit(path, 2 * limits.MB) == "bestand te groot (2,3 MB; maximaal 2 MB)"
    with pytest.raises(InputError, match="bestand te groot"):
        read_bytes("groot.txt", path.read_bytes(), max_bytes=limits.MB)
    assert read_path(str(path)).format == "txt"                                  # default 20 MB is fine
    docx_path = make_report_docx(tmp_path / "r.docx")
    with pytest.raises(InputError, match=r"^bestand te groot \(\d+ kB; maximaal 10 bytes\)$"):
        read_path(str(docx_path), max_bytes=10)


def _error_with_limit(path, limit) -> str:
    with pytest.raises(InputError) as exc:
        read_path(str(path), max_bytes=limit)
    return str(exc.value)


def test_read_bytes_matches_read_path(tmp_path):
    path = make_report_docx(tmp_path / "r.docx")
    from_disk, from_memory = read_path(str(path)), read_bytes("upload.DOCX", path.read_bytes())
    assert from_disk.text == from_memory.text and from_disk.blocks == from_memory.blocks
    assert (from_disk.source, from_memory.source) == (str(path), "upload.DOCX")


def test_unreadable_file(tmp_path, monkeypatch):
    from checker.ingest import readers

    path = tmp_path / "geheim.txt"
    path.write_text("tekst")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(readers, "open", denied, raising=False)   # root ignores chmod, so fake it
    assert _error(path) == "geen leesrechten voor dit bestand"


@pytest.mark.parametrize("suffix", [".docx", ".odt", ".pdf"])
def test_damaged_files_only_raise_input_error(tmp_path, suffix):
    from ingest_fixtures import make_report_pdf

    maker = {".docx": make_report_docx, ".odt": make_odt, ".pdf": make_report_pdf}[suffix]
    good = maker(tmp_path / f"goed{suffix}").read_bytes()
    rng = random.Random(suffix)
    for n in range(40):
        data = bytearray(good)
        if n % 2:
            data = data[: rng.randrange(1, len(data))]                      # truncated download
        else:
            for _ in range(rng.randrange(1, 20)):                           # flipped bytes
                data[rng.randrange(len(data))] = rng.randrange(256)
        try:
            read_bytes(f"kapot{suffix}", bytes(data))
        except InputError as exc:
            assert "\n" not in str(exc)
