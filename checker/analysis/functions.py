"""Job titles a report names and the role each plays: considered (zoekprofiel, applications),
dropped, or the coachee's former work – and whether the text says why.

UWV wants the concrete functions searched for and why they fit the persoonsprofiel and the
belastbaarheid, and the dropped ones with why they were dropped (shared/DOMAIN.md); the checks
functions.none and functions.rationale read the mentions found here. Titles come from
`function_titles`, reasons from `function_reasons`; this module decides each title's role.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass


from checker.analysis.function_reasons import anaphor_follows, is_colon, reasons, separator_after
from checker.analysis.function_titles import COACHEE_LINE, titles_in
from checker.analysis.function_words import cues
from checker.nlp.tokens import Sent, TokenTable
from checker.rules.spanset import SpanSet

CONSIDERED, DROPPED, FORMER = "considered", "dropped", "former"
ROLE_PRIORITY = {DROPPED: 0, FORMER: 1, CONSIDERED: 2}          # wins a tie in distance
FORMER_SECTIONS = frozenset({"persoonsprofiel", "verloop"})
# Sections that report on functions chosen elsewhere; a reason is owed in the zoekprofiel.
REFERENCE_SECTIONS = frozenset({"conclusie", "evaluatie", "interventies", "contactmomenten", "afstemming",
                                "verlof", "ondertekening", "rapportagemomenten"})
_ACTIVITY_LABELS = frozenset({"activiteit", "activiteiten", "resultaat", "actie", "datum"})
TITLE_BLOCK = 25          # sentences: "Functie: orderpicker" up here is the coachee's own job
_FORMER_LABELS = frozenset({"ervaring", "werkervaring", "loopbaan", "arbeidsverleden", "werkverleden"})
_BULLETS = frozenset("-–—•*▪·o")


@dataclass(frozen=True)
class FunctionMention:
    title: str                        # as written
    start: int
    end: int
    role: str                         # considered | dropped | former
    sentence: tuple[int, int]         # the sentence, list item or table row it stands in
    has_rationale: bool               # the text says why it fits / was dropped (here, or for a
                                      # considered title at another mention of it)
    record: bool = False              # a dated activity line or a section that refers back
                                      # (conclusie, interventies …): the zoekprofiel owes the why


def find_functions(analysis) -> list[FunctionMention]:
    """The mentions of `analysis` (an `Analysis`), computed once and kept in `analysis.extras`."""
    found = analysis.extras.get("functions")
    if found is None:
        dates = [(d.start, d.end) for d in analysis.dates]
        found = analysis.extras["functions"] = mentions_in(analysis.tokens, analysis.sections.section_at, dates)
    return found


def mentions_in(tv: TokenTable, section_at: Callable[[int], str | None],
                dates: Sequence[tuple[int, int]] = ()) -> list[FunctionMention]:
    """Every job-title mention in the tokens; `dates` (character spans) mark dated activity lines."""
    raw: list[tuple[Sent, int, int, str, bool, bool]] = []    # sentence, tokens a-b, role, reason, record
    dated = SpanSet(dates)     # thousands of dates in a long text: no test of every pair
    for k, sent in enumerate(tv.sents):
        titles = titles_in(tv, sent.lo, sent.hi)
        if not titles:
            continue
        section = section_at(sent.start)
        roles = _roles(tv, k, titles, section)
        why = reasons(tv, k, titles)
        if not all(why) and anaphor_follows(tv, k):
            sent = Sent(sent.lo, tv.sents[k + 1].hi, sent.start, tv.sents[k + 1].end)
        record = section in REFERENCE_SECTIONS or _activity_line(tv, sent) or dated.overlaps(sent.start, sent.end)
        for (a, b), role, reason in zip(titles, roles, why):
            raw.append((sent, a, b, role, reason, record))
    return _with_document_rationale(tv, raw)


def _activity_line(tv: TokenTable, sent: Sent) -> bool:
    """"Activiteit: …" / "Resultaat: …": a line of an activity log, whatever section it is in."""
    return sent.lo + 1 < sent.hi and tv.lower[sent.lo] in _ACTIVITY_LABELS and is_colon(tv.texts[sent.lo + 1])


def _with_document_rationale(tv: TokenTable, raw) -> list[FunctionMention]:
    """A considered title justified in one place (the zoekprofiel) needs no new reason elsewhere."""
    def key(a: int, b: int) -> str:
        return " ".join(tv.lower[a:b])

    justified = {key(a, b) for _, a, b, role, reason, _ in raw if reason and role == CONSIDERED}
    out = []
    for sent, a, b, role, reason, record in raw:
        if not reason and role == CONSIDERED and key(a, b) in justified:
            reason = True
        start, end = tv.start[a], tv.end_char(b - 1)
        out.append(FunctionMention(tv.text[start:end], start, end, role, (sent.start, sent.end), reason, record))
    return out


# -- roles -------------------------------------------------------------------------------------

def _roles(tv: TokenTable, k: int, titles: list[tuple[int, int]], section: str | None) -> list[str]:
    """Each title takes the role of the nearest cue in its part of the sentence. In a list item or
    table row "X: why", X is the subject: a drop cue anywhere in the row drops it, while a title in
    the explanation ("… sluit aan op zijn ervaring als orderpicker") is read on its own."""
    sent = tv.sents[k]
    found = _role_cues(tv, sent, titles)
    sep = separator_after(tv, sent, titles[0][1])
    segment = _segments(tv, sent)
    fallback = None
    out = []
    for a, b in titles:
        if sep is not None and b <= sep:
            if any(c[2] == DROPPED for c in found):
                out.append(DROPPED)
                continue
            near = [c for c in found if c[1] <= sep]
        elif sep is not None:
            near = [c for c in found if c[0] >= sep]
            if not near and a - 1 >= sent.lo and tv.lower[a - 1] == "als":
                out.append(FORMER)
                continue
        else:
            if _dropped_after_maar(tv, sent, b, found, segment, [t[0] for t in titles if t[0] >= b]):
                out.append(DROPPED)                       # "gekeken naar X, maar dat viel af"
                continue
            near = [c for c in found if segment[c[0] - sent.lo] == segment[a - sent.lo]]
        if near:
            best = min(near, key=lambda c: (_distance(a, b, c[0], c[1]), ROLE_PRIORITY[c[2]]))
            out.append(best[2])
        else:
            fallback = fallback or _label_role(tv, sent, titles[0][0], found) or _default_role(tv, k, section)
            out.append(fallback)
    return out


def _label_role(tv: TokenTable, sent: Sent, first: int, found) -> str | None:
    """"Afgevallen: servicemonteur (…); inspecteur keuringen": a label before the colon that opens
    the sentence governs every title after it."""
    colon = next((t for t in range(sent.lo, first) if is_colon(tv.texts[t])), None)
    if colon is None:
        return None
    before = [c for c in found if c[1] <= colon]
    return max(before, key=lambda c: c[1])[2] if before else None


def _role_cues(tv: TokenTable, sent: Sent, titles) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    trial = bool(cues("trial").find(tv.lower, tv.lemma, sent.lo, sent.hi))
    for role in (CONSIDERED, DROPPED, FORMER):
        if role == FORMER and trial:
            continue                                      # "werkte als …" on the werkervaringsplek
        for i, j in cues(role).find(tv.lower, tv.lemma, sent.lo, sent.hi):
            if not any(a < j and i < b for a, b in titles):
                found.append((i, j, role))
    return found


def _dropped_after_maar(tv: TokenTable, sent: Sent, b: int, found, segment: list[int],
                        titles_after: list[int]) -> bool:
    """"Gekeken naar X, maar dat viel af": a drop cue after "maar" in the title's own ';'-part, not
    far off, with no other title between that it would belong to."""
    part = segment[b - 1 - sent.lo]
    drops = [c[0] for c in found if c[2] == DROPPED and b <= c[0] < b + 20 and segment[c[0] - sent.lo] == part]
    if not drops:
        return False
    maar = next((k for k in range(b, max(drops)) if tv.lower[k] == "maar"), None)
    if maar is None:
        return False
    first_drop = min(i for i in drops if i > maar) if any(i > maar for i in drops) else None
    return first_drop is not None and not any(maar < t < first_drop for t in titles_after)


def _segments(tv: TokenTable, sent: Sent) -> list[int]:
    """Per token of the sentence, how many ';' come before it: cues count within their part."""
    out, n = [], 0
    for t in range(sent.lo, sent.hi):
        out.append(n)
        if tv.lower[t] == ";":
            n += 1
    return out


def _distance(a: int, b: int, i: int, j: int) -> int:
    if j <= a:
        return a - j
    if i >= b:
        return i - b
    return 0


def _default_role(tv: TokenTable, k: int, section: str | None) -> str:
    """No cue in the sentence: a list header above it, a "Werknemer: …, functie" or "Werkervaring:"
    line, else the section (detected sections are a hint only: headings vary a lot)."""
    role = _header_role(tv, k)
    if role is not None:
        return role
    first = tv.lower[tv.sents[k].lo]
    if first in COACHEE_LINE or first in _FORMER_LABELS or (first == "functie" and k < TITLE_BLOCK):
        return FORMER
    return FORMER if section in FORMER_SECTIONS else CONSIDERED


def _header_role(tv: TokenTable, k: int) -> str | None:
    """The role a list header gives the items under it: "Niet meegenomen:" above "- schadehersteller".
    A line at the header's own level ("- Kortste weg naar werk: …") is no item of it."""
    level = _level(tv, k)
    for back in range(k - 1, max(-1, k - 15), -1):
        if "\n\n" in tv.gap_before(back + 1):
            return None
        prev = tv.sents[back]
        if tv.text[prev.start:prev.end].endswith(":"):
            if _level(tv, back) >= level:
                return None
            for role in (DROPPED, FORMER, CONSIDERED):
                if cues(role).find(tv.lower, tv.lemma, prev.lo, prev.hi):
                    return role
            return None
    return None


def _level(tv: TokenTable, k: int) -> tuple[int, int]:
    """(indentation, 1 for a bullet) of the line sentence k starts: deeper items sort higher."""
    start = tv.sents[k].start
    line_start = tv.text.rfind("\n", 0, start) + 1
    indent = len(tv.text[line_start:start].expandtabs(4))
    return indent, int(tv.text[start] in _BULLETS)
