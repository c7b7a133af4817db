"""avg.third_party: personal data of people other than the coachee.

Flagged: relatives and private relations ('haar partner', 'zijn zwager Rob', 'mijn ex' in a quote,
'drie kinderen', 'de twee zoons', 'de ex', 'een buurman', 'de vader van Karim' told about privately,
a relation opening a list item: '- vriend zit sinds januari vast', in notes without a possessive:
'ivm zieke dochter', named through the coachee: 'Ilse, de zus van Dennis', in a cc line or contact
table: 'J. Terpstra (echtgenoot)', '| S. Doornbos | echtgenote |', a partner by name: 'zijn huwelijk
met Sandra'); what is told about a relative is also reported as the coachee's family situation
(avg.private.family_situation); work relations when
named privately, former or in a conflict ('zijn oude leidinggevende Erik', 'het conflict met haar
teamleider Sander Hoekstra'); treaters by name ('dokter Hamersma'); any later mention of a person
once flagged, and a pronoun that can only be them ('Zijn vrouw Riek was ziek. Zij ligt nu weer in
het ziekenhuis.' in a report about a man). Not flagged: the coachee (title block, most frequent name), the signatories, and
people acting in their professional role ('afgestemd met mevrouw De Vries, HR-adviseur').
Also the other party of an incident ('de dader', 'bedreigd door een klant'), private contacts ('zijn
advocaat', 'de dominee'), and what the next sentence tells about a person through 'Die', 'Deze' or a
pronoun of the other gender ('de chef-kok, Marco. Hij schreeuwde …').
A finding covers the person reference plus what is said about them when that is a short clause.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from checker.nlp.names import PersonName, is_first_name, is_surname
from checker.rules.checks.third_party_doc import (LEX, PRONOUN_GENDER, Doc, Finding, bare_name_keys, lex, own_keys,
                                                  person_keys, relative)
from checker.rules.context import Analysis
from checker.rules.registry import Hit, Rule, check
from checker.rules.spanset import SpanSet
from checker.rules.term_patterns import find_terms, last_match, term_pattern, term_set

ROLE_WINDOW = 45       # how far before or after a name a role word may stand
_POSSESSIVE = re.compile(
    r"(?:(?<![\w])(?P<poss>zijn|haar|hun|je|jouw|z['’]?n|d['’]r|mijn|m['’]?n|onze|ons|jullie|uw|die|deze|de|het|een|my|his|her|their|our)|(?-i:(?P<gen>[A-ZÀ-Þ][\w-]*['’]s))"
    r"|(?<![\w])(?-i:(?P<bare_gen>[A-ZÀ-Þ][a-zà-ÿ]+s)))"
    r"[ \t]+(?P<mods>(?:(?:[a-zà-ÿ-]+en?|ex|oud|ex-|oud-|voormalig|vier|vijf|zes|zeven|\d+)[ \t]+){0,2})$",
    re.IGNORECASE,
)
_FORMER = re.compile(r"^(?:oude|vorige|voormalig|voormalige|toenmalige|vroegere|ex|oud|ex-|oud-)$|^(?:ex|oud)-", re.IGNORECASE)
# 'haar teamleider Sandra', 'zijn chef bij Jumbo, Erik', 'zijn teamleider op de veiling, Marco de Graaf'
_APPOSITION = re.compile(r"[ \t]*(?:(?:op|bij|van|in|aan)[ \t]+(?:(?:de|het)[ \t]+[a-zà-ÿ-]+|[A-ZÀ-Þ][\w-]*)[ \t]*)?"
                         r"(?:,|\(|[ \t])[ \t]*")
_CAP = r"[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?"
_BARE_NAME = re.compile(rf"{_CAP}(?:[ \t]+(?:(?:van|de|der|den|ter|ten|van de|van der|van den)[ \t]+)?{_CAP})?(?![\w])")
_ROLE_AFTER = re.compile(r"[ \t]*(?:[,(]|van|bij)[ \t]*", re.IGNORECASE)
_HEALTH_ROLES = re.compile(r"bedrijfsarts|arbeidsdeskundige|verzekeringsarts", re.IGNORECASE)
_CHILD_BY_AGE = re.compile(r"[ \t]+van[ \t]+(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\b")
_OF_THEM = re.compile(r"[ \t]+van[ \t]+(?:hem|haar|hen|hun|werknemer|werkneemster)(?![\w])", re.IGNORECASE)
# "de broer van cliënte": a relative of the coachee, whatever is told about them.
_OF_COACHEE = re.compile(r"[ \t]+van[ \t]+(?:de[ \t]+)?(?:werknemer|werkneemster|cliënte?|cliente?|betrokkene|"
                         r"kandidaat|coachee|deelnemer|deelneemster)(?![\w])", re.IGNORECASE)
# "overlijden vader wn", "Moeder wn dementerend": the same in a telegram-style note.
_OF_WN = re.compile(r"[ \t]+(?:wn|wnr)\b\.?", re.IGNORECASE)
_OF_NAME = re.compile(r"[ \t]+van[ \t]+")
_CHILDREN = frozenset({"zoon", "zoontje", "dochter", "dochtertje", "kind", "kindje"})
# 'drie kinderen', 'twee jonge kinderen', 'vier zussen': a counted group of relatives.
_COUNT = re.compile(
    r"(?<![\w])(?:twee|drie|vier|vijf|zes|zeven)[ \t]+(?:[a-zà-ÿ-]+[ \t]+)?$", re.IGNORECASE)
_ORDINAL_MODS = re.compile(r"(?<![\w])(?:jongste|oudste|middelste)(?![\w])", re.IGNORECASE)   # 'de jongste zoon'
_COUNTED_MODS = re.compile(r"(?<![\w])(?:twee|drie|vier|vijf|zes|zeven)(?![\w])", re.IGNORECASE)  # 'de twee zoons'
_GROUP = re.compile(r"groep|klas|\btot\b|[–-][ \t]*$", re.IGNORECASE)   # 'groepen van vier tot zes kinderen'
_FIRST_PERSON = ("mijn", "m'n", "m’n", "mn", "my")
# A relation word that opens a line, a list item or a sentence, without a possessive, and is followed
# by what is told ('- vriend zit sinds januari vast', 'Partner: werkt in ploegendienst').
_LINE_OPENING = re.compile(r"(?:^|\n|[.!?:][ \t]+)[ \t]*(?:[-–•*·>][ \t]*|\d+[.)][ \t]*)?$")
_TOLD_AFTER = re.compile(
    r"[ \t]*:[ \t]*\S|[ \t]*\(\d{1,2}\)[ \t]+[a-zà-ÿ]|[ \t]+(?:[a-zà-ÿ]+t|is|was|had|kan|kon|wil|wilde|moet|moest|ging|kwam|lag|stond|zat"
    r"|werd|kreeg|hielp|overleed|woonde|werkte|zorgde|verhuisde|vertrok|heeft|hebben|zijn|wonen|werken|wn)(?![\w])")
# Notes leave out the possessive: 'gesprek afgezegd ivm zieke dochter', 'netwerkgesprek met buurvrouw,
# werkt bij de gemeente', 'zorg voor zus met een beperking'. One person (not 'kinderen', 'ouders'),
# after a word that links them to the coachee, with something told right after.
_NOTE_KIN = frozenset({"moeder", "vader", "zus", "broer", "zoon", "dochter", "zwager", "schoonzus", "schoonmoeder",
                       "schoonvader", "schoonzoon", "schoondochter", "echtgenoot", "echtgenote", "echtg.", "echtg",
                       "vriendin", "ex", "ex-partner", "ex-vrouw", "ex-man", "buurvrouw", "buurman", "oom", "tante",
                       "opa", "oma", "pa", "ma", "stiefvader", "stiefmoeder", "kleinzoon", "kleindochter", "zoontje",
                       "dochtertje", "man", "vrouw", "vriend", "partner"})
_NOTE_LEAD = re.compile(r"(?:(?<![\w])(?:ivm|i\.v\.m\.|vanwege|wegens|met|voor|via|en|sinds|ons|onze)|[;→>])[ \t]+"
                        r"(?:(?P<adj>(?:zieke|dementerende|oudste|jongste|eigen|hoogbejaarde|zwangere)[ \t]+))?$",
                        re.IGNORECASE)
_NOTE_TOLD = re.compile(r"[ \t]*(?:\(|,|:|;|\.|$|[ \t]+(?:met|zonder|in|naar|is|was|heeft|had|werkt|woont|ziek|werkloos|"
                        r"dementerend|overleden|opgenomen|betaalt|zit|ligt|kreeg|wn)(?![\w]))", re.IGNORECASE)
# Not taken bare: 'Man, 52 jaar' is the coachee; 'Kinderen zijn gek op haar', 'Ouders waarderen …'
# speak of people in general.
# ... but 'Vrouw Anja heeft MS', 'met man Kees': a partner right before a first name, in notes.
_PARTNER_WORDS = frozenset({"man", "vrouw"})
_NAME_NEXT = re.compile(r"[ \t]+[A-ZÀ-Þ][a-zà-ÿ]+(?![\w.])")
_NOT_BARE = frozenset({"man", "vrouw", "kind", "kindje", "ouders", "vrienden", "vriendinnen", "buren",
                       "huisgenoten", "grootouders", "baby", "jongste", "oudste", "tweeling"})


@check("third_party")
def third_party(analysis: Analysis, rules: list[Rule]) -> Iterator[Hit]:
    ids = {r.id.rsplit(".", 1)[1]: r.id for r in rules}
    doc = Doc(analysis)
    found = _relations(doc) + _treaters_by_word(doc)
    found += _private_contacts(doc, found)
    doc.own = own_keys(doc.text, doc.names, doc.zone, {k for f in found for k in f.keys})
    found += _named_people(doc, found)
    found += _coachees_relatives(doc, found)
    found += _partners_by_first_name(doc, found)
    found += _incident_parties(doc, found)
    found += _later_mentions(doc, found)
    found += _pronoun_follow_ups(doc, found)
    found.sort(key=lambda f: (f.start, -f.end))
    last_end = -1
    for f in found:
        if f.start < last_end or f.rule not in ids:
            continue
        last_end = f.end
        yield Hit(ids[f.rule], f.start, f.end)
        if "family_situation" not in ids or f.rule != "relative":
            continue
        if f.told is not None:
            yield Hit(ids["family_situation"], f.told, f.end)
        else:                   # 'omdat hij zijn zoontje van school haalt', 'de breuk met zijn partner'
            left, right = doc.clause_around(f.start, f.end)
            if left < f.start or right > f.end:
                yield Hit(ids["family_situation"], left, right)


def _relations(doc: Doc) -> list[Finding]:
    """'haar moeder', 'zijn oude leidinggevende Erik', 'Marco's schoonvader', 'een zoon van 9 die …'."""
    lists = lex()
    text = doc.text
    out: list[Finding] = []
    for rel in find_terms(text, LEX + "kinship", LEX + "work_relations"):
        word = rel.group().lower()
        kin = word in lists["kinship"]
        m = _POSSESSIVE.search(text, max(0, rel.start() - 40), rel.start())
        if m and (m.group("poss") or "").lower() in ("je", "jouw") and not doc.addresses_coachee:
            m = None
        if kin and not m:
            other = _counted_or_bare(doc, rel, word)
            if other is None and (of := _OF_COACHEE.match(text, rel.end()) or _OF_WN.match(text, rel.end())):
                out.append(relative(doc, rel.start(), of.end()))    # '| zwager van betrokkene |'
            elif other is not None:
                out.append(relative(doc, other, rel.end()))
            elif (word not in _NOT_BARE or (word in _PARTNER_WORDS and _NAME_NEXT.match(text, rel.end()))) \
                    and (bare := _bare_relation_named(doc, rel, kin)) is not None:
                out.append(bare)                      # '; zoon Bart (19) woont nog thuis', 'Vrouw Anja heeft MS'
            continue
        if not m:
            bare = _bare_relation_named(doc, rel, kin)
            if bare is not None:
                out.append(bare)
            continue
        if not kin and _ADJECTIVE_USE.match(text, rel.end()):
            continue                                  # 'zijn leidinggevende rol', 'die leidinggevende taken'
        if m.group("bare_gen") and not is_first_name(m.group("bare_gen")[:-1]):
            continue                                  # 'Wouters partner' only for a first name + s
        poss = (m.group("poss") or "").lower()
        if poss in _FIRST_PERSON and not kin:
            continue                                  # 'mijn collega': the coach's own
        article = poss in ("de", "het", "een")
        start, end = m.start(), rel.end()
        name = _apposition(doc, end, allow_bare=not article)
        if name:
            end = name[1]
        elif not article:
            name = _name_before(doc, start)       # 'Jan Bakker, zijn oud-collega, …'
            if name:
                start = name[0]
        former = any(_FORMER.match(w) for w in (m.group("mods") or "").split()) or bool(_FORMER.match(word))
        if kin:
            age = _CHILD_BY_AGE.match(text, end) if word in _CHILDREN else None
            whose = None
            if article and doc.private_context(start):
                of = _OF_THEM.match(text, end) or _OF_COACHEE.match(text, end)
                whose = of.end() if of else _of_name(doc, end)
            elif article and (of := _OF_COACHEE.match(text, end)):
                whose = of.end()
            counted = article and (_COUNTED_MODS.search(m.group("mods") or "") or _ORDINAL_MODS.search(m.group("mods") or ""))
            if age or whose:
                end = age.end() if age else whose     # 'een zoon van 9', 'een vriendin van haar'
            elif article and not counted and word not in lists["specific"] and (
                    word in _NOT_BARE or not _told_in_clause(doc, start, end)):
                continue                              # 'een man van 50'; but 'de ex', 'een buurman'
            out.append(relative(doc, start, end, name[3] if name else ()))
            continue
        if article and not name:
            told = _told_clause_end(doc, start, end)
            # Only a demonstrative takes up a role named with an article: a 'hij' or 'zij' after it is
            # as often the coachee ('de bedrijfsleider daar. Die zou haar … hebben afgezeken').
            if told is None and told_next(doc, end, ("die", "deze")):
                told = end
            if told is None:
                continue                              # 'de teamleider'; but 'de chef-kok, met wie hij botste'
            out.append(Finding("work_relation", start, told))
            continue
        if name and not doc.private_context(start) and _NOW_IN_ROLE.match(doc.text, name[1]):
            continue                                  # 'een oud-collega, mevrouw Hiemstra, nu teamleider bij …'
        named_privately = name is not None and name[2] == "first" and not article
        if not (doc.private_context(start) or (name and (former or named_privately or told_next(doc, name[1])
                                                         or _told_later(doc, name)))):
            continue
        out.append(Finding("work_relation", start, doc.extend(start, end), name[3] if name else ()))
    return out


_NOW_IN_ROLE = re.compile(r"[ \t]*,[ \t]*(?:nu|tegenwoordig|inmiddels|thans)[ \t]+(?:als[ \t]+)?[\w-]+", re.IGNORECASE)
_ADJECTIVE_USE = re.compile(r"[ \t]+(?:rol|rollen|taken|taak|functie|functies|ervaring|positie|vaardigheden|"
                            r"kwaliteiten|stijl|capaciteiten|verantwoordelijkheid|verantwoordelijkheden)(?![\w])",
                            re.IGNORECASE)
_AGE_AFTER = re.compile(r"[ \t]*\(\d")      # 'zoon Bart (19)': a person, not the firm 'zoon Jansen'
_BARE_LEAD = re.compile(r"(?:^|\n|[.!?:;][ \t]+|(?<![\w])(?:met|en|via|bij|voor|ivm|vanwege|wegens)[ \t]+)[ \t]*(?:[-–•*·>][ \t]*)?$",
                        re.IGNORECASE)


def _bare_relation_named(doc: Doc, rel: re.Match, kin: bool) -> Finding | None:
    """A relation word without a possessive, right before a name, with something private told in
    the sentence: 'Bedrijfsleider Verhulst is … nog steeds boos', '- zoon Mark … ligt overhoop met …'."""
    text = doc.text
    if not _BARE_LEAD.search(text, max(0, rel.start() - 12), rel.start()):
        return None
    name = _apposition(doc, rel.end(), allow_bare=True)
    word = doc.text[name[0]:name[1]].split()[0] if name else ""
    first_name = is_first_name(word) and (not is_surname(word) or _AGE_AFTER.match(text, name[1]) is not None)
    if not name or not ((kin and first_name) or doc.private_context(rel.start())):
        return None           # 'zoon Bart' is someone's child; 'zoon Jansen' may be a firm; a boss only in a quarrel
    if kin:
        return relative(doc, rel.start(), name[1], name[3])
    return Finding("work_relation", rel.start(), doc.extend(rel.start(), name[1]), name[3])


def _counted_or_bare(doc: Doc, rel: re.Match, word: str) -> int | None:
    """Where a relation without a possessive starts, or None: a counted group ('drie kinderen',
    'twee jonge kinderen') or a relation opening a line or sentence with what is told about them
    ('- vriend zit sinds januari vast')."""
    text = doc.text
    if word in lex()["counted"]:
        count = _COUNT.search(text, max(0, rel.start() - 30), rel.start())
        if count and not _GROUP.search(text, max(0, count.start() - 25), count.start()):
            return count.start()
    if word not in _NOT_BARE and _LINE_OPENING.search(text, max(0, rel.start() - 12), rel.start()):
        told = _TOLD_AFTER.match(text, rel.end())
        if told and (word not in lex()["counted"] or told.group().lstrip().startswith(":")):
            return rel.start()                        # 'Kinderen: 2 (8 en 11)', not 'Kinderen zijn …'
    if word in _NOTE_KIN:
        lead = _NOTE_LEAD.search(text, max(0, rel.start() - 30), rel.start())
        if lead and _NOTE_TOLD.match(text, rel.end()):
            return lead.start("adj") if lead.group("adj") else rel.start()
    return None


def _of_name(doc: Doc, pos: int) -> int | None:
    """'de vader van Karim': where a relation of a named person ends (names the name finder knows)."""
    m = _OF_NAME.match(doc.text, pos)
    name = doc.name_at(m.end()) if m else None
    return name.end if name else None


def _treaters_by_word(doc: Doc) -> list[Finding]:
    """'psycholoog Jansen', 'haar huisarts, Pietersen': a treater word followed by a name the name
    finder may not know (a surname alone). Titled names ('dokter Bakker') are found as names."""
    out: list[Finding] = []
    for word in find_terms(doc.text, LEX + "treater_titles"):
        m = re.compile(r"[ \t]*,?[ \t]*").match(doc.text, word.end())
        bare = _BARE_NAME.match(doc.text, m.end())
        if not bare or doc.name_at(m.end()) or word.group().lower() in lex()["titles"] \
                or bare.group().lower() in term_set(LEX + "not_names"):
            continue
        out.append(Finding("treater", word.start(), doc.extend(word.start(), bare.end()), bare_name_keys(bare.group())))
    return out


def _apposition(doc: Doc, pos: int, allow_bare: bool) -> tuple[int, int, str, tuple[str, ...]] | None:
    """A name right after a relation word: 'zijn vrouw Kim', 'haar teamleider, Sandra de Boer'.
    Returns (start, end, cue, keys). A capitalised word the name lists do not know counts only after
    a possessive ('zijn zwager Rob'), not after an article ('de teamleider Vergunningen')."""
    m = _APPOSITION.match(doc.text, pos)
    if not m or "\n" in m.group():
        return None
    name = doc.name_at(m.end())
    if name:
        cue = "first" if name.cue == "first" else "full"
        return name.start, name.end, cue, person_keys(name)
    bare = _BARE_NAME.match(doc.text, m.end()) if allow_bare else None
    if bare and bare.group().lower() not in term_set(LEX + "not_names") and \
            not lex()["role"].fullmatch(bare.group()):
        cue = "first" if len(bare.group().split()) == 1 else "full"
        return bare.start(), bare.end(), cue, bare_name_keys(bare.group())
    return None


def _name_before(doc: Doc, pos: int) -> tuple[int, int, str, tuple[str, ...]] | None:
    i = bisect_right(doc.name_starts, pos) - 1
    if i >= 0:
        name = doc.names[i]
        if re.fullmatch(r"[ \t]*,[ \t]*", doc.text[name.end:pos]):
            return name.start, name.end, "first" if name.cue == "first" else "full", person_keys(name)
    return None


RARE_FIRST_NAME = 2     # mentions: a first name this rare, beside a known coachee, is someone else


def _named_people(doc: Doc, found: list[Finding]) -> list[Finding]:
    """Named treaters, and named people told about beyond their role (a conflict, an illness)."""
    out: list[Finding] = []
    spans = SpanSet((f.start, f.end) for f in found)
    flagged_at = {}
    for f in found:
        for key in f.keys:
            flagged_at[key] = min(flagged_at.get(key, f.start), f.start)
    text = doc.text
    mentions = Counter(n.key for n in doc.names)
    for name in doc.names:
        if name.key in doc.own or spans.overlaps(name.start, name.start) \
                or flagged_at.get(name.key, name.end) < name.start:
            continue                                  # the coachee, already covered, or a later mention
        before = text[max(text.rfind("\n", max(0, name.start - ROLE_WINDOW), name.start) + 1,
                          name.start - ROLE_WINDOW):name.start]
        if name.title in lex()["treater"] or _treater_before(before) or _treater_after(text, name.end):
            if not _HEALTH_ROLES.search(before) and not _HEALTH_ROLES.search(text, name.end, name.end + 20):
                out.append(Finding("treater", name.start, doc.extend(name.start, name.end), person_keys(name)))
            continue
        told_after = told_next(doc, name.end)
        if not (doc.private_context(name.start) or told_after):
            continue
        if name.cue == "first" and not (doc.own and (told_after or mentions[name.key] <= RARE_FIRST_NAME)):
            continue        # a first name alone is the coachee's, unless the coachee is known and it is rare
        role = _role(doc, name)
        if role and role.lower() not in lex()["work"]:
            continue
        out.append(Finding("named_person", name.start, doc.extend(name.start, name.end), person_keys(name)))
    return out


# 'de zus van Dennis', 'Marja Brouwers, de moeder van Kevin': a relative of the coachee, named
# after the relation; 'zijn huwelijk met Sandra', 'de relatie met Kim': a partner by name.
_KIN_OF = re.compile(r"(?<![\w])(?:(?i:de|het|een)[ \t]+)?(?P<kin>[A-Za-zà-ÿ-]+)[ \t]+van[ \t]+(?P<name>[A-ZÀ-Þ][\w'’-]+)")
_VAN_NAME = re.compile(r"[ \t]van[ \t]+([A-ZÀ-Þ][\w'’-]+)")
# 'de heer J. Terpstra (echtgenoot)', 'Lotte Vermeulen (partner)': a cc or distribution line.
_KIN_IN_BRACKETS = re.compile(r"[ \t]*\((?P<kin>[a-zà-ÿ-]+)\)")
# A contact table: '| mevrouw S. Doornbos | echtgenote | aanwezig bij gesprek …'.
_KIN_CELL = re.compile(r"[ \t]*\|[ \t]*(?P<kin>[A-Za-zà-ÿ-]+)[ \t]*(?=[|,(\n]|$)")
_POSSESSIVE_NAME = re.compile(r"(?<![\w])(?:zijn|haar|z['’]n)[ \t]+$", re.IGNORECASE)
_PARTNER_BY_NAME = re.compile(
    r"(?<![\w])(?i:huwelijk|relatie|verkering|scheiding|echtscheiding|breuk|getrouwd|trouwde|trouwt|"
    r"samenwonend|samenwonen|samengewoond|samenwoont|woont samen|woonde samen|uit|uit is|uit elkaar|gescheiden)"
    r"[ \t]+(?i:met|van)[ \t]+"
    r"(?P<name>[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:[ \t]+[A-ZÀ-Þ][a-zà-ÿ'’-]+)?)(?![\w])")


def _coachees_relatives(doc: Doc, found: list[Finding]) -> list[Finding]:
    """Relatives and partners the report names through the coachee, once the coachee is known."""
    if not doc.own:
        return []
    out: list[Finding] = []
    spans = SpanSet((f.start, f.end) for f in found)
    kinship = lex()["kinship"]
    # _KIN_OF is tried at every word; first see whether 'van' + the coachee's name occurs at all
    named = any(v.group(1).lower() in doc.own for v in _VAN_NAME.finditer(doc.text))
    for m in _KIN_OF.finditer(doc.text) if named else ():
        if m.group("kin").lower() not in kinship or m.group("name").lower() not in doc.own:
            continue
        start = m.start()
        name = _name_before(doc, start)
        if name:
            start = name[0]
        if not spans.overlaps(start, m.end()):
            out.append(relative(doc, start, m.end(), name[3] if name else ()))
            spans.add(start, out[-1].end)
    for name in doc.names:
        m = _KIN_IN_BRACKETS.match(doc.text, name.end) or _KIN_CELL.match(doc.text, name.end)
        # 'Ellen Oosterveld | echtgenote' beside the coachee Bram Oosterveld: the same surname, another first name
        other = name.key not in doc.own or (name.first and name.first.lower() not in doc.own)
        if m and m.group("kin").lower() in kinship and other and not spans.overlaps(name.start, m.end()):
            out.append(Finding("relative", name.start, m.end("kin") + (m.group().endswith(")")), person_keys(name)))
            spans.add(name.start, out[-1].end)
    for m in _PARTNER_BY_NAME.finditer(doc.text):
        words = m.group("name").split()
        if words[0].lower() in doc.own or words[0].lower() in term_set(LEX + "not_names") \
                or not (doc.name_at(m.start("name")) or is_first_name(words[0])):
            continue
        if not spans.overlaps(m.start("name"), m.end("name")):
            out.append(Finding("relative", m.start("name"), doc.extend(m.start("name"), m.end("name")),
                               bare_name_keys(m.group("name"))))
            spans.add(out[-1].start, out[-1].end)
    return out


def _partners_by_first_name(doc: Doc, found: list[Finding]) -> list[Finding]:
    """'zijn Sandra', 'haar Marco': someone of the coachee's, named by first name after a possessive."""
    out: list[Finding] = []
    spans = SpanSet((f.start, f.end) for f in found)
    for name in doc.names:
        lead = _POSSESSIVE_NAME.search(doc.text, max(0, name.start - 6), name.start)
        if lead and name.cue == "first" and name.key not in doc.own and not spans.overlaps(lead.start(), name.end):
            out.append(relative(doc, lead.start(), name.end, person_keys(name)))
            spans.add(out[-1].start, out[-1].end)
    return out


# 'de dader', 'een overvaller', 'de tegenpartij': the other party of an incident or dispute.
_DETERMINER = r"(?:de|een|die|deze|het|zijn|haar|hun)[ \t]+(?:[a-zà-ÿ-]+e[ \t]+){0,2}"
@lru_cache(maxsize=1)
def _incident_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Where a person noun (`incident_person_nouns.txt`) stands beside an incident word: after it
    ('bedreigd door een klant', 'agressie van een vader uit haar caseload'), before it ('door een
    gedetineerde is aangevallen'), or with it in a relative clause ('de man die hem aanviel'). The
    nouns are spelled out so that an adjective ('een agressieve klant') is never taken for one."""
    nouns = "|".join(sorted(map(re.escape, term_set(LEX + "incident_person_nouns")), key=len, reverse=True))
    person = rf"(?P<who>{_DETERMINER}(?:{nouns}))(?![\w-])"
    after = re.compile(rf"[ \t]+(?:[a-zà-ÿ]+[ \t]+){{0,3}}?(?:door|van)[ \t]+{person}"
                       r"(?:[ \t]+(?:uit|van|op|in)[ \t]+(?:zijn|haar|de|het|een)[ \t]+[a-zà-ÿ-]+)?", re.IGNORECASE)
    before = re.compile(rf"(?<![\w])door[ \t]+{person}"
                        r"(?:[ \t]+(?:is|werd|zijn|werden|was|ernstig|flink|zwaar|fysiek))*[ \t]+(?P<cue>[a-zà-ÿ]+)",
                        re.IGNORECASE)
    who = re.compile(rf"(?<![\w])(?P<who>(?:de|een)[ \t]+(?:[a-zà-ÿ-]+e[ \t]+){{0,2}}(?:{nouns}))[ \t]*,?[ \t]*die(?![\w])",
                     re.IGNORECASE)
    return after, before, who


def _incident_parties(doc: Doc, found: list[Finding]) -> list[Finding]:
    """The other party of an incident, a crime or a dispute: 'de dader', 'een bedreiging door een
    vader uit haar caseload', 'door een gedetineerde is aangevallen', 'de man die hem heeft
    aangevallen'. What is told about them is personal data of a third party, often about a crime."""
    text = doc.text
    spans = SpanSet((f.start, f.end) for f in found)
    out: list[Finding] = []

    def add(start: int, end: int) -> None:
        if not spans.overlaps(start, end):
            out.append(Finding("incident", start, doc.extend(start, end)))
            spans.add(start, out[-1].end)

    for word in find_terms(text, LEX + "incident_people"):
        det = re.search(rf"(?<![\w]){_DETERMINER}$", text[max(0, word.start() - 40):word.start()], re.IGNORECASE)
        if det:
            add(word.start() - len(det.group()), word.end())
    after, before, who = _incident_patterns()
    cues = term_pattern(LEX + "incident_cues")
    for cue in find_terms(text, LEX + "incident_cues"):
        m = after.match(text, cue.end())
        if m:
            add(m.start("who"), m.end())
    for m in before.finditer(text):
        if cues.match(text, m.start("cue")):
            add(m.start("who"), m.end("who"))
    for m in who.finditer(text):
        clause = doc.extend(m.start(), m.end("who"))
        if clause > m.end() and cues.search(text, m.end(), clause):
            add(m.start(), m.end("who"))
    return out


_CONTACT_LEAD = re.compile(r"(?:(?<![\w])(?:zijn|haar|hun|z['’]?n|d['’]r)|(?P<article>(?<![\w])de))[ \t]+$", re.IGNORECASE)


def _private_contacts(doc: Doc, found: list[Finding]) -> list[Finding]:
    """'zijn advocaat', 'haar bewindvoerder', 'de dominee daar komt regelmatig langs': someone in the
    coachee's private life by their role to the coachee, with what is told about them."""
    spans = SpanSet((f.start, f.end) for f in found)
    out: list[Finding] = []
    for word in find_terms(doc.text, LEX + "private_contacts"):
        lead = _CONTACT_LEAD.search(doc.text, max(0, word.start() - 8), word.start())
        if not lead or (lead.group("article") and word.group().lower() not in term_set(LEX + "faith_leaders")):
            continue
        start = lead.start()
        name = _apposition(doc, word.end(), allow_bare=not lead.group("article"))
        end = name[1] if name else word.end()
        if not spans.overlaps(start, end):
            out.append(Finding("private_contact", start, doc.extend(start, end), name[3] if name else ()))
            spans.add(start, out[-1].end)
    return out


_TREATED_BY = re.compile(r"(?:fysiotherapie|therapie|behandeling|behandeld|gesprekken|sessies)[ \t]+bij[ \t]*$", re.IGNORECASE)


def _treater_before(before: str) -> bool:
    """'psycholoog Jansen', 'dokter Bakker', and 'fysiotherapie bij Wouter Kempers'."""
    words = re.findall(r"[\w.]+", before.lower())[-2:]
    return any(w in lex()["treater"] for w in words) or _TREATED_BY.search(before) is not None


_TITLE_AFTER = re.compile(r"[ \t]*[,|][ \t]*(?:(?:zijn|haar|hun|de|een)[ \t]+)?([\w-]+)")   # also a table's next cell


def _treater_after(text: str, end: int) -> bool:
    """'Bart Hoogendijk, zijn fysiotherapeut', 'Mirjam Terpstra, psycholoog bij …'."""
    m = _TITLE_AFTER.match(text, end)
    return bool(m) and m.group(1).lower() in lex()["treater"]


def _role(doc: Doc, name: PersonName) -> str | None:
    """The role word next to a name: 'mevrouw De Vries, HR-adviseur', 'HR-adviseur Linda Hoogeveen'."""
    text = doc.text
    after = _ROLE_AFTER.match(text, name.end)
    if after:
        m = lex()["role"].match(text, after.end())
        if m:
            return m.group()
    line_start = text.rfind("\n", max(0, name.start - ROLE_WINDOW), name.start) + 1
    m = last_match(lex()["role"], text, max(line_start, name.start - ROLE_WINDOW), name.start)
    if m and re.fullmatch(r"[\s,:|(]*(?:\w+[\s,:|]*){0,2}", text[m.end():name.start]):
        return m.group()
    return None


def _later_mentions(doc: Doc, found: list[Finding]) -> list[Finding]:
    """Every later mention of a person once flagged: 'De heer Aydin', 'Erik heeft hem …',
    'Ingrid Smeets' (first name and surname are both keys; a run of keys is one mention)."""
    first_seen: dict[str, tuple[int, str]] = {}
    for f in sorted(found, key=lambda f: f.start):
        for key in f.keys:
            if key not in doc.own and key not in first_seen and len(key) > 1:
                first_seen[key] = (f.end, f.rule)
    if not first_seen:
        return []
    keys = "|".join(re.escape(k.capitalize()) for k in sorted(first_seen, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w])(?:{_title_alts()}[ \t]+)?(?:[A-Z]\.[ \t]?)*(?:{keys})"
        rf"(?:[ \t]+(?:(?i:van|de|der|den|ter|ten)[ \t]+)*(?:{keys}))*(?![\w])"
    )
    out: list[Finding] = []
    spans = SpanSet((f.start, f.end) for f in found)
    for m in pattern.finditer(doc.text, min(after for after, _ in first_seen.values())):
        key = next(k for k in re.findall(r"[\w'’-]+", m.group()) if k.lower() in first_seen).lower()
        after, rule = first_seen[key]
        if m.start() < after or spans.overlaps(m.start(), m.start()):
            continue
        out.append(Finding(rule, m.start(), doc.extend(m.start(), m.end()), (key,)))
        spans.add(m.start(), out[-1].end)
    return out


def _gender_of(text: str) -> str | None:
    words = {w.lower() for w in re.findall(r"[\w-]+", text)}
    female, male = bool(words & lex()["female"]), bool(words & lex()["male"])
    return "f" if female and not male else "m" if male and not female else None


def told_next(doc: Doc, end: int, pronouns: tuple[str, ...] = ()) -> bool:
    """Whether the clause that refers back to the person mentioned before `end` tells something
    private: 'de chef-kok, Marco. Hij schreeuwde volgens haar dagelijks …', 'de werkplaatschef,
    Roy. Die heeft hem voor de hele ploeg aangesproken op zijn tempo'. With `pronouns`, only a
    clause that opens with one of them counts."""
    pronoun = doc.referring_pronoun(end)
    if pronoun is None or (pronouns and pronoun.group("pron").lower() not in pronouns):
        return False
    _, sent_end = doc.sentence(pronoun.start())
    return doc.tells_private(pronoun.start(), sent_end)


def _told_later(doc: Doc, name: tuple[int, int, str, tuple[str, ...]]) -> bool:
    """Whether a later sentence names the person by surname alone and tells something private
    there: 'zijn ploegleider, Gerrit Mulder, kwam bij de post staan. … Mulder is inmiddels
    overgeplaatst, na nog meer ruzie in zijn ploeg'. Only for a name given in full."""
    if name[2] == "first":
        return False
    surname = doc.text[name[0]:name[1]].split()[-1].strip(",.")
    if len(surname) < 3 or surname.lower() in doc.own or not surname[:1].isupper():
        return False
    later = re.compile(rf"(?<![\w]){re.escape(surname)}(?![\w])")
    return any(doc.private_context(m.start()) for m in later.finditer(doc.text, name[1]))


def _told_in_clause(doc: Doc, start: int, end: int) -> bool:
    """'een vriendin die … zelf net een burn-out achter de rug heeft': a relative clause that tells
    something private about a relation named with an article."""
    return _told_clause_end(doc, start, end) is not None


_OF_PLACE = re.compile(r"[ \t]+(?:van|bij|op|uit)[ \t]+(?:de|het)[ \t]+[a-zà-ÿ-]+")


def _told_clause_end(doc: Doc, start: int, end: int) -> int | None:
    """Where the relative clause that tells something private ends, also past where the person
    worked ('een oud-collega van de gemeente, die zelf ook een jaar thuis heeft gezeten'); None
    without one."""
    place = _OF_PLACE.match(doc.text, end)
    for pos in (end, place.end()) if place else (end,):
        told = doc.extend(start, pos)
        if told > pos and doc.tells_private(pos, told):
            return told
    return None


def _pronoun_follow_ups(doc: Doc, found: list[Finding]) -> list[Finding]:
    """'Zijn vrouw Riek was ziek. Zij ligt nu weer in het ziekenhuis.', 'haar dochter Femke (15)
    vergt veel van haar. Deze verzuimt sinds de herfstvakantie van school.': a pronoun that refers
    back to a flagged person (see `Doc.referring_pronoun`) is that person, and what the clause tells
    is about them."""
    if not found:
        return []
    out: list[Finding] = []
    spans = SpanSet((f.start, f.end) for f in found)
    pending = sorted(found, key=lambda f: f.end)
    seen: set[int] = set()
    while pending:
        referent = pending.pop(0)
        pronoun = doc.referring_pronoun(referent.end, _gender_of(doc.text[referent.start:referent.end]), referent.start)
        if pronoun is None or pronoun.start() in seen or spans.overlaps(pronoun.start(), pronoun.end()):
            continue
        gender = PRONOUN_GENDER.get(pronoun.group("pron").lower())
        if any(referent.end <= f.start < pronoun.start() and _gender_of(doc.text[f.start:f.end]) in (gender, None)
               for f in found + out if f is not referent):
            continue                                   # someone nearer was flagged: the pronoun is theirs
        seen.add(pronoun.start())
        start = pronoun.start()
        if referent.rule == "relative":
            here = relative(doc, start, pronoun.end("pron"))
        else:
            end = doc.extend(start, pronoun.end("pron"))
            if end == pronoun.end("pron") and not doc.opens_clause(start):
                start, end = doc.clause_around(start, end)      # 'Volgens Kim ⟦legde hij de lat te hoog⟧'
            here = Finding(referent.rule, start, end)
        out.append(here)
        spans.add(here.start, here.end)
        pending.append(here)
        pending.sort(key=lambda f: f.end)
    return out


@lru_cache(maxsize=1)
def _title_alts() -> str:
    titles = sorted(term_set(LEX + "name_titles"), key=len, reverse=True)
    return "(?i:" + "|".join(r"[ \t]+".join(re.escape(w) for w in t.split()) for t in titles) + ")"
