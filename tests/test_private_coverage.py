"""Coverage of avg.private and avg.third_party beyond the corpus: private life and other people as
coaches from other teams write about them (everyday words, bullets, formal wording), and the
job-search sentences with look-alike words that must stay unflagged. Rule findings only: the
sentence classifier is retrained separately and is not what these lists promise."""

from __future__ import annotations

import pytest

from checker.service import check_text


def rule_findings(text: str) -> list:
    report = check_text(text)
    return [f for f in report.findings if f.category.startswith("avg.") and not f.rule.endswith(".model")]


def categories(text: str) -> set[str]:
    return {f.category for f in rule_findings(text)}


# --- private life in everyday wording ------------------------------------------------------------

PRIVATE = [
    # home and relationship
    "Sevda had het heel zwaar thuis in die periode.",
    "Hij gaf aan dat het thuis onrustig is.",
    "Ze wil eerst haar thuissituatie op orde krijgen.",
    "Haar man is vertrokken en ze stond er alleen voor.",
    "Ze heeft haar man verlaten.",
    "Zijn huwelijk staat onder druk.",
    "Er waren spanningen in de relatie.",
    "Betrokkene verkeert in een echtscheidingsprocedure.",
    "Ze zit in een vechtscheiding.",
    "Zijn relatie is uit en hij woont tijdelijk weer bij zijn ouders.",
    "Hij woont nu samen met zijn vriend.",
    "Cliënt is gehuwd en vader van drie kinderen.",
    "Ze heeft een lastige jeugd gehad.",
    "Hij is opgegroeid in een pleeggezin.",
    "Ze komt uit een gebroken gezin.",
    "Er is sprake van huiselijk geweld; Veilig Thuis is ingeschakeld.",
    "Haar zoon is uit huis geplaatst.",
    "Zijn vriendin is in verwachting van hun eerste kind.",
    "Hij is in maart vader geworden.",
    # death and mourning
    "Haar vader is vorige maand gestorven.",
    "Na de dood van zijn broer lag het traject stil.",
    "Ze heeft haar moeder verloren.",
    "Hij rouwt nog om zijn vrouw.",
    "Zijn zoon is bij een verkeersongeluk om het leven gekomen.",
    # care duties and children
    "Ze kan alleen 's ochtends vanwege de kinderen en school.",
    "De jongste is nog klein.",
    "Ze zorgt alleen voor twee kinderen.",
    "Woensdagmiddag is ze thuis voor de kinderen.",
    "Hij brengt de kinderen naar school en haalt ze weer op.",
    "De kinderen wonen om de week bij hem.",
    "Zij heeft geen oppas voor de vrijdag.",
    "Ze past op dinsdag op haar kleinkinderen.",
    "Ze is mantelzorger voor haar schoonmoeder.",
    "Hij zorgt een paar middagen per week voor zijn vader.",
    "Zijn moeder is terminaal ziek.",
    "Ze heeft een zoon en een dochter.",
    "In de meivakantie van haar kinderen waren er geen afspraken.",
    # money
    "Er waren ook geldzorgen.",
    "Het traject lag stil toen er een schuldhulptraject werd opgestart.",
    "Hij heeft een betalingsregeling lopen voor een oude schuld.",
    "Ze heeft geen auto meer.",
    "Hij kan zijn huur niet meer betalen.",
    "Ze staat rood en heeft moeite om rond te komen.",
    "Hij heeft een aanmaning gekregen van het CJIB.",
    "Het incassobureau belt haar regelmatig.",
    "Ze is de enige kostwinner.",
    "Ze zit in een WSNP-traject.",
    # housing
    "Ze moet haar huis uit.",
    "Ze woont tijdelijk bij haar zus.",
    "Hij slaapt voorlopig bij een vriend op de bank.",
    "Ze heeft een paar weken in de opvang gezeten.",
    "Ze heeft via de gemeente een noodwoning gekregen.",
    "Ze gaat binnenkort verhuizen.",
    # religion, origin, orientation, politics, union, criminal record
    "Zij is moslim en draagt een hoofddoek.",
    "Hij is Jehova's getuige.",
    "Tijdens de vastenmaand zijn de afspraken 's ochtends gepland.",
    "Hij gaat elke vrijdag naar de moskee.",
    "Ze komt uit Syrië en is in 2015 gevlucht.",
    "Hij wacht op een beslissing van de IND.",
    "Hij heeft een verblijfsstatus.",
    "Ze is homo en woont samen met haar vrouw.",
    "Hij vertelde over zijn coming-out.",
    "Hij is actief in de gemeenteraad voor de PVV.",
    "Zij is lid van de FNV.",
    "Zijn vakbondsjurist voert de procedure.",
    "Hij heeft in 2019 een half jaar vastgezeten.",
    "Hij heeft een werkstraf van 120 uur gekregen.",
    "Hij staat onder toezicht van de reclassering.",
    "Vanwege een veroordeling is hij bang dat hij geen nieuwe VOG krijgt.",
    # court cases, tight money, earning on the side
    "Ook loopt er een rechtszaak met zijn huisbaas.",
    "Het traject kan na afronding van de rechtszaak verder.",
    "Want met het geld is het krap.",
    "Ze kon het huis niet meer alleen betalen.",
    "In het weekend helpt hij een neef in de bouw om wat bij te verdienen.",
    "Op zaterdag werkt hij bij een bakker voor een zakcentje.",
    # session 13: union help, a chalet park, mending a marriage, leaving home, faith as network
    "Marco heeft inmiddels via de bond een jurist ingeschakeld.",
    "Werknemer overlegt nog met de vakbond over de aanvraag.",
    "Sinds de scheiding woont hij op een chaletpark.",
    "Ze zijn drie weken weggeweest om de boel weer een beetje te lijmen.",
    "Zijn huwelijk liep op de klippen en hij is uit huis gegaan.",
    "Op zondag zingt ze in een gospelkoor.",
    "Hij is vrijwilliger bij de moskeevereniging in de wijk.",
    "Sinds de zomer woont hij in een begeleid-wonenproject.",
    "Thuis is het ook niet makkelijk op het moment.",
    "Het traject is niet goed afgelopen en dat heeft er thuis flink ingehakt.",
    "Hij moet eerst zijn privéleven op de rit krijgen.",
    "Eén afspraak verviel omdat ze met haar zoon naar jeugdzorg moest.",
    "Jelle had die dag een medische expertise voor de letselschadeclaim.",
    "Hij heeft zijn werkgever via een letselschadebureau aansprakelijk gesteld.",
    # session 15
    "Er was in die maanden ook veel gedoe thuis.",
    # session 16
    "Thuis is het ook niet eenvoudig.",
    "Overige bijzonderheden: vakantie zat er financieel ook niet in.",
    # session 21: a forced flight, and care given as the reason for a limit on the search
    "In Syrië was ze lerares, voordat ze in 2015 moest vluchten.",
    "Hij wil niet te ver van huis werken vanwege de zorg voor Anita.",
    # session 22: justice, money and home in a dev batch of coachees in trouble
    "Betrokkene was gemotiveerd, maar de omstandigheden thuis zaten hem erg in de weg.",
    "Afspraken gingen niet door omdat hij geen beltegoed had of geen geld voor de bus.",
    "Afwachten wat de rechter beslist, daarna kijken we verder.",
    "Ze kan pas om 11 uur, vanwege een gesprek bij het wijkteam over haar huisvesting.",
    "Zijn VOG-aanvraag is geweigerd.",
]


@pytest.mark.parametrize("text", PRIVATE)
def test_private_life_flagged(text):
    assert "avg.private" in categories(text), [(f.rule, f.text) for f in rule_findings(text)]


# --- third persons by kinship or relation ---------------------------------------------------------

THIRD_PARTY = [
    ("Omdat haar zoon van 12 weer problemen had op school, was ze afwezig.", "haar zoon van 12"),
    ("Zijn stiefzoon woont sinds kort bij hen.", "Zijn stiefzoon"),
    ("De ex maakt het haar niet makkelijk.", "De ex"),
    ("Een buurman helpt haar met de boodschappen.", "Een buurman"),
    ("Haar schoonzus heeft haar op de vacature gewezen.", "Haar schoonzus"),
    ("Zijn vriendin is net bevallen.", "Zijn vriendin"),
    ("Ze stond er alleen voor met drie kinderen.", "drie kinderen"),
    ("Zij woont met twee jonge kinderen in Almere.", "twee jonge kinderen"),
    ("'Mijn ex maakt het me niet makkelijk met de kinderen', vertelde ze.", "Mijn ex"),
    ("- vriend zit sinds januari vast, speelt ook mee", "vriend zit sinds januari vast"),
    ("Kinderen: 2 (8 en 11 jaar)", "Kinderen"),
    ("De vader van Karim is op 2 maart onverwacht overleden.", "De vader van Karim"),
    ("Haar tweelingzus is ernstig ziek.", "Haar tweelingzus"),
    ("Zijn halfbroer zit in de gevangenis.", "Zijn halfbroer"),
    ("Haar buren klagen over geluidsoverlast.", "Haar buren"),
    ("Zijn neefje helpt hem met zijn cv.", "Zijn neefje"),
    ("De contacten met zijn voormalig directeur, met wie de verhouding gespannen was, liepen via HR.",
     "zijn voormalig directeur"),
    ("Zijn oude uitvoerder, Sjoerd Bakker, wil niks meer met hem te maken hebben.", "Zijn oude uitvoerder"),
]


@pytest.mark.parametrize("text,person", THIRD_PARTY)
def test_third_party_flagged(text, person):
    found = [f for f in rule_findings(text) if f.category == "avg.third_party"]
    start = text.index(person)
    assert any(f.start <= start < f.end for f in found), [(f.rule, f.text) for f in found]


# --- allowed: job search and process language with look-alike words --------------------------------

ALLOWED = [
    # A prison or a union as a workplace or an organisation, not the coachee's record or membership.
    "Hij werkte als penitentiair inrichtingswerker in de gevangenis van Zwolle.",
    "Hij solliciteerde als beveiliger bij de gevangenis in Lelystad.",
    "De vakbond was betrokken bij de reorganisatie van de afdeling.",
    "Zij solliciteerde als pedagogisch medewerker en werkt graag met jonge kinderen.",
    "Het zoekprofiel omvat functies bij gemeenten, woningcorporaties en zorgverzekeraars.",
    "Hij is op gesprek geweest voor de backoffice van een woningcorporatie.",
    "Er is geen sprake van privéomstandigheden die de beschikbaarheid beperken.",
    "De coach rapporteert niet over de gezondheid of de privésituatie van de werknemer.",
    "In de week van 12 augustus lag het traject om persoonlijke redenen stil.",
    "Hij heeft een vacature uitgezet via LinkedIn en de sollicitatie opgepakt.",
    "Het traject zat in april even vast doordat de werkgever geen reactie gaf.",
    "Voor deze functie is geen VOG nodig.",
    "Zij heeft een VOG aangevraagd voor de functie van klassenassistent.",
    "Hij heeft ervaring met debiteurenbeheer, incasso en het versturen van aanmaningen.",
    "Ze heeft ervaring met het begeleiden van gezinnen met schulden.",
    "Zij werkte als verzorgende en had de zorg voor dementerende bewoners.",
    "Hij heeft de functie heftruckchauffeur laten vallen vanwege de FML.",
    "Er is contact opgenomen met zijn leidinggevende in het ziekenhuis waar hij werkte.",
    "Zij spreekt vloeiend Turks en Nederlands, wat een pré is voor klantcontact.",
    "Met de uitvoerder, Piet, is een proefplaatsing besproken.",
    "Via een relatie uit zijn netwerk kwam hij bij Transportbedrijf Smit terecht.",
    "Het is uit te sluiten dat hij terugkeert in de eigen functie.",
    "De relatie met de werkgever is goed.",
    "Hij woont in Amersfoort en zoekt werk binnen 30 km.",
    "Kinderen zijn dol op haar, dat bleek tijdens de stage.",
    "Ouders waarderen haar geduld.",
    "Partner organisaties zijn het UWV en de gemeente.",
    "Man, 52 jaar, woonachtig in de regio Eindhoven.",
    "Zij werkte met groepen van vier tot zes kinderen.",
    "Een man van 50 kreeg de baan.",
    "Een vriend van hem opperde nog medewerker afwaskeuken.",
    "Mijn collega, mevrouw Jansen, heeft het intakegesprek gevoerd.",
    "De oudste vacature staat al drie maanden open.",
    "Afval scheiden hoort bij het werk op de milieustraat; de afvalscheiding is goed geregeld.",
    "Hij solliciteerde bij Vesting Hypotheken als medewerker binnendienst; zij verstrekken hypotheken.",
    "Zij deed vrijwilligerswerk bij de voedselbank.",
    "De werkgever heeft de kosten van de cursus betaald.",
    "Hij solliciteerde bij de gemeente Leeuwarden en bij het CJIB.",
    "Hij komt oorspronkelijk uit de bouw.",
    "Ze komt uit de zorg en zoekt nu werk in de administratie.",
    "De beslissing over de verlenging is aangehouden voor twee weken.",
    # care words in a job: couriers bring and fetch, carers take care of their clients
    "Hij werkte als chauffeur en deed het halen en brengen van pakketten voor PostNL.",
    "Als koerier bracht en haalde hij documenten tussen de kantoren.",
    "Hij heeft de zorg voor hun klanten overgenomen.",
    "Hij werkte jaren als ambulant begeleider in de jeugdzorg.",
    "Als schadebehandelaar stelde hij vast of de klant de leverancier terecht aansprakelijk had gesteld.",
]


@pytest.mark.parametrize("text", ALLOWED)
def test_look_alikes_not_flagged(text):
    found = [f for f in rule_findings(text) if f.category in ("avg.private", "avg.third_party")]
    assert not found, [(f.rule, f.text) for f in found]
