"""Breadth of the treatment, treater, institution and addiction/pregnancy word lists (session 5).

Every sentence was written for this test, as coaches other than our corpus writers would put it:
therapies by name and in lay words, operations and check-ups, aids, sleep and pain programmes,
specialists and practice nurses, hospital departments and Dutch care brands, drinking and drugs in
everyday words, pregnancy and fertility care. Flagged sentences must give a finding of the expected
avg.health rule that covers the telling words. Allowed sentences (the same institutions and trades as
workplaces or job titles, job-search idiom with look-alike words) must give no avg.health finding from
a rule. The sentence classifier (`avg.health.model`) is left out: it only supplements the rules.
"""

from __future__ import annotations

import pytest

from avg_findings import covers, health_findings


FLAGGED = [
    # therapies by name and in lay wording
    ("Zij volgt een MBSR-training.", "treatment", "MBSR"),
    ("Hij krijgt dialectische gedragstherapie in groepsverband.", "treatment", "dialectische gedragstherapie"),
    ("Ze heeft psychologische hulp gezocht na de zomer.", "treatment", "psychologische hulp"),
    ("Hij krijgt psychosociale begeleiding via zijn huisarts.", "treatment", "psychosociale begeleiding"),
    ("Via de POH heeft hij professionele hulp gekregen.", "treatment", "professionele hulp"),
    ("Hij heeft inmiddels gesprekken bij de GGZ.", "treatment", "gesprekken bij de GGZ"),
    ("Ze werkt samen met haar behandelaar aan een signaleringsplan.", "treatment", "signaleringsplan"),
    ("Het terugvalpreventieplan is in maart afgerond.", "treatment", "terugvalpreventieplan"),
    ("Hij zit sinds januari in een praatgroep.", "treatment", "praatgroep"),
    ("Zij doet elke avond ontspanningsoefeningen.", "treatment", "ontspanningsoefeningen"),
    ("Hij heeft logopedie gehad na het ongeval.", "treatment", "logopedie"),
    ("Ze krijgt dry needling voor haar schouder.", "treatment", "dry needling"),
    ("Hij is onder behandeling voor psycho-educatie en psychodiagnostiek.", "treatment", "psychodiagnostiek"),
    # operations, admissions and check-ups
    ("Zij gaat in mei onder narcose voor haar knie.", "treatment", "onder narcose"),
    ("Hij moet zich laten opereren aan zijn pols.", "treatment", "laten opereren"),
    ("Ze heeft in februari een ingreep ondergaan.", "treatment", "ingreep ondergaan"),
    ("Na de ingreep mocht hij zes weken niet rijden.", "treatment", "Na de ingreep"),
    ("Hij heeft een knievervanging gehad.", "treatment", "knievervanging"),
    ("Ze heeft een hysterectomie ondergaan.", "treatment", "hysterectomie"),
    ("Hij heeft vorig najaar een ablatie gehad.", "treatment", "ablatie"),
    ("Zij heeft drie weken in het ziekenhuis gelegen.", "treatment", "in het ziekenhuis gelegen"),
    ("Hij lag in het ziekenhuis toen de vacature kwam.", "treatment", "lag in het ziekenhuis"),
    ("Na zijn opname heeft hij de draad weer opgepakt.", "treatment", "Na zijn opname"),
    ("Tijdens haar opname lag het traject stil.", "treatment", "Tijdens haar opname"),
    ("Hij is net ontslagen uit het ziekenhuis.", "treatment", "ontslagen uit het ziekenhuis"),
    ("Hij moet op controle bij de longarts.", "treatment", "op controle bij"),
    ("Zij had die ochtend een doktersafspraak.", "treatment", "doktersafspraak"),
    ("De afspraak is verschoven vanwege een huisartsbezoek.", "treatment", "huisartsbezoek"),
    ("Hij heeft een inspanningstest gehad bij de cardioloog.", "treatment", "inspanningstest"),
    ("Ze moest nog een hersenscan laten maken.", "treatment", "hersenscan"),
    ("Hij heeft een lumbaalpunctie gehad.", "treatment", "lumbaalpunctie"),
    ("De uitslag van de mammografie is er nog niet.", "treatment", "mammografie"),
    ("Zij heeft voorgeschreven bedrust.", "treatment", "bedrust"),
    # injections, infusions, dialysis, oncology
    ("Hij krijgt een cortisoneprik in zijn schouder.", "treatment", "cortisoneprik"),
    ("Ze krijgt maandelijks een ijzerinfuus.", "treatment", "ijzerinfuus"),
    ("Hij moet drie keer per week aan de dialyse.", "treatment", "aan de dialyse"),
    ("Hij is gestart met hemodialyse.", "treatment", "hemodialyse"),
    ("Ze heeft twee chemosessies per maand.", "treatment", "chemosessies"),
    ("Hij wordt vanaf juni bestraald.", "treatment", "bestraald"),
    ("Zij heeft een stamceltransplantatie gehad.", "treatment", "stamceltransplantatie"),
    # revalidation, pain and sleep programmes
    ("Hij volgt het hartrevalidatieprogramma in Zwolle.", "treatment", "hartrevalidatieprogramma"),
    ("Ze is gestart met een pijnrevalidatieprogramma.", "treatment", "pijnrevalidatieprogramma"),
    ("Het pijnteam heeft een nieuw plan gemaakt.", "treatment", "pijnteam"),
    ("Hij heeft een ruggenmergstimulator gekregen.", "treatment", "ruggenmergstimulator"),
    ("Ze volgt een slaaptraining bij de huisarts.", "treatment", "slaaptraining"),
    ("Hij houdt een slaapdagboek bij.", "treatment", "slaapdagboek"),
    ("Met de fysio werkt hij aan een oefenschema.", "treatment", "oefenschema"),
    # aids
    ("Hij loopt nog steeds met een stok.", "treatment", "loopt nog steeds met een stok"),
    ("Ze gebruikt sinds de val een looprek.", "treatment", "looprek"),
    ("Hij draagt een polsspalk.", "treatment", "polsspalk"),
    ("Ze heeft een gehandicaptenparkeerkaart aangevraagd.", "treatment", "gehandicaptenparkeerkaart"),
    ("Hij heeft nieuwe hoorapparaten gekregen.", "treatment", "hoorapparaten"),
    # treaters
    ("Ze heeft wekelijks contact met de praktijkondersteuner van de huisarts.", "treater",
     "praktijkondersteuner van de huisarts"),
    ("Hij praat elke twee weken met de POH-jeugd over zijn zoon.", "treater", "POH-jeugd"),
    ("De kindercardioloog heeft hem gerustgesteld.", "treater", "kindercardioloog"),
    ("Zij is doorverwezen naar een internist-oncoloog.", "treater", "internist-oncoloog"),
    ("De behandelend specialist wil eerst de uitslag afwachten.", "treater", "behandelend specialist"),
    ("Hij heeft het besproken met de specialist.", "treater", "met de specialist"),
    ("Ze gaat sinds kort naar een slaapcoach.", "treater", "slaapcoach"),
    ("Hij heeft gesprekken met een orthopedagoog.", "treater", "met een orthopedagoog"),
    ("Zijn huisdokter heeft hem rust voorgeschreven.", "treater", "huisdokter"),
    ("Ze ziet een chiropracticus voor haar nek.", "treater", "chiropracticus"),
    ("\"My doctor says I need rest,\" zei ze.", "treater", "My doctor"),
    # institutions: departments, types and brands
    ("Hij staat op de wachtlijst van de pijnpoli.", "institution", "pijnpoli"),
    ("Ze is doorverwezen naar de geheugenpoli.", "institution", "geheugenpoli"),
    ("Hij is onder controle bij cardiologie.", "institution", "cardiologie"),
    ("Ze heeft een afspraak op de afdeling neurologie.", "institution", "neurologie"),
    ("Hij heeft een nacht op de SEH-afdeling doorgebracht.", "institution", "SEH-afdeling"),
    ("Ze is geopereerd in het VieCuri.", "institution", "VieCuri"),
    ("Hij is behandeld in het Albert Schweitzer.", "institution", "Albert Schweitzer"),
    ("Ze heeft een intake bij Psytrec.", "institution", "Psytrec"),
    ("Hij revalideert bij Basalt in Leiden.", "institution", "Basalt"),
    ("Ze heeft een traject bij de RIAGG gehad.", "institution", "RIAGG"),
    ("Hij is aangemeld bij de psychotherapiepraktijk in het dorp.", "institution", "psychotherapiepraktijk"),
    ("Ze moest 's nachts naar de dokterspost.", "institution", "dokterspost"),
    ("Hij woont in een RIBW-woning.", "institution", "RIBW"),
    ("Hij heeft een kuur gedaan in het Nederlands Astmacentrum.", "institution", "Astmacentrum"),
    # addiction in everyday words
    ("Hij is nu ruim zeven weken droog.", "addiction_pregnancy", "weken droog"),
    ("Hij gaf toe dat hij 's avonds meer drinkt dan goed voor hem is.", "addiction_pregnancy", "meer drinkt dan goed"),
    ("Het was op een gegeven moment een fles per avond.", "addiction_pregnancy", "fles per avond"),
    ("Hij rook bij de afspraak duidelijk naar alcohol.", "addiction_pregnancy", "rook bij de afspraak duidelijk naar alcohol"),
    ("Hij kwam een keer onder invloed van drugs op de afspraak.", "addiction_pregnancy", "onder invloed van drugs"),
    ("Ze volgt een afkickprogramma.", "addiction_pregnancy", "afkickprogramma"),
    ("Hij gaat elke week naar de AA.", "addiction_pregnancy", "naar de AA"),
    ("Hij blowt niet meer, maar gebruikte vroeger veel hasj.", "addiction_pregnancy", "hasj"),
    ("Ze heeft een verleden met coke.", "addiction_pregnancy", "coke"),
    ("Hij is gestopt met roken en gokken.", "addiction_pregnancy", "gestopt met roken"),
    ("Er is sprake van problematisch gokgedrag.", "addiction_pregnancy", "gokgedrag"),
    ("Ze zegt dat ze de gokkast niet kan laten staan.", "addiction_pregnancy", "gokkast"),
    # pregnancy and fertility
    ("Ze is in april bevallen; ze herstelt nog van een keizersnede.", "addiction_pregnancy", "keizersnede"),
    ("Zij is pas bevallen van haar derde kind.", "addiction_pregnancy", "pas bevallen"),
    ("De bevallingsdatum ligt eind juni.", "addiction_pregnancy", "bevallingsdatum"),
    ("Ze zit in een IVF-traject en heeft in mei een IVF-poging.", "addiction_pregnancy", "IVF-poging"),
    ("Ze had last van ochtendmisselijkheid.", "addiction_pregnancy", "ochtendmisselijkheid"),
    ("Ze krijgt een baby in het najaar.", "addiction_pregnancy", "krijgt een baby"),
    ("Zij heeft na de bevalling een kolfruimte nodig.", "addiction_pregnancy", "kolfruimte"),
]


@pytest.mark.parametrize("text,rule,words", FLAGGED, ids=[f"{i}-{r}" for i, (_, r, _) in enumerate(FLAGGED)])
def test_treatment_family_is_flagged(text, rule, words):
    found = health_findings(text)
    rule_id = f"avg.health.{rule}"
    assert any(f.rule == rule_id and covers(f, text, words) for f in found), \
        f"{rule_id} did not cover {words!r} in {text!r}: {[(f.rule, f.text) for f in found]}"


ALLOWED = [
    # hospitals, departments and care brands as workplaces or employers applied to
    "Zij solliciteerde als medisch secretaresse bij de afdeling cardiologie van Isala.",
    "Hij werkte tien jaar als planner bij Parnassia.",
    "Een functie als baliemedewerker bij de polikliniek orthopedie past binnen de FML.",
    "Ze heeft een netwerkgesprek gehad met de teamleider van de afdeling oncologie.",
    "Op 12 maart was er een sollicitatiegesprek bij het VieCuri voor de functie van receptionist.",
    "Hij is aangenomen als medewerker facilitair bij het Albert Schweitzer.",
    "De vacature voor telefonist bij de dokterspost is besproken.",
    "Zij werkte als doktersassistent in een huisartspraktijk.",
    "Hij heeft een werkervaringsplek bij de technische dienst van Basalt.",
    "Ze solliciteerde bij GGZ inGeest als secretaresse.",
    "Werkgevers in de regio: thuiszorg, ziekenhuizen en zorgverzekeraars.",
    "Zij nam contact op met de zorgverzekeraar over de no-riskpolis.",
    "Hij werkt bij Polderpolis Verzekeringen als schadebehandelaar.",
    # look-alike words in job-search text
    "Hij bezorgde als koerier zo'n honderd pakjes per dag.",
    "Zij heeft ervaring met een joint venture tussen twee bedrijven.",
    "De stage is hem goed bevallen.",
    "Het werk als magazijnmedewerker bevalt hem prima.",
    "Zij pakt nieuwe taken snel op en werkt nauwkeurig.",
    "Hij is iemand die nuchter en zakelijk communiceert.",
    "Hij heeft de interpunctie in zijn motivatiebrief verbeterd.",
    "Ze werkte als analist met microscopie en spectroscopie.",
    "Hij werkte als dierenarts-assistent in een dierenkliniek.",
    "Ze heeft zich verdiept in de dichotomie tussen planning en uitvoering.",
    "De bedrijfsarts acht hem 4 uur per dag belastbaar.",
    "Hij is sinds 3 januari 2024 ziekgemeld.",
    "Het traject is van 1 mei tot 1 september onderbroken wegens verlof, afgestemd met de werkgever.",
    "\"I'd rather keep the medical side with the doctor,\" zei ze over de bedrijfsarts.",
]


@pytest.mark.parametrize("text", ALLOWED)
def test_workplaces_and_look_alikes_are_not_health_data(text):
    found = health_findings(text)
    assert not found, [(f.rule, f.text) for f in found]
