"""Word vectors learnt from the corpus (`checker.training.word_vectors`): words that keep the same
company get similar vectors, the result is deterministic, and folding them into one score per word
gives exactly what the pooled features give the classifier."""

from __future__ import annotations

import numpy as np

from checker.training import word_vectors


def _corpus():
    """Sentences where 'rugpijn' and 'hoofdpijn' share neighbours, as do 'bakker' and 'slager'."""
    sentences, report = [], []
    templates = [["hij", "heeft", "last", "van", "{}", "en", "slaapt", "slecht"],
                 ["door", "de", "{}", "kan", "ze", "niet", "lang", "zitten"],
                 ["hij", "solliciteert", "als", "{}", "in", "de", "stad", "bij", "een", "winkel"],
                 ["de", "vacature", "voor", "{}", "vraagt", "een", "diploma", "en", "ervaring"]]
    fillers = [("rugpijn", "hoofdpijn"), ("rugpijn", "hoofdpijn"), ("bakker", "slager"), ("bakker", "slager")]
    for r in range(12):
        for template, pair in zip(templates, fillers):
            for word in pair:
                sentences.append([w.format(word) if w == "{}" else w for w in template])
                report.append(r)
    return sentences, report


def test_words_in_the_same_company_get_similar_vectors():
    sentences, report = _corpus()
    words = word_vectors.SentenceWords(sentences, report)
    kept, vectors = words.vectors(np.ones(12, dtype=bool))
    at = {words.words[i]: k for k, i in enumerate(kept)}
    cos = lambda a, b: float(vectors[at[a]] @ vectors[at[b]])
    assert cos("rugpijn", "hoofdpijn") > cos("rugpijn", "bakker") + 0.3
    assert cos("bakker", "slager") > cos("hoofdpijn", "slager") + 0.3
    again = word_vectors.SentenceWords(sentences, report).vectors(np.ones(12, dtype=bool))
    assert np.array_equal(again[0], kept) and np.array_equal(again[1], vectors)


def test_vectors_of_one_fold_never_see_the_held_out_reports():
    sentences, report = _corpus()
    sentences.append(["alleen", "hier", "alleen", "hier", "alleen", "hier"])
    report.append(12)
    words = word_vectors.SentenceWords(sentences, report)
    train = np.ones(13, dtype=bool)
    train[12] = False
    kept, _ = words.vectors(train)
    assert "alleen" not in {words.words[i] for i in kept}
    kept_all, _ = words.vectors(np.ones(13, dtype=bool))
    assert "alleen" in {words.words[i] for i in kept_all}


def test_folded_word_scores_equal_the_pooled_features_times_their_weights():
    sentences, report = _corpus()
    words = word_vectors.SentenceWords(sentences, report)
    kept, vectors = words.vectors(np.ones(12, dtype=bool))
    weights = np.random.RandomState(0).normal(size=(vectors.shape[1], 2))
    pooled = words.pooled(kept, vectors)
    names, scores = word_vectors.fold(kept, vectors, weights, words.words)
    index = {w: i for i, w in enumerate(names)}
    for k in (0, 17, 60):
        rows = [index[w] for w in sentences[k] if w in index]
        assert np.allclose(scores[rows].mean(axis=0), pooled[k] @ weights, atol=1e-3)
