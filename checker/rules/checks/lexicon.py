"""The lexicon check: rules whose `options.lexicons` name word lists; a match is a finding.

Tokens are matched one at a time on lemma and lower-cased form (with compound heads/modifiers),
phrases on lower-cased token sequences. Adjacent matched tokens of one rule merge into one finding.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from checker.rules.context import Analysis
from checker.rules.lexicons import build_index, load_lexicon
from checker.rules.registry import Hit, Rule, check


@lru_cache(maxsize=64)
def _phrase_index(names: tuple[str, ...]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word → [(phrase words, lexicon name)], longest phrase first."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name in names:
        for phrase in load_lexicon(name).phrases:
            index.setdefault(phrase[0], []).append((phrase, name))
    for entries in index.values():
        entries.sort(key=lambda e: len(e[0]), reverse=True)
    return index


@check("lexicon")
def lexicon_check(analysis: Analysis, rules: list[Rule]) -> Iterator[Hit]:
    doc = analysis.doc
    rule_of: dict[str, Rule] = {}
    for rule in rules:
        for name in rule.options.get("lexicons", []):
            rule_of[name] = rule
    names = tuple(rule_of)
    index = build_index(names)
    phrases = _phrase_index(names)
    spans: list[tuple[int, int, str, str]] = []   # start token, end token, rule id, entry
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        if tok.is_space or tok.is_punct or tok.like_num:
            i += 1
            continue
        lower = tok.lower_
        matched = False
        for phrase, name in phrases.get(lower, ()):
            if i + len(phrase) <= n and all(doc[i + k].lower_ == w for k, w in enumerate(phrase)):
                spans.append((i, i + len(phrase), rule_of[name].id, " ".join(phrase)))
                i += len(phrase)
                matched = True
                break
        if matched:
            continue
        hit = index.match(lower, tok.lemma_ or lower)
        if hit is not None:
            spans.append((i, i + 1, rule_of[hit[0]].id, hit[1]))
        i += 1
    yield from _merged_hits(doc, spans)


def _merged_hits(doc, spans: list[tuple[int, int, str, str]]) -> Iterator[Hit]:
    """Merge runs like 'chronische' 'vermoeidheidsklachten' of the same rule into one hit."""
    current = None
    for start, end, rule_id, entry in spans:
        if current and current[2] == rule_id and start == current[1]:
            current = (current[0], end, rule_id, current[3])
            continue
        if current:
            yield _hit(doc, current)
        current = (start, end, rule_id, entry)
    if current:
        yield _hit(doc, current)


def _hit(doc, span) -> Hit:
    start, end, rule_id, entry = span
    return Hit(rule_id, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), {"entry": entry})
