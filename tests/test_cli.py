"""The CLI as a user runs it: real subprocesses, real files, exit codes per the contract."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import ROOT, run_cli

EXAMPLE_TXT = ROOT / "examples" / "eindrapportage-voorbeeld.txt"
EXAMPLE_DOCX = ROOT / "examples" / "eindrapportage-voorbeeld.docx"
CLEAN = "Voortgangsrapportage 2e spoor\nDatum: 3 juni 2025\nPeriode: 1 april t/m 31 mei 2025\n"


def test_text_output_groups_by_section_with_excerpt_and_completeness():
    proc = run_cli("check", str(EXAMPLE_DOCX))
    out = proc.stdout.decode("utf-8")
    assert proc.returncode == 1
    assert "\x1b[" not in out, "no colour when piped"
    assert "Eindrapportage (herkend" in out and "rapportdatum 30-06-2025" in out
    assert "  Verloop van het traject" in out
    assert "avg.health.diagnosis" in out and "Diagnose of aandoening genoemd (‘burn-out’)" in out
    assert "^^^^^^^^" in out and "→ Laat ‘burn-out’ weg." in out
    assert "Volledigheid:" in out and "✗ Evaluatie werknemer – ontbreekt" in out
    assert proc.stderr == b""


def test_color_forced():
    out = run_cli("check", "--color", str(EXAMPLE_TXT)).stdout.decode()
    assert "\x1b[" in out


def test_fail_on_levels(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(CLEAN, encoding="utf-8")
    # a clean-ish progress report: only missing sections (errors) – fail-on never always passes
    assert run_cli("check", "--fail-on", "never", str(EXAMPLE_TXT)).returncode == 0
    assert run_cli("check", str(EXAMPLE_TXT)).returncode == 1
    warn_only = tmp_path / "w.txt"
    warn_only.write_text("Voortgangsrapportage\nDatum: 3 juni 2025\n", encoding="utf-8")
    cfg = tmp_path / "rapportcheck.toml"
    cfg.write_text('disable = ["structure"]\n', encoding="utf-8")
    assert run_cli("check", str(warn_only)).returncode == 0          # period missing is a warning
    assert run_cli("check", "--fail-on", "warning", str(warn_only)).returncode == 1


def test_stdin_and_type_override():
    proc = run_cli("check", "--format", "json", "--type", "trajectplan", "-", stdin=EXAMPLE_TXT.read_bytes())
    out = json.loads(proc.stdout)
    report = out["reports"][0]
    assert report["source"] == "-"
    assert report["report_type"] == "trajectplan"
    assert report["completeness"]["profile"] == "trajectplan"


def test_several_paths_one_missing_others_still_reported(tmp_path):
    proc = run_cli("check", "--format", "json", str(EXAMPLE_TXT), str(tmp_path / "nope.docx"), str(EXAMPLE_DOCX))
    assert proc.returncode == 2
    reports = json.loads(proc.stdout)["reports"]
    assert [r["error"] for r in reports] == [None, "bestand niet gevonden", None]
    err = proc.stderr.decode().strip().splitlines()
    assert err == [f"rapportcheck: {tmp_path / 'nope.docx'}: bestand niet gevonden"]


def test_extract_returns_txt_unchanged(tmp_path):
    raw = "Eindrapportage\r\nDatum: 1 mei 2025\r\n\r\n  Inspringen blijft\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw.encode("utf-8"))
    assert run_cli("extract", str(path)).stdout.decode() == raw.replace("\r\n", "\n")


def test_extract_json_lists_blocks():
    out = json.loads(run_cli("extract", "--format", "json", str(EXAMPLE_DOCX)).stdout)
    kinds = {b["kind"] for b in out["blocks"]}
    assert {"heading", "paragraph", "list_item", "table_row"} <= kinds
    assert out["metadata"]["author"] == "L. Verbeek"
    for b in out["blocks"]:
        assert out["text"][b["start"]:b["end"]].strip() == out["text"][b["start"]:b["end"]]


def test_usage_errors_are_one_dutch_line():
    for args in (["check"], ["check", "--format", "xml", "x.txt"], ["bestaat-niet"], ["check", "--onzin", "x"]):
        proc = run_cli(*args)
        assert proc.returncode == 2, args
        err = proc.stderr.decode().strip()
        assert len(err.splitlines()) == 1 and err.startswith("rapportcheck: fout:"), err
        assert "Traceback" not in err


def test_help_is_dutch():
    out = run_cli("check", "--help").stdout.decode()
    assert "gebruik:" in out and "opties:" in out and "--fail-on" in out and "usage" not in out


def test_rules_listing_and_docs():
    out = run_cli("rules").stdout.decode()
    assert "avg.health.diagnosis" in out and "timeline.report_date.missing" in out
    one = run_cli("rules", "avg.health.treater").stdout.decode()
    assert "Wat het doet:" in one and "Waarom:" in one and "Beter:" in one
    proc = run_cli("rules", "bestaat.niet")
    assert proc.returncode == 2 and proc.stderr.decode().count("\n") == 1


def test_config_disables_and_changes_severity(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(EXAMPLE_TXT.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.rapportcheck]\ndisable = ["avg.health.treater", "structure"]\n'
        'severity = { "avg.health" = "warning", "avg.health.symptom" = "info" }\n', encoding="utf-8")
    findings = json.loads(run_cli("check", "--format", "json", str(report)).stdout)["reports"][0]["findings"]
    rules = {f["rule"]: f["severity"] for f in findings}
    assert "avg.health.treater" not in rules
    assert not any(r.startswith("structure") for r in rules)
    assert rules["avg.health.diagnosis"] == "warning" and rules["avg.health.symptom"] == "info"


def test_broken_or_unknown_config_fails_loudly(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(CLEAN, encoding="utf-8")
    cfg = tmp_path / "rapportcheck.toml"
    for content, needle in (('disable = ["avg.bestaatniet"]', "onbekende regelcode"),
                            ("disable = [", "ongeldige TOML"),
                            ('kleur = "rood"', "onbekende instelling")):
        cfg.write_text(content, encoding="utf-8")
        proc = run_cli("check", str(report))
        assert proc.returncode == 2
        err = proc.stderr.decode().strip()
        assert needle in err and len(err.splitlines()) == 1 and "Traceback" not in err


def test_explicit_config_option(tmp_path):
    cfg = tmp_path / "mijn.toml"
    cfg.write_text('disable = ["avg"]\nfail-on = "never"\n', encoding="utf-8")
    proc = run_cli("check", "--config", str(cfg), "--format", "json", str(EXAMPLE_TXT))
    assert proc.returncode == 0
    assert not [f for f in json.loads(proc.stdout)["reports"][0]["findings"] if f["category"].startswith("avg")]


def test_python_dash_m_and_console_script_agree():
    import shutil
    import subprocess

    exe = shutil.which("rapportcheck") or str(Path(__import__("sys").executable).parent / "rapportcheck")
    a = subprocess.run([exe, "check", "--format", "json", str(EXAMPLE_TXT)], capture_output=True)
    b = run_cli("check", "--format", "json", str(EXAMPLE_TXT))
    assert a.stdout == b.stdout and a.returncode == b.returncode == 1
