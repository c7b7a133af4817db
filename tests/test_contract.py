"""Real output on real files of every format validates against the contract and the SARIF schema."""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.render.json_out import to_json_dict
from checker.render.sarif import to_sarif_dict
from checker.service import check_path, check_text
from conftest import run_cli
from report_files import write_report

FORMATS = [".docx", ".pdf", ".odt", ".txt", ".md"]


@pytest.fixture(scope="module")
def report_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("formats")
    return {fmt: write_report(folder / f"eindrapportage{fmt}") for fmt in FORMATS}


@pytest.mark.parametrize("fmt", FORMATS)
def test_json_of_every_format_validates_and_offsets_index_extract(fmt, report_files, contract_schema, package_schema):
    path = report_files[fmt]
    proc = run_cli("check", "--format", "json", "--fail-on", "never", str(path))
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    jsonschema.Draft202012Validator(contract_schema).validate(out)
    jsonschema.Draft202012Validator(package_schema).validate(out)
    report = out["reports"][0]
    assert report["error"] is None
    assert report["report_type"] == "eindrapportage"
    assert report["report_date"] == "2025-06-30"
    extracted = run_cli("extract", str(path)).stdout.decode("utf-8")
    assert report["stats"]["characters"] == len(extracted)
    health = [f for f in report["findings"] if f["category"] == "avg.health"]
    assert {f["text"] for f in health} >= {"burn-out", "rugklachten", "psycholoog"}
    for f in report["findings"]:
        assert extracted[f["start"]:f["end"]] == f["text"]
    assert {s["id"] for s in report["completeness"]["sections"]} >= {"zoekprofiel", "conclusie", "evaluatie"}


def test_sarif_validates_against_the_official_schema(report_files, sarif_schema, tmp_path):
    broken = tmp_path / "kapot.docx"
    broken.write_bytes(b"not a zip at all")
    proc = run_cli("check", "--format", "sarif", str(report_files[".txt"]), str(report_files[".docx"]), str(broken))
    assert proc.returncode == 2
    sarif = json.loads(proc.stdout)
    jsonschema.Draft4Validator(sarif_schema).validate(sarif)
    run = sarif["runs"][0]
    assert run["tool"]["driver"]["name"] == "rapportcheck"
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    text = report_files[".txt"].read_text(encoding="utf-8")
    txt_results = [r for r in run["results"] if r["locations"][0]["physicalLocation"]["artifactLocation"]["index"] == 0]
    assert txt_results
    for result in txt_results:
        assert rule_ids[result["ruleIndex"]] == result["ruleId"]
        region = result["locations"][0]["physicalLocation"]["region"]
        if region["charLength"]:
            snippet = text[region["charOffset"]:region["charOffset"] + region["charLength"]]
            assert snippet == region["snippet"]["text"]
            assert text.splitlines()[region["startLine"] - 1][region["startColumn"] - 1:].startswith(snippet[:10])
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert len(notes) == 1 and "kapot.docx" in notes[0]["message"]["text"]
    assert run["invocations"][0]["executionSuccessful"] is False


def test_error_report_validates(tmp_path, contract_schema, package_schema):
    report = check_path(str(tmp_path / "weg.docx"))
    out = to_json_dict([report])
    jsonschema.Draft202012Validator(contract_schema).validate(out)
    jsonschema.Draft202012Validator(package_schema).validate(out)
    assert out["reports"][0]["error"] == "bestand niet gevonden"


REPORTISH = st.lists(
    st.sampled_from(list("abcdefghijklmnopqrstuvwxyz ABCDEZ.,;:!?-–|•\n\t0123456789/éë()'\"") +
                    ["burn-out ", "rugklachten", " dhr. ", "o.a. ", "Zoekprofiel\n", "3. ",
                     "12 maart 2025", "psycholoog", "€", "😀", "\r\n", "\u00a0"]),
    max_size=120,
).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(REPORTISH)
def test_offsets_property(text):
    report = check_text(text)
    if report.error:
        assert report.error  # e.g. "geen tekst gevonden": an error, never an exception
        return
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(report.text)
        assert report.text[f.start:f.end] == f.text
    sarif = to_sarif_dict([report])
    assert sarif["version"] == "2.1.0"


def test_health_terms_found_in_generated_text_keep_offsets():
    report = check_text("Verloop\nHij had een hernia.\r\nDaarna volgde fysiotherapie en sertraline.")
    texts = {f.text for f in report.findings}
    assert {"hernia", "fysiotherapie", "sertraline"} <= texts
