"""The embedded Dutch pipeline: tokens, sentences and lemmas right for report text."""

from __future__ import annotations

import pytest

from checker.nlp.pipeline import installed_models, resolve_model
from checker.errors import ConfigError


def sents(nlp, text):
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_abbreviations_do_not_end_sentences(nlp):
    text = ("Dhr. Jansen heeft o.a. gesolliciteerd bij PostNL t.a.v. mevr. De Vries d.d. 12-03-2025, i.v.m. "
            "de vacature, bijv. via LinkedIn. Tel. contact m.b.t. de FML volgde incl. verslag. Nr. 5 is klaar.")
    assert sents(nlp, text) == [
        "Dhr. Jansen heeft o.a. gesolliciteerd bij PostNL t.a.v. mevr. De Vries d.d. 12-03-2025, i.v.m. "
        "de vacature, bijv. via LinkedIn.",
        "Tel. contact m.b.t. de FML volgde incl. verslag.",
        "Nr. 5 is klaar.",
    ]


def test_a_role_abbreviation_before_a_number_does_not_end_a_sentence(nlp):
    assert sents(nlp, "Conform de FML is wn. 20 uur per week belastbaar. Dit is besproken met wn. De AD volgt.") == [
        "Conform de FML is wn. 20 uur per week belastbaar.", "Dit is besproken met wn.", "De AD volgt."]


def test_ordinary_words_that_spacy_lists_as_abbreviations_still_end_a_sentence(nlp):
    text = "Dat wist hij al. Daarna ging het beter. Zijn hoofd zit vol. Ik hoor graag van u. Zij is er pas. Klaar."
    assert sents(nlp, text) == ["Dat wist hij al.", "Daarna ging het beter.", "Zijn hoofd zit vol.",
                                "Ik hoor graag van u.", "Zij is er pas.", "Klaar."]
    assert sents(nlp, "Dat regelt de HR. Hij heeft MS. Hr. Jansen belde.") == [
        "Dat regelt de HR.", "Hij heeft MS.", "Hr. Jansen belde."]


def test_text_typed_in_lower_case_still_splits_after_a_known_word(nlp):
    text = "hij werkt nu 4 uur in dagdienst. wat hij anders wil is rust. ivm de zorg voor anita kan hij niet."
    assert sents(nlp, text) == ["hij werkt nu 4 uur in dagdienst.", "wat hij anders wil is rust.",
                                "ivm de zorg voor anita kan hij niet."]
    assert sents(nlp, "waarom zo laat? geen idee!") == ["waarom zo laat?", "geen idee!"]


@pytest.mark.parametrize("text", [
    "wn. gebeld, geen gehoor",                 # role abbreviation
    "mw. bereikbaar op 06-41837265",           # too short to be taken for a word
    "7 sollic. op vac. gedaan",                # shortened words the tables do not know
    "humeur slecht, psych. hulp aangevraagd",  # a known word that reports also shorten
    "afspraak met J. de Vries",                # an initial
    "cv af, bijv. voor de balie",              # an abbreviation of our list
])
def test_a_period_before_a_lower_case_word_after_an_abbreviation_does_not_end_a_sentence(nlp, text):
    assert sents(nlp, text) == [text]


def test_every_line_is_a_sentence_and_enumerators_stay(nlp):
    text = "3. Zoekprofiel\nFunctie | Reden\nOrderpicker | past bij FML\n- cv gemaakt\n- brief geschreven\nKlaar"
    assert sents(nlp, text) == ["3. Zoekprofiel", "Functie | Reden", "Orderpicker | past bij FML",
                                "- cv gemaakt", "- brief geschreven", "Klaar"]


def test_sentence_split_on_terminal_punctuation(nlp):
    assert sents(nlp, "Hij belde op 3 juni. Zij mailde! Waarom? 12 sollicitaties volgden.") == [
        "Hij belde op 3 juni.", "Zij mailde!", "Waarom?", "12 sollicitaties volgden."]
    assert sents(nlp, "Hij werkt 3.5 uur per dag.") == ["Hij werkt 3.5 uur per dag."]


def test_lookup_lemmas(nlp):
    lemmas = {t.text: t.lemma_ for t in nlp("Hij heeft gesolliciteerd; depressies en rugklachten, sollicitaties.")}
    assert lemmas["gesolliciteerd"] == "solliciteren"
    assert lemmas["depressies"] == "depressie"
    assert lemmas["rugklachten"] == "rugklacht"
    assert lemmas["sollicitaties"] == "sollicitatie"


def test_model_resolution():
    assert resolve_model("blank") == "blank"
    expected = installed_models()[0] if installed_models() else "blank"
    assert resolve_model("auto") == expected
    with pytest.raises(ConfigError, match="niet geïnstalleerd"):
        resolve_model("nl_bestaat_niet_sm")


def test_long_line_without_punctuation(nlp):
    doc = nlp("woord " * 20000)
    assert len(list(doc.sents)) == 1


def test_a_full_pipeline_from_a_path_is_used_with_our_sentences_and_the_same_checks(tmp_path):
    """The branch for an installed nl_core_news_* model, exercised with a pipeline built here and saved
    to disk (no model can be downloaded): its own lemmatizer, our sentence component first, our
    abbreviations and tokenizer cache, and the same findings on a report as the embedded pipeline."""
    import spacy

    from checker.nlp.chunk_cache import ChunkCachingTokenizer
    from checker.nlp.pipeline import load_pipeline
    from checker.service import Options, check_text

    full = spacy.blank("nl")
    full.add_pipe("lemmatizer", config={"mode": "lookup"})
    full.initialize()                                  # lookup tables from spacy-lookups-data, installed
    full.to_disk(tmp_path / "nl_test_full")
    path = str(tmp_path / "nl_test_full")

    nlp = load_pipeline(path)
    assert nlp.pipe_names == ["rc_sentences", "lemmatizer"]
    assert isinstance(nlp.tokenizer, ChunkCachingTokenizer)
    assert sents(nlp, "Dhr. Jansen belde o.a. met PostNL.\n- cv gemaakt") == [
        "Dhr. Jansen belde o.a. met PostNL.", "- cv gemaakt"]
    assert {t.text: t.lemma_ for t in nlp("Hij heeft rugklachten.")}["rugklachten"].lower() == "rugklacht"

    text = ("Eindrapportage 2e spoor\nDatum: 30 juni 2025\n\nVerloop\nZij is uitgevallen met een burn-out en "
            "heeft nog rugklachten. Haar man Peter is werkloos. Er is veel gesolliciteerd.\n")
    def rules(model):
        return sorted((f.rule, f.text) for f in check_text(text, options=Options(model=model)).findings)
    full_rules, embedded_rules = rules(path), rules("blank")
    assert full_rules == embedded_rules
    assert ("avg.health.diagnosis", "burn-out") in full_rules
