"""Health data that no word list catches: it depends on who says what, and about whom.

- a statement about what the coachee can handle (capacity) is allowed from the bedrijfsarts, the
  arbeidsdeskundige or the FML; from the coach ("ik denk dat hij niet meer dan 3 uur aankan"), a
  treater or the coachee it is health data;
- the cause of the absence ("uitgevallen na een aanrijding");
- what a treater says or advises ("de fysiotherapeut zegt dat hij niet mag tillen"), also in the
  next sentence ("Die gaf aan dat …");
- a person's body part ("last van zijn knie").

Cue lists live in `checker/data/context/health.toml`.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from checker.analysis.units import units_of
from checker.nlp.tokens import CLAUSE_MARKS, TokenTable
from checker.rules.checks.lexicon import attached_clause_end, document_lexicon_matches, document_match_starts
from checker.rules.context import Analysis
from checker.rules.cues import CueSet, cue_set, load_context
from checker.rules.registry import Hit, Rule, check

CAPACITY_SECTIONS = {"belastbaarheid"}     # sections that quote the FML by definition
MAX_STATEMENT_CHARS = 400   # longer "sentences" are run-ons: flag a window around the cue instead
WINDOW = 10                 # tokens each side of the cue in such a window
CAUSE_MIN_TOKENS = 3        # "uitgevallen na een aanrijding, …": a cause runs on past its first words
CONTRAST_REACH = 6          # tokens before an attribution that may set the coach's view against it
HEADER_WORDS = 8            # words a table's header row may have
SAYS_REACH = 8              # tokens between a treater and the verb of what they say ("…, die vindt")
TREATERS = "avg_health/treaters"


@check("health_context")
def health_context(analysis: Analysis, rules: list[Rule]) -> Iterator[Hit]:
    wanted = {r.options.get("kind"): r.id for r in rules}
    tokens = analysis.tokens
    capacity = cue_set("health", "capacity")
    attribution = _citations()
    judgement = cue_set("health", "judgement")
    judged_capacity = cue_set("health", "judged_capacity")
    contrary = cue_set("health", "contrary_capacity")
    cause = cue_set("health", "cause")
    body = _body_cues()
    blockers = frozenset(load_context("health")["body_not_after"])
    reasons = frozenset(load_context("health")["body_reason_words"])
    cited_general = frozenset(load_context("health")["body_cited_general"])
    cited_leads = frozenset(load_context("health")["body_cited_not_after"])
    demonstratives = frozenset(load_context("health")["demonstratives"])
    not_said = frozenset(load_context("health")["cause_not_after"])
    goal_leads = cue_set("health", "goal_leads")
    idioms = cue_set("health", "idioms")
    not_capacity = frozenset(load_context("health")["capacity_not_before"])
    privacy = cue_set("report", "privacy_statement")
    says = _TreaterSays(analysis, attribution) if "treater_says" in wanted else None
    lexicon_starts = document_match_starts(analysis)
    attributed_sentences = attributed(analysis)
    for number, (first, last) in enumerate(tokens.sentences):
        if all(tokens.skip[first:last]):
            continue
        if number not in attributed_sentences:
            goal = _is_goal(tokens, first, goal_leads)
            cues = [] if goal else [c for c in capacity.in_sentence(tokens, number)
                                    if not _followed_by(tokens, c[1], last, not_capacity)]
            judged = judgement.in_sentence(tokens, number)
            if judged and not cues and not goal:
                cues = [c for c in judged_capacity.in_sentence(tokens, number) if c[0] >= judged[0][1]]
            if cues:
                kind = "judgement" if judged else "capacity"
                if kind in wanted:
                    yield Hit(wanted[kind], *_statement_span(tokens, first, last, cues[0]))
        cited = number in attributed_sentences
        if "body" in wanted and not privacy.in_sentence(tokens, number):   # "… over haar gezondheid; dat is niet opgenomen"
            sayings = idioms.in_sentence(tokens, number)
            for start, end in body.in_sentence(tokens, number):
                if any(s < end and start < e for s, e in sayings):
                    continue                  # "daar ligt haar hart", "rust op haar schouders"
                if cited and (tokens.lower[end - 1] in cited_general or tokens.lower[start] in cited_leads
                              or (tokens.lower[start] in demonstratives and start > first
                                  and tokens.lower[start - 1] in cited_leads)):
                    continue              # "FML: niet tillen met die arm"
                if not _blocked(tokens.lower[max(first, start - 3):start], blockers, reasons):
                    end = attached_clause_end(tokens, end, "health", lexicon_starts)  # "zijn been, vooral na lang zitten"
                    yield Hit(wanted["body"], tokens.start[start], tokens.end[end - 1])
        if cited and "judgement" in wanted:
            own = _own_judgement(tokens, judgement.in_sentence(tokens, number),
                                 sorted(capacity.in_sentence(tokens, number) + judged_capacity.in_sentence(tokens, number)),
                                 attribution.in_sentence(tokens, number), contrary.in_sentence(tokens, number))
            if own is not None:
                yield Hit(wanted["judgement"], *_statement_span(tokens, first, last, own))
        if "cause" in wanted:
            for start, _ in cause.in_sentence(tokens, number):
                if any(w in not_said for w in tokens.lower[max(first, start - 6):start]):
                    continue          # "zonder in te gaan op de reden van haar uitval"
                end = tokens.clause_end(start, last, at_least=CAUSE_MIN_TOKENS)
                end = attached_clause_end(tokens, end, "health", lexicon_starts)
                yield Hit(wanted["cause"], tokens.start[start], tokens.end[end - 1])
        if says is not None:
            said = says.statement(number, first, last)
            if said is not None:
                yield Hit(wanted["treater_says"], tokens.start[said[0]], tokens.end[said[1] - 1])


def attributed(analysis: Analysis) -> frozenset[int]:
    """Numbers of the sentences whose capacity talk comes from the bedrijfsarts, the arbeidsdeskundige
    or the FML: they cite one, follow a lead line that does ("Conform de FML van 3 maart:"; all the
    items of a list under it), or stand in a belastbaarheid section that does. Worked out once per
    report."""
    found = analysis.extras.get("health_attributed")
    if found is None:
        tokens = analysis.tokens
        attribution = _citations()
        sections = _attributed_sections(analysis, attribution)
        out, previous_lead = set(cited_lists(analysis)), False
        for number, (first, last) in enumerate(tokens.sentences):
            cites = bool(attribution.in_sentence(tokens, number))
            if cites or previous_lead or analysis.sections.section_at(tokens.start[first]) in sections:
                out.add(number)
            if not all(tokens.skip[first:last]):    # a lead line attributes the sentence after it
                previous_lead = cites and _ends_with_colon(tokens, first, last)
        found = analysis.extras["health_attributed"] = frozenset(out)
    return found


def cited_lists(analysis: Analysis) -> frozenset[int]:
    """Numbers of the sentences of every list item or table row under a lead line that cites the
    bedrijfsarts or the FML ("Conform de FML van 3 maart:" above "- hooguit 4 uur per dag"): the
    list is the citation – as is a table whose header row cites one. The sentence classifier
    (`avg_model`) leaves these to the rules too."""
    found = analysis.extras.get("health_cited_lists")
    if found is None:
        tokens, units = analysis.tokens, units_of(analysis)
        attribution = _citations()
        out = set()
        for passage in units.passages:
            if (passage.kind == "table" and _header_cites(analysis, units.blocks[passage.blocks[0]], attribution)
                    or passage.lead is not None and _lead_cites(tokens, units.blocks[passage.lead], attribution)):
                out.update(range(tokens.sentence_of[tokens.token_at(passage.start)],
                                 tokens.sentence_of[tokens.token_at(passage.end - 1)] + 1))
        found = analysis.extras["health_cited_lists"] = frozenset(out)
    return found


def _lead_cites(tokens: TokenTable, lead, attribution) -> bool:
    """A lead line ending in ":" that cites the FML or the bedrijfsarts ("Conform de FML van 3 maart:")."""
    first, last = tokens.token_at(lead.start), tokens.token_at(lead.end - 1) + 1
    return _ends_with_colon(tokens, first, last) and any(
        attribution.in_sentence(tokens, n) for n in {tokens.sentence_of[first], tokens.sentence_of[last - 1]})


def _header_cites(analysis: Analysis, row, attribution) -> bool:
    """A table whose first row is a header citing the FML or the bedrijfsarts ("| beperking |
    volgens FML |"): column names, so no digits and only a few words."""
    tokens = analysis.tokens
    first, last = tokens.token_at(row.start), tokens.token_at(row.end - 1) + 1
    words = [w for w in tokens.lower[first:last] if w.isalnum()]
    if not words or len(words) > HEADER_WORDS or any(tokens.num[first:last]):
        return False
    return bool(attribution.find_words(words, [False] * len(words)))


def _blocked(before: list[str], blockers: frozenset[str], reasons: frozenset[str]) -> bool:
    """A blocker shortly before a body part ("niets over zijn gezondheid", "achter zijn rug") –
    unless a word giving the reason stands between them: "kan niet meer vanwege zijn rug", "niet
    handig met zijn rug" say why, and that is the health detail."""
    last = max((i for i, w in enumerate(before) if w in blockers), default=None)
    return last is not None and not any(w in reasons for w in before[last + 1:])


def _is_goal(tokens: TokenTable, first: int, goal_leads: CueSet) -> bool:
    """The sentence opens with a goal label ("Doel:", "Doel van het traject:")."""
    i = first
    while i < len(tokens.lower) and (tokens.skip[i] or tokens.punct[i]):
        i += 1
    if i >= len(tokens.lower) or tokens.lower[i] not in goal_leads.first_words:
        return False                     # the common case, without slicing the sentence
    hits = goal_leads.find_words(tokens.lower[i:i + 3], tokens.num[i:i + 3])
    return bool(hits) and hits[0][0] == 0


def _followed_by(tokens: TokenTable, end: int, last: int, words: frozenset[str]) -> bool:
    """Whether the word right after a cue is one of `words`: "maximaal een uur *reistijd*" is a wish
    about the commute, not a capacity."""
    end = tokens.skip_spaces(end, last)
    return end < last and tokens.lower[end] in words


_CLAUSE_BREAKS = frozenset({",", ";", ":", "maar", "en", "want", "dus"})


def _own_judgement(tokens: TokenTable, judgements, capacities, attributions, contrary=()) -> tuple[int, int] | None:
    """The coach's own opinion on capacity beside a citation of the bedrijfsarts or the FML ("De
    bedrijfsarts gaat over de belastbaarheid, maar mijn eigen indruk is dat hij hooguit 2 uur
    aankan"): a judgement cue followed by a capacity cue with no citation between them – or by a
    `contrary` cue, which sets the view against the citation ("ik denk dat de twintig uur van de
    bedrijfsarts nog te veel voor haar is"). The coach cannot borrow the bedrijfsarts' authority for
    an opinion of their own. A judgement inside the clause the citation opens only hedges the
    citation: "De bedrijfsarts heeft hem volgens mij 24 uur belastbaar geacht"."""
    for j_start, j_end in judgements:
        if any(a < j_start and not _CLAUSE_BREAKS.intersection(tokens.lower[a:j_start]) for a, _ in attributions):
            continue
        for c_start, c_end in capacities:
            if c_start >= j_end and not any(j_end <= a < c_start for a, _ in attributions):
                return c_start, c_end
        for c_start, c_end in contrary:
            if c_start >= j_end:
                return c_start, c_end
    return None


@lru_cache(maxsize=1)
def _citations() -> "_Cited":
    return _Cited(cue_set("health", "attribution"), cue_set("health", "contrast"))


class _Cited:
    """The attribution cues of a sentence, less those the coach sets their own view against ("ik
    schat hem lager in dan de bedrijfsarts", "los van wat de bedrijfsarts zegt"): citing the
    bedrijfsarts only to differ is no attribution."""

    def __init__(self, cues: CueSet, contrast: CueSet):
        self.cues, self.contrast = cues, contrast

    def in_sentence(self, tokens: TokenTable, number: int) -> list[tuple[int, int]]:
        return [(a, b) for a, b in self.cues.in_sentence(tokens, number) if not self._contrasted(tokens, a)]

    def find_words(self, words: list[str], nums: list[bool]) -> list[tuple[int, int]]:
        return self.cues.find_words(words, nums)

    def _contrasted(self, tokens: TokenTable, start: int) -> bool:
        lo = max(0, start - CONTRAST_REACH)
        words = [w for w in tokens.lower[lo:start] if not w.isspace()]
        while words and words[-1] in ("de", "het", "een", "zijn", "haar"):
            words.pop()               # "dan de bedrijfsarts", "los van wat zijn bedrijfsarts"
        return any(e == len(words) for _, e in self.contrast.find_words(words, [False] * len(words)))


@lru_cache(maxsize=1)
def _body_cues() -> CueSet:
    data = load_context("health")
    sides = ("", "linker", "rechter")     # "zijn rechterknie", "haar linkerschouder"
    leads = data["possessives"] + data["body_reasons"]
    return CueSet.of([f"{p} {side}{b}" for p in leads for b in data["body_parts"] for side in sides]
                     + [f"{d} {side}{b}" for d in data["demonstratives"] for b in data["demonstrative_parts"]
                        for side in sides])


def _ends_with_colon(tokens: TokenTable, first: int, last: int) -> bool:
    for i in range(last - 1, first - 1, -1):
        if not tokens.lower[i].isspace():
            return tokens.lower[i] == ":"
    return False


def _attributed_sections(analysis: Analysis, attribution: CueSet) -> set[str]:
    """Belastbaarheid sections that cite the bedrijfsarts or FML somewhere: they quote the FML."""
    tokens = analysis.tokens
    out = set()
    for sec in analysis.sections.found:
        if sec.id in CAPACITY_SECTIONS and sec.end > sec.start:
            first, last = tokens.token_at(sec.start), tokens.token_at(sec.end - 1) + 1
            if attribution.find_words(tokens.lower[first:last], tokens.num[first:last]):
                out.add(sec.id)
    return out


def _statement_span(tokens: TokenTable, first: int, last: int, cue: tuple[int, int]) -> tuple[int, int]:
    """The sentence; in a run-on "sentence" (no punctuation, a 10,000-word paragraph) only the words
    around the cue, so a finding never covers a whole page."""
    start, end = tokens.span_chars(first, last)
    if end - start <= MAX_STATEMENT_CHARS:
        return start, end
    return tokens.span_chars(max(first, cue[0] - WINDOW), min(last, cue[1] + WINDOW))


class _TreaterSays:
    """What a treater says: the verb after a treater with no citation of the bedrijfsarts or FML
    in between, or a pronoun plus verb opening the sentence after one that names a treater."""

    def __init__(self, analysis: Analysis, attribution: CueSet):
        from checker.rules.lexicons import build_index

        self.tokens = analysis.tokens
        self.attribution = attribution
        self.verbs = cue_set("health", "treater_says")
        self.pronouns = frozenset(load_context("health")["treater_reference"])
        # 'EMDR-therapeut' is matched by the treatments list first; its head still names a treater
        treater = build_index((TREATERS,))
        tokens = self.tokens
        self.treater_ends = [b for _, b, name, _ in document_lexicon_matches(analysis)
                             if name == TREATERS or treater.match(tokens.lower[b - 1], tokens.lemma[b - 1])]
        self.previous_named = False

    def statement(self, number: int, first: int, last: int) -> tuple[int, int] | None:
        tokens = self.tokens
        treaters = [b for b in self.treater_ends if first <= b <= last]
        named_before, self.previous_named = self.previous_named, bool(treaters)
        verbs = self.verbs.in_sentence(tokens, number) if treaters or named_before else []
        if not verbs:
            return None
        cited = [a for a, _ in self.attribution.in_sentence(tokens, number)]
        for v_start, v_end in verbs:
            after_treater = any(b <= v_start <= b + SAYS_REACH and not any(b <= a < v_start for a in cited)
                                for b in treaters)
            if after_treater or (named_before and not cited and self._opens_with_pronoun(first, v_start)):
                start = tokens.skip_spaces(v_end, last)
                if start < last and tokens.lower[start] not in CLAUSE_MARKS:   # 'die hem zag, en …': nothing said
                    return start, tokens.clause_end(start, last, at_least=CAUSE_MIN_TOKENS)
        return None

    def _opens_with_pronoun(self, first: int, verb: int) -> bool:
        words = [k for k in range(first, verb) if not (self.tokens.skip[k] or self.tokens.punct[k])]
        return len(words) == 1 and self.tokens.lower[words[0]] in self.pronouns
