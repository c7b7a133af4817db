"""Function detection and the checks functions.none / functions.rationale, on real text."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.analysis.function_words import BARE, TITLE, cues, title_words
from checker.analysis.functions import CONSIDERED, DROPPED, FORMER, find_functions
from checker.corpus import AnnotatedReport, parse_markup
from checker.evaluation.functions import analyse_text, evaluate_functions
from checker.rules.lexicons import load_lexicon
from checker.service import check_text

LEXICONS = Path(__file__).resolve().parent.parent / "checker" / "data" / "lexicons" / "functions"


def mentions(text: str) -> list[tuple[str, str]]:
    analysis, _ = analyse_text(text)
    return [(m.title.lower(), m.role) for m in find_functions(analysis)]


def rules_fired(text: str) -> list[str]:
    return [f.rule for f in check_text(text).findings if f.category.startswith("functions.")]


# -- the word lists ------------------------------------------------------------------------------

def test_occupation_lexicon_is_large_and_covers_typical_2e_spoor_functions():
    lex = load_lexicon("functions/occupations")
    assert len(lex.words) + len(lex.phrases) >= 500
    for word in ("orderpicker", "receptionist", "telefonist", "productiemedewerker", "magazijnmedewerker",
                 "baliemedewerker", "callcentermedewerker", "postbezorger", "verkoopster", "hovenier"):
        assert word in lex.words, word
    assert ("administratief", "medewerker") in lex.phrases
    assert ("medewerker", "klantenservice") in lex.phrases


def test_heads_and_exceptions():
    heads = load_lexicon("functions/heads").heads
    for head in ("medewerker", "adviseur", "monteur", "chauffeur", "coördinator", "assistent", "beheerder",
                 "verkoper", "planner", "kundige", "leider", "manager", "specialist", "consulent",
                 "technicus", "operator", "schoonmaker", "medewerkster"):
        assert head in heads, head
    words = title_words()
    assert words.kind("kassamedewerker") == TITLE
    assert words.kind("servicemonteurs") == TITLE          # plural of a compound
    assert words.kind("medewerker") == BARE                # alone: not a title
    assert words.kind("dagplanner") is None                # an agenda, listed in exceptions.txt
    assert words.kind("werkgever") is None
    assert words.kind("koken") is None                     # not the plural of "kok"


def test_cue_lists_are_plain_text_an_expert_can_extend():
    for name in ("considered", "dropped", "former", "rationale", "trial"):
        assert (LEXICONS / f"cues_{name}.txt").is_file()
        assert cues(name).words or cues(name).phrases
    assert "omdat" in cues("rationale").words
    assert ("valt", "af") in cues("dropped").phrases[("valt")]


# -- titles ------------------------------------------------------------------------------------

def test_compound_heads_multiword_titles_and_gendered_forms():
    found = mentions("Gekeken is naar servicemonteur, roosterplanner, medewerker facilitaire dienst, "
                     "administratief medewerker, verkoopster en receptioniste.")
    titles = [t for t, _ in found]
    assert titles == ["servicemonteur", "roosterplanner", "medewerker facilitaire dienst",
                      "administratief medewerker", "verkoopster", "receptioniste"]


def test_medewerker_alone_werkgever_and_devices_are_not_titles():
    assert mentions("De medewerker van het UWV belde; de werkgever gebruikt een dagplanner.") == []


def test_employer_names_surnames_and_contact_persons_are_not_titles():
    text = ("Mevrouw Kok werkte bij Bakker Transport B.V. en solliciteerde bij Schilder Groep. "
            "Overleg met de heer P. Jansen, bedrijfsleider, met de bedrijfsarts en met haar leidinggevende.")
    assert mentions(text) == []


def test_someones_lawyer_is_a_person_not_a_function():
    text = ("Er loopt nog een strafzaak – zijn advocaat, mr. Hofstra, vroeg om uitstel. "
            "Jordy's advocaat heeft ook gebeld.")
    assert mentions(text) == []


def test_years_in_a_job_are_former_work():
    assert mentions("Hij heeft 38 jaar niks anders gedaan dan meubelmaker.") == [("meubelmaker", FORMER)]
    assert mentions("Zij werkte bij u jarenlang als bibliotheekmedewerker.") == [("bibliotheekmedewerker", FORMER)]


def test_capitalised_title_at_a_line_start_is_still_a_title():
    assert mentions("Zoekrichting\n- Portier\n- Parkeerwachter") == [("portier", CONSIDERED), ("parkeerwachter", CONSIDERED)]


# -- roles -------------------------------------------------------------------------------------

def test_former_considered_and_dropped():
    text = ("Werknemer werkte twaalf jaar als orderpicker. Gekeken is naar receptionist en baliemedewerker, "
            "omdat dit zittend werk is. Heftruckchauffeur is afgevallen vanwege de trillingen.")
    assert mentions(text) == [("orderpicker", FORMER), ("receptionist", CONSIDERED),
                              ("baliemedewerker", CONSIDERED), ("heftruckchauffeur", DROPPED)]


def test_list_header_gives_its_items_their_role():
    text = "Niet meegenomen:\n- schadehersteller\n- APK-keurmeester\n"
    assert mentions(text) == [("schadehersteller", DROPPED), ("apk-keurmeester", DROPPED)]


def test_explanation_naming_former_work_keeps_the_listed_title_considered():
    text = "- planner thuiszorg: ze heeft als wijkverpleegkundige al roosters gemaakt; kantoorwerk."
    assert mentions(text) == [("planner thuiszorg", CONSIDERED), ("wijkverpleegkundige", FORMER)]


def test_werkervaringsplek_is_no_former_work():
    text = "Op de werkervaringsplek werkte hij van maart tot mei als administratief medewerker."
    assert mentions(text) == [("administratief medewerker", CONSIDERED)]


def test_gekeken_maar_afgevallen_is_dropped():
    text = "We hebben naar magazijnmedewerker gekeken, maar dat viel al snel af."
    assert mentions(text) == [("magazijnmedewerker", DROPPED)]


# -- functions.none ----------------------------------------------------------------------------

HEAD = "Eindrapportage 2e spoor\nDatum: 30 juni 2025\nPeriode: januari t/m juni 2025\n\n"


def test_functions_none_fires_without_considered_functions():
    text = HEAD + "Persoonsprofiel\nZij werkte als orderpicker.\n\nZoekprofiel\nEr is breed gezocht in de regio.\n"
    report = check_text(text)
    hits = [f for f in report.findings if f.rule == "functions.none.missing"]
    assert len(hits) == 1 and hits[0].start == hits[0].end
    assert hits[0].section == "zoekprofiel"
    assert report.text.startswith("Zoekprofiel", hits[0].start)


def test_functions_none_quiet_when_functions_are_named():
    text = HEAD + "Zoekprofiel\nGezocht is naar receptionist, omdat dit aansluit bij haar werkervaring.\n"
    assert "functions.none.missing" not in rules_fired(text)


def test_intakeverslag_needs_no_functions_yet():
    text = "Intakeverslag 2e spoor\nDatum: 3 juni 2025\nKennismaking, rollen en afspraken besproken.\n"
    assert not any(r.startswith("functions.none") for r in rules_fired(text))


def test_voortgangsrapportage_gets_the_milder_rule():
    text = "Voortgangsrapportage 2e spoor\nDatum: 3 juni 2025\nPeriode: april en mei 2025\nEr is gesolliciteerd.\n"
    assert "functions.none.progress" in rules_fired(text)


# -- functions.rationale -----------------------------------------------------------------------

def test_rationale_absent_and_present():
    assert rules_fired("Gekeken is naar receptionist en telefonist.") == ["functions.rationale.considered"]
    assert rules_fired("Receptionist past bij haar werkervaring en is zittend werk binnen de FML.") == []
    assert rules_fired("Orderpicker valt af.") == ["functions.rationale.dropped"]
    assert rules_fired("Orderpicker valt af vanwege het tilwerk, dat buiten de FML valt.") == []


def test_a_list_of_bare_titles_is_one_finding():
    items = "\n".join(f"- {t}" for t in ("receptionist", "telefonist", "baliemedewerker", "portier",
                                          "postbezorger", "koerier", "conciërge", "schoonmaker",
                                          "orderpicker", "kantinemedewerker"))
    report = check_text("Zoekprofiel\n" + items + "\n")
    hits = [f for f in report.findings if f.rule == "functions.rationale.considered"]
    assert len(hits) == 1
    assert hits[0].text == items
    assert "…" in hits[0].message                              # ten titles, five shown


def test_explanation_after_a_colon_or_table_bar_counts():
    text = ("- werkvoorbereider: kent de onderhoudsprocessen, grotendeels zittend\n"
            "Functie | Status | Onderbouwing\nreceptionist | onderzocht | klantcontact en afwisseling\n")
    assert rules_fired(text) == []


def test_table_row_without_reason_is_flagged():
    text = "Functie | Status | Onderbouwing\nbeveiliger | afgevallen |\nreceptionist | onderzocht | klantcontact\n"
    report = check_text(text)
    hits = [f for f in report.findings if f.category == "functions.rationale"]
    assert [f.rule for f in hits] == ["functions.rationale.dropped"]
    assert hits[0].text == "beveiliger | afgevallen |"


def test_reason_in_brackets_belongs_to_its_own_title():
    text = "Afgevallen: netwerkbeheerder (storingsdiensten buiten kantoortijd), security-analist."
    report = check_text(text)
    [hit] = [f for f in report.findings if f.category == "functions.rationale"]
    assert "security-analist" in hit.message and "netwerkbeheerder" not in hit.message


def test_dated_application_line_needs_no_reason_of_its_own():
    assert rules_fired("- 13-01-2025: sollicitatie applicatiebeheerder, Waterschap Rijnvallei") == []


def test_former_work_needs_no_reason():
    assert rules_fired("Hij werkte twintig jaar als orderpicker bij Bakker Logistiek.") == []


# -- bad input ---------------------------------------------------------------------------------

def test_all_caps():
    text = "ZOEKPROFIEL: GEKEKEN IS NAAR ORDERPICKER EN RECEPTIONIST. HEFTRUCKCHAUFFEUR VALT AF."
    assert mentions(text) == [("orderpicker", CONSIDERED), ("receptionist", CONSIDERED),
                              ("heftruckchauffeur", DROPPED)]


def test_no_punctuation_and_emoji():
    assert mentions("gekeken naar receptionist 😀 en baliemedewerker 👍🏽 want dat past bij haar ervaring") == [
        ("receptionist", CONSIDERED), ("baliemedewerker", CONSIDERED)]
    assert rules_fired("👍🏽🎉 🙂") == []


@pytest.mark.parametrize("text", ["", " \n\t", "|||", "::", "-", "medewerker", "(((receptionist"])
def test_degenerate_input(text):
    rules_fired(text)


def test_ten_thousand_word_paragraph():
    sentence = ("gekeken is naar receptionist en orderpicker maar orderpicker valt af "
                "magazijnmedewerker past bij zijn ervaring beveiliger niet ")
    words = sentence.split()
    text = "Eindrapportage\n" + " ".join(words * (10_000 // len(words) + 1))
    report = check_text(text)
    assert report.error is None
    for f in report.findings:
        assert f.text == report.text[f.start:f.end]


# -- evaluation --------------------------------------------------------------------------------

def test_evaluate_functions_on_a_small_annotated_report():
    source = ("Eindrapportage 2e spoor\nDatum: 30 juni 2025\n\nZoekprofiel\n"
              "Hij werkte als [[func.former|orderpicker]].\n"
              "[[functions.rationale|Gekeken naar [[func.considered|receptionist]].]]\n"
              "[[func.dropped|Heftruckchauffeur]] valt af vanwege de trillingen.\n")
    text, spans, sections = parse_markup(source)
    report = AnnotatedReport("t1", Path("t1.txt"), {"type": "eindrapportage", "functions": True}, text, spans,
                             sections)
    figures = evaluate_functions([report])
    assert figures["detection"]["recall"] == 1.0 and figures["detection"]["precision"] == 1.0
    assert figures["roles"]["accuracy"] == 1.0
    assert figures["rationale"]["recall"] == 1.0 and figures["rationale"]["precision"] == 1.0
    assert figures["flag"]["accuracy"] == 1.0 and figures["none_rule"]["accuracy"] == 1.0


def test_dated_lines_are_found_by_bisection_as_by_testing_every_pair():
    """The functions analysis asks `SpanSet.overlaps` whether a sentence lies on a dated line; it
    replaced a test of every sentence against every date (minutes on a 5 MB text)."""
    import random

    from checker.rules.spanset import SpanSet

    rng = random.Random(13)
    for _ in range(2000):
        spans = [(a, a + rng.randint(1, 30)) for a in (rng.randint(0, 200) for _ in range(rng.randint(0, 8)))]
        start = rng.randint(0, 230)
        end = start + rng.randint(1, 40)
        assert SpanSet(spans).overlaps(start, end) == any(s < end and start < e for s, e in spans)
