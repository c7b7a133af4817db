"""Every kind of bad input through the real CLI: exit 2, one Dutch line each, no traceback, and the
good inputs in the same call are still checked and reported."""

from __future__ import annotations

import json
import os

from conftest import ROOT, run_cli
from ingest_fixtures import make_encrypted_pdf, make_report_pdf, make_scan_pdf, write_zip_bomb

GOOD = ROOT / "examples" / "eindrapportage-voorbeeld.docx"


def test_bad_inputs_each_one_line_and_good_ones_still_reported(tmp_path):
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    zero_docx = tmp_path / "nul.docx"
    zero_docx.write_bytes(b"")
    random_docx = tmp_path / "ruis.docx"
    random_docx.write_bytes(os.urandom(4096))
    random_pdf = tmp_path / "ruis.pdf"
    random_pdf.write_bytes(os.urandom(4096))
    bomb = write_zip_bomb(tmp_path / "bom.docx")
    encrypted = make_encrypted_pdf(make_report_pdf(tmp_path / "open.pdf"), tmp_path / "beveiligd.pdf")
    scan = make_scan_pdf(tmp_path / "scan.pdf")
    folder = tmp_path / "map.docx"
    folder.mkdir()
    missing = tmp_path / "bestaat-niet.odt"
    bad = [empty, zero_docx, random_docx, random_pdf, bomb, encrypted, scan, folder, missing]

    proc = run_cli("check", "--format", "json", str(GOOD), *map(str, bad), str(GOOD))
    assert proc.returncode == 2
    out = json.loads(proc.stdout)
    reports = out["reports"]
    assert len(reports) == len(bad) + 2
    assert reports[0]["error"] is None and reports[-1]["error"] is None
    assert reports[0]["findings"] == reports[-1]["findings"]
    errors = {r["source"]: r["error"] for r in reports[1:-1]}
    assert all(errors.values())
    assert "zip-bom" in errors[str(bomb)]
    assert "wachtwoord" in errors[str(encrypted)]
    assert "geen tekstlaag gevonden – is dit een scan?" == errors[str(scan)]
    assert errors[str(missing)] == "bestand niet gevonden"
    assert "map" in errors[str(folder)]
    stderr = proc.stderr.decode("utf-8")
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == len(bad)
    for path, line in zip(bad, lines):
        assert line.startswith(f"rapportcheck: {path}: ")


def test_text_output_for_an_unreadable_file(tmp_path):
    scan = make_scan_pdf(tmp_path / "scan.pdf")
    proc = run_cli("check", str(scan), str(GOOD))
    out = proc.stdout.decode()
    assert proc.returncode == 2
    assert "niet gecontroleerd: geen tekstlaag gevonden – is dit een scan?" in out
    assert "avg.health.diagnosis" in out  # the good report is still there


def test_valid_but_odd_inputs_give_normal_results(tmp_path):
    cp1252 = tmp_path / "oud.txt"
    cp1252.write_bytes("Eindrapportage\nDatum: 3 maart 2025\nCafé – overleg met de werkgever.\n".encode("cp1252"))
    long_line = tmp_path / "lang.txt"
    long_line.write_text("Eindrapportage " + "woord " * 40000, encoding="utf-8")
    big = tmp_path / "groot.txt"
    para = "Op 3 maart 2025 is een netwerkgesprek gevoerd bij Bakkerij Hollander over orderpicker. "
    big.write_text("Eindrapportage\nDatum: 3 maart 2025\n" + (para * 60 + "\n") * 1000, encoding="utf-8")
    assert big.stat().st_size > 5_000_000
    proc = run_cli("check", "--format", "json", "--fail-on", "never", str(cp1252), str(long_line), str(big))
    assert proc.returncode == 0, proc.stderr
    reports = json.loads(proc.stdout)["reports"]
    assert [r["error"] for r in reports] == [None, None, None]
    assert reports[0]["report_date"] == "2025-03-03"
    assert run_cli("extract", str(cp1252)).stdout.decode("utf-8").startswith("Eindrapportage\nDatum: 3 maart 2025\nCafé –")
