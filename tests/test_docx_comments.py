"""The Word-comment renderer on real .docx files: comments sit on exactly the finding's text, across
runs, tables, tabs and soft breaks, with overlaps; run formatting survives the splits; the text the
checker reads is unchanged; what cannot carry a comment (header, footer, text box, whole document)
is anchored on the first text with the quote."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from checker.ingest.docx_reader import read_docx
from checker.model import Finding, Report
from checker.render.docx_comments import annotate_docx, comment_text, text_to_docx
from docx_anchors import anchored_comments
from ingest_fixtures import make_report_docx


def report_for(data: bytes, spans: list[str], extra: int = 0) -> Report:
    """A Report of `data` whose findings cover the first occurrence of each text in `spans`."""
    document = read_docx(data, "x.docx")
    findings = []
    for n, wanted in enumerate(spans):
        start = document.text.index(wanted)
        findings.append(Finding(f"vague.outcome.t{n}", "vague.outcome", "warning", f"melding {n}", f"suggestie {n}",
                                start, start + len(wanted), wanted))
    return Report(source="x.docx", report_type="eindrapportage", findings=findings, text=document.text)


@pytest.fixture(scope="module")
def fixture_docx(tmp_path_factory) -> bytes:
    return make_report_docx(tmp_path_factory.mktemp("c") / "rapport.docx").read_bytes()


def test_comments_on_paragraph_text_tabs_soft_breaks_and_table_cells(fixture_docx):
    spans = ["zoekt werk als", "als administratief", "Tweede regel", "maart tot juni", "binnen", "Slotzin van het rapport."]
    report = report_for(fixture_docx, spans)
    out = annotate_docx(fixture_docx, report)
    comments = anchored_comments(out)
    assert [a for a, _ in comments] == ["zoekt werk als", "als administratief", "Tweede regel", "maart tot juni",
                                        "binnen", "Slotzin van het rapport."]
    assert [t.splitlines()[0] for _, t in comments] == [f"[waarschuwing] melding {n}" for n in range(len(spans))]
    assert read_docx(out, "x").text == report.text


def test_a_comment_across_table_cells_covers_both_cells(fixture_docx):
    report = report_for(fixture_docx, ["Periode | maart"])
    (anchor, _), = anchored_comments(annotate_docx(fixture_docx, report))
    assert anchor == "Periodemaart"          # the " | " is the reader's separator, not document text


def test_a_comment_may_span_paragraphs_and_table_rows(fixture_docx):
    report = report_for(fixture_docx, ["regeleinde.\nAfstemming\nDetails", "Uren | b\nbinnen"])
    out = annotate_docx(fixture_docx, report)
    assert [a for a, _ in anchored_comments(out)] == ["regeleinde.AfstemmingDetails", "Urenbbinnen"]
    assert read_docx(out, "x").text == report.text


def test_header_footer_textbox_and_document_level_findings_go_to_the_first_text(fixture_docx):
    report = report_for(fixture_docx, ["Re-integratiebureau Voorbeeld", "Vertrouwelijk", "Tekst in een tekstvak"])
    report.findings.append(Finding("structure.missing_section.required", "structure.missing_section", "error",
                                   "Onderdeel ontbreekt.", "Voeg het toe.", 0, 0, ""))
    comments = anchored_comments(annotate_docx(fixture_docx, report))
    assert [a for a, _ in comments] == ["Eindrapportage tweede spoor"] * 4
    leads = [t.splitlines()[0] for _, t in comments]
    assert leads == ["In de koptekst: ‘Re-integratiebureau Voorbeeld’", "In de voettekst: ‘Vertrouwelijk’",
                     "In een tekstvak: ‘Tekst in een tekstvak’", "Hele document"]


def test_runs_are_split_at_the_edges_and_keep_their_formatting(tmp_path):
    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("De werknemer heeft een ")
    bold = p.add_run("burn-out en rug")
    bold.bold = True
    p.add_run("klachten gehad.")
    path = tmp_path / "runs.docx"
    d.save(path)
    data = path.read_bytes()
    report = report_for(data, ["burn-out", "rugklachten", "werknemer heeft een burn-out en"])
    out = annotate_docx(data, report)
    assert [a for a, _ in anchored_comments(out)] == ["burn-out", "rugklachten", "werknemer heeft een burn-out en"]
    runs = docx.Document(io.BytesIO(out)).paragraphs[0].runs
    assert "".join(r.text for r in runs) == "De werknemer heeft een burn-out en rugklachten gehad."
    assert {r.text: r.bold for r in runs if r.text}["burn-out"] is True
    assert {r.text: r.bold for r in runs if r.text}["rug"] is True
    assert {r.text: r.bold for r in runs if r.text}["klachten"] is None


def test_existing_comments_are_kept_and_new_ids_do_not_clash(tmp_path):
    d = docx.Document()
    para = d.add_paragraph("Er is veel gesolliciteerd in de regio.")
    d.add_comment(para.runs, "al bestaande opmerking", "Coach", "C")
    path = tmp_path / "bestaand.docx"
    d.save(path)
    data = path.read_bytes()
    out = annotate_docx(data, report_for(data, ["veel gesolliciteerd"]))
    comments = anchored_comments(out)
    assert ("Er is veel gesolliciteerd in de regio.", "al bestaande opmerking") in comments
    assert any(a == "veel gesolliciteerd" and "melding 0" in t for a, t in comments)
    ids = [c.comment_id for c in docx.Document(io.BytesIO(out)).comments]
    assert len(ids) == len(set(ids)) == 2


def test_text_to_docx_one_paragraph_a_line_with_comments():
    text = "Eindrapportage\n\n1. Verloop\nDe heer heeft een burn-out en rugklachten."
    s = text.index("burn-out")
    findings = [Finding("avg.health.diagnosis", "avg.health", "error", "Diagnose genoemd.", "Laat weg.", s, s + 8, "burn-out"),
                Finding("vague.outcome.x", "vague.outcome", "warning", "Vaag.", None, text.index("1."), len(text),
                        text[text.index("1."):]),
                Finding("timeline.report_date.missing", "timeline.report_date", "error", "Geen datum.", None, 0, 0, "")]
    out = text_to_docx(Report(source="tekst.txt", findings=findings, text=text))
    doc = docx.Document(io.BytesIO(out))
    assert [p.text for p in doc.paragraphs] == text.split("\n")
    assert doc.paragraphs[0].style.name.startswith(("Heading", "Title"))
    comments = anchored_comments(out)
    assert comments[0] == ("burn-out", "[fout] Diagnose genoemd.\nSuggestie: Laat weg.\n(avg.health.diagnosis)")
    assert comments[1][0] == "1. VerloopDe heer heeft een burn-out en rugklachten."
    assert comments[2][0] == "Eindrapportage" and comments[2][1].startswith("Hele document")


def test_comment_text_quotes_when_not_on_its_own_words():
    f = Finding("avg.health.treater", "avg.health", "error", "Behandelaar genoemd.", "Laat weg.", 3, 13, "psycholoog")
    assert comment_text(f) == "[fout] Behandelaar genoemd.\nSuggestie: Laat weg.\n(avg.health.treater)"
    assert comment_text(f, "In de koptekst").startswith("In de koptekst: ‘psycholoog’\n[fout]")


def test_example_report_round_trip():
    data = (Path(__file__).resolve().parent.parent / "examples" / "eindrapportage-voorbeeld.docx").read_bytes()
    from checker.service import check_upload

    report = check_upload("voorbeeld.docx", data)
    out = annotate_docx(data, report)
    comments = anchored_comments(out)
    assert len(comments) == len(report.findings)
    for finding, (anchor, _text) in zip(report.findings, comments):
        if finding.end > finding.start:
            assert anchor == finding.text
    assert read_docx(out, "x").text == report.text
