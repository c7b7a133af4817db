"""Sentence features shared by training (`python -m checker.train`) and run time, so both see the
same thing. Binary, readable strings: a weight in the model can be traced back to a word."""

from __future__ import annotations

MIN_AFFIX_WORD = 7      # words this long get compound head/modifier features ("rugklachten" → "s:achten")


def sentence_features(tokens) -> list[str]:
    """Features of a spaCy span: words, lemmas, word pairs and compound affixes."""
    return features_of([t.lower_ for t in tokens], [t.lemma_ or t.lower_ for t in tokens],
                       [t.is_punct or t.is_space for t in tokens], [t.like_num for t in tokens])


def table_features(table, first: int, last: int) -> list[str]:
    """The same for tokens first..last-1 of a TokenTable (run time, no spaCy objects; unsorted:
    a linear model does not care about order)."""
    return features_of(table.lower[first:last], table.lemma[first:last], table.skip[first:last],
                       table.num[first:last], ordered=False)


def vector_words(lower, skip, num) -> list[str]:
    """The words a sentence's word vectors are looked up for (`checker.training.word_vectors`):
    every token but punctuation and space, a number as "#", as in the word features."""
    return ["#" if nm else word for word, sk, nm in zip(lower, skip, num) if not sk]


def features_of(lower: list[str], lemma: list[str], skip: list[bool], num: list[bool],
                ordered: bool = True) -> list[str]:
    feats: set[str] = set()
    prev = "<s>"
    for word, lem, sk, nm in zip(lower, lemma, skip, num):
        if sk:
            continue
        if nm:
            word = "#"
        own = word_features(word, lem, nm)
        feats.update(own)
        feats.add("b:" + prev + "_" + word)
        prev = word
    return sorted(feats) if ordered else list(feats)


_WORD_FEATURES: dict[tuple[str, str, bool], tuple[str, ...]] = {}


def word_features(word: str, lem: str, nm: bool) -> tuple[str, ...]:
    """A word's own features (`word` is "#" for a number), remembered across documents (words
    repeat; the cache is capped)."""
    key = (word, lem, nm)
    found = _WORD_FEATURES.get(key)
    if found is not None:
        return found
    own = ["w:" + word]
    if lem and lem != word and not nm:
        own.append("l:" + lem)
    if len(word) >= MIN_AFFIX_WORD and word.isalpha():
        own += ["s:" + word[-5:], "p:" + word[:5]]
    if len(_WORD_FEATURES) > 200_000:
        _WORD_FEATURES.clear()
    found = _WORD_FEATURES[(word, lem, nm)] = tuple(own)
    return found


def display_feature(feature: str) -> str | None:
    """The words a feature stands for, for the explanation in a message; None for affixes."""
    kind, _, value = feature.partition(":")
    if kind in ("w", "l"):
        return value
    if kind == "b":
        return value.replace("<s>_", "").replace("_", " ")
    return None
