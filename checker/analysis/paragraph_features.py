"""Paragraph features for the section classifier, shared by training (`checker/training/sections.py`)
and run time (`checker/analysis/section_classifier.py`), so both see exactly the same strings.

A paragraph is one block of the document. Its features are binary, readable strings: words
(`w:`), lookup lemmas (`l:`), word pairs (`b:`), the words of the heading or label line above it
(`h:`), of the header row of the table it is in (`t:`), the block kind (`k:`) and where in the
report it stands (`q:` tenth of the text, `first`) – so a weight can be traced back to a word.
"""

from __future__ import annotations

import re
from itertools import chain

from checker.ingest.document import Block, Document

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|#")
_NUMBER = re.compile(r"\d+")
MAX_WORDS = 60          # a long paragraph says what it is about in its first sentences
MAX_HEADING_WORDS = 8
_UNIGRAMS: dict[str, tuple[str, ...]] = {}    # word → its w:/l: features; words recur, lookups do not
_UNIGRAM_CACHE = 50_000


def _lemmas() -> dict[str, str]:
    from checker.nlp.components import lemma_table   # loaded once; the pipeline has read it already

    return lemma_table()


def words_of(text: str, limit: int = MAX_WORDS) -> list[str]:
    """Lower-cased words with every number as '#'."""
    return _WORD.findall(_NUMBER.sub("#", text.lower()))[:limit]


def is_label_line(document: Document, block: Block) -> bool:
    """A heading block, or a short line that readers kept as a paragraph but that labels what
    follows: 'Zoekprofiel:', '[Contactregistratie]' (exports)."""
    if block.kind == "heading":
        return True
    if block.kind != "paragraph" or block.end - block.start > 60:
        return False
    text = document.block_text(block).strip()
    if len(text.split()) > 6:
        return False
    return text.endswith(":") or (text.startswith("[") and text.endswith("]"))


def _unigram_features(word: str, table: dict[str, str]) -> tuple[str, ...]:
    lem = table.get(word) if word != "#" else None
    uni = ("w:" + word, "l:" + lem.lower()) if lem is not None and lem != word else ("w:" + word,)
    if len(_UNIGRAMS) >= _UNIGRAM_CACHE:
        _UNIGRAMS.clear()
    _UNIGRAMS[word] = uni
    return uni


def context_features(heading: str, table_header: str) -> frozenset[str]:
    """The features a block gets from the label line above it and its table's header row."""
    head = [w for w in words_of(heading, MAX_HEADING_WORDS) if w != "#"]
    feats = {"h:" + w for w in head} if head else {"h:<geen>"}
    feats.update("t:" + w for w in words_of(table_header, MAX_HEADING_WORDS * 2) if w != "#")
    return frozenset(feats)


def paragraph_features(document: Document, block: Block, context: frozenset[str],
                       position: float, first: bool) -> set[str]:
    """Features of one block; `context` comes from `context_features`."""
    table = _lemmas()
    words = words_of(document.block_text(block))
    unigrams = []
    for w in words:
        uni = _UNIGRAMS.get(w)
        unigrams.append(uni if uni is not None else _unigram_features(w, table))
    feats = set(chain(context, chain.from_iterable(unigrams),
                      ["b:" + a + "_" + b for a, b in zip(["<s>"] + words, words)]))
    feats.add("k:" + block.kind)
    feats.add(f"q:{min(9, int(position * 10))}")
    if first:
        feats.add("first")
    return feats


def document_paragraphs(document: Document) -> list[tuple[Block, set[str]]]:
    """Every block with its features, in document order."""
    total = max(len(document.text), 1)
    out = []
    heading = header = ""
    context = context_features("", "")
    previous = None
    for i, block in enumerate(document.blocks):
        new_heading, new_header = heading, header
        if is_label_line(document, block):
            new_heading = document.block_text(block)
        if block.kind != "table_row":
            new_header = ""
        elif previous is None or previous.kind != "table_row":
            new_header = document.block_text(block)
        if (new_heading, new_header) != (heading, header):
            heading, header = new_heading, new_header
            context = context_features(heading, header)
        out.append((block, paragraph_features(document, block, context, block.start / total, i == 0)))
        previous = block
    return out
