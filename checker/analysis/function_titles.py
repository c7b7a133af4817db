"""Find job titles in a sentence: lexicon words and phrases, compounds on a head ("kassamedewerker"),
"medewerker" + what it does ("medewerker facilitaire dienst") – but not the people in the traject
("de heer Dekker, bedrijfsleider", "met de teamleider"), surnames ("mevrouw Kok") or companies.
"""

from __future__ import annotations

import re

from spacy.lang.nl.stop_words import STOP_WORDS

from checker.analysis.function_words import BARE, ROLE, TITLE, cue_words, title_words
from checker.nlp.tokens import TokenTable

# Before a title: adjectives that belong to it ("administratief medewerker", "mobiel surveillant").
_ADJ_ENDINGS = ("isch", "ief", "eel", "ieel", "air", "aal")
_ADJECTIVES = frozenset({"allround", "mobiel", "logistiek", "zelfstandig", "senior", "junior", "medior",
                         "ervaren", "operationeel", "technisch", "agrarisch", "commercieel"})
# After a title: verb forms a stop-word list lacks; a title's modifier never runs into them.
_VERBISH = frozenset("""
lijkt leek leken lijken valt vallen viel vielen past passen paste pasten sluit sluiten spreekt sprak
kwam komt komen blijkt bleek blijft bleef staat stond ligt lag heet zit zat hoort gaat ging vraagt
vroeg biedt bood levert leverde geeft gaf krijgt kreeg vindt vond noemt noemde zoekt zocht werkt
werkte betekent vereist vergt kent kende trekt boeit interesseert leuk heb hebt wel niet ook nog
jarenlang destijds toen
""".split())
# Work to search for, said close before the title: "als", "functie", "vacature voor".
_STRONG_BEFORE = frozenset({"functie", "functies", "vacature", "vacatures", "beroep", "beroepen",
                            "sollicitatie", "sollicitaties", "richting", "zoekrichting"})
_STRONG_DIRECT = frozenset({"als", "naar"})
_STOP_BACK = frozenset({";", ",", ".", "|", ")", "!", "?"})
_ADDRESS = frozenset({"mevrouw", "mevr", "mevr.", "mw", "mw.", "heer", "dhr", "dhr.", "meneer", "hr."})
_COMPANY = frozenset({"B.V.", "BV", "B.V", "b.v.", "bv", "N.V.", "NV", "V.O.F.", "VOF", "Groep", "Holding"})
_LINE_MARKERS = frozenset({"|", "-", "–", "—", "•", "*", ":", "(", "‘", "“", '"', "'", "/", "+", "·", "▪", "o"})
COACHEE_LINE = frozenset({"werknemer", "werkneemster", "coachee", "cliënt", "client", "betreft", "naam"})
_PREPOSITIONS = frozenset({"met", "van", "bij", "door", "aan", "voor", "naar", "tegen", "over", "en",
                           "volgens", "via", "samen"})
_DETERMINERS = frozenset({"de", "het", "zijn", "haar", "hun", "mijn", "onze", "jullie", "uw", "diens", "die"})
_PERSON_ADJECTIVES = frozenset({"oude", "vorige", "voormalige", "nieuwe", "huidige", "directe", "eigen"})
_NUMBERS_AND_ARTICLES = frozenset({"een", "de", "twee", "drie", "vier", "enkele", "diverse", "verschillende"})
_EDUCATION = frozenset({"cursus", "mbo-opleiding", "hbo-opleiding", "diploma", "certificaat", "training",
                        "mbo", "hbo", "mbo-2", "mbo-3", "mbo-4", "niveau"})
_INITIAL = re.compile(r"^[A-Z]\.$")


def titles_in(tv: TokenTable, lo: int, hi: int) -> list[tuple[int, int]]:
    """Token spans [a, b) of the job titles in tokens lo..hi (one sentence)."""
    index = title_words()
    lowers = tv.lower
    found: list[tuple[int, int]] = []
    i = lo
    while i < hi:
        w = lowers[i]
        span = None
        for phrase in index.phrases.get(w, ()):
            if _phrase_at(phrase, lowers, i, hi):
                last = lowers[i + len(phrase) - 1]
                span = (i, i + len(phrase), ROLE if phrase in index.role_phrases else TITLE, last != phrase[-1])
                break
        if span is None and len(w) > 2:
            kind, plural = index.kind_and_number(w)
            if kind is not None:
                span = (i, i + 1, kind, plural)
        if span is None:
            i += 1
            continue
        a, b, kind, plural = span
        if _is_name(tv, a, b, lo, hi):
            i = b
            continue
        while a - 1 >= lo and _adjective_before(tv.texts[a - 1], lowers[a - 1]):
            a -= 1
        j = b
        limit = 3 if kind == BARE else 2
        while j < hi and j - b < limit and _modifier_after(tv, j):
            j += 1
        if _keep(tv, lo, hi, a, b, j, kind, plural, span[0]):
            found.append((a, j))
        i = j
    return found


def _phrase_at(phrase: tuple[str, ...], lowers: list[str], i: int, hi: int) -> bool:
    n = len(phrase)
    if i + n > hi:
        return False
    for k in range(n - 1):
        if lowers[i + k] != phrase[k]:
            return False
    last = lowers[i + n - 1]
    return last == phrase[-1] or last in (phrase[-1] + "s", phrase[-1] + "en", phrase[-1] + "n")


def _keep(tv: TokenTable, lo: int, hi: int, a: int, b: int, j: int, kind: str, plural: bool, core: int) -> bool:
    """Whether a title-shaped word names work, not a person in the traject or a course."""
    lowers = tv.lower
    if kind == BARE and j == b and a == core:
        return False                                         # "medewerker" alone
    strong = strong_context(lowers, a, lo)
    if kind == ROLE:                                         # "als re-integratiecoach" is the writer
        return strong and (j > b or strong_context(lowers, a, lo, direct=False))
    if strong:
        return True
    if plural or _person_reference(tv, a, j, lo, hi):
        return False
    return not any(lowers[k] in _EDUCATION for k in range(max(lo, a - 3), a))


def _is_name(tv: TokenTable, a: int, b: int, lo: int, hi: int) -> bool:
    """A surname ("mevrouw Kok", "J. Bakker") or company name ("Bakker Transport B.V."), not a title."""
    text = tv.texts[a]
    prev = a - 1
    while prev >= lo and tv.space[prev]:
        prev -= 1
    if prev >= lo:
        before = tv.texts[prev]
        if tv.lower[prev] in _ADDRESS or _INITIAL.match(before):
            return True
        titlecase = text[:1].isupper() and text[1:2].islower()      # "Bakker", not "UX-designer"
        if titlecase and before not in _LINE_MARKERS and not strong_context(tv.lower, a, lo):
            return True
    return any(tv.texts[k] in _COMPANY for k in range(b, min(b + 3, hi)))


def _adjective_before(text: str, lower: str) -> bool:
    if not text[:1].islower() or lower in STOP_WORDS:
        return False
    return lower in _ADJECTIVES or (len(lower) > 4 and lower.endswith(_ADJ_ENDINGS))


def _modifier_after(tv: TokenTable, k: int) -> bool:
    """A word that narrows the title: "medewerker [klantenservice]", "chauffeur [bestelbus]", "[OV]"."""
    text, lower = tv.texts[k], tv.lower[k]
    if tv.punct[k] or tv.space[k] or tv.num[k] or len(text) < 2:
        return False
    if lower in STOP_WORDS or lower in _VERBISH or lower in cue_words():
        return False
    if text.isupper() and text.isalpha() and len(text) <= 5:
        return True                                          # "OV", "ICT", "BSO"
    if not text[:1].islower() or not text.replace("-", "").isalpha() or text.endswith("-"):
        return False
    if lower.startswith("ge") and len(lower) > 5 and lower.endswith(("d", "t", "en")):
        return False                                         # a participle: "gekeken", "genomen"
    lemma = tv.lemma[k]
    if lemma != lower and lemma.endswith("en") and lower.endswith(("de", "te", "t", "den", "ten")):
        return False                                         # a finite verb: "maakte", "combineert"
    return title_words().kind(lower) is None


def strong_context(lowers: list[str], a: int, lo: int, direct: bool = True) -> bool:
    """"als receptionist", "functie receptionist", "vacature voor receptionist": named as work."""
    if direct and a - 1 >= lo and lowers[a - 1] in _STRONG_DIRECT:
        return True
    for k in range(a - 1, max(lo, a - 4) - 1, -1):
        if lowers[k] in _STOP_BACK:
            return False
        if lowers[k] in _STRONG_BEFORE:
            return True
    return False


def _person_reference(tv: TokenTable, a: int, b: int, lo: int, hi: int) -> bool:
    """Someone in the traject, not work to search for: "zijn (oude) planner", "met een teamleider",
    "een planner van Qbuzz", "mevrouw C. Brouwer, manager HR"."""
    lowers = tv.lower
    k = a - 1
    if k >= lo and lowers[k] in _PERSON_ADJECTIVES:
        k -= 1
    if k >= lo and lowers[k] in _DETERMINERS:          # "zijn" as a verb: "ideeën zijn inkoopassistent"
        return lowers[k] != "zijn" or k == lo or lowers[k - 1] in _PREPOSITIONS \
            or tv.punct[k - 1] or lowers[k - 1] in ("en", "maar", "want")   # "– zijn advocaat, mr. …"
    if k >= lo and lowers[k].endswith(("'s", "’s")) and tv.texts[k][:1].isupper():
        return True                                    # "Jordy's advocaat"
    if k >= lo and lowers[k] in _NUMBERS_AND_ARTICLES and k - 1 >= lo and lowers[k - 1] == "met":
        return True
    if a - 1 >= lo and lowers[a - 1] == "met":
        return True
    if a - 1 >= lo and lowers[a - 1] in ("een", "de") and b + 1 < hi and lowers[b] in ("van", "bij") \
            and tv.texts[b + 1][:1].isupper():
        return True
    if a - 1 >= lo and tv.texts[a - 1] == "," and lowers[lo] not in COACHEE_LINE:
        for m in range(a - 2, max(lo - 1, a - 7), -1):
            if lowers[m] in _ADDRESS or _INITIAL.match(tv.texts[m]):
                return True
    return False
