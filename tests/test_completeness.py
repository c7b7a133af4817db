"""Completeness: sections found from headings and from content, per-section status with what is
missing named, not_applicable for conditional sections, and a score that puts a good report above
a poor one – for all four report types, on the example report and on generated texts."""

from __future__ import annotations

import pytest

from checker.analysis.cues import Cues, cue_text
from checker.analysis.sections import find_sections, heading_sections, load_profile, match_heading
from checker.corpus import PROFILE_SECTIONS
from checker.ingest import read_path
from checker.ingest.text_reader import read_text_bytes
from checker.service import check_path, check_text
from conftest import ROOT

EXAMPLE = ROOT / "examples" / "eindrapportage-voorbeeld"

GOOD = {
    "eindrapportage": """Eindrapportage 2e spoor – de heer J. de Boer
Datum: 30 juni 2025
Periode: 6 januari 2025 t/m 27 juni 2025
Opdrachtgever: Bouwbedrijf Noord B.V. (werkgever), afdeling HR
Opgesteld door: S. Jansen, re-integratiecoach, Werkpad Advies

Contactmomenten
In de trajectperiode waren er 16 gesprekken op kantoor, 4 videogesprekken, 11 telefonische contacten en 25 e-mails.

Activiteiten
- 13 januari 2025: intake; de coach legde afspraken over rollen en privacy vast.
- februari 2025: de werknemer herschreef met de coach zijn cv en maakte een LinkedIn-profiel.
- 4 maart 2025: netwerkgesprek van de werknemer bij Bouwmaat Zwolle.
- april – juni 2025: de werknemer solliciteerde twee keer per week; de coach benaderde 12 werkgevers.

Verloop van het traject
Het traject is op 6 januari 2025 gestart en verliep volgens het trajectplan van 20 januari 2025. Eén afwijking: in april is de richting werkvoorbereider toegevoegd na overleg met de arbeidsdeskundige.

Persoonsprofiel
De heer De Boer heeft een mbo-4 diploma bouwkunde en werkte 20 jaar als timmerman. In de oefengesprekken bleek dat hij zelfstandig en nauwkeurig werkt en klantgericht communiceert.

Zoekprofiel
Onderzochte functies: werkvoorbereider, calculator en verkoopmedewerker binnendienst bouwmaterialen. Deze functies sluiten aan bij zijn ervaring en passen binnen de FML van de bedrijfsarts van 3 februari 2025 (niet tillen boven 10 kg). De arbeidsdeskundige bevestigde op 14 april 2025 dat werkvoorbereider passend is. De arbeidsmarktanalyse voor de regio Zwolle toont 6 vacatures per maand voor werkvoorbereiders. De functie uitvoerder is afgevallen, omdat die niet past binnen de FML (veel lopen op de bouwplaats).

Sollicitatievaardigheden
Op 10 februari 2025 zijn cv en sollicitatiebrief herschreven; op 3 maart 2025 oefende hij zijn pitch en op 17 maart 2025 een sollicitatiegesprek.

Arbeidsmarktbenadering
De werknemer solliciteerde twee keer per week: 24 sollicitaties op vacatures, 5 open sollicitaties en 6 netwerkgesprekken. Hij schreef zich op 1 april 2025 in bij uitzendbureau Bouwflex voor bemiddeling.

Afstemming
Met de werkgever, mevrouw K. Visser (HR), is op 20 januari, 15 april en 20 juni 2025 overlegd. Met de arbeidsdeskundige is op 14 april 2025 afgestemd over de functie werkvoorbereider. De samenwerking met de werknemer was constructief; hij kwam alle afspraken na.

Evaluatie
Op 25 juni 2025 vulde de heer De Boer het evaluatieformulier in. Hij voelde zich voldoende ondersteund, vond dat alle mogelijkheden zijn benut en noemde de oefengesprekken het nuttigst.

Conclusie en advies
Resultaat: de heer De Boer start op 1 juli 2025 met een arbeidsovereenkomst als werkvoorbereider bij Bouwmaat Zwolle, na 29 sollicitaties en 6 netwerkgesprekken. Advies: het traject afsluiten.

Ondertekening
Voor akkoord: J. de Boer (werknemer), 30 juni 2025
S. Jansen (coach), 30 juni 2025
""",
    "voortgangsrapportage": """Voortgangsrapportage 2 – tweedespoortraject mevrouw L. Bakker
Datum: 3 juni 2025
Periode: 1 april t/m 31 mei 2025
Aan: Zorggroep West (werkgever), t.a.v. de heer P. Dekker, HR-adviseur
Van: M. de Vries, re-integratiecoach

Contactmomenten
- 6 gesprekken op kantoor en 2 via Teams
- 5 telefonische contacten
- 12 e-mails

Wat heeft deze periode opgeleverd?
- Het cv en de motivatiebrief zijn op 10 april 2025 afgerond.
- Op 14 sollicitaties volgden 3 uitnodigingen voor een gesprek (Gemeente Zwolle op 6 mei, Isala op 20 mei en Landstede op 27 mei 2025); nog geen aanstelling.

Inzichten en vaardigheden
- Mevrouw Bakker merkt dat haar ervaring met planning goed aansluit bij administratieve functies.
- Zij heeft in de oefengesprekken van 15 en 29 april 2025 geleerd haar overstap kort toe te lichten.

Sollicitatieactiviteiten
- 14 sollicitaties op vacatures tussen 1 april en 31 mei 2025, waarvan 4 open sollicitaties.
- 3 netwerkgesprekken (8, 15 en 22 mei 2025) en inschrijving bij uitzendbureau Tempo-Team op 2 april 2025.

Stagnatie: geen.

Planning komende periode
- minimaal 2 sollicitaties per week
- 12 juni 2025: tweede gesprek bij Isala voorbereiden
- volgende rapportage: 31 juli 2025
""",
    "trajectplan": """Trajectplan 2e spoor – de heer R. Peters
Datum: 15 februari 2025
Looptijd: 1 februari 2025 t/m 31 januari 2026
Opdrachtgever: Transport Oost B.V. (werkgever); opgesteld door A. Smit, re-integratiecoach

1. Persoonsprofiel
De heer Peters heeft een mbo-diploma logistiek en werkte 22 jaar als vrachtwagenchauffeur. Hij is nauwkeurig, zelfstandig en heeft interesse in planning.

2. Beredeneerd zoekprofiel
Functies: planner, magazijnadministrateur en medewerker klantenservice. Deze functies sluiten aan bij zijn ervaring en passen binnen de FML. Regio: Arnhem en Nijmegen, reisafstand maximaal 30 km; de arbeidsmarkt voor planners is krap.

3. Belastbaarheid
Conform de FML van de bedrijfsarts van 10 januari 2025 kan hij niet tillen boven 10 kg; de bedrijfsarts acht hem 24 uur per week belastbaar.

4. Activiteiten
- Coach en werknemer: cv, LinkedIn-profiel en pitch (februari 2025)
- Werknemer: 2 sollicitaties per week vanaf maart 2025; coach: netwerkgesprekken en werkgeversbenadering

5. Planning
- februari 2025: cv en zoekprofiel gereed
- maart – juni 2025: solliciteren en netwerken
- juli 2025: tussenevaluatie met de werkgever

6. Rapportagemomenten
Voortgangsrapportages eind april, eind juni en eind augustus 2025; eindrapportage januari 2026.
""",
    "intakeverslag": """Intakeverslag 2e spoor – mevrouw S. Kok
Datum: 14 januari 2025
Aanwezig: mevrouw Kok (werknemer), de heer T. Bos (re-integratiecoach); traject van 13 januari 2025 t/m 12 januari 2026

Wie doet wat?
De werkgever is opdrachtgever en eindverantwoordelijk. Mevrouw Kok zoekt actief naar passend werk; de coach begeleidt haar en rapporteert aan de werkgever. De bedrijfsarts stelt de belastbaarheid vast, de arbeidsdeskundige de passende functies.

Verwachtingen
Mevrouw Kok verwacht hulp bij het vinden van administratief werk van 24 uur per week in de regio Zwolle; de werkgever verwacht vanaf 1 april twee sollicitatieactiviteiten per week.

Privacy en informatieplicht
Medische gegevens worden niet vastgelegd en niet gedeeld met de werkgever. Mevrouw Kok heeft de plicht mee te werken en de werkgever te informeren over haar sollicitaties.

Deskundigenoordeel
Op 14 januari 2025 besproken dat werkgever en werknemer bij UWV een deskundigenoordeel kunnen aanvragen als zij het oneens zijn over passend werk; mevrouw Kok heeft de informatie van UWV daarover meegekregen.

Afspraken
- 21 januari 2025: volgende afspraak
- uiterlijk 28 januari 2025 levert mevrouw Kok haar cv aan
""",
}

POOR = {
    "eindrapportage": "Eindverslag\n\nHet traject is eigenlijk best lastig verlopen. We hebben regelmatig contact "
                      "gehad.\n\nEr is veel gesolliciteerd maar er zijn geen passende vacatures gevonden.\n\n"
                      "Groetjes,\nSanne\n",
    "voortgangsrapportage": "Voortgangsrapportage\n\nHet gaat goed met Linda. We hebben regelmatig contact gehad en "
                            "ze heeft veel gesolliciteerd.\n\nWe gaan zo door.\n",
    "trajectplan": "Trajectplan\n\nWe gaan kijken wat er mogelijk is. Linda wil graag iets in de zorg doen.\n\n"
                   "We gaan solliciteren.\n",
    "intakeverslag": "Intakeverslag\n\nKennismaking met Linda gehad. Ze wil graag weer aan het werk.\n\n"
                     "We spreken binnenkort weer af.\n",
}

CHATTY = """Eindverslag traject Karin Smit
Datum: 12 mei 2025

Hierbij het eindverslag van het tweede-spoortraject van Karin, in opdracht van de werkgever Zorggroep West, over de periode van 1 november 2024 tot en met 30 april 2025. Ik ben haar re-integratiecoach.

We hebben elkaar in die periode 14 keer gesproken op kantoor, daarnaast 8 keer telefonisch en we hebben zo'n 20 e-mails gewisseld.

Karin heeft een mbo-diploma Zorg en Welzijn en werkte 15 jaar als verzorgende. Ze is nauwkeurig, communicatief sterk en werkt graag zelfstandig.

Op 28 april 2025 vulde Karin het evaluatieformulier in: zij voelde zich voldoende ondersteund, vond dat alle mogelijkheden benut zijn en vond de sollicitatietraining het nuttigst.
"""


def doc_of(text: str):
    return read_text_bytes(text.encode("utf-8"), "rapport.txt", "txt")


def statuses(report) -> dict[str, str]:
    return {s.id: s.status for s in report.completeness.sections}


def section(report, section_id: str):
    return next(s for s in report.completeness.sections if s.id == section_id)


# ---- the example report (.txt and .docx) -------------------------------------------------------

@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_example_report_headings_statuses_and_missing_elements(suffix):
    path = EXAMPLE.with_suffix(suffix)
    smap = find_sections(read_path(str(path)), load_profile("eindrapportage"))
    by_heading = {s.id for s in smap.found if s.by == "heading"}
    assert {"contactmomenten", "activiteiten", "verloop", "persoonsprofiel", "zoekprofiel",
            "arbeidsmarktbenadering", "conclusie"} <= by_heading
    report = check_path(str(path))
    status = statuses(report)
    assert status["rapportgegevens"] == "present" and status["contactmomenten"] == "present"
    assert status["verlof"] == "not_applicable" and status["interventies"] == "not_applicable"
    assert status["evaluatie"] == "missing"
    assert "evaluatie door de werknemer" in section(report, "evaluatie").missing
    # vague effort in the activities, a vague outcome and no dropped functions in the zoekprofiel
    assert status["activiteiten"] == "partial"
    zoek = section(report, "zoekprofiel")
    assert zoek.status == "partial" and "afgevallen functies met reden" in zoek.missing
    assert "de inspanningen achter het resultaat" in zoek.missing
    assert 40 <= report.completeness.score <= 80


def test_example_txt_and_docx_agree():
    txt, docx = check_path(str(EXAMPLE.with_suffix(".txt"))), check_path(str(EXAMPLE.with_suffix(".docx")))
    assert statuses(txt) == statuses(docx)
    assert txt.completeness.score == docx.completeness.score


# ---- all four types: headings, statuses, score ordering ----------------------------------------

@pytest.mark.parametrize("report_type", sorted(GOOD))
def test_complete_report_of_each_type_is_present_throughout(report_type):
    report = check_text(GOOD[report_type])
    assert report.report_type == report_type
    assert report.completeness.profile == report_type
    assert [s.id for s in report.completeness.sections] == list(PROFILE_SECTIONS[report_type])
    for s in report.completeness.sections:
        assert s.status in ("present", "not_applicable"), (s.id, s.status, s.missing)
        assert s.status != "present" or s.missing == ()
    assert report.completeness.score >= 90


@pytest.mark.parametrize("report_type", sorted(GOOD))
def test_good_report_scores_above_poor_report(report_type):
    good = check_text(GOOD[report_type], options=_typed(report_type)).completeness
    poor = check_text(POOR[report_type], options=_typed(report_type)).completeness
    assert good.score > poor.score + 40
    assert any(s.status == "missing" for s in poor.sections)
    for s in poor.sections:
        if s.status in ("partial", "missing"):
            assert s.missing, f"{s.id}: what is missing must be named"


def _typed(report_type: str):
    from checker.service import Options

    return Options(report_type=report_type)


@pytest.mark.parametrize("report_type,heading,section_id", [
    ("eindrapportage", "3. Zoekprofiel", "zoekprofiel"),
    ("voortgangsrapportage", "Planning komende periode", "planning"),
    ("trajectplan", "6. Rapportagemomenten", "rapportagemomenten"),
    ("intakeverslag", "Privacy en informatieplicht", "privacy"),
    ("intakeverslag", "Wie doet wat?", "rollen"),
])
def test_headings_recognised_per_type(report_type, heading, section_id):
    assert match_heading(load_profile(report_type), heading) == section_id


@pytest.mark.parametrize("report_type", sorted(GOOD))
def test_headed_sections_are_found_by_their_heading(report_type):
    smap = find_sections(doc_of(GOOD[report_type]), load_profile(report_type))
    headed = [s for s in smap.found if s.by == "heading"]
    assert len(headed) >= 4
    assert all(s.heading and s.body_start > s.start for s in headed)


# ---- sections found by content -----------------------------------------------------------------

def test_sections_without_headings_are_found_by_content():
    doc = doc_of(CHATTY)
    smap = find_sections(doc, load_profile("eindrapportage"))
    by_content = {s.id for s in smap.found if s.by == "content"}
    assert {"contactmomenten", "persoonsprofiel", "evaluatie"} <= by_content
    contact = smap.ranges("contactmomenten")[0]
    assert doc.text[contact.start:contact.end].startswith("We hebben elkaar")
    assert smap.section_at(doc.text.index("mbo-diploma")) == "persoonsprofiel"
    assert smap.first_heading_start() is None or smap.first_heading_start() >= 0
    report = check_text(CHATTY)
    status = statuses(report)
    assert status["contactmomenten"] == "present" and status["evaluatie"] == "present"
    assert status["zoekprofiel"] == "missing"
    assert "concrete functies" in section(report, "zoekprofiel").missing


# the good eindrapportage with its activities under a question no heading list knows
QUESTION_HEADED = GOOD["eindrapportage"].replace("Activiteiten\n- 13 januari", "Wat is er gedaan?\n- 13 januari")


def test_heading_worded_differently_is_read_by_content():
    text = QUESTION_HEADED
    assert match_heading(load_profile("eindrapportage"), "Wat is er gedaan?") is None
    doc = doc_of(text)
    smap = find_sections(doc, load_profile("eindrapportage"))
    # the list under it is read as activities (see the next test for its first bullets), and the
    # section is present
    assert smap.section_at(doc.text.index("solliciteerde twee keer")) == "activiteiten"
    assert statuses(check_text(text))["activiteiten"] == "present"


def test_an_unknown_question_heading_ends_the_range_of_the_heading_before_it():
    text = QUESTION_HEADED
    doc = doc_of(text)
    ranges = {s.id: (s.start, s.end) for s in heading_sections(doc, load_profile("eindrapportage"))}
    assert ranges["contactmomenten"][1] == doc.text.index("Wat is er gedaan?")
    # (session 15 kept the range open across the question, and its paragraph classifier then read
    # the first bullets as contact moments)
    smap = find_sections(doc, load_profile("eindrapportage"))
    # The question line itself may go either way: since session 11 the corpus has a template that
    # heads its contact moments with it (r1727–r1730).
    for item in ("intake; de coach legde", "herschreef met de coach", "netwerkgesprek van de werknemer",
                 "solliciteerde twee keer"):
        assert smap.section_at(doc.text.index(item)) == "activiteiten", item


def test_content_under_another_heading_still_counts_for_its_section():
    # the evaluation paragraph runs on under the "Afstemming" heading: either the content wins
    # the paragraph for the evaluation, or the heading keeps it and the evaluation is "likely"
    # there; either way that section is found, at that paragraph, and the heading's own stays
    text = GOOD["eindrapportage"].replace("\nEvaluatie\nOp 25 juni", "\nOp 25 juni")
    doc = doc_of(text)
    smap = find_sections(doc, load_profile("eindrapportage"))
    assert smap.section_at(doc.text.index("Met de werkgever, mevrouw K. Visser")) == "afstemming"
    where = doc.text.index("Op 25 juni 2025 vulde")
    likely = [(r.id, r.start) for r in smap.likely]
    assert smap.section_at(where) == "evaluatie" or likely == [("evaluatie", where)]
    assert statuses(check_text(text))["evaluatie"] in ("present", "partial")   # not missing


def test_a_table_under_its_heading_serves_only_that_heading():
    smap = find_sections(read_path(str(EXAMPLE.with_suffix(".txt"))), load_profile("eindrapportage"))
    assert "afstemming" not in {r.id for r in smap.likely}


# ---- statuses ----------------------------------------------------------------------------------

def test_partial_names_missing_elements_and_problems():
    report = check_text(POOR["eindrapportage"], options=_typed("eindrapportage"))
    status = statuses(report)
    assert status["rapportgegevens"] == "partial"
    assert {"rapportdatum", "periode van het traject"} <= set(section(report, "rapportgegevens").missing)
    assert status["evaluatie"] == "missing"
    assert section(report, "evaluatie").missing == ("evaluatie door de werknemer",
                                                    "voldoende ondersteuning en alle mogelijkheden benut",
                                                    "verloop volgens plan en nuttigste onderdelen")
    vague = [s for s in report.completeness.sections
             if "concrete aantallen, data of namen bij de inspanningen" in s.missing]
    assert vague and all(s.status == "partial" for s in vague)


def test_opinion_in_persoonsprofiel_makes_it_partial():
    text = GOOD["eindrapportage"].replace("klantgericht communiceert.",
                                          "klantgericht communiceert. Hij lijkt mij een heel aardige man.")
    prof = section(check_text(text), "persoonsprofiel")
    assert prof.status == "partial"
    assert prof.missing == ("feitelijk en waargenomen (geen mening van de coach)",)


ONE_UNDATED = GOOD["eindrapportage"].replace(
    "- februari 2025: de werknemer herschreef",
    "- de werknemer had een gesprek met de arbeidsdeskundige over de zoekrichting.\n- februari 2025: de werknemer herschreef")


def test_one_undated_item_in_a_dated_log_leaves_the_section_present():
    """The status model weighs the problem: one undated line among dated ones in a concrete report
    is reported as a finding, but the section is still there."""
    report = check_text(ONE_UNDATED)
    assert any(f.category == "timeline.undated_activity" and "arbeidsdeskundige" in f.text for f in report.findings)
    assert section(report, "activiteiten").status == "present"
    assert section(report, "activiteiten").missing == ()


def test_without_the_status_model_every_problem_makes_a_section_partial(monkeypatch):
    import checker.scoring.completeness as completeness

    monkeypatch.setattr(completeness, "load_status_model", lambda: None)
    activities = section(check_text(ONE_UNDATED), "activiteiten")
    assert activities.status == "partial"
    assert activities.missing == ("datum of periode bij elke activiteit",)


def test_vague_effort_makes_the_application_section_partial_and_is_named():
    text = GOOD["voortgangsrapportage"].replace(
        "- 14 sollicitaties op vacatures tussen 1 april en 31 mei 2025, waarvan 4 open sollicitaties.\n"
        "- 3 netwerkgesprekken (8, 15 en 22 mei 2025) en inschrijving bij uitzendbureau Tempo-Team op 2 april 2025.",
        "- Er is veel gesolliciteerd.\n- Er zijn diverse werkgevers benaderd en er waren netwerkgesprekken.")
    activity = section(check_text(text), "sollicitatieactiviteiten")
    assert activity.status == "partial"
    assert "concrete aantallen, data of namen bij de inspanningen" in activity.missing


def test_missing_section_is_reported_as_missing_and_as_a_finding():
    text = GOOD["eindrapportage"].replace(
        "Ondertekening\nVoor akkoord: J. de Boer (werknemer), 30 juni 2025\nS. Jansen (coach), 30 juni 2025\n", "")
    report = check_text(text)
    signature = section(report, "ondertekening")
    assert signature.status == "missing"
    assert signature.missing == ("ondertekening door de coach", "akkoord of ondertekening door de werknemer")
    assert any(f.rule == "structure.missing_section.required" and "Ondertekening" in f.message
               for f in report.findings)


@pytest.mark.parametrize("report_type,section_id,says_no", [
    ("eindrapportage", "verlof", "Verlof\nVerlof: geen; het traject is niet onderbroken.\n\n"),
    ("eindrapportage", "belastbaarheid",
     "Belastbaarheid\nDe belastbaarheid is in de trajectperiode niet gewijzigd.\n\n"),
])
def test_conditional_section_that_says_it_did_not_apply(report_type, section_id, says_no):
    text = GOOD[report_type].replace("Afstemming\n", says_no + "Afstemming\n")
    assert statuses(check_text(text))[section_id] == "not_applicable"


def test_conditional_sections_not_applicable_without_sign_and_applicable_with_content():
    assert statuses(check_text(GOOD["voortgangsrapportage"]))["stagnatie"] == "not_applicable"   # "Stagnatie: geen."
    assert statuses(check_text(GOOD["eindrapportage"]))["verlof"] == "not_applicable"
    leave = ("Verlof\nVan 21 juli t/m 8 augustus 2025 had de heer De Boer vakantie; dit is vooraf met de "
             "werkgever afgestemd en het traject lag in die weken stil.\n\n")
    text = GOOD["eindrapportage"].replace("Afstemming\n", leave + "Afstemming\n")
    assert statuses(check_text(text))["verlof"] == "present"
    stagnation = GOOD["voortgangsrapportage"].replace(
        "Stagnatie: geen.",
        "Stagnatie\n- In mei lag het tempo drie weken lager; dit is op 14 mei 2025 aan de werkgever gemeld en "
        "afgesproken is het ritme in juni te hervatten.")
    assert statuses(check_text(stagnation))["stagnatie"] == "present"


# ---- profiles, cues, fallback ------------------------------------------------------------------

def test_profiles_cover_the_domain():
    for report_type, ids in PROFILE_SECTIONS.items():
        profile = load_profile(report_type)
        assert tuple(s.id for s in profile.sections) == ids
        assert all(s.weight > 0 and s.elements and s.headings for s in profile.sections)
        assert all(s.applies is not None for s in profile.sections if s.conditional)
    labels = {rt: " ".join(e.label for s in load_profile(rt).sections for e in s.elements) for rt in PROFILE_SECTIONS}
    assert "uren per week" in labels["trajectplan"] and "tijdlijn" in labels["trajectplan"]
    assert "wanneer" in labels["trajectplan"]
    assert "informatieplicht" in labels["intakeverslag"] and "deskundigenoordeel" in labels["intakeverslag"]
    assert "stagnatie" in labels["voortgangsrapportage"] and "komende periode" in labels["voortgangsrapportage"]
    assert load_profile("voortgangsrapportage").section("stagnatie").conditional


def test_cue_syntax():
    text = cue_text("De re-integratiecoach\nbelde op 3 maart; sollicitaties van\tde werknemer.")
    assert Cues(["sollicit"]).search(text)           # the start of a word
    assert not Cues(["coach"]).search(text)          # not inside a compound ...
    assert Cues(["*coach"]).search(text)             # ... unless asked for
    assert Cues(["van "]).search(text) and not Cues(["va "]).search(text)
    assert Cues(["de werknemer"]).search(text)       # any whitespace between the words
    assert not Cues(["werkgever"]).search(text)


def test_headings_alone_without_the_model(monkeypatch):
    import checker.analysis.section_classifier as classifier

    monkeypatch.setattr(classifier, "load_section_classifier", lambda name="section_paragraphs": None)
    doc = doc_of(GOOD["eindrapportage"])
    smap = find_sections(doc, load_profile("eindrapportage"))
    assert smap.found[0].id == "rapportgegevens" and smap.found[0].by == "title"
    assert all(s.by in ("heading", "title") for s in smap.found)
    assert smap.section_at(doc.text.index("16 gesprekken")) == "contactmomenten"
    assert smap.first_heading_start() == doc.text.index("Contactmomenten")
    assert [r.id for r in smap.ranges("zoekprofiel")] == ["zoekprofiel"]
