"""timeline.undated_activity: activities without a date or period where a timeline is expected.

Dated means a date touches the sentence, list item or table row, or its record ("Datum contact:"),
its list's lead line ("Maart 2025:") or a rhythm ("2 per week") dates it. Findings are aggregated:
one per unit, and past five in a section the rest share one section finding.
"""

from __future__ import annotations

import pytest

from checker.service import check_text

HEADER = "Eindrapportage 2e spoor\nDatum: 30 juni 2025\nPeriode: 1 januari t/m 30 juni 2025\n\n"
PLAN = "Trajectplan 2e spoor\nDatum: 2 september 2025\nTrajectperiode: september 2025 t/m februari 2026\n\n"


def undated(text: str, header: str = HEADER) -> list:
    report = check_text(header + text)
    return [f for f in report.findings if f.category == "timeline.undated_activity"]


def undated_texts(text: str, header: str = HEADER) -> list[str]:
    return [f.text for f in undated(text, header)]


# -- list items ---------------------------------------------------------------------------------

def test_undated_list_item_is_flagged_and_dated_one_is_not():
    text = ("Activiteiten\n- Netwerkgesprek gevoerd met een oud-collega bij Brinkman.\n"
            "- Op 3 maart 2025 workshop solliciteren gevolgd bij het WSP.")
    found = undated(text)
    assert [f.text for f in found] == ["- Netwerkgesprek gevoerd met een oud-collega bij Brinkman."]
    assert found[0].rule == "timeline.undated_activity.item"
    assert found[0].severity == "warning"
    assert "datum" in found[0].message and "datum" in found[0].suggestion.lower()


@pytest.mark.parametrize("item", [
    "- 12-03-2025: netwerkgesprek met een oud-collega",
    "- week 14: oefengesprek met video",
    "- netwerkgesprek met een oud-collega (12/3)",
    "- van 3 maart t/m 11 april 2025: cursus Excel",
    "- Q2 2025: meeloopdag bij een hotel",
])
def test_dates_in_many_forms_date_the_item(item):
    assert undated_texts(f"Activiteiten\n{item}") == []


def test_a_dated_lead_line_dates_its_list():
    text = "Activiteiten\nMaart 2025:\n- netwerkgesprek met een oud-collega\n- workshop solliciteren gevolgd"
    assert undated_texts(text) == []


def test_a_dated_parent_item_dates_its_nested_items():
    text = "Activiteiten\n- Maart 2025\n  - netwerkgesprek met een oud-collega\n  - workshop solliciteren gevolgd"
    assert undated_texts(text) == []


def test_a_rhythm_is_a_timeline():
    text = "Arbeidsmarktbenadering\n- Solliciteren, gemiddeld twee keer per week.\n- Wekelijks contact met de coach."
    assert undated_texts(text) == []


# -- tables and log records -----------------------------------------------------------------------

def test_table_rows_with_and_without_a_date():
    text = ("Activiteiten\nDatum | Activiteit\n12-03-2025 | gesprek werkgever over de voortgang\n"
            "– | oriënterend gesprek bij een wasserij in Nieuwegein")
    assert undated_texts(text) == ["– | oriënterend gesprek bij een wasserij in Nieuwegein"]


def test_count_rows_and_header_rows_are_summaries_not_activities():
    text = ("Contactmomenten\nSoort contact | Aantal\nPersoonlijke gesprekken | 16\nTelefonisch | 12\n"
            "- 12 gesprekken, waarvan 8 op kantoor")
    assert undated_texts(text) == []


def test_log_record_is_dated_by_its_date_field_and_flagged_once_without_one():
    text = ("Contactlog\nDatum contact: 04-03-2025\nType: gesprek op kantoor\nActiviteit: netwerkgesprek voorbereid\n\n"
            "Datum contact: -\nType: overleg\nActiviteit: overleg met leidinggevende over mogelijkheden\n"
            "Resultaat: werkervaringsplek besproken")
    assert undated_texts(text) == ["Activiteit: overleg met leidinggevende over mogelijkheden"]


def test_a_list_of_fields_is_dated_by_its_when_field():
    text = ("Interventies\nInterventie – cursus Engels:\n- Wat: cursus Engels niveau B1 bij Taalhuis Apeldoorn\n"
            "- Wanneer: 7 oktober t/m 16 december 2024, één avond per week\n- Resultaat: cursus afgerond")
    assert undated_texts(text) == []


# -- what is not an undated activity --------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Er is geen deskundigenoordeel aangevraagd.",
    "Hoe is de arbeidsmarkt benaderd?",
    "De samenwerking met mevrouw De Bruijn verliep prettig en zij kwam alle afspraken na.",
    "Hij zoekt zelfstandig vacatures via Indeed en Werk.nl.",
])
def test_negations_questions_and_ways_of_working_are_not_activities(sentence):
    assert undated_texts(f"Afstemming\n{sentence}") == []


def test_a_sentence_with_vague_effort_gets_one_message_not_two():
    report = check_text(HEADER + "Afstemming\nMet de werkgever is regelmatig overleg geweest.")
    spans = [(f.category, f.text) for f in report.findings if f.end > f.start]
    assert spans == [("vague.effort", "Met de werkgever is regelmatig overleg geweest.")]


def test_sections_about_the_person_or_the_search_expect_no_timeline():
    text = ("Persoonsprofiel\nZe heeft een cursus babyspecialist gedaan en een training klantcontact gevolgd.\n"
            "Zoekprofiel\n- medewerker tuincentrum: klantcontact; getest via een meeloopdag")
    assert undated_texts(text) == []


# -- aggregation -----------------------------------------------------------------------------------

ITEMS = ["- Netwerkgesprek met een oud-collega.", "- Workshop solliciteren gevolgd.",
         "- Meegelopen bij een hotel in Deventer.", "- Gesprek met de bedrijfsarts gehad.",
         "- Ingeschreven bij een uitzendbureau.", "- Sollicitatietraining gevolgd.",
         "- Oefengesprek gedaan.", "- Banenmarkt in Ede bezocht."]


def test_many_undated_items_in_one_section_give_three_findings_and_one_for_the_rest():
    text = "Activiteiten\n" + "\n".join(ITEMS)
    report = check_text(HEADER + text)
    found = [f for f in report.findings if f.category == "timeline.undated_activity"]
    items = [f for f in found if f.rule == "timeline.undated_activity.item"]
    section = [f for f in found if f.rule == "timeline.undated_activity.section"]
    assert [f.text for f in items] == ITEMS[:3]
    assert len(section) == 1
    assert "8 activiteiten" in section[0].message and "overige 5" in section[0].message
    for item in ITEMS:                       # every undated item is still pointed at
        start = report.text.index(item)
        assert any(f.start < start + len(item) and start < f.end for f in found)


def test_five_undated_items_are_each_flagged():
    found = undated("Activiteiten\n" + "\n".join(ITEMS[:5]))
    assert [f.rule for f in found] == ["timeline.undated_activity.item"] * 5


def test_aggregation_is_per_section():
    text = "Activiteiten\n" + "\n".join(ITEMS[:4]) + "\nAfstemming\n" + "\n".join(ITEMS[4:])
    assert all(f.rule == "timeline.undated_activity.item" for f in undated(text))


# -- trajectplan: planned activities need a week or month too -------------------------------------

def test_planned_activity_without_week_or_month_is_flagged_as_planned():
    text = "Activiteiten\n- Netwerkgesprekken met leveranciers.\n- Sollicitaties: 2 per week vanaf week 41."
    found = undated(text, PLAN)
    assert [(f.rule, f.text) for f in found] == [
        ("timeline.undated_activity.planned", "- Netwerkgesprekken met leveranciers.")]
    assert "week" in found[0].suggestion


def test_planned_activity_dated_in_the_planning_elsewhere_is_fine():
    text = ("Activiteiten\n- Cv en LinkedIn vernieuwen.\n- Oriënterend gesprek bij een uitkijkcentrale.\n\n"
            "Planning\n- oktober 2025: cv en LinkedIn gereed\n- november 2025: start solliciteren")
    assert undated_texts(text, PLAN) == ["- Oriënterend gesprek bij een uitkijkcentrale."]


def test_conditional_plan_without_term_is_flagged():
    text = "Planning\nIndien nodig wordt later in het traject een werkervaringsplek ingezet."
    assert undated_texts(text, PLAN) == ["Indien nodig wordt later in het traject een werkervaringsplek ingezet."]


# -- bad input --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Activities\n- Meeting with the employer.\n- Job interview at a hotel.",
    "ACTIVITEITEN\n- NETWERKGESPREK MET EEN OUD-COLLEGA\n- WORKSHOP SOLLICITEREN GEVOLGD",
    "netwerkgesprek gevoerd workshop gevolgd meegelopen bij een hotel gesprek met de bedrijfsarts " * 30,
    "Activiteiten\n- 📅 netwerkgesprek 🙂\n- 👍 | 🤝 | gesprek\n| | |",
    "Datum contact:\nActiviteit:\n- \n:",
])
def test_bad_input_does_not_crash(text):
    report = check_text(text)
    assert all(report.text[f.start:f.end] == f.text for f in report.findings)


def test_a_ten_thousand_word_paragraph_does_not_crash():
    words = "Daarnaast heeft zij een netwerkgesprek gevoerd en een workshop gevolgd bij een uitzendbureau".split()
    text = "Activiteiten\n" + " ".join(words[i % len(words)] for i in range(10_000))
    report = check_text(text)
    assert all(report.text[f.start:f.end] == f.text for f in report.findings)
