"""Whether the text says why a function fits or was dropped, for the titles of one sentence.

A reason is a cue from cues_rationale.txt (persoonsprofiel, FML/belastbaarheid, arbeidsmarkt) in the
title's own part of the sentence, an explanation after "X:" or a table bar, or a next line that
explains ("Onderbouwing: …", "Deze functies sluiten aan bij …").
"""

from __future__ import annotations

from spacy.lang.nl.stop_words import STOP_WORDS

from checker.analysis.function_words import cue_words, cues
from checker.nlp.tokens import Sent, TokenTable

EXPLANATION_WORDS = 1      # words after "X:" that make it an explanation, not a bare status
ANAPHORS = frozenset({"deze", "dit", "die", "beide", "hiervoor", "daarvoor", "daarbij", "beiden"})


def reasons(tv: TokenTable, k: int, titles: list[tuple[int, int]]) -> list[bool]:
    """Per title: a reason cue in its own ';'-part of the sentence (or in the parts after it that
    name no other title), or an explanation after "X:" when it leads a list item or table row."""
    sent = tv.sents[k]
    cue_starts = [i for i, j in cues("rationale").find(tv.lower, tv.lemma, sent.lo, sent.hi)
                  if not any(a <= i and j <= b for a, b in titles)]
    out = [False] * len(titles)
    if cue_starts:
        owned = _parentheticals(tv, sent, titles)
        bounds = [sent.lo] + [t + 1 for t in range(sent.lo, sent.hi) if tv.lower[t] == ";"] + [sent.hi]
        parts = list(zip(bounds, bounds[1:]))
        part_of = {}
        for n, (p0, p1) in enumerate(parts):
            for t in range(p0, p1):
                part_of[t] = n
        has_title = [False] * len(parts)
        for a, _ in titles:
            has_title[part_of[a]] = True
        for n_title, (a, b) in enumerate(titles):
            n = part_of[a]
            end = parts[n][1]
            for m in range(n + 1, len(parts)):
                if has_title[m]:
                    break
                end = parts[m][1]
            out[n_title] = any(parts[n][0] <= i < end and owned.get(i, (a, b)) == (a, b) for i in cue_starts)
    if not all(out):
        sep = separator_after(tv, sent, titles[0][1])
        if sep is not None and _explained_after(tv, sent, sep, titles):
            out = [ok or b <= sep for ok, (a, b) in zip(out, titles)]
    if not all(out) and _next_sentence_explains(tv, k):
        out = [True] * len(titles)
    return out


def separator_after(tv: TokenTable, sent: Sent, first_end: int) -> int | None:
    """The colon, dash or cell bar right after the leading title(s) of a list item or table row."""
    for k in range(first_end, min(sent.hi, first_end + 12)):
        text = tv.texts[k]
        if text in ("|", "–", "—") or is_colon(text):
            return k
        if text in (".", ";", "?", "!"):
            return None
    return None


def is_colon(text: str) -> bool:
    """":" and the tokenizer's "):" alike."""
    return text.endswith(":") and not text[:1].isalnum()


def anaphor_follows(tv: TokenTable, k: int) -> bool:
    """"Deze drie functies zijn in overleg gekozen." right after the list: part of the same unit."""
    if k + 1 >= len(tv.sents) or "\n\n" in tv.gap_before(k + 1):
        return False
    nxt = tv.sents[k + 1]
    return tv.lower[nxt.lo] in ANAPHORS and any(
        tv.lower[t] in ("functie", "functies") for t in range(nxt.lo, min(nxt.hi, nxt.lo + 4)))


def _parentheticals(tv: TokenTable, sent: Sent, titles: list[tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """Token -> the title a bracketed remark right after it belongs to: in "netwerkbeheerder
    (storingsdiensten), security-analist" the reason is the first title's only."""
    owned: dict[int, tuple[int, int]] = {}
    ends = {b: (a, b) for a, b in titles}
    for p in range(sent.lo, sent.hi):
        if tv.texts[p] == "(" and p in ends:
            q = next((t for t in range(p + 1, sent.hi) if tv.texts[t].startswith(")")), sent.hi)
            for t in range(p + 1, q):
                owned[t] = ends[p]
    return owned


def _explained_after(tv: TokenTable, sent: Sent, sep: int, titles: list[tuple[int, int]]) -> bool:
    """"- planner: kent de laad- en losprocessen": words after the separator that are no status
    ("afgevallen", "nog te onderzoeken") and no stop word."""
    skip = cue_words()
    in_title = {t for a, b in titles for t in range(a, b)}
    content = 0
    for t in range(sep + 1, sent.hi):
        if tv.alpha[t] and len(tv.lower[t]) > 2 and tv.lower[t] not in STOP_WORDS \
                and tv.lower[t] not in skip and t not in in_title:
            content += 1
            if content >= EXPLANATION_WORDS:
                return True
    return False


def _next_sentence_explains(tv: TokenTable, k: int) -> bool:
    """"We kijken naar receptionist en telefonist. Deze functies sluiten aan bij …", or an
    "Onderbouwing: …" line under "Functie 1: …"."""
    if k + 1 >= len(tv.sents) or "\n\n" in tv.gap_before(k + 1):
        return False
    nxt = tv.sents[k + 1]
    found = cues("rationale").find(tv.lower, tv.lemma, nxt.lo, nxt.hi)
    labelled = nxt.lo + 1 < nxt.hi and is_colon(tv.texts[nxt.lo + 1]) and any(i == nxt.lo for i, _ in found)
    return bool(found) and (tv.lower[nxt.lo] in ANAPHORS or labelled)
