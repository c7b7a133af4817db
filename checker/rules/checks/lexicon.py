"""The lexicon check: rules whose `options.lexicons` name word lists; a match is a finding.

Tokens are matched one at a time on lemma and lower-cased form (with compound heads/modifiers),
phrases on lower-cased token sequences. Adjacent matched tokens of one rule merge into one finding.
Options a rule may set: `unless_sentence` (word prefixes that cancel its matches in a sentence),
`not_after` (words or phrases that cancel a match right after them: "als fysiotherapeut" is a job),
`not_in_job_title` (a match inside a job title of the functions analysis: "begeleider dagbesteding"),
`work_words` (generic words that are no finding in a sentence naming a job title: "ervaring met klachten"),
`negation` (a context file whose `negatable` words are cancelled when negated) and `attached_clause`
(a context file whose `attached_clause` openers and `attached_predicate` verbs extend a match over
the clause after it).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import lru_cache

from checker.nlp.names import is_first_name
from checker.nlp.tokens import TokenTable
from checker.rules.context import Analysis
from checker.rules.cues import cue_set, load_context
from checker.rules.lexicons import MAX_GAP, build_index, load_lexicon
from checker.rules.registry import Hit, Rule, check


@lru_cache(maxsize=64)
def _phrase_index(names: tuple[str, ...]) -> dict[tuple[str, str], list[tuple[tuple[str, ...], str]]]:
    """First two words → [(phrase words, lexicon name)], longest phrase first. Keyed on two words
    because hundreds of phrases start with "voor", "zijn" or "heeft"."""
    index: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}
    for name in names:
        for phrase in load_lexicon(name).phrases:
            index.setdefault(phrase[:2], []).append((phrase, name))
    for entries in index.values():
        entries.sort(key=lambda e: len(e[0]), reverse=True)
    return index


@lru_cache(maxsize=64)
def _gapped_index(names: tuple[str, ...]) -> dict[str, list[tuple[tuple[tuple[str, ...], ...], str]]]:
    """First word → [(parts of a phrase with gaps, lexicon name)]."""
    index: dict[str, list[tuple[tuple[tuple[str, ...], ...], str]]] = {}
    for name in names:
        for parts in load_lexicon(name).gapped:
            index.setdefault(parts[0][0], []).append((parts, name))
    return index


_GAP_STOPS = frozenset({".", ";", "!", "?", ":", "|", "(", ")"})


def _gapped_at(tokens: TokenTable, i: int, parts: tuple[tuple[str, ...], ...]) -> int | None:
    """End token of `parts` matched from token i, each part within MAX_GAP words of the one before,
    in the same sentence and clause (no stop mark or line break in a gap); None when it does not."""
    words = tokens.lower
    stop = tokens.sentences[tokens.sentence_of[i]][1]
    if not _phrase_at(words, i, parts[0]):
        return None
    end = i + len(parts[0])
    for part in parts[1:]:
        gap, k = 0, end
        while k < stop and gap <= MAX_GAP:
            if _phrase_at(words, k, part):
                break
            if words[k] in _GAP_STOPS or "\n" in words[k]:
                return None
            gap += not tokens.space[k]
            k += 1
        else:
            return None
        if gap > MAX_GAP:
            return None
        end = k + len(part)
    return end


def _phrase_at(words: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    return i + len(phrase) <= len(words) and all(words[i + k] == w for k, w in enumerate(phrase))


def lexicon_matches(tokens: TokenTable, names: tuple[str, ...]) -> list[tuple[int, int, str, str]]:
    """(start token, end token, lexicon name, entry) for every match of the lexicons `names`."""
    index = build_index(names)
    phrases = _phrase_index(names)
    gapped = _gapped_index(names)
    words = tokens.lower
    shielded = _inside_exception_phrases(words, index.exception_phrases)
    spans: list[tuple[int, int, str, str]] = []
    i, n = 0, len(words)
    while i < n:
        if tokens.skip[i] or i in shielded:
            i += 1
            continue
        lower = words[i]
        matched = False
        for phrase, name in (phrases.get((lower, words[i + 1]), ()) if i + 1 < n else ()):
            if _phrase_at(words, i, phrase) and not any(k in shielded for k in range(i, i + len(phrase))):
                spans.append((i, i + len(phrase), name, " ".join(phrase)))
                i += len(phrase)
                matched = True
                break
        if matched:
            continue
        for parts, name in gapped.get(lower, ()):
            end = _gapped_at(tokens, i, parts)
            if end is not None and not any(k in shielded for k in range(i, end)):
                spans.append((i, end, name, " ... ".join(" ".join(part) for part in parts)))
                i = end
                matched = True
                break
        if matched:
            continue
        if tokens.num[i]:          # a phrase may start with "een" or "twee"; a number alone never matches
            i += 1
            continue
        hit = index.match(lower, tokens.lemma[i])
        if hit is not None:
            spans.append((i, i + 1, hit[0], hit[1]))
        i += 1
    return spans


def exception_tokens(tokens: TokenTable, names: tuple[str, ...]) -> frozenset[int]:
    """Tokens inside an exception phrase of the lexicons `names` ("afhandeling van klachten"): what
    the word lists deliberately leave alone, which the sentence classifier must not count either."""
    return frozenset(_inside_exception_phrases(tokens.lower, build_index(names).exception_phrases))


def _inside_exception_phrases(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> set[int]:
    """Token indices covered by an exception phrase ("nog in behandeling"): never matched."""
    if not phrases:
        return set()
    by_first = _by_first_word(phrases)
    covered: set[int] = set()
    for i, word in enumerate(words):
        for phrase in by_first.get(word, ()):
            if _phrase_at(words, i, phrase):
                covered.update(range(i, i + len(phrase)))
    return covered


@lru_cache(maxsize=64)
def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return index


def raw_lexicon_spans(doc, names: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Character spans of every match, unfiltered: the lexicon-only baseline of the evaluation."""
    tokens = TokenTable.of(doc)
    return [(tokens.start[s], tokens.end[e - 1], name) for s, e, name, _ in lexicon_matches(tokens, names)]


@lru_cache(maxsize=8)
def lexicon_names(*categories: str) -> tuple[str, ...]:
    """The word lists the lexicon rules use: of the given categories, or of every rule."""
    from checker.rules.registry import all_rules

    return tuple(sorted({n for r in all_rules() if r.check == "lexicon" and (not categories or r.category in categories)
                         for n in r.options.get("lexicons", [])}))


def document_lexicon_matches(analysis: Analysis) -> list[tuple[int, int, str, str]]:
    """`lexicon_matches` of every lexicon a rule uses, computed once per report: the lexicon check
    and the health context (which looks for treaters) share one pass over the tokens. Disabling a
    rule does not change what the other lists match."""
    found = analysis.extras.get("lexicon_matches")
    if found is None:
        found = analysis.extras["lexicon_matches"] = lexicon_matches(analysis.tokens, lexicon_names())
    return found


def document_match_starts(analysis: Analysis) -> list[int]:
    """Sorted start tokens of `document_lexicon_matches`, computed once per report: where a clause
    that names an item of its own begins (`attached_clause_end`)."""
    starts = analysis.extras.get("lexicon_match_starts")
    if starts is None:
        starts = analysis.extras["lexicon_match_starts"] = sorted({s for s, *_ in document_lexicon_matches(analysis)})
    return starts


@check("lexicon")
def lexicon_check(analysis: Analysis, rules: list[Rule]) -> Iterator[Hit]:
    tokens = analysis.tokens
    rule_of: dict[str, Rule] = {}
    for rule in rules:
        for name in rule.options.get("lexicons", []):
            rule_of[name] = rule
    titles, sought = _job_titles(analysis) if any(r.options.get("not_in_job_title") or r.options.get("work_words")
                                                  for r in rules) else ([], [])
    spans = [(s, e, rule_of[name].id, entry)
             for s, e, name, entry in document_lexicon_matches(analysis)
             if name in rule_of and not _is_name(tokens, s) and not _cancelled(tokens, s, rule_of[name])
             and not (rule_of[name].options.get("not_in_job_title") and _inside(tokens, s, e, titles))
             and not _work_word(tokens, s, e, rule_of[name], sought)]
    clause_context = {r.id: r.options["attached_clause"] for r in rules if r.options.get("attached_clause")}
    match_starts = document_match_starts(analysis)
    text = analysis.text
    for start, end, rule_id, entry in _merged(spans):
        if rule_id in clause_context:
            end = attached_clause_end(tokens, end, clause_context[rule_id], match_starts)
        first, last = tokens.start[start], tokens.end[end - 1]
        yield Hit(rule_id, first, _label_row_end(text, first, last), {"entry": entry})


def _job_titles(analysis: Analysis) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Character spans of the job titles the functions analysis finds ("begeleider dagbesteding",
    "praktijkondersteuner huisarts": a health word inside one names a job, not a treatment), and
    of those among them the search considered or dropped (not the former job)."""
    from checker.analysis.functions import FORMER, find_functions

    mentions = find_functions(analysis)
    return [(m.start, m.end) for m in mentions], [(m.start, m.end) for m in mentions if m.role != FORMER]


def _work_word(tokens: TokenTable, s: int, e: int, rule: Rule, titles: list[tuple[int, int]]) -> bool:
    """A generic word of the rule's `work_words` ("klachten", "medicatie") in a sentence that names
    a job title of the search (`titles`) is part of the work: "medewerker klantenservice: ervaring
    met klachten en bezorgissues", "servicedesk apotheek: contact met huisartsen over medicatie"."""
    words = rule.options.get("work_words")
    if not words or e - s != 1 or tokens.lower[s] not in words:
        return False
    first, last = tokens.sentences[tokens.sentence_of[s]]
    start, end = tokens.start[first], tokens.end[last - 1]
    return any(start <= a and b <= end for a, b in titles)


def _inside(tokens: TokenTable, s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    start, end = tokens.start[s], tokens.end[e - 1]
    return any(a <= start and end <= b for a, b in spans)


_CELL_START = re.compile(r"(?:^|\n|\|)[ \t]*(?:[-–•*][ \t]*)?$")
_LABEL_END = re.compile(r"[ \t]*[:|][ \t]*(?=\S)")


def _label_row_end(text: str, start: int, end: int) -> int:
    """A match that is a row's or field's label ("Thuissituatie | mantelzorg voor haar vader",
    "Behandeling: wekelijks bij …") stands for what the row tells: the finding takes in the row."""
    label = _LABEL_END.match(text, end)
    if not label or not _CELL_START.search(text, max(0, start - 40), start):
        return end
    row_end = text.find("\n", label.end())
    row_end = len(text) if row_end < 0 else row_end
    return len(text[:row_end].rstrip(" \t|"))


MAX_CLAUSE = 30        # tokens an attached clause may add to a finding


@lru_cache(maxsize=8)
def _clause_openers(context: str) -> frozenset[str]:
    return frozenset(load_context(context)["attached_clause"])


@lru_cache(maxsize=8)
def _predicate_verbs(context: str) -> frozenset[str]:
    return frozenset(load_context(context).get("attached_predicate", ()))


@lru_cache(maxsize=8)
def _effect_verbs(context: str) -> frozenset[str]:
    return frozenset(load_context(context).get("attached_effect", ()))


_EFFECT_SUBJECTS = frozenset({"dat", "dit", "het"})


def attached_clause_end(tokens: TokenTable, end: int, context: str, other_matches: Sequence[int] = ()) -> int:
    """A clause that tells more about the match goes with it: a relative or qualifying clause ("een
    burn-out, die volgens haar begon na de reorganisatie", "rugklachten, waardoor hij niet kan tillen",
    "pijn in zijn onderrug, vooral na lang zitten") or a second predicate of the same subject
    ("kreeg oxazepam en had het een periode moeilijk met de drank"). The end token of the finding,
    extended to the end of that clause (within the sentence, at most MAX_CLAUSE tokens). The
    openers and verbs are the context file's `attached_clause` and `attached_predicate` lists. A
    clause holding another match (`other_matches`: sorted start tokens) is left alone: "een burn-out
    en heeft nog rugklachten" is two findings, not one."""
    openers, verbs = _clause_openers(context), _predicate_verbs(context)
    last = tokens.sentences[tokens.sentence_of[end - 1]][1]
    i = tokens.skip_spaces(end, last)
    if i < last and tokens.lower[i] == ")":           # "(tramadol), hetgeen …"
        i = tokens.skip_spaces(i + 1, last)
    i = _skip_place(tokens, i, last)
    if i < last and tokens.lower[i] == "(":       # "haar onderrug (van jaren tillen op de groep)"
        close = _bracket_end(tokens, i, last)
        return end if close is None or _holds_match(other_matches, end, close) else close
    if i < last and tokens.lower[i] in _SEPARATORS:
        i = tokens.skip_spaces(i + 1, last)
    if i >= last:
        return end
    if tokens.lower[i] == "en":
        verb = tokens.skip_spaces(i + 1, last)
        if verb >= last or (tokens.lower[verb] not in verbs and not _tells_effect(tokens, verb, last, context)
                            and not _refers_back(tokens, verb, last)):
            return end
    elif tokens.lower[i] == "maar":        # '… een spuitje in haar pols, maar dat hielp maar een paar weken'
        subject = tokens.skip_spaces(i + 1, last)
        if subject >= last or not _tells_effect(tokens, subject, last, context):
            return end                     # not 'een vermoeide indruk, maar hij heeft de afspraken weer opgepakt'
    elif tokens.lower[i] not in openers and not _goes_on(tokens, i, last, context):
        i = _later_tail(tokens, end, last, context, other_matches)
        if i is None:
            return end
    clause_end = tokens.clause_end(i, min(last, i + MAX_CLAUSE))
    return end if _holds_match(other_matches, end, clause_end) else clause_end


_SEPARATORS = frozenset({",", ";", "–", "—"})    # "niet lekker in haar vel – dat merk je aan het tempo"


def _holds_match(other_matches: Sequence[int], start: int, stop: int) -> bool:
    k = bisect_left(other_matches, start)
    return k < len(other_matches) and other_matches[k] < stop


def _bracket_end(tokens: TokenTable, i: int, last: int) -> int | None:
    """The token after the ")" that closes the bracket opened at token i, within the sentence and
    MAX_CLAUSE tokens; None when it does not close there."""
    for k in range(i + 1, min(last, i + MAX_CLAUSE)):
        if tokens.lower[k] == ")":
            return k + 1
        if tokens.lower[k] == "(":
            return None
    return None


TAIL_GAP = 8          # words between a match and a later clause that still tells about it


def _later_tail(tokens: TokenTable, end: int, last: int, context: str, other_matches: Sequence[int]) -> int | None:
    """The start of a clause a few words further on that still tells about the match: "bij de
    POH-GGZ van de huisarts geweest, dat helpt wel een beetje", "naar de POH-GGZ voor de spanning,
    gaat daar 1x per 2 wk heen", "bij een psycholoog loopt en dat dit goed helpt", "pijn doen,
    vooral in de ochtend": an opener of `attached_clause` or the kinds of `_goes_on` (an effect, a
    frequency, a clause pointing back) after the first comma, semicolon or dash, or an effect after
    "en", within TAIL_GAP words and with no other match before it; None otherwise."""
    k = bisect_left(other_matches, end)
    stop = min(last, other_matches[k]) if k < len(other_matches) else last
    words = 0
    for i in range(end, stop):
        if tokens.space[i]:
            continue
        word = tokens.lower[i]
        if word in _SEPARATORS:
            j = tokens.skip_spaces(i + 1, stop)
            return j if j < stop and (tokens.lower[j] in _clause_openers(context)
                                      or _goes_on(tokens, j, last, context)) else None
        if word == "en":
            j = tokens.skip_spaces(i + 1, stop)
            if j < stop and _tells_effect(tokens, j, last, context):
                return j
        if not word.isalnum() and word not in ("-", "/"):
            return None                   # a bracket, colon or quote ends the match's own stretch
        words += 1
        if words > TAIL_GAP:
            return None
    return None


_FREQUENCY = re.compile(
    r"(?:eens|een keer|één keer|\d+ ?x|\d+ (?:keer|maal)|tweemaal|driemaal|viermaal"
    r"|(?:twee|drie|vier|vijf|zes) (?:keer|maal|ochtenden|middagen|avonden|dagen|sessies))"
    r" (?:per|in de|p|om de)\b"
    r"|(?:om de|elke|iedere) (?:(?:\d+|twee|drie|vier|zes) )?(?:week|weken|wk|maand|maanden|dag)\b"
    r"|(?:voor de )?(?:\d+ ?e|tweede|derde|vierde) (?:keer|maal)\b"
    r"|(?:twee)?wekelijks|maandelijks|dagelijks")


def _tells_frequency(tokens: TokenTable, i: int, last: int) -> bool:
    """'… bij een psycholoog, eens per twee weken', '…, om de twee weken', '…, 2x p/w': how often
    a treatment takes place."""
    words = []
    k = i
    while k < last and len(words) < 6:
        if not tokens.space[k]:
            words.append(tokens.lower[k])
        k += 1
    return _FREQUENCY.match(" ".join(words)) is not None


_PLACE_PREPOSITIONS = frozenset({"in", "bij", "te", "uit"})


def _skip_place(tokens: TokenTable, i: int, last: int) -> int:
    """Past a place or practice named right after the match ("de fysiotherapeut in Opheusden en
    dat lijkt te helpen", "een psycholoog bij Praktijk Ruimte, die …"): a preposition followed by
    capitalised words, perhaps after an article. Where nothing capitalised follows, i itself."""
    if i >= last or tokens.lower[i] not in _PLACE_PREPOSITIONS:
        return i
    k, named = tokens.skip_spaces(i + 1, last), i
    if k < last and tokens.lower[k] in ("het", "de"):      # "in het Eemland Ziekenhuis"
        k = tokens.skip_spaces(k + 1, last)
    while k < last and tokens.title[k]:
        named = k
        k = tokens.skip_spaces(k + 1, last)
    return i if named == i else tokens.skip_spaces(named + 1, last)


_SOURCES = frozenset({"hem", "haar", "hemzelf", "haarzelf", "zichzelf", "hen",
                      "wn", "wn.", "werknemer", "werkneemster", "cliënt", "client", "betrokkene"})


def _goes_on(tokens: TokenTable, i: int, last: int, context: str) -> bool:
    """A clause without an opener word that still tells more about the match: where it came from
    by the coachee's account ("een hernia, volgens hem door jaren tillen"), a telegram-style
    predicate pointing back ("pijnstillers, mag daardoor niet autorijden") or what a treatment
    did ("een ruggenprik, hielp maar een paar weken"; "sertraline, dat hielp wel even") or how
    often it takes place ("bij een psycholoog, eens per twee weken")."""
    word = tokens.lower[i]
    if _tells_effect(tokens, i, last, context) or _tells_frequency(tokens, i, last):
        return True
    if word == "volgens":
        k = tokens.skip_spaces(i + 1, last)
        return k < last and tokens.lower[k] in _SOURCES
    if word in _effect_verbs(context):
        return word != "gewerkt"                   # not "in de verslavingszorg gewerkt"
    return word.isalpha() and word not in _CONJUNCTIONS and _word_soon_after(tokens, i, last, _POINTING_BACK)


def _tells_effect(tokens: TokenTable, i: int, last: int, context: str) -> bool:
    """'… bij een psycholoog en dat hielp wel iets', '… en dat dit goed helpt': what the treatment
    did, with 'dat', 'dit' or 'het' as its subject and a verb of the `attached_effect` list within
    the next few words."""
    return tokens.lower[i] in _EFFECT_SUBJECTS and _word_soon_after(tokens, i, last, _effect_verbs(context))


def _word_soon_after(tokens: TokenTable, i: int, last: int, wanted: frozenset[str]) -> bool:
    """Whether one of `wanted` is among the four words after token i, with only words before it."""
    words = 0
    for k in range(i + 1, min(last, i + 9)):
        if tokens.space[k]:
            continue
        if tokens.lower[k] in wanted:
            return True
        words += 1
        if words > 3 or not tokens.lower[k].isalpha():
            return False
    return False


_BACK_SUBJECTS = frozenset({"die", "deze", "daar"})
_PERSONAL = frozenset({"hij", "zij", "ze"})
_BACK_ADVERBS = frozenset({"daar", "daarvan", "daarmee", "daarvoor", "daardoor", "daarna", "daarbij", "er"})
_POINTING_BACK = frozenset({"daardoor", "daarom", "daarvoor", "daarmee", "daar"})
_CONJUNCTIONS = frozenset({"omdat", "want", "dus", "terwijl", "zodat", "toen", "zoals", "hoewel", "of", "en", "maar"})


def _refers_back(tokens: TokenTable, i: int, last: int) -> bool:
    """'… naar de fysiotherapeut en die is tevreden', '… rugklachten, en daar kwam de spanning nog
    bovenop', '… naar de praktijkondersteuner, en hij heeft daar drie gesprekken gehad': a clause
    after "en" whose subject or adverb points back at the match tells more about it."""
    if tokens.lower[i] in _BACK_SUBJECTS:
        return True
    return tokens.lower[i] in _PERSONAL and _word_soon_after(tokens, i, last, _BACK_ADVERBS)


_NAME_LEADS = frozenset({"heer", "mevrouw", "mevr.", "mevr", "dhr.", "dhr", "meneer", "mw.", "mr.", "dr."})


def _is_name(tokens: TokenTable, i: int) -> bool:
    """"de heer J. Arts", "mevrouw Dokter", "Kevin Arts": a surname that happens to be a lexicon word;
    "Loopbaan & Herstel": part of a firm's name."""
    if not tokens.title[i] or i == 0 or tokens.sentences[tokens.sentence_of[i]][0] == i:
        return False
    prev = tokens.lower[i - 1]
    return (prev in _NAME_LEADS or prev == "&" or (len(prev) == 2 and prev[1] == "." and prev[0].isalpha())
            or (tokens.title[i - 1] and is_first_name(prev)))


def _cancelled(tokens: TokenTable, i: int, rule: Rule) -> bool:
    """A rule's `unless_sentence` cues (word prefixes) cancel its matches in their sentence:
    "ziekenhuis" is a health institution, unless the sentence is about working there. With
    `negation = "<context file>"`, generic words from that file's `negatable` list are cancelled
    when negated or hypothetical ("geen medische klachten", "eventuele klachten")."""
    first, last = tokens.sentences[tokens.sentence_of[i]]
    cues = rule.options.get("unless_sentence")
    if cues:
        prefixes = tuple(c.lower() for c in cues)
        if any(w.startswith(prefixes) for w in tokens.lower[first:last]):
            return True
    leads = rule.options.get("not_after")
    if leads and _after_lead(tokens, i, first, leads):
        return True
    context = rule.options.get("negation")
    if context:
        negatable, negations = _negation_lists(context)
        if tokens.lower[i] in negatable or tokens.lemma[i] in negatable:
            if any(_no_full_stop_between(tokens, i, a) for a, _ in
                   cue_set("report", "privacy_statement").in_sentence(tokens, tokens.sentence_of[i])):
                return True       # "Diagnose, klachten en behandeling horen niet in de rapportage."
            # "niet over gezondheid, diagnose of behandeling": the negation carries over a list
            head = i
            while head - 2 >= first and tokens.lower[head - 1] in _COORDINATORS and (
                    tokens.lower[head - 2] in negatable or tokens.lemma[head - 2] in negatable):
                head -= 2
            window = tokens.lower[max(first, head - 3):head]
            if any(w in negations for w in window) or tokens.lower[first] in negations:
                return True
    return False


_COORDINATORS = frozenset({",", "of", "en", "noch", "en/of", "/"})
_FULL_STOPS = frozenset({".", "!", "?"})


def _no_full_stop_between(tokens: TokenTable, i: int, j: int) -> bool:
    """Whether tokens i and j are not parted by a full stop: a sentence the splitter did not end
    because the next one starts in lower case ("… minder medicijnen gebruikt. dat heb ik zo gelaten,
    komt niet in de rapportages") holds two statements."""
    return not any(w in _FULL_STOPS for w in tokens.lower[min(i, j):max(i, j)])


def _after_lead(tokens: TokenTable, i: int, first: int, leads: Sequence[str]) -> bool:
    """Whether one of `leads` (a word or phrase) stands right before token `i` in its sentence."""
    before = [w for w in tokens.lower[max(first, i - 8):i] if not w.isspace()]
    return any(before[-len(lead.split()):] == lead.lower().split() for lead in leads)


@lru_cache(maxsize=8)
def _negation_lists(context: str) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(load_context(context)["negatable"]), frozenset(load_context("report")["negations"])


def _merged(spans: list[tuple[int, int, str, str]]) -> Iterator[tuple[int, int, str, str]]:
    """Merge runs like 'chronische' 'vermoeidheidsklachten' of the same rule into one span."""
    current = None
    for start, end, rule_id, entry in spans:
        if current and current[2] == rule_id and start == current[1]:
            current = (current[0], end, rule_id, current[3])
            continue
        if current:
            yield current
        current = (start, end, rule_id, entry)
    if current:
        yield current
