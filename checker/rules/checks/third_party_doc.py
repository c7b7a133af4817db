"""The per-report context of the third-party check (`third_party.py`): names and sentences, who
the report is by and about, and how far what is told about a person reaches.

Shared by the finders of that check; nothing here decides what is flagged.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache

from checker.analysis.signature import signature_start_of
from checker.nlp.names import PersonName, find_names
from checker.rules.context import Analysis
from checker.rules.term_patterns import last_match, term_pattern, term_set

LEX = "avg_third_party/"
CLAUSE_MAX = 110       # a clause longer than this is not taken into the finding
SENTENCE_REACH = 400   # context is read at most this far from a mention
# A clause runs to a punctuation mark or to a conjunction that starts a new clause with its own
# subject ('… heeft ADHD en Linda staat …').
_CLAUSE_REST = r"(?:(?![ \t]+(?:en|maar|omdat|want|dus|terwijl|zodat)[ \t]+(?:[A-ZÀ-Þ]|hij\b|zij\b|ze\b|ik\b|we\b|wij\b))[^,;.:\n])*"
_RELATIVE = re.compile(rf"[ \t]*,?[ \t]*(?:die|met wie|van wie|bij wie|aan wie|waar|wiens)(?![\w]){_CLAUSE_REST}")
_PREDICATE = re.compile(rf"[ \t]*,?[ \t]+(?=[a-zà-ÿ]){_CLAUSE_REST}")
_CLAUSE_TAIL = re.compile(_CLAUSE_REST)
# Where a clause starts, looking back from a mention: a punctuation mark, a line start, or a
# conjunction that opens a clause ('omdat hij zijn zoontje van school haalt').
_CLAUSE_START = re.compile(r"(?:[,;:(\n•]|[.!?][ \t]|(?<![\w])(?:omdat|want|maar|doordat|nadat|sinds|zodat|terwijl|"
                           r"waardoor|wanneer|als|toen|dat)(?![\w]))[ \t]*", re.IGNORECASE)
_CLAUSE_OPENERS = re.compile(
    r"(?:^|[,;:(•\-–]|(?<![\w])(?:dat|omdat|want|en|maar|terwijl|doordat|nadat|toen|zodat|als))[ \t]*$",
    re.IGNORECASE,
)


# A pronoun and the word after it: 'Zij ligt …', 'Die heeft hem …'.
_REFERRING = re.compile(r"(?<![\w])(?P<pron>hij|zij|ze|die|deze)[ \t]+(?P<next>[a-zà-ÿ]+)", re.IGNORECASE)
# Where a demonstrative takes up a person: a sentence start, a line or list item, or a conjunction.
_DEMONSTRATIVE_LEAD = re.compile(r"(?:^|\n|[.!?:;][ \t]+|(?<![\w])(?:en|maar|want|omdat|dus)[ \t]+)(?:[-–•*][ \t]*)?$",
                                 re.IGNORECASE)
# Finite verbs a demonstrative subject opens with ('Die heeft', 'Deze zou'); past tenses ('schreeuwde',
# 'pestte') by their ending. 'Deze week', 'Die vacature' are not followed by a verb.
_FINITE_VERBS = frozenset("""heeft had hadden is was waren zou zouden zal kan kon wil wilde moet moest mag mocht werkt
werkte woont woonde ligt lag zit zat gaat ging komt kwam krijgt kreeg vindt vond zegt zei maakt belt staat stond
blijft bleef doet deed laat liet weet wist verzuimt schreeuwt pest roept geeft gaf neemt nam houdt hield wordt werd
kijkt keek loopt liep spreekt sprak vraagt vertelt speelt zorgt helpt hielp past betaalt verdient studeert
zet zette legt legde stelt stuurt zoekt zocht denkt dacht noemt praat lacht eist dreigt""".split())


# 'Die heeft ze nog niet': a subject after the verb makes the demonstrative its object, a thing.
_SUBJECT_AFTER = re.compile(r"[ \t]+(?:ze|zij|hij|ik|we|wij|je|jij|u|men)(?![\w])", re.IGNORECASE)
_NOT_PAST = frozenset("""periode methode ronde schade orde ruimte gedachte hoogte lengte rente tweede derde vierde
laatste eerste beste grootste volgende andere gehele overige huidige vorige""".split())


def _is_finite_verb(word: str) -> bool:
    return word in _FINITE_VERBS or (len(word) > 5 and word.endswith(("de", "te", "den", "ten"))
                                     and word not in _NOT_PAST)


# A noun may stand here: an article, a possessive or demonstrative before a word, or a capital.
_NOUN_CUE = re.compile(r"(?<![\w])(?:de|het|een|zijn|haar|hun|dat|deze|die|dit)[ \t]+[\w]|[A-ZÀ-Þ]")
# Who tells it: a name after 'volgens' is the source, not a new person a pronoun could take up.
_SOURCE = re.compile(r"(?<![\w])volgens[ \t]+$", re.IGNORECASE)
# The finite verb and the name of the object right after a subject pronoun: 'heeft Jolanda'.
_VERB_THEN_NAME = re.compile(r"[ \t]+[a-zà-ÿ]+[ \t]+")

# 'volgens haar', 'volgens hem', 'volgens eigen zeggen', and the word after it.
_COACHEES_ACCOUNT = re.compile(r"(?<![\w])(?:volgens[ \t]+(?:haar|hem|eigen[ \t]+zeggen)|naar[ \t]+(?:zijn|haar|eigen)[ \t]+zeggen)"
                               r"(?:[ \t]+(?P<next>[\w-]+))?", re.IGNORECASE)
# Hearsay about what someone did: 'Die zou haar maandenlang hebben afgezeken', 'Hij zou Hub een
# uitgerangeerde kerel hebben genoemd' – the reportative "zou … hebben" (with "zijn" only beside a
# ge-participle: 'zou fijn zijn' is no hearsay).
_HEARSAY = re.compile(r"(?<![\w])zou(?:den)?(?:[ \t]+[\w'’-]+){0,8}?[ \t]+(?:hebben(?![\w])|zijn[ \t]+[a-zà-ÿ]*ge[a-zà-ÿ]+"
                      r"|[a-zà-ÿ]*ge[a-zà-ÿ]+[ \t]+zijn(?![\w]))", re.IGNORECASE)
_AND = re.compile(r"[ \t]+en[ \t]+")
_SOURCE_NAME = re.compile(r"(?<![\w])volgens[ \t]+([A-ZÀ-Þ][\w'’-]+)")
_LINE_LEAD = re.compile(r"[\s\-–•*·>]*")     # what may stand before a sentence's first word

_HE_HIM = re.compile(r"(?<![\w])(?:hij|hem)(?![\w])", re.IGNORECASE)
_HER = re.compile(r"(?<![\w])haar(?![\w])", re.IGNORECASE)
_POSSESSIVE_KIN = re.compile(r"(?<![\w])(zijn|haar)[ \t]+([a-zà-ÿ-]+)", re.IGNORECASE)
COACHEE_PRONOUN_RATIO = 2      # the coachee's pronoun must outnumber the other this many times
MIN_PRONOUNS = 3
PRONOUN_GENDER = {"hij": "m", "zij": "f", "ze": "f"}      # 'die', 'deze': either


def coachee_gender(text: str) -> str | None:
    """'m' or 'f' when the report's pronouns leave no doubt ('hij/hem' against 'haar'): the coachee
    is who a report keeps talking about. A formal report that says 'werknemer' throughout and no
    pronoun at all is read from the possessive before a relative ('Zijn vrouw was aanwezig'). None
    when mixed or too few."""
    male, female = len(_HE_HIM.findall(text)), len(_HER.findall(text))
    if male >= MIN_PRONOUNS and male >= COACHEE_PRONOUN_RATIO * female:
        return "m"
    if female >= MIN_PRONOUNS and female >= COACHEE_PRONOUN_RATIO * male:
        return "f"
    if male == female == 0:
        his = {m.group(2).lower() for m in _POSSESSIVE_KIN.finditer(text) if m.group(1).lower() == "zijn"}
        if his & lex()["kinship"]:
            return "m"
    return None


@dataclass
class Finding:
    """A person found by one of the finders: the rule name (last part of its id) and the span."""

    rule: str
    start: int
    end: int
    keys: tuple[str, ...] = ()     # how later mentions of the person are recognised
    told: int | None = None        # a relative: where what is told about them starts


@lru_cache(maxsize=1)
def lex() -> dict:
    """The word lists of `checker/data/lexicons/avg_third_party/`, compiled once."""
    return {
        "role": term_pattern(LEX + "roles"),
        "context": term_pattern(LEX + "private_context"),
        "coachee": term_pattern(LEX + "coachee_labels"),
        "treater": term_set(LEX + "treater_titles"),
        "titles": term_set(LEX + "name_titles"),
        "kinship": term_set(LEX + "kinship"),
        "counted": term_set(LEX + "kinship_counted"),
        "specific": term_set(LEX + "kinship_specific"),
        "work": term_set(LEX + "work_relations"),
        "female": term_set(LEX + "kin_female"),
        "male": term_set(LEX + "kin_male"),
    }


_SECOND_PERSON = re.compile(r"(?<![\w])(?:je|jij|jou|jouw)(?![\w])", re.IGNORECASE)


class Doc:
    """Per-report look-ups: sentences, names, the coachee, the closing block."""

    def __init__(self, analysis: Analysis):
        self.text = analysis.text
        self.analysis = analysis
        self.names = find_names(self.text)
        self.name_starts = [n.start for n in self.names]
        self.zone = signature_start_of(analysis)
        self.own: set[str] = set()

    @cached_property
    def addresses_coachee(self) -> bool:
        """Whether the report is written to the coachee ('Je hebt in week 12 …'): there 'je broer'
        is the coachee's brother; elsewhere 'je' is impersonal ('daar kwam je binnen via je oom').
        Counted only when a 'je' stands before a relation word, not for every report."""
        second = len(_SECOND_PERSON.findall(self.text))
        return second >= 10 and second >= 0.015 * len(self.text.split())

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around `pos`, at most SENTENCE_REACH either side (text without punctuation
        is one endless 'sentence')."""
        before = self.analysis.sentence_before(pos)
        if before and pos < before[1]:
            start, end = before
        else:
            start = self.text.rfind("\n", max(0, pos - SENTENCE_REACH), pos) + 1
            end = self.text.find("\n", pos, pos + SENTENCE_REACH)
            end = end if end >= 0 else len(self.text)
        return max(start, pos - SENTENCE_REACH), min(end, pos + SENTENCE_REACH)

    def name_at(self, pos: int) -> PersonName | None:
        i = bisect_right(self.name_starts, pos) - 1
        if i >= 0 and self.names[i].start == pos:
            return self.names[i]
        return None

    def private_context(self, pos: int) -> bool:
        """Whether the sentence around `pos` tells something private (`private_context.txt`)."""
        return self.tells_private(*self.sentence(pos))

    def tells_private(self, start: int, end: int) -> bool:
        """Whether text[start:end] holds a word of `private_context.txt` (a conflict, an illness …),
        or tells the coachee's own account ('gaf haar volgens haar al maanden de zwaarste gezinnen',
        'zette hem volgens eigen zeggen op de zwaarste routes'): what someone did, as the coachee
        tells it, is their side of a conflict."""
        if lex()["context"].search(self.text, start, end) is not None:
            return True
        for m in _COACHEES_ACCOUNT.finditer(self.text, start, end):
            after = (m.group("next") or "").lower()
            if after not in lex()["work"] and after not in lex()["kinship"] and after not in lex()["treater"]:
                return True                  # not 'volgens haar leidinggevende': a source in its role
        if _HEARSAY.search(self.text, start, end) is not None:
            return True
        if self.own:                         # 'belde Verbruggen hem volgens Erwin twee keer op'
            for m in _SOURCE_NAME.finditer(self.text, start, end):
                if m.group(1).lower() in self.own:
                    return True
        return False

    def extend(self, start: int, end: int) -> int:
        """Take in what is said about the person: a relative clause ('haar moeder, die …') or, when
        the person opens the clause, its predicate ('De heer Aydin is … overgeplaatst')."""
        _, sent_end = self.sentence(start)
        m = _RELATIVE.match(self.text, end, sent_end)
        if not m and self.opens_clause(start):
            m = _PREDICATE.match(self.text, end, sent_end)
            if m and m.group().lstrip().startswith(",") and self.text[max(0, start - 8):start].rstrip().endswith(","):
                m = None     # 'haar huisarts, dokter Pieters, is …': the verb is not the apposition's
        if m and m.end() - end <= CLAUSE_MAX:
            return self._trimmed(m.end(), end)
        return end

    def clause_around(self, start: int, end: int) -> tuple[int, int]:
        """The clause a mention stands in ('omdat hij ⟦zijn zoontje⟧ van school haalt' → from
        'hij' to 'haalt'), each side at most CLAUSE_MAX characters and within the sentence."""
        sent_start, sent_end = self.sentence(start)
        lo = max(sent_start, start - CLAUSE_MAX)
        left = lo
        for m in _CLAUSE_START.finditer(self.text, lo, start):
            left = m.end()
        tail = _CLAUSE_TAIL.match(self.text, end, min(sent_end, end + CLAUSE_MAX))
        return left, self._trimmed(tail.end() if tail else end, end)

    def _trimmed(self, stop: int, floor: int) -> int:
        """`stop` moved back past a trailing space, comma or emoji, not below `floor`."""
        while stop > floor and not (self.text[stop - 1].isalnum() or self.text[stop - 1] in ")'’\""):
            stop -= 1
        return stop

    @cached_property
    def coachee_gender(self) -> str | None:
        return coachee_gender(self.text)

    def referring_pronoun(self, end: int, gender: str | None = None, start: int | None = None) -> re.Match | None:
        """The pronoun that takes up a person mentioned just before `end`, in the rest of the
        sentence or the next one: 'die' or 'deze' opening a sentence or a clause after a
        conjunction ('Die heeft hem …', 'maar die werkt zelf ook'), after a comma only when no noun
        stands between ('belt hem nog weleens, die is …'; a relative clause right after the person
        `extend` takes in), only before a verb ('Deze week …' is no person); or 'hij',
        'zij', 'ze' of the other gender than the coachee, which cannot be the coachee, also after
        the verb ('Volgens Kim legde hij …'; 'ze' only opening a clause: 'heeft ze' is as often an
        object), matching `gender` when that is known; or one of the coachee's gender whose clause
        names the coachee ('Zij heeft Jolanda nooit serieus genomen'), or that opens the next
        sentence after one the person (starting at `start`) opened, and tells something private
        ('Haar zus Monique past op. Zij zit zelf midden in een scheiding.'). None when no such pronoun
        follows, or another name comes first (a name after 'volgens' does not count: it says who
        tells it)."""
        _, sent_end = self.sentence(end)
        stop = self.sentence(sent_end + 1)[1] if sent_end + 1 < len(self.text) else sent_end
        for name in self.names[bisect_right(self.name_starts, end):]:
            if name.start >= stop:
                break
            if not _SOURCE.search(self.text, max(0, name.start - 9), name.start):
                stop = name.start            # 'volgens Kim' names who tells it, not whom it is about
                break
        for m in _REFERRING.finditer(self.text, end, stop):
            pron, after = m.group("pron").lower(), m.group("next").lower()
            if pron in ("die", "deze"):
                if (_DEMONSTRATIVE_LEAD.search(self.text, max(0, m.start() - 8), m.start())
                        or self._after_comma_without_noun(end, m.start())) \
                        and _is_finite_verb(after) and not _SUBJECT_AFTER.match(self.text, m.end()):
                    return m
                continue
            own, pron_gender = self.coachee_gender, PRONOUN_GENDER[pron]
            if own is None or (gender and gender != pron_gender) or (pron != "hij" and after.endswith("en") and after != "en") \
                    or (pron == "ze" and not self.opens_clause(m.start())):
                continue                     # someone of the other gender, plural 'ze hebben', 'heeft ze'
            if pron_gender == own and not self._names_coachee_after(m.end("pron")) \
                    and not self._continues_subject(start, end, m.start()):
                continue                     # the coachee, unless the clause names the coachee itself
            return m
        return None

    def _after_comma_without_noun(self, end: int, pos: int) -> bool:
        """'Dennis belt hem nog weleens, die is zelf ook …': after a comma 'die' opens a relative
        clause about the last noun; with no noun since the person (no article, possessive or
        capital), that noun is the person."""
        i = bisect_right(self.name_starts, pos) - 1
        while i >= 0 and self.names[i].end > pos:
            i -= 1
        if i >= 0 and self.names[i].end < end and self.sentence(end)[0] <= self.names[i].start:
            end = self.names[i].end           # a finding may have taken in its clause: read from the name
        between = self.text[end:pos].rstrip()
        return between.endswith(",") and "\n" not in between and not _NOUN_CUE.search(between)

    def _continues_subject(self, start: int | None, end: int, pos: int) -> bool:
        """The person (text[start:end]) opens a sentence and the pronoun at `pos` opens the next
        one, which tells something private: a subject carried on from one sentence to the next."""
        if start is None:
            return False
        sent_start, sent_end = self.sentence(start)
        next_start, next_end = self.sentence(pos)
        return (_LINE_LEAD.fullmatch(self.text, sent_start, start) is not None
                and _LINE_LEAD.fullmatch(self.text, next_start, pos) is not None
                and not self.text[sent_end:next_start].strip() and sent_end <= next_start
                and self.tells_private(pos, next_end))

    def _names_coachee_after(self, pos: int) -> bool:
        """'Zij heeft Jolanda nooit serieus genomen': the coachee named right after the verb is the
        object, so the pronoun before is someone else (known once `own` is set); 'Zij en cliënte
        konden het niet vinden': the coachee beside the pronoun."""
        beside = _AND.match(self.text, pos)
        if beside and lex()["coachee"].match(self.text, beside.end()):
            return True
        i = bisect_right(self.name_starts, pos)
        return i < len(self.names) and self.names[i].key in self.own and (
            _VERB_THEN_NAME.fullmatch(self.text, pos, self.names[i].start) is not None
            or (beside is not None and beside.end() == self.names[i].start))

    def opens_clause(self, start: int) -> bool:
        sent_start, _ = self.sentence(start)
        return _CLAUSE_OPENERS.search(self.text, max(sent_start, start - 12), start) is not None \
            or not self.text[sent_start:start].strip()


def own_keys(text: str, names: list[PersonName], zone: int, relatives: set[str]) -> set[str]:
    """Keys of the people the report is by and about: the coachee (labelled in the title block or
    named in the title; else the most frequent name that is nobody's relative) and everyone in the
    closing block."""
    own: set[str] = set()
    signatories: set[str] = set()
    counts = Counter(n.key for n in names if n.key not in relatives)
    title_line = re.search(r"\S[^\n]*", text)
    first_line_end = title_line.end() if title_line and is_title(title_line.group()) else 0
    aliases: dict[str, set[str]] = {}
    firsts: dict[str, set[str]] = {}
    for n in names:
        if n.first and n.surname:
            pair = {n.first.lower(), n.key}
            for k in pair:
                aliases.setdefault(k, set()).update(pair)
            firsts.setdefault(n.key, set()).add(n.first.lower())
    for key, given in firsts.items():
        if len(given) > 1:      # 'Bram Oosterveld' and his wife 'Ellen Oosterveld': the surname is no alias
            aliases[key] -= given
    coachee = lex()["coachee"]
    for n in names:
        line_start = text.rfind("\n", max(0, n.start - 40), n.start) + 1
        label = last_match(coachee, text, max(line_start, n.start - 40), n.start)
        after = text[n.end:n.end + 25].lower()
        if n.start < first_line_end or (
            label and re.fullmatch(r"[\s:|\-–•]*", text[label.end():n.start])
        ) or re.match(r"[\s,(]*(?:werknemer|werkneemster|cliënt|client)\b", after):
            own.add(n.key)
            if n.first:
                own.add(n.first.lower())
        elif n.start >= zone:
            signatories.add(n.key)
    if not own and counts:
        key, count = counts.most_common(1)[0]
        if count >= 3:
            own.add(key)
    own |= signatories
    for key in list(own):
        own |= aliases.get(key, set())
    return own


def is_title(line: str) -> bool:
    """'Eindrapportage 2e spoor – Henk Veldman' is a title; a sentence is not."""
    return len(line) <= 90 and not line.rstrip().endswith((".", "!", "?", ";", ","))


def relative(doc: Doc, start: int, end: int, keys: tuple[str, ...] = ()) -> Finding:
    """A relative from `start` to `end`, with what the sentence tells about them: that is also
    the coachee's family situation ('haar man werkt in ploegendienst', 'zijn moeder, die …')."""
    told = doc.extend(start, end)
    if told <= end:
        return Finding("relative", start, end, keys)
    lead = re.compile(r"[ \t,]*").match(doc.text, end).end()
    return Finding("relative", start, told, keys, told=lead if lead < told else None)


def person_keys(name: PersonName) -> tuple[str, ...]:
    """'Sandra de Boer' is later 'Sandra' or 'mevrouw De Boer'."""
    first = name.first.lower()
    return (name.key, first) if first and first != name.key else (name.key,)


def bare_name_keys(name: str) -> tuple[str, ...]:
    """A name the name finder does not know ('psycholoog Jansen', 'zijn zwager Rob', 'huwelijk met
    Sandra de Vries'): its last and first word, as later mentions may use either."""
    words = name.split()
    return tuple(dict.fromkeys(w.lower() for w in (words[-1], words[0])))
