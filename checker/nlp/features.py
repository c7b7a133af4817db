"""Sentence features shared by training (`python -m checker.train`) and run time, so both see the
same thing. Binary, readable strings: a weight in the model can be traced back to a word."""

from __future__ import annotations

MIN_AFFIX_WORD = 7      # words this long get compound head/modifier features ("rugklachten" → "*achten")


def sentence_features(tokens) -> list[str]:
    """Features of a span of spaCy tokens: words, lemmas, word pairs and compound affixes."""
    feats: set[str] = set()
    prev = "<s>"
    for tok in tokens:
        if tok.is_space or tok.is_punct:
            continue
        word = "#" if tok.like_num else tok.lower_
        feats.add("w:" + word)
        if tok.lemma_ and tok.lemma_ != word:
            feats.add("l:" + tok.lemma_)
        feats.add("b:" + prev + "_" + word)
        if len(word) >= MIN_AFFIX_WORD and word.isalpha():
            feats.add("s:" + word[-5:])
            feats.add("p:" + word[:5])
        prev = word
    return sorted(feats)


def display_feature(feature: str) -> str | None:
    """The words a feature stands for, for the explanation in a message; None for affixes."""
    kind, _, value = feature.partition(":")
    if kind in ("w", "l"):
        return value
    if kind == "b":
        return value.replace("<s>_", "").replace("_", " ")
    return None
