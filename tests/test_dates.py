"""Tests for checker.dates: the Dutch date extractor."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.dates import DateMention, find_dates, parse_iso_or_dutch

D = date
REF = D(2025, 6, 30)        # report date used for every table case (decides inferred years)
KINDS = {"date", "month", "week", "quarter", "year", "range", "part_of_month", "part_of_year", "season"}


def _mention(text: str, span: str, reference: date | None = REF) -> DateMention:
    found = find_dates(text, reference)
    hits = [m for m in found if m.text == span]
    assert hits, f"{span!r} not found in {text!r}; found {[m.text for m in found]}"
    return hits[0]


# (text, expected span, kind, first, last); reference = REF
CASES = [
    # full dates, every written form
    ("Gesprek op 3 februari 2025 gevoerd.", "3 februari 2025", "date", D(2025, 2, 3), D(2025, 2, 3)),
    ("Gebeld op 3 feb. 2025.", "3 feb. 2025", "date", D(2025, 2, 3), D(2025, 2, 3)),
    ("Gebeld op 3 feb 2025.", "3 feb 2025", "date", D(2025, 2, 3), D(2025, 2, 3)),
    ("Gebeld op 3 febr. 2025.", "3 febr. 2025", "date", D(2025, 2, 3), D(2025, 2, 3)),
    ("Intake d.d. 03-02-2025.", "03-02-2025", "date", D(2025, 2, 3), D(2025, 2, 3)),
    ("Intake op 3-2-2025.", "3-2-2025", "date", D(2025, 2, 3), D(2025, 2, 3)),
    ("Op 3/2/25 gemaild.", "3/2/25", "date", D(2025, 2, 3), D(2025, 2, 3)),
    ("Op 03.02.2025 gemaild.", "03.02.2025", "date", D(2025, 2, 3), D(2025, 2, 3)),
    ("Op 03.02.25 gemaild.", "03.02.25", "date", D(2025, 2, 3), D(2025, 2, 3)),
    ("Rapportdatum: 2025-02-03", "2025-02-03", "date", D(2025, 2, 3), D(2025, 2, 3)),
    ("Maandag 3 februari 2025 was de intake.", "Maandag 3 februari 2025", "date", D(2025, 2, 3), D(2025, 2, 3)),
    ("Op ma. 3 feb. 2025 gebeld.", "ma. 3 feb. 2025", "date", D(2025, 2, 3), D(2025, 2, 3)),
    ("Op vrijdag, 7 maart 2025 gesproken.", "vrijdag, 7 maart 2025", "date", D(2025, 3, 7), D(2025, 3, 7)),
    ("Verslag d.d. 4 juni 2025.", "4 juni 2025", "date", D(2025, 6, 4), D(2025, 6, 4)),
    ("GESPREK OP 3 FEBRUARI 2025", "3 FEBRUARI 2025", "date", D(2025, 2, 3), D(2025, 2, 3)),
    ("Op 12 Mrt. 2025 gesolliciteerd.", "12 Mrt. 2025", "date", D(2025, 3, 12), D(2025, 3, 12)),
    ("Op 3 feb. '25 gesolliciteerd.", "3 feb. '25", "date", D(2025, 2, 3), D(2025, 2, 3)),
    ("Gesprek op 10-03-'25 bij de gemeente.", "10-03-'25", "date", D(2025, 3, 10), D(2025, 3, 10)),
    ("Geboren 14-06-’93.", "14-06-’93", "date", D(1993, 6, 14), D(1993, 6, 14)),
    ("Export 3-feb-2025.", "3-feb-2025", "date", D(2025, 2, 3), D(2025, 2, 3)),
    ("Op 1 okt. 2024 gestart.", "1 okt. 2024", "date", D(2024, 10, 1), D(2024, 10, 1)),
    ("Op 29 februari 2024 gestart.", "29 februari 2024", "date", D(2024, 2, 29), D(2024, 2, 29)),
    ("Op 2025-2-3 gestart.", "2025-2-3", "date", D(2025, 2, 3), D(2025, 2, 3)),
    # dates without a year (inferred from REF = 2025-06-30)
    ("Op 3 februari is gebeld.", "3 februari", "date", D(2025, 2, 3), D(2025, 2, 3)),
    ("Op 15 december is gebeld.", "15 december", "date", D(2024, 12, 15), D(2024, 12, 15)),
    ("Het gesprek was op 3 mei.", "3 mei", "date", D(2025, 5, 3), D(2025, 5, 3)),
    ("Op 10 juli volgt een gesprek.", "10 juli", "date", D(2025, 7, 10), D(2025, 7, 10)),
    # months
    ("Start in februari 2025.", "februari 2025", "month", D(2025, 2, 1), D(2025, 2, 28)),
    ("Start feb. '25.", "feb. '25", "month", D(2025, 2, 1), D(2025, 2, 28)),
    ("Start mrt. 2025.", "mrt. 2025", "month", D(2025, 3, 1), D(2025, 3, 31)),
    ("Start sept. 2024.", "sept. 2024", "month", D(2024, 9, 1), D(2024, 9, 30)),
    ("Sinds okt 2024.", "okt 2024", "month", D(2024, 10, 1), D(2024, 10, 31)),
    ("Sinds dec. 2024.", "dec. 2024", "month", D(2024, 12, 1), D(2024, 12, 31)),
    ("Sinds jan. 2025.", "jan. 2025", "month", D(2025, 1, 1), D(2025, 1, 31)),
    ("Sinds aug 2024.", "aug 2024", "month", D(2024, 8, 1), D(2024, 8, 31)),
    ("Mei 2025: eerste sollicitatie.", "Mei 2025", "month", D(2025, 5, 1), D(2025, 5, 31)),
    ("In maart is een cv opgesteld.", "maart", "month", D(2025, 3, 1), D(2025, 3, 31)),
    # weeks
    ("In week 14 is gesolliciteerd.", "week 14", "week", D(2025, 3, 31), D(2025, 4, 6)),
    ("In week 14 van 2025 gesolliciteerd.", "week 14 van 2025", "week", D(2025, 3, 31), D(2025, 4, 6)),
    ("Gesprek wk 14.", "wk 14", "week", D(2025, 3, 31), D(2025, 4, 6)),
    ("Weeknummer 14: netwerkgesprek.", "Weeknummer 14", "week", D(2025, 3, 31), D(2025, 4, 6)),
    ("Gestart in week 1 2025.", "week 1 2025", "week", D(2024, 12, 30), D(2025, 1, 5)),
    ("Scholing in week 14-16 van 2025.", "week 14-16 van 2025", "range", D(2025, 3, 31), D(2025, 4, 20)),
    ("Scholing in de weken 14 t/m 16.", "weken 14 t/m 16", "range", D(2025, 3, 31), D(2025, 4, 20)),
    # quarters
    ("Plaatsing in Q2 2025.", "Q2 2025", "quarter", D(2025, 4, 1), D(2025, 6, 30)),
    ("Plaatsing in q3 2024.", "q3 2024", "quarter", D(2024, 7, 1), D(2024, 9, 30)),
    ("Plaatsing in 2025-Q1.", "2025-Q1", "quarter", D(2025, 1, 1), D(2025, 3, 31)),
    ("In het 2e kwartaal 2025 gestart.", "2e kwartaal 2025", "quarter", D(2025, 4, 1), D(2025, 6, 30)),
    ("In het tweede kwartaal van 2025.", "tweede kwartaal van 2025", "quarter", D(2025, 4, 1), D(2025, 6, 30)),
    ("In het eerste kwartaal 2024.", "eerste kwartaal 2024", "quarter", D(2024, 1, 1), D(2024, 3, 31)),
    ("In het derde kwartaal volgt de evaluatie.", "derde kwartaal", "quarter", D(2025, 7, 1), D(2025, 9, 30)),
    # parts of a month or year
    ("Eind januari is het cv klaar.", "Eind januari", "part_of_month", D(2025, 1, 21), D(2025, 1, 31)),
    ("Begin maart 2025 gestart.", "Begin maart 2025", "part_of_month", D(2025, 3, 1), D(2025, 3, 10)),
    ("Rond half april gebeld.", "half april", "part_of_month", D(2025, 4, 11), D(2025, 4, 20)),
    ("Medio mei een gesprek.", "Medio mei", "part_of_month", D(2025, 5, 11), D(2025, 5, 20)),
    ("Midden juni een gesprek.", "Midden juni", "part_of_month", D(2025, 6, 11), D(2025, 6, 20)),
    ("Eind februari 2024 afgerond.", "Eind februari 2024", "part_of_month", D(2024, 2, 21), D(2024, 2, 29)),
    ("Eind feb. 2025 afgerond.", "Eind feb. 2025", "part_of_month", D(2025, 2, 21), D(2025, 2, 28)),
    ("Begin 2025 is gestart.", "Begin 2025", "part_of_year", D(2025, 1, 1), D(2025, 4, 30)),
    ("Eind 2024 afgerond.", "Eind 2024", "part_of_year", D(2024, 9, 1), D(2024, 12, 31)),
    ("In de eerste helft van 2025.", "eerste helft van 2025", "part_of_year", D(2025, 1, 1), D(2025, 6, 30)),
    # seasons
    ("In het najaar 2024 gestart.", "najaar 2024", "season", D(2024, 9, 1), D(2024, 11, 30)),
    ("Voorjaar 2025: scholing.", "Voorjaar 2025", "season", D(2025, 3, 1), D(2025, 5, 31)),
    ("Tijdens de zomer 2025 verlof.", "zomer 2025", "season", D(2025, 6, 1), D(2025, 8, 31)),
    ("In de winter 2024 gepauzeerd.", "winter 2024", "season", D(2024, 12, 1), D(2025, 2, 28)),
    ("In de zomer was er verlof.", "zomer", "season", D(2025, 6, 1), D(2025, 8, 31)),
    # a year alone, after a preposition; the span is the year
    ("In 2024 is het traject gestart.", "2024", "year", D(2024, 1, 1), D(2024, 12, 31)),
    ("Ziek sinds 2019.", "2019", "year", D(2019, 1, 1), D(2019, 12, 31)),
    ("Contract tot 2026.", "2026", "year", D(2026, 1, 1), D(2026, 12, 31)),
    ("Bereikbaar per 2025 via de nieuwe werkgever.", "2025", "year", D(2025, 1, 1), D(2025, 12, 31)),
    # ranges: one mention covering both ends
    ("Traject van 1 maart t/m 30 april 2025.", "van 1 maart t/m 30 april 2025", "range", D(2025, 3, 1), D(2025, 4, 30)),
    ("Periode: 1 maart – 30 april 2025.", "1 maart – 30 april 2025", "range", D(2025, 3, 1), D(2025, 4, 30)),
    ("Periode: 01-03-2025 t/m 30-04-2025.", "01-03-2025 t/m 30-04-2025", "range", D(2025, 3, 1), D(2025, 4, 30)),
    ("Van januari tot en met april 2025.", "Van januari tot en met april 2025", "range", D(2025, 1, 1), D(2025, 4, 30)),
    ("In de periode januari – april 2025.", "januari – april 2025", "range", D(2025, 1, 1), D(2025, 4, 30)),
    ("Gesprekken tussen 3 en 17 maart.", "tussen 3 en 17 maart", "range", D(2025, 3, 3), D(2025, 3, 17)),
    ("Stage maart-april 2025.", "maart-april 2025", "range", D(2025, 3, 1), D(2025, 4, 30)),
    ("Van december 2024 - februari 2025.", "Van december 2024 - februari 2025", "range", D(2024, 12, 1), D(2025, 2, 28)),
    ("Verlof december – februari 2025.", "december – februari 2025", "range", D(2024, 12, 1), D(2025, 2, 28)),
    ("Cursus 3 t/m 17 maart 2025.", "3 t/m 17 maart 2025", "range", D(2025, 3, 3), D(2025, 3, 17)),
    ("Van 1 maart 2025 tot 30 april.", "Van 1 maart 2025 tot 30 april", "range", D(2025, 3, 1), D(2025, 4, 30)),
    ("Van 15 november 2024 t/m 15 januari.", "Van 15 november 2024 t/m 15 januari", "range", D(2024, 11, 15), D(2025, 1, 15)),
    ("Van week 40 (2024) t/m week 13 (2025).", "Van week 40 (2024) t/m week 13 (2025)", "range", D(2024, 9, 30), D(2025, 3, 30)),
    ("Week 14 t/m week 16 van 2025.", "Week 14 t/m week 16 van 2025", "range", D(2025, 3, 31), D(2025, 4, 20)),
    ("Uitvoering Q1 – Q2 2025.", "Q1 – Q2 2025", "range", D(2025, 1, 1), D(2025, 6, 30)),
    ("Tussen 3 maart en 17 maart 2025 gebeld.", "Tussen 3 maart en 17 maart 2025", "range", D(2025, 3, 3), D(2025, 3, 17)),
    ("Traject van 2023 tot 2025.", "van 2023 tot 2025", "range", D(2023, 1, 1), D(2025, 12, 31)),
    ("Schooljaar 2024/2025.", "2024/2025", "range", D(2024, 1, 1), D(2025, 12, 31)),
    ("Werkervaring 2019-2023 in de zorg.", "2019-2023", "range", D(2019, 1, 1), D(2023, 12, 31)),
]


@pytest.mark.parametrize(("text", "span", "kind", "first", "last"), CASES, ids=[c[1] for c in CASES])
def test_table(text, span, kind, first, last):
    m = _mention(text, span)
    assert (m.kind, m.first, m.last) == (kind, first, last)
    assert text[m.start:m.end] == span


# (text, span that must not be found; None = nothing at all may be found)
NEGATIVES = [
    ("Het gesprek begon om 10.00 uur.", None),
    ("Dat duurde 3.5 uur.", None),
    ("Zijn nummer is 06-12345678.", None),
    ("Bereikbaar op 06-12-34-56-78.", None),
    ("Postcode 1234 AB te Utrecht.", None),
    ("Hij woont in 2011 AB Haarlem.", None),
    ("BSN 123456789.", None),
    ("IBAN NL91 ABNA 0417 1643 00.", None),
    ("IBAN NL91ABNA0417164300.", None),
    ("Dat is 25% van de tijd.", None),
    ("Een bonus tot 2000 euro.", None),
    ("Gebruik versie 2.1.3 van het formulier.", None),
    ("Release versie 1.2.2025 gebruikt.", None),
    ("Het programma v2.10.12 draait.", None),
    ("Het IP-adres is 10.10.10.10.", None),
    ("Hij werkt 4 uur per week.", None),
    ("Deze week 3 gesprekken gevoerd.", None),
    ("Per week 2 keer gesolliciteerd.", None),
    ("In week 54 was niets.", None),
    ("In week 0 was niets.", None),
    ("De week verliep goed.", None),
    ("Evaluatie in week 52 van de ziekte.", None),
    ("Gestart in week 60 van het verzuim.", None),
    ("Rond week 52 na de ziekmelding.", None),
    ("Zie pagina 3 van 5.", None),
    ("Een bedrag van € 1.250 is betaald.", None),
    ("Een bedrag van € 2.025,- is betaald.", None),
    ("Er zijn 2025 vacatures bekeken.", None),
    ("Zie 3/5 van de punten.", None),
    ("Met Jan de Vries gesproken.", None),
    ("De zomer was warm.", None),
    ("Tijdens de zomervakantie niets.", None),
    ("Het afgelopen kwartaal ging goed.", None),
    ("Bijeenkomst in 1234.", None),
    ("Datum 31-02-2025 is fout.", "31-02-2025"),
    ("Datum 13/13/25 is fout.", "13/13/25"),
    ("Datum 30 februari 2025 is fout.", "30 februari 2025"),
]


@pytest.mark.parametrize(("text", "forbidden"), NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_negative(text, forbidden):
    found = find_dates(text, REF)
    if forbidden is None:
        assert found == [], [m.text for m in found]
    else:
        lo = text.index(forbidden)
        hi = lo + len(forbidden)
        assert not [m for m in found if m.start < hi and m.end > lo], [m.text for m in found]


def test_several_mentions_sorted_and_separate():
    text = ("Rapportage d.d. 4 juni 2025 over de periode 1 maart – 30 april 2025.\n"
            "- 3 maart 2025: gesprek met de werkgever\n"
            "- 10 maart 2025: sollicitatie\n"
            "- week 14: netwerkgesprek; 4 uur per week beschikbaar, pagina 3 van 5.\n")
    found = find_dates(text)
    assert [m.text for m in found] == [
        "4 juni 2025", "1 maart – 30 april 2025", "3 maart 2025", "10 maart 2025", "week 14"]
    assert [m.kind for m in found] == ["date", "range", "date", "date", "week"]
    assert found[-1].first == D(2025, 3, 31) and found[-1].year_inferred


def test_dash_list_items_on_separate_lines_are_not_a_range():
    found = find_dates("- 3 maart 2025\n- 10 maart 2025")
    assert [m.kind for m in found] == ["date", "date"]


def test_sentence_dot_after_full_month_name_not_in_span():
    assert _mention("Het gesprek was op 3 mei.", "3 mei").end == len("Het gesprek was op 3 mei")


# --- year inference ---------------------------------------------------------------------------


def test_year_inferred_flag():
    assert _mention("op 3 februari 2025", "3 februari 2025").year_inferred is False
    assert _mention("op 3 februari", "3 februari").year_inferred is True
    # a range whose first end takes its year from the second end: the year was written
    assert _mention("1 maart – 30 april 2025", "1 maart – 30 april 2025").year_inferred is False
    assert _mention("tussen 3 en 17 maart", "tussen 3 en 17 maart").year_inferred is True


@pytest.mark.parametrize(("reference", "text", "span", "expected"), [
    (D(2025, 2, 10), "Op 15 december gebeld.", "15 december", D(2024, 12, 15)),
    (D(2025, 2, 10), "Op 1 juni gebeld.", "1 juni", D(2024, 6, 1)),
    (D(2025, 2, 10), "Op 3 februari gebeld.", "3 februari", D(2025, 2, 3)),
    (D(2025, 12, 20), "Vervolgafspraak op 5 januari.", "5 januari", D(2026, 1, 5)),
    (D(2025, 3, 10), "Op 29 februari gestart.", "29 februari", D(2024, 2, 29)),
    (D(2025, 2, 10), "Eind december afgerond.", "Eind december", D(2024, 12, 21)),
    (D(2025, 2, 10), "In week 50 gebeld.", "week 50", D(2024, 12, 9)),
    (D(2025, 2, 10), "Verlof december – januari.", "december – januari", D(2024, 12, 1)),
])
def test_year_inference_with_reference(reference, text, span, expected):
    m = _mention(text, span, reference)
    assert m.first == expected and m.year_inferred


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("Geboren 17-08-1971. Gesprekken op 26 juni en 29 juni 2023.", "26 juni", D(2023, 6, 26)),
    ("In 2024 gestart. Op 14 februari, 6 juni en 17 oktober 2023.", "6 juni", D(2023, 6, 6)),
    ("In 2024 gestart. Op 14 februari, 6 juni en 17 oktober 2023.", "14 februari", D(2023, 2, 14)),
    ("Op 12 december, 9 januari en 3 april 2025.", "12 december", D(2024, 12, 12)),
    ("Rapportage over juni en juli 2024.", "juni", D(2024, 6, 1)),
])
@pytest.mark.parametrize("reference", [None, D(2021, 1, 1)])
def test_year_from_the_end_of_a_list(text, span, expected, reference):
    m = _mention(text, span, reference)
    assert m.first == expected and m.year_inferred


def test_year_inference_from_earlier_year_in_text():
    text = "Traject gestart in 2023. Op 5 mei gesprek. Eindrapportage juni 2025."
    assert _mention(text, "5 mei", None).first == D(2023, 5, 5)


def test_year_inference_from_later_year_in_text():
    text = "Op 5 mei gesprek gevoerd. Rapportage juni 2024."
    assert _mention(text, "5 mei", None).first == D(2024, 5, 5)


def test_year_inference_defaults_to_current_year():
    m = _mention("Op 5 mei gesprek gevoerd.", "5 mei", None)
    assert m.first == D(date.today().year, 5, 5) and m.year_inferred


def test_reference_ignored_for_written_years():
    assert _mention("op 3 februari 2020", "3 februari 2020", D(2025, 1, 1)).first == D(2020, 2, 3)


# --- parse_iso_or_dutch -----------------------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [
    ("2025-02-03", D(2025, 2, 3)),
    (" 3 februari 2025 ", D(2025, 2, 3)),
    ("3 feb. 2025", D(2025, 2, 3)),
    ("03-02-2025", D(2025, 2, 3)),
    ("3/2/25", D(2025, 2, 3)),
    ("03.02.2025", D(2025, 2, 3)),
    ("maandag 3 februari 2025", D(2025, 2, 3)),
    ("februari 2025", None),
    ("3 februari", None),
    ("31-02-2025", None),
    ("gisteren", None),
    ("", None),
    ("3 februari 2025 en 4 februari 2025", None),
])
def test_parse_iso_or_dutch(value, expected):
    assert parse_iso_or_dutch(value) == expected


# --- properties -------------------------------------------------------------------------------

FRAGMENTS = [
    "3", "17", "31", "2025", "2024", "'25", "03-02-2025", "3/2/25", "10.00", "3.5", "06-12345678",
    "februari", "feb.", "mrt", "mei", "Maart", "sept.", "maandag", "ma.", "week", "wk", "14", "53",
    "Q2", "kwartaal", "tweede", "eind", "begin", "half", "medio", "najaar", "zomer", "in", "de",
    "sinds", "van", "tot", "t/m", "tot en met", "tussen", "en", "-", "–", "/", ".", ",", "\n",
    "uur", "per", "€", "%", "AB", "d.d.", "periode", "2e", "İ", "ẞ", "K",
]
texts = st.one_of(
    st.text(max_size=120),
    st.lists(st.sampled_from(FRAGMENTS), max_size=25).map(" ".join),
    st.lists(st.sampled_from(FRAGMENTS), max_size=25).map("".join),
)
references = st.none() | st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31))


@settings(max_examples=400, deadline=None)
@given(texts, references)
def test_properties(text, reference):
    found = find_dates(text, reference)
    previous_end = 0
    for m in found:
        assert text[m.start:m.end] == m.text and m.text
        assert m.first <= m.last
        assert m.kind in KINDS
        assert m.start >= previous_end          # sorted and non-overlapping
        previous_end = m.end
        if m.kind == "date" and not m.year_inferred:
            assert parse_iso_or_dutch(m.text) == m.first


# --- cost -------------------------------------------------------------------------------------


def _report(words: int = 1500) -> str:
    filler = ("de coach heeft met de werknemer gesproken over het zoekprofiel en passende functies "
              "zoals administratief medewerker conform de FML van de bedrijfsarts er is 4 uur per "
              "week gesolliciteerd zie pagina 3 van 5 om 10.00 uur voor een bedrag van € 1.250").split()
    dates = ["3 februari 2025", "12-03-2025", "12/3/25", "maart 2025", "week 14", "Q2 2025",
             "van januari tot en met april 2025", "eind januari", "d.d. 4 juni 2025", "in 2024",
             "medio mei", "najaar 2024", "1 maart – 30 april 2025", "tussen 3 en 17 maart"]
    out = []
    for i in range(words - 60):
        out.append(filler[i % len(filler)])
        if i % 48 == 0:
            out.append(dates[i // 48 % len(dates)] + ".")
    return " ".join(out)


def test_many_dates_in_a_1500_word_report():
    assert len(find_dates(_report())) >= 28


def test_import_pulls_in_nothing_heavy():
    code = ("import sys; import checker.dates; "
            "print(sorted(m for m in ('dateparser', 'spacy', 'regex', 'numpy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1]).stdout.splitlines()
    assert out[0] == "[]"
