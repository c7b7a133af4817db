"""AVG detection on bad input: English and mixed languages, all capitals, no punctuation, a
10,000-word paragraph, tables without text, emoji. No crash, sensible findings, right offsets."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document as DocxDocument

from checker.corpus import load_corpus
from checker.service import check_path, check_text

ROOT = Path(__file__).resolve().parent.parent


def avg(report) -> list:
    return [f for f in report.findings if f.category.startswith("avg.")]


def assert_offsets_right(report) -> None:
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(report.text)
        assert report.text[f.start:f.end] == f.text


def sample_text() -> str:
    return next(r.text for r in load_corpus("train") if len(r.spans_with("avg.health")) >= 5)


def test_english_report_gives_no_dutch_false_alarms_but_still_sees_a_diagnosis():
    text = ("Final report, second track. The employee attended 12 meetings and applied for 8 jobs as an "
            "order picker. The employer was informed on 3 March 2025. Next steps were agreed with HR.")
    report = check_text(text)
    assert_offsets_right(report)
    assert not avg(report)
    assert any(f.text.lower() == "burn-out" for f in avg(check_text("He was absent because of a burn-out.")))


def test_mixed_language_report_finds_the_dutch_violation():
    text = ("Summary in English: the trajectory went well. "
            "Werknemer is uitgevallen met een hernia en gebruikt tramadol. Next steps: apply weekly.")
    found = {f.text.lower() for f in avg(check_text(text))}
    assert {"hernia", "tramadol"} <= found


def test_all_capitals_finds_most_of_what_normal_case_finds():
    text = sample_text()
    normal, caps = avg(check_text(text)), avg(check_text(text.upper()))
    assert caps and len(caps) >= 0.7 * len(normal)


def test_no_punctuation_still_finds_health_data_and_keeps_findings_short():
    text = re.sub(r"[.,;:!?()\"'’‘–-]", " ", sample_text())
    report = check_text(text)
    assert_offsets_right(report)
    health = [f for f in avg(report) if f.category == "avg.health"]
    assert len(health) >= 3
    assert max(len(f.text) for f in health) < 600


def test_ten_thousand_word_paragraph_is_checked_with_bounded_findings():
    words = ("de werknemer heeft gesolliciteerd bij drie werkgevers en sprak met de bedrijfsarts over zijn "
             "rugklachten en ik denk dat hij hooguit vier uur per dag aankan ").split()
    text = " ".join(words[i % len(words)] for i in range(10_000))
    report = check_text(text)
    assert report.error is None
    assert_offsets_right(report)
    assert report.stats.words >= 9_900
    found = avg(report)
    assert any(f.text == "rugklachten" for f in found)
    assert all(len(f.text) < 600 for f in found)


def test_tables_without_text_and_emoji(tmp_path):
    path = tmp_path / "leeg.docx"
    doc = DocxDocument()
    doc.add_paragraph("Voortgangsrapportage tweede spoor")
    doc.add_table(rows=3, cols=3)                        # no text in any cell
    doc.add_paragraph("Hij heeft rugklachten 😩 en slikt 💊 oxazepam 😴.")
    doc.add_table(rows=2, cols=2).cell(0, 0).text = "🙂"
    doc.save(path)
    report = check_path(str(path))
    assert report.error is None
    assert_offsets_right(report)
    assert {f.text for f in avg(report)} >= {"rugklachten", "oxazepam"}
