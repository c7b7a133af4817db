"""The lexicon check: rules whose `options.lexicons` name word lists; a match is a finding.

Tokens are matched one at a time on lemma and lower-cased form (with compound heads/modifiers),
phrases on lower-cased token sequences. Adjacent matched tokens of one rule merge into one finding.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from checker.rules.context import Analysis
from checker.rules.cues import load_context
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


def lexicon_matches(doc, names: tuple[str, ...]) -> list[tuple[int, int, str, str]]:
    """(start token, end token, lexicon name, entry) for every match of the lexicons `names`."""
    index = build_index(names)
    phrases = _phrase_index(names)
    shielded = _inside_exception_phrases(doc, index.exception_phrases)
    spans: list[tuple[int, int, str, str]] = []
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        if tok.is_space or tok.is_punct or tok.like_num or i in shielded:
            i += 1
            continue
        lower = tok.lower_
        matched = False
        for phrase, name in phrases.get(lower, ()):
            if i + len(phrase) <= n and all(doc[i + k].lower_ == w for k, w in enumerate(phrase)):
                spans.append((i, i + len(phrase), name, " ".join(phrase)))
                i += len(phrase)
                matched = True
                break
        if matched:
            continue
        hit = index.match(lower, tok.lemma_ or lower)
        if hit is not None:
            spans.append((i, i + 1, hit[0], hit[1]))
        i += 1
    return spans


def _inside_exception_phrases(doc, phrases: tuple[tuple[str, ...], ...]) -> set[int]:
    """Token indices covered by an exception phrase ("nog in behandeling"): never matched."""
    if not phrases:
        return set()
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(phrase)
    covered: set[int] = set()
    n = len(doc)
    for i, tok in enumerate(doc):
        for phrase in by_first.get(tok.lower_, ()):
            if i + len(phrase) <= n and all(doc[i + k].lower_ == w for k, w in enumerate(phrase)):
                covered.update(range(i, i + len(phrase)))
    return covered


def raw_lexicon_spans(doc, names: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Character spans of every match, unfiltered: the lexicon-only baseline of the evaluation."""
    return [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), name)
            for s, e, name, _ in lexicon_matches(doc, names)]


@check("lexicon")
def lexicon_check(analysis: Analysis, rules: list[Rule]) -> Iterator[Hit]:
    doc = analysis.doc
    rule_of: dict[str, Rule] = {}
    for rule in rules:
        for name in rule.options.get("lexicons", []):
            rule_of[name] = rule
    spans = [(s, e, rule_of[name].id, entry)
             for s, e, name, entry in lexicon_matches(doc, tuple(rule_of))
             if not _is_name(doc, s) and not _cancelled(doc, s, rule_of[name])]
    yield from _merged_hits(doc, spans)


_NAME_LEADS = frozenset({"heer", "mevrouw", "mevr.", "mevr", "dhr.", "dhr", "meneer", "mw.", "mr.", "dr."})


def _is_name(doc, i: int) -> bool:
    """"de heer J. Arts", "mevrouw Dokter": a surname that happens to be a lexicon word."""
    tok = doc[i]
    if not tok.is_title or i == 0 or tok.is_sent_start:
        return False
    prev = doc[i - 1].lower_
    return prev in _NAME_LEADS or (len(prev) == 2 and prev[1] == "." and prev[0].isalpha())


def _cancelled(doc, token: int, rule: Rule) -> bool:
    """A rule's `unless_sentence` cues (word prefixes) cancel its matches in their sentence:
    "ziekenhuis" is a health institution, unless the sentence is about working there. With
    `negation = "<context file>"`, generic words from that file's `negatable` list are cancelled
    when negated or hypothetical ("geen medische klachten", "eventuele klachten")."""
    cues = rule.options.get("unless_sentence")
    if cues:
        prefixes = tuple(c.lower() for c in cues)
        if any(t.lower_.startswith(prefixes) for t in doc[token].sent):
            return True
    context = rule.options.get("negation")
    if context:
        negatable, negations = _negation_lists(context)
        tok = doc[token]
        if tok.lower_ in negatable or tok.lemma_ in negatable:
            sent_start = tok.sent.start
            window = doc[max(sent_start, token - 3):token]
            if any(t.lower_ in negations for t in window) or doc[sent_start].lower_ in negations:
                return True
    return False


@lru_cache(maxsize=8)
def _negation_lists(context: str) -> tuple[frozenset[str], frozenset[str]]:
    data = load_context(context)
    return frozenset(data["negatable"]), frozenset(data["negations"])


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
