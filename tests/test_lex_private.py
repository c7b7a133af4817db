"""The avg_private word lists beyond the corpus wording: private life as other coaches, doctors and
laypeople write it (lay and legal divorce terms, care duties, money trouble, housing, belief,
orientation, politics, union membership, justice, origin), and job-search sentences with look-alike
words that must stay unflagged. Rule findings only: the sentence classifier is retrained separately."""

from __future__ import annotations

import pytest

from checker.service import check_text


def private_rule_findings(text: str) -> list:
    report = check_text(text)
    return [f for f in report.findings if f.category == "avg.private" and not f.rule.endswith(".model")]


# (sentence, words a private-life finding must cover)
FLAGGED = [
    # separation and divorce, lay and legal wording
    ("Sinds de vechtscheiding ziet hij zijn dochter weinig.", "vechtscheiding"),
    ("Er is inmiddels een ouderschapsplan opgesteld.", "ouderschapsplan"),
    ("De kinderen hebben hun hoofdverblijf bij de moeder.", "hoofdverblijf"),
    ("Ze betaalt kinderalimentatie aan haar ex-man.", "kinderalimentatie"),
    ("Hij zit midden in de boedelscheiding.", "boedelscheiding"),
    ("Het is uit met zijn vriendin en hij slaapt nu bij een kennis.", "het is uit"),
    ("Zijn vriendin heeft het uitgemaakt.", "heeft het uitgemaakt"),
    ("Ze zijn uit elkaar gegroeid en wonen nu apart.", "uit elkaar gegroeid"),
    ("Ze gaan apart wonen.", "apart wonen"),
    ("Haar partner is vertrokken met de auto.", "partner is vertrokken"),
    ("In het voorjaar is zijn vriendin met hun twee kinderen vertrokken.", "met hun twee kinderen vertrokken"),
    ("De vader is niet in beeld.", "vader is niet in beeld"),
    ("Ze heeft geen contact meer met haar familie.", "geen contact meer met haar familie"),
    ("De kinderen zijn om het weekend bij hem.", "om het weekend bij hem"),
    ("Hij is alleenstaand vader.", "alleenstaand vader"),
    ("Ze is alleenstaand moeder van een tweeling.", "alleenstaand moeder"),
    ("Haar man is werkloos geworden.", "man is werkloos geworden"),
    ("Ze hebben een LAT-relatie.", "lat-relatie"),
    ("Hij heeft sinds de zomer verkering.", "verkering"),
    # life events
    ("In juni was de bruiloft, daarom lag het traject twee weken stil.", "bruiloft"),
    ("Hij is in maart hertrouwd.", "hertrouwd"),
    ("Ze zijn in ondertrouw gegaan.", "ondertrouw"),
    ("Na de geboorte van hun zoon nam hij geboorteverlof.", "geboorte van hun zoon"),
    ("Ze verwachten hun eerste kindje in mei.", "verwachten hun eerste"),
    # death and grief
    ("Zijn schoonmoeder is plotseling ontvallen.", "ontvallen"),
    ("Haar broer is bij een ongeluk omgekomen.", "omgekomen"),
    ("Hij heeft zijn opa verloren.", "opa verloren"),
    ("Er is sprake van een erfeniskwestie met haar broers.", "erfeniskwestie"),
    ("Zij ontvangt een nabestaandenuitkering.", "nabestaandenuitkering"),
    ("Hij is nog erg aan het rouwen en volgt rouwbegeleiding.", "rouwbegeleiding"),
    # violence at home
    ("Ze is het slachtoffer van partnergeweld en verblijft in het Oranje Huis.", "partnergeweld"),
    ("Haar ex stalkt haar nog steeds.", "stalkt"),
    ("Ze heeft aangifte gedaan tegen haar ex-partner.", "aangifte gedaan tegen"),
    # care duties and children
    ("Ze brengt de kinderen 's ochtends naar de crèche.", "brengt de kinderen"),
    ("Haar jongste gaat drie dagen per week naar de kinderopvang; de kleine naar de crèche.", "kleine naar de crèche"),
    ("Hij haalt en brengt de kinderen.", "haalt en brengt"),
    ("Om drie uur moet zij de kinderen van school halen.", "kinderen van school halen"),
    ("Ze heeft de kinderopvang moeten opzeggen en heeft geen opvang meer.", "geen opvang"),
    ("Hun zoon zit sinds april thuis van school.", "thuis van school"),
    ("Hij is vader van 3 jonge kinderen.", "vader van 3"),
    ("Ze heeft een zorgintensief kind.", "zorgintensief kind"),
    ("Zijn vrouw is chronisch ziek en hij verzorgt haar.", "vrouw is chronisch ziek"),
    ("Moeder ligt in het ziekenhuis.", "moeder ligt in het ziekenhuis"),
    ("- vader dementerend, woont sinds mei in een verpleeghuis", "vader dementerend"),
    ("Ze neemt de zorg voor haar op zich.", "zorg voor haar op zich"),
    ("Ivm de kinderen kan ze alleen in de ochtend.", "ivm de kinderen"),
    ("Ze heeft calamiteitenverlof opgenomen.", "calamiteitenverlof"),
    # money
    ("Er ligt beslag op zijn loon.", "beslag op zijn loon"),
    ("Ze heeft een BKR-registratie en kan geen auto leasen.", "bkr-registratie"),
    ("Hij krijgt leefgeld van zijn bewindvoerder.", "leefgeld"),
    ("Het gezin haalt een voedselpakket.", "voedselpakket"),
    ("Ze is gedupeerde ouder in de toeslagenaffaire.", "gedupeerde ouder"),
    ("Hij kon de huur van zijn appartement niet meer opbrengen.", "huur van zijn appartement niet meer opbrengen"),
    ("Ze moet elke euro omdraaien.", "elke euro omdraaien"),
    ("De energie is afgesloten wegens een betaalachterstand.", "betaalachterstand"),
    ("Zijn auto is verkocht om de schuld af te lossen.", "auto is verkocht"),
    ("Hij heeft een inkomensachteruitgang en kan de vaste lasten amper betalen.", "inkomensachteruitgang"),
    ("Hij heeft een minnelijke schuldregeling.", "minnelijke schuldregeling"),
    # housing
    ("Hij woont sinds juni in een kleine huurflat.", "huurflat"),
    ("Ze logeert bij een vriendin.", "logeert bij een vriendin"),
    ("Hij staat ingeschreven op een briefadres.", "briefadres"),
    ("Hij is dakloos geweest en heeft via de gemeente tijdelijk onderdak.", "onderdak"),
    ("Door de brand is haar woning onbewoonbaar verklaard.", "onbewoonbaar verklaard"),
    ("Ze heeft urgentie aangevraagd voor een woning.", "urgentie aangevraagd"),
    ("Ze hebben veel overlast van de bovenburen.", "overlast van de bovenburen"),
    ("Hij heeft een conflict met zijn huisbaas.", "huisbaas"),
    ("Hij is met zijn gezin verkast naar Zwolle.", "verkast"),
    ("Hij woont weer bij zijn ouders.", "bij zijn ouders"),
    # belief, orientation, politics, union
    ("Hij is rooms-katholiek en gaat elke week naar de mis.", "rooms-katholiek"),
    ("Zij is vrijgemaakt gereformeerd.", "vrijgemaakt"),
    ("Hij is actief in de lutherse gemeente.", "lutherse"),
    ("Op vrijdag gaat hij naar het vrijdaggebed.", "vrijdaggebed"),
    ("Haar geloof geeft haar veel steun.", "haar geloof"),
    ("Hij is biseksueel en woont samen met zijn vriend.", "biseksueel"),
    ("Zij is non-binair en wil met 'die' worden aangesproken.", "non-binair"),
    ("Hij is lid van de PvdA.", "pvda"),
    ("Zij staat op de kieslijst voor GroenLinks-PvdA.", "groenlinks-pvda"),
    ("De jurist van de FNV begeleidt zijn bezwaar.", "jurist van de fnv"),
    # justice
    ("Hij heeft een strafregister en daardoor geen kans op een VOG.", "strafregister"),
    ("Vanwege zijn veroordeling kreeg hij geen VOG.", "kreeg hij geen vog"),
    ("Hij zit een voorwaardelijke gevangenisstraf uit.", "voorwaardelijke gevangenisstraf"),
    ("Hij moet in november als getuige verschijnen.", "als getuige"),
    ("Hij draagt een enkelmonitor.", "enkelmonitor"),
    # origin and residence
    ("Hij is afkomstig uit Pakistan.", "afkomstig uit pakistan"),
    ("Zij is opgegroeid in Sri Lanka.", "opgegroeid in sri lanka"),
    ("Hij is kennismigrant en zijn verblijfsvergunning hangt aan zijn baan.", "kennismigrant"),
    ("Ze woont sinds 2015 in Nederland.", "sinds 2015 in nederland"),
    ("Als Eritrese vluchteling heeft hij zijn diploma's niet kunnen meenemen.", "eritrese"),
    ("Hij heeft zijn inburgeringsexamen nog niet gehaald.", "inburgeringsexamen"),
    # money, housing and legal matters in everyday words (session 7)
    ("De opleiding kan ze financieel eigenlijk niet opbrengen.", "financieel eigenlijk niet opbrengen"),
    ("Hij loopt achter met de huur.", "achter met de huur"),
    ("Ze overwegen het huis te verkopen.", "huis te verkopen"),
    ("Via zijn advocaat loopt er een letselschadezaak tegen de opdrachtgever.", "letselschadezaak"),
    # the generic word stays flagged when nothing cancels it
    ("Het ging niet goed, dat had met de thuissituatie te maken.", "thuissituatie"),
]


@pytest.mark.parametrize("text,words", FLAGGED, ids=[w for _, w in FLAGGED])
def test_private_life_flagged(text, words):
    found = private_rule_findings(text)
    start = text.lower().index(words)
    end = start + len(words)
    assert any(f.start < end and start < f.end for f in found), [(f.rule, f.text) for f in found]


ALLOWED = [
    # the employer's move, company debts, work with clients' money and housing
    "De werkgever verhuist in maart naar een nieuw pand in Houten.",
    "Het bedrijf is verhuisd naar het industrieterrein.",
    "Hij heeft ervaring met het plannen van verhuizingen voor klanten.",
    "Zij werkte bij de gemeente als consulent voor mensen met schulden.",
    "De curator onderzoekt de schulden van het bedrijf.",
    "Kennis van huurcontracten en WOZ-waarden is een pluspunt.",
    "Ze solliciteerde als receptionist bij een camping in Drenthe.",
    "Hij deed een werkervaringsplek bij Vakantiepark De Bosrand.",
    "Het traject neemt veel tijd in beslag.",
    "Hij is goed beslagen ten ijs gekomen bij het sollicitatiegesprek.",
    "Buiten zijn verschulden is de planning uitgelopen.",
    # belief in oneself, believing, words that only look like belief
    "Ze heeft weer geloof in eigen kunnen.",
    "Ik geloof dat hij het komende periode goed oppakt.",
    "Hij moet oppassen met te veel hooi op zijn vork te nemen.",
    "De arbeidsdeskundige wees op zittend werk als kansrijke richting.",
    "Gelet op de FML richt het zoekprofiel zich op administratief werk.",
    "De werkgever stemde op 19 februari in met de training.",
    # places and names with a church in them
    "Hij solliciteerde bij een installateur in Nijkerk en bij Retourhuis Ridderkerk.",
    "Akkoord: S.J. Verkerk, werkneemster.",
    # the union as a bargaining party, politics as a workplace
    "De vakbond en de werkgever hebben een nieuwe cao afgesloten.",
    "Hij had een netwerkgesprek met een oud-collega bij het Openbaar Ministerie.",
    "Het traject is in transitie naar een nieuwe fase.",
    # childcare and school as the work itself
    "Zij heeft ervaring met oudergesprekken en het leerlingvolgsysteem.",
    "Werken met jonge kinderen in de onderbouw valt buiten de FML.",
    "Gezinsvoogd valt af vanwege de werkdruk.",
    "Zij solliciteerde als pedagogisch medewerker bij de naschoolse opvang.",
    "Contact met mantelzorgers van cliënten hoorde bij haar werk.",
    # work permits and languages, not residence status
    "Als planner regelde hij werkvergunningen voor onderhoudsstops.",
    "Zij spreekt vloeiend Spaans en heeft Spaanse les gegeven.",
    "Zij woont in Haarlem en wil binnen 45 minuten reizen.",
    # availability, neutral wording, VOG as a job requirement
    "Werknemer is beschikbaar op maandag, dinsdag en donderdag tussen 9.00 en 14.30 uur.",
    "Om persoonlijke redenen vonden in maart minder afspraken plaats.",
    "Voor deze functie is geen VOG nodig.",
    "Zij heeft een VOG aangevraagd voor de functie van klassenassistent.",
    "Zijn arm en schouder zijn conform de FML beperkt belastbaar.",
    "Hij wil leren dealen met afwijzingen.",
    "De coach heeft dit opgepakt voor de volgende periode.",
    "Het cv paste op één A4 en is naar drie werkgevers gestuurd.",
    "De werkgever heeft een zorgplicht voor zijn werknemers.",
    "Zij gaat naar de BSO voor een meeloopdag als pedagogisch medewerker.",
    "Hij heeft bij vrienden en kennissen rondgevraagd naar vacatures.",
    "In zijn vorige baan bouwde hij een relatie met klanten op.",
    "De coach heeft om de week bij de werkgever overleg.",
    "Zij begeleidde als ambulant begeleider een kind met een beperking.",
    "Het is nog niet uitgemaakt welke functie het wordt.",
    "Zijn specialisme is BI en data-analyse.",
    "Een klein team met een huiselijke sfeer past bij haar.",
    "Over de omgang met collega's is de werkgever positief.",
    "De werkgever heeft de vakbond geïnformeerd over de reorganisatie.",
    "Haar leidinggevende heeft haar in een teamoverleg publiekelijk afgebrand.",
    # a statement about what stays out of the report (report.toml, shared with health)
    "Wat hij mij over zijn gezondheid of thuissituatie vertelt, blijft tussen ons.",
    "Ik neem geen informatie over haar thuissituatie op in deze rapportage.",
    "Ik schrijf niets over het thuisfront.",
]


@pytest.mark.parametrize("text", ALLOWED)
def test_look_alikes_not_flagged(text):
    found = private_rule_findings(text)
    assert not found, [(f.rule, f.text) for f in found]
