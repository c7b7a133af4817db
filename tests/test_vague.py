"""vague.outcome and vague.effort: claims without substance, on real report text.

An outcome is fine when its passage (paragraph, list, table, log record) shows the effort behind
it; effort is fine when it carries a number, a date or a name. The classifier
(`models/vague_sentence.json`) may veto a rule's claim or add a supplementary finding, never both.
"""

from __future__ import annotations

import pytest

from checker.analysis.units import units_of
from checker.analysis.vagueness import EFFORT, OUTCOME, vague_claims
from checker.ingest import read_bytes
from checker.rules.registry import rules_by_id
from checker.service import analyse, check_text

HEADER = "Eindrapportage 2e spoor\nDatum: 30 juni 2025\nPeriode: 1 januari t/m 30 juni 2025\n\n"


def vague_findings(text: str, category: str | None = None) -> list:
    report = check_text(HEADER + text)
    return [f for f in report.findings
            if f.category.startswith("vague.") and (category is None or f.category == category)]


def flagged_texts(text: str, category: str) -> list[str]:
    return [f.text for f in vague_findings(text, category)]


# -- outcome ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Er zijn geen passende vacatures gevonden.",
    "Het traject heeft niet tot werk geleid.",
    "Helaas heeft het solliciteren niets opgeleverd.",
    "De arbeidsmarkt in de regio biedt weinig perspectief.",
    "Uitnodigingen voor een gesprek bleven uit.",
    "In de regio zijn gewoon weinig banen voor iemand met haar achtergrond.",
    "De eerste reacties van werkgevers zijn nog niet positief.",
    "De vraag naar monteurs is beperkt.",
    "Arbeidsmarkt: er zijn in de regio genoeg vacatures voor dit soort werk.",
    "De arbeidsmarkt in de regio biedt voor hem voldoende kansen.",
])
def test_bare_outcome_is_flagged(sentence):
    text = f"Conclusie\n{sentence} Werknemer blijft gemotiveerd."
    assert flagged_texts(text, "vague.outcome") == [sentence]


def test_outcome_backed_by_its_own_sentence_is_fine():
    text = ("Conclusie\nNa 18 sollicitaties als planner en 4 gesprekken tussen januari en mei 2025 "
            "heeft het traject nog niet tot werk geleid.")
    assert flagged_texts(text, "vague.outcome") == []


def test_outcome_backed_by_the_sentence_before_in_the_paragraph_is_fine():
    text = ("Arbeidsmarktbenadering\nVan maart t/m mei 2025 solliciteerde zij 14 keer, onder meer bij "
            "Brinkman Distributie en Gemeente Zwolle. Dat heeft helaas geen baan opgeleverd.")
    assert flagged_texts(text, "vague.outcome") == []


def test_outcome_backed_by_a_list_item_beside_it_is_fine():
    text = ("Arbeidsmarktbenadering\n- 23 sollicitaties op vacatures, waarvan 5 open sollicitaties\n"
            "- Dit leverde nog geen arbeidsovereenkomst op.")
    assert flagged_texts(text, "vague.outcome") == []


def test_advice_beside_an_outcome_does_not_back_it_up():
    text = ("Conclusie\nHet is helaas niet gelukt om binnen de looptijd een baan te vinden. Ik adviseer om door "
            "te gaan met sollicitaties op medisch secretaresse en het traject te verlengen.")
    assert flagged_texts(text, "vague.outcome") == [
        "Het is helaas niet gelukt om binnen de looptijd een baan te vinden."]


def test_a_tight_labour_market_is_no_excuse():
    # "krap": more vacancies than candidates – the opposite of "weinig vacatures". (The rule; the
    # classifier judges a market sentence on its own.)
    def by_rule(sentence):
        return [f.text for f in vague_findings(f"Zoekprofiel\n{sentence}") if f.rule == "vague.outcome.unsubstantiated"]
    assert by_rule("De arbeidsmarkt voor planners is krap.") == []
    assert by_rule("De arbeidsmarkt voor planners is klein.") == ["De arbeidsmarkt voor planners is klein."]


def test_same_outcome_flagged_when_the_passage_has_no_substance():
    text = ("Arbeidsmarktbenadering\nZij heeft haar best gedaan en is gemotiveerd gebleven. "
            "Dat heeft helaas geen baan opgeleverd.")
    assert flagged_texts(text, "vague.outcome") == ["Dat heeft helaas geen baan opgeleverd."]


def test_result_stated_of_the_person_is_a_conclusion_not_a_vague_outcome():
    text = ("Verloop\nRoy werkte 9 jaar bij Waakzaam. Roy koos voor logistiek. Roy deed mee aan alle afspraken.\n"
            "Conclusie\nRoy heeft geen werk gevonden.")
    assert flagged_texts(text, "vague.outcome") == []


def test_a_log_record_result_leans_on_its_record():
    text = ("Contactlog\nDatum contact: 14-03-2025\nActiviteit: update aan werkgever gestuurd\n"
            "Resultaat: geen reactie")
    assert flagged_texts(text, "vague.outcome") == []


def test_an_outcome_clause_after_effort_is_a_claim_of_its_own():
    text = "Arbeidsmarktbenadering\nEr is veel gesolliciteerd, maar er zijn geen passende vacatures gevonden."
    assert flagged_texts(text, "vague.effort") == [
        "Er is veel gesolliciteerd, maar er zijn geen passende vacatures gevonden."]
    assert flagged_texts(text, "vague.outcome") == ["maar er zijn geen passende vacatures gevonden."]
    # after concrete effort the same clause is backed by its own sentence
    text = ("Arbeidsmarktbenadering\nIn maart en april 2025 heeft ze 12 keer gesolliciteerd als kassamedewerker, "
            "maar er zijn geen uitnodigingen gekomen.")
    assert flagged_texts(text, "vague.outcome") == []


def test_a_questionnaire_answer_is_read_sentence_by_sentence():
    text = ("Vraag: Arbeidsmarktbenadering\nAntwoord: Er zijn diverse zorgorganisaties benaderd. "
            "Er zijn geen passende vacatures gevonden in de regio.\n\nVraag: Resultaat\nAntwoord: Geen werk gevonden.")
    assert flagged_texts(text, "vague.effort") == ["Antwoord: Er zijn diverse zorgorganisaties benaderd."]
    assert flagged_texts(text, "vague.outcome") == ["Er zijn geen passende vacatures gevonden in de regio.",
                                                    "Antwoord: Geen werk gevonden."]


def test_a_condition_is_no_outcome():
    text = "Planning\n- Indien na 3 maanden geen uitzicht op werk: werkervaringsplek bij een zalencentrum."
    assert flagged_texts(text, "vague.outcome") == []


# -- effort -------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Er is veel gesolliciteerd.",
    "Werknemer heeft actief gezocht.",
    "Diverse werkgevers in de regio zijn benaderd.",
    "Met de werkgever is regelmatig contact geweest.",
    "Daarnaast is het persoonlijke netwerk van betrokkene aangesproken.",
    "In het traject is alles geprobeerd wat mogelijk was.",
    "Wij hebben in deze periode veelvuldig contact onderhouden.",
    "Met u als werkgever is gedurende het traject meermaals overleg gevoerd.",
    "Er zijn veel vacatures bekeken in de bouwhandel.",
    "Div. installatiebedrijven in de regio benaderd.",
    "Met de werkgever is periodiek afgestemd.",
    "Tussendoor wat mailtjes met de werkgever over de stand van zaken.",
    # Places say where, not whom: they do not make the effort checkable.
    "Er is actief gezocht in Almere en Lelystad.",
])
def test_effort_without_numbers_dates_or_names_is_flagged(sentence):
    assert flagged_texts(f"Arbeidsmarktbenadering\n{sentence}", "vague.effort") == [sentence]


@pytest.mark.parametrize("sentence", [
    "Er is veel gesolliciteerd: 23 sollicitaties tussen maart en mei 2025.",
    "Diverse werkgevers zijn benaderd, waaronder Jumbo en Albert Heijn.",
    "Er is intensief gesolliciteerd, gemiddeld twee sollicitaties per week sinds 3 maart 2025.",
    "Zij voerde 4 netwerkgesprekken, met onder meer Hotel Bakker en Landal.",
    "Er is veel gesolliciteerd bij Zwolle Logistiek en bij Deventer Transport.",
])
def test_effort_with_a_number_date_or_name_is_fine(sentence):
    assert flagged_texts(f"Arbeidsmarktbenadering\n{sentence}", "vague.effort") == []


def test_a_lead_line_is_backed_by_the_list_it_introduces():
    text = ("Arbeidsmarktbenadering\nDiverse werkgevers zijn benaderd:\n- Jumbo Zwolle (12 maart 2025)\n"
            "- Gemeente Kampen (19 maart 2025)")
    assert flagged_texts(text, "vague.effort") == []


def test_a_few_concrete_activities_are_a_timeline_matter_not_vague_effort():
    text = "Activiteiten\n- Anouk heeft een paar netwerkgesprekken gevoerd met oud-collega's."
    report = check_text(HEADER + text)
    categories = {f.category for f in report.findings if f.end > f.start}
    assert "vague.effort" not in categories
    assert "timeline.undated_activity" in categories


def test_time_spans_and_negated_quantifiers_are_not_vague_effort():
    assert flagged_texts("Planning\nNa een paar maanden kijken we samen hoe het gaat.", "vague.effort") == []
    assert flagged_texts("Arbeidsmarktbenadering\nHelaas waren er niet veel vacatures die bij haar passen.",
                         "vague.effort") == []


def test_a_talk_that_only_says_when_is_no_effort():
    text = "Persoonsprofiel\nTijdens ons eerste gesprek moest ze een paar keer huilen."
    assert flagged_texts(text, "vague.effort") == []
    text = "Activiteiten\nTijdens de gesprekken met werkgevers heeft hij regelmatig gesolliciteerd."
    assert flagged_texts(text, "vague.effort") != []          # 'gesolliciteerd' is effort of its own


def test_a_limitation_of_the_fml_is_no_outcome():
    text = "Belastbaarheid\nVolgens de FML van de bedrijfsarts:\n- geen werk boven schouderhoogte\n- geen werk met trillend gereedschap"
    assert flagged_texts(text, "vague.outcome") == []
    assert flagged_texts("Arbeidsmarktbenadering\nEr is geen werk in de regio gevonden.", "vague.outcome") != []


def test_a_skill_or_the_market_is_no_effort():
    text = "Persoonsprofiel\nNetwerken vindt hij makkelijk; als fractievoorzitter kent hij veel ambtenaren."
    assert vague_findings(text) == []
    text = "Arbeidsmarkt\nVeel keukens zoeken wel mensen, maar dan vooral 's avonds."
    assert flagged_texts(text, "vague.effort") == []


@pytest.mark.parametrize("sentence", [
    "De verhuizing heeft veel van zijn energie gevraagd.",
    "De rechtszaak heeft de afgelopen maanden veel van haar aandacht gevraagd.",
    "Ze is gewend aan veel contact met klanten aan de balie.",
    "Hij heeft veel ervaring met telefonisch klantcontact.",
])
def test_what_something_cost_or_a_skill_is_no_effort(sentence):
    assert flagged_texts("Verloop\n" + sentence, "vague.effort") == []
    assert flagged_texts("Verloop\nEr is de afgelopen periode veel gesolliciteerd.", "vague.effort") != []


def test_questions_and_form_answers_are_not_claims():
    text = "Contactmomenten\nHoe vaak hebben we elkaar gesproken?\nAlle mogelijkheden benut? | ja"
    assert vague_findings(text) == []


# -- messages -----------------------------------------------------------------------------------

def test_messages_are_dutch_and_say_what_to_add():
    outcome = vague_findings("Conclusie\nEr is geen passend werk gevonden.", "vague.outcome")[0]
    effort = vague_findings("Arbeidsmarktbenadering\nEr is veel gesolliciteerd.", "vague.effort")[0]
    assert "inspanning" in outcome.message and "‘geen … werk’" in outcome.message
    for word in ("sollicitaties", "werkgevers", "functies", "periode", "waarom"):
        assert word in outcome.suggestion
    assert "‘veel’" in effort.message
    for word in ("hoeveel", "wanneer", "bij wie", "functies"):
        assert word in effort.suggestion
    assert outcome.severity == effort.severity == "warning"


def test_one_finding_per_sentence_and_offsets_index_the_text():
    text = HEADER + "Arbeidsmarktbenadering\nEr is veel en regelmatig gesolliciteerd bij diverse bedrijven."
    report = check_text(text)
    found = [f for f in report.findings if f.category.startswith("vague.")]
    assert len(found) == 1
    assert text[found[0].start:found[0].end] == found[0].text == \
        "Er is veel en regelmatig gesolliciteerd bij diverse bedrijven."


# -- the analysis behind it -----------------------------------------------------------------------

def test_claims_record_kind_and_substance():
    text = HEADER + ("Arbeidsmarktbenadering\nEr is veel gesolliciteerd. In totaal 23 sollicitaties, "
                     "waarvan 5 open. Helaas heeft dat geen baan opgeleverd.")
    analysis = analyse(read_bytes("t.txt", text.encode("utf-8")))
    claims = {analysis.text[c.unit.start:c.unit.end]: c for c in vague_claims(analysis)}
    assert claims["Er is veel gesolliciteerd."].kind == EFFORT
    assert not claims["Er is veel gesolliciteerd."].substantiated
    assert claims["Helaas heeft dat geen baan opgeleverd."].kind == OUTCOME
    assert claims["Helaas heeft dat geen baan opgeleverd."].substantiated     # the sentence before counts


def test_list_items_and_table_rows_are_whole_units():
    text = HEADER + "Activiteiten\n- Eerste zin. Tweede zin.\nDatum | Activiteit\n12-03-2025 | gesprek werkgever"
    analysis = analyse(read_bytes("t.txt", text.encode("utf-8")))
    texts = [analysis.text[u.start:u.end] for u in units_of(analysis).units]
    assert "- Eerste zin. Tweede zin." in texts
    assert "12-03-2025 | gesprek werkgever" in texts


# -- the classifier with the rules ---------------------------------------------------------------

def test_model_findings_are_supplementary_and_explain_themselves():
    rules = rules_by_id()
    assert rules["vague.outcome.model"].options.get("supplementary") is True
    assert rules["vague.effort.model"].options.get("supplementary") is True
    text = ("Arbeidsmarktbenadering\nEr is veel gesolliciteerd. Helaas kwam daar niets uit. "
            "Ze keek geregeld op Indeed. Ook heeft ze wat rondgebeld.")
    report = check_text(HEADER + text)
    model = [f for f in report.findings if f.rule.startswith("vague.") and f.rule.endswith(".model")]
    regular = [f for f in report.findings if f.rule.startswith("vague.") and not f.rule.endswith(".model")]
    assert regular
    for f in model:
        assert "signaalwoorden" in f.message
        assert not any(r.category == f.category and r.start < f.end and f.start < r.end for r in regular)


# -- bad input ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The candidate applied to many jobs but nothing came of it. We had regular contact with the employer.",
    "ER IS VEEL GESOLLICITEERD MAAR HET HEEFT NIETS OPGELEVERD GEEN WERK GEVONDEN",
    "er is veel gesolliciteerd en diverse werkgevers benaderd maar geen werk gevonden " * 40,
    "Er is veel gesolliciteerd 🙂🙂 en helaas geen werk gevonden 😢 | 👍 | 📅",
    "\n\n\n|||\n- \n•\n:\n",
])
def test_bad_input_does_not_crash(text):
    report = check_text(text)
    for f in report.findings:
        assert report.text[f.start:f.end] == f.text


def test_a_ten_thousand_word_paragraph_does_not_crash():
    words = ("Er is veel gesolliciteerd bij diverse werkgevers maar het leverde niets op en we hadden "
             "regelmatig contact ").split()
    text = " ".join(words[i % len(words)] for i in range(10_000))
    report = check_text(text)
    assert all(report.text[f.start:f.end] == f.text for f in report.findings)


def test_a_bare_outcome_beside_figures_is_still_vague():
    """The paragraph names applications, but the closing sentence does not tie its verdict to them."""
    text = ("Er zijn in maart 6 sollicitaties verstuurd, onder meer bij Jumbo Zwolle en Gemeente Kampen. "
            "Er zijn hier in de buurt gewoon geen passende vacatures.")
    found = [(f.rule, f.text) for f in check_text(text).findings if f.category == "vague.outcome"]
    assert found == [("vague.outcome.in_passage", "Er zijn hier in de buurt gewoon geen passende vacatures.")]


@pytest.mark.parametrize("text", [
    "Bart heeft in april 5 keer gesolliciteerd bij Van Dijk Transport, maar dat leverde niks op.",
    "Op 14 sollicitaties volgden 3 gesprekken, bij Isala op 20 mei en Landstede op 27 mei; helaas heeft "
    "dat nog niet tot een aanstelling geleid.",
])
def test_an_outcome_tied_to_its_effort_in_the_sentence_is_not_vague(text):
    assert not [f for f in check_text(text).findings if f.category == "vague.outcome"]
