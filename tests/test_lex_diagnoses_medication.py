"""The widened diagnosis and medication lists (avg_health/diagnoses, avg_health/medication):
realistic sentences a coach might write that must be flagged as health data, and job-search
sentences with look-alike words that must not be."""

from __future__ import annotations

import pytest

from avg_findings import covers
from checker.service import check_text

HEALTH_RULES = ("avg.health.diagnosis", "avg.health.medication", "avg.health.addiction_pregnancy")

# (sentence, a word of it that a health finding must cover)
FLAGGED = [
    # abbreviations
    ("Zij heeft pds en moet daardoor vaak naar het toilet.", "pds"),
    ("Hij heeft in 2023 een tia gehad.", "tia"),
    ("Bij haar is vorig jaar ms vastgesteld.", "ms"),
    ("Mevrouw is bekend met copd.", "copd"),
    ("Hij heeft complexe ptss na zijn diensttijd.", "ptss"),
    ("Er is bij hem solk vastgesteld.", "solk"),
    ("Zij heeft CRPS aan haar rechterhand.", "CRPS"),
    # musculoskeletal, injuries
    ("Hij heeft bij de val twee wervels gebroken.", "wervels"),
    ("Sinds de kop-staartbotsing zit zij thuis.", "kop-staartbotsing"),
    ("Hij heeft al weken last van spit in de rug.", "spit"),
    ("Zij heeft een beknelde zenuw in haar nek.", "zenuw"),
    ("Hij brak vorig jaar zijn sleutelbeen.", "sleutelbeen"),
    ("Ze is uitgegleden op de natte vloer.", "uitgegleden"),
    ("Zijn enkel was verbrijzeld.", "verbrijzeld"),
    ("Hij heeft een schouderluxatie opgelopen.", "schouderluxatie"),
    # psychological, incl. lay terms
    ("Hij heeft een zware depressie doorgemaakt.", "depressie"),
    ("Zij is uitgevallen met overspanning.", "overspanning"),
    ("Hij zat er helemaal doorheen.", "doorheen"),
    ("Zij heeft last van smetvrees.", "smetvrees"),
    ("Hij heeft veel last van faalangst.", "faalangst"),
    ("Ze heeft een sociale angststoornis.", "angststoornis"),
    ("She told me about her bipolar disorder.", "bipolar"),
    # neurological, cardiovascular, oncology
    ("Ze is bekend met de ziekte van Ménière.", "Ménière"),
    ("Hij heeft een hartklepprobleem.", "hartklepprobleem"),
    ("Bij haar is een glioom gevonden.", "glioom"),
    ("De kanker is uitgezaaid naar de lever.", "uitgezaaid"),
    ("Hij heeft etalagebenen.", "etalagebenen"),
    # respiratory, digestive, endocrine, skin, eye and ear
    ("Hij heeft type 2 diabetes.", "diabetes"),
    ("Zij had een hypo achter het stuur.", "hypo"),
    ("Hij heeft een handeczeem van de inkt.", "handeczeem"),
    ("Zij heeft groene staar.", "staar"),
    ("Hij is doof aan één oor.", "doof"),
    ("Ze heeft last van vleesbomen.", "vleesbomen"),
    ("Hij heeft een vitamine b12-tekort.", "b12-tekort"),
    # infections, long covid
    ("Zij kampt sinds de zomer met langdurige covid.", "covid"),
    ("Hij heeft corona opgelopen op het werk.", "corona"),
    # developmental, pregnancy complications
    ("Hij is dyslectisch en heeft een dyslexieverklaring.", "dyslectisch"),
    ("Zij kreeg pre-eclampsie in de laatste weken.", "pre-eclampsie"),
    # medication: generic and brand names
    ("Hij gebruikt sinds maart Brintellix.", "Brintellix"),
    ("Zij slikt dagelijks een oxazepammetje.", "oxazepammetje"),
    ("Hij krijgt Keytruda via het ziekenhuis.", "Keytruda"),
    ("Zij gebruikt Arimidex.", "Arimidex"),
    ("Hij spuit NovoRapid bij de maaltijden.", "NovoRapid"),
    ("Ze gebruikt Pulmicort en Ventolin.", "Pulmicort"),
    ("Hij slikt Vimpat tegen de aanvallen.", "Vimpat"),
    ("Zij neemt Relpax bij een aanval.", "Relpax"),
    ("Hij kreeg spierverslappers voorgeschreven.", "spierverslappers"),
    ("Zij neemt ibuprofeen voor het sporten.", "ibuprofeen"),
    ("Hij gebruikt Kinecteen voor de concentratie.", "Kinecteen"),
    ("Hij slikt Tizanidine.", "Tizanidine"),
    ("Zij krijgt Ocrevus via een infuus.", "Ocrevus"),
    # lay phrases for taking medication
    ("Hij zit sinds de winter aan de pillen.", "pillen"),
    ("Ze slikt iets voor de zenuwen.", "zenuwen"),
    ("Hij is inmiddels goed ingesteld op medicatie.", "ingesteld"),
    ('"Ik slik nu al een halfjaar iets," vertelde hij.', "slik"),
    ("De huisarts heeft iets rustgevends voorgeschreven.", "rustgevends"),
]


@pytest.mark.parametrize("text,word", FLAGGED, ids=[w for _, w in FLAGGED])
def test_health_words_are_flagged(text: str, word: str):
    findings = check_text(text).findings
    assert any(f.rule in HEALTH_RULES and covers(f, text, word) for f in findings), \
        f"{word!r} not flagged by {HEALTH_RULES} in {text!r}: {[(f.rule, text[f.start:f.end]) for f in findings]}"


# Job-search text with look-alikes of list entries: none of it is health data.
ALLOWED = [
    "Hij werkt vlot met MS Office, MS Teams en MS Excel.",
    "Zij solliciteerde als medewerker goederenontvangst bij een distributiecentrum.",
    "Hij was opgewonden over de uitnodiging voor het gesprek.",
    "Ze wil geen tijd verspillen aan vacatures zonder kans.",
    "Zij kan blind typen en werkt nauwkeurig.",
    "Hij werkte tien jaar als verkoopmedewerker bij Blokker.",
    "Hij heeft zich er goed doorheen geslagen en zijn cv is klaar.",
    "Als elektromonteur installeerde hij overspanningsbeveiligingen.",
    "Hij heeft ervaring met legionellabeheer bij een installatiebedrijf.",
    "Hij werkte als kok en bereidde kip aan het spit.",
    "Zij heeft ervaring met lithium-ionaccu's in de logistiek.",
    "Tia heeft in maart drie sollicitatiegesprekken gevoerd.",
    "Imraan heeft zijn cv en motivatiebrief aangepast.",
    "Hij kreeg van de werkgever een tablet voor de planning.",
    "Het was even slikken toen de functie van planner afviel.",
    "Hij wond zich op over de afwijzing, maar pakte de draad snel weer op.",
    "De bedrijfsarts acht hem vier uur per dag belastbaar.",
    "Hij is sinds 3 januari 2024 ziekgemeld.",
    "Zij werkte als apothekersassistent en deed de medicatiebewaking.",
    "We bespraken de ontvangst van de vacaturebank en de vangst van die week: vier vacatures.",
    "Ik zweer bij een goed voorbereid gesprek, zei hij.",
]


@pytest.mark.parametrize("text", ALLOWED)
def test_job_text_is_not_flagged(text: str):
    report = check_text(text)
    flagged = [(f.rule, text[f.start:f.end]) for f in report.findings if f.rule in HEALTH_RULES]
    assert not flagged, f"flagged in allowed text {text!r}: {flagged}"
