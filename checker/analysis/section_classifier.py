"""Which profile section each paragraph belongs to, by its content: the paragraph classifier.

A multinomial logistic regression per report type, trained on the corpus `@@section` markers by
`python -m checker.train` (`checker/training/sections.py`); the artifact
`models/section_paragraphs.json` holds integer weights (encoded by `checker.nlp.artifacts`) that
numpy applies here, so run time needs no scikit-learn. Recognised headings add a fixed bonus to
their section, and a switch penalty keeps neighbouring paragraphs together (best path, Viterbi): a
heading decides where the text agrees, the content decides where there is no heading, an unknown
one, or one worded differently.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from checker.analysis.paragraph_features import document_paragraphs
from checker.ingest.document import Document
from checker.nlp.artifacts import decode_array, packaged_artifact

NONE = "none"      # text outside every section (cover page, letterhead)


@dataclass(frozen=True)
class Labelling:
    labels: list[str]                 # per block: a section id or NONE (the best path)
    likely: dict[str, list[int]]      # section the path left out → blocks that probably also serve it


@dataclass(frozen=True)
class TypeModel:
    classes: tuple[str, ...]
    vocabulary: dict[str, int]
    weights: np.ndarray      # features × classes
    bias: np.ndarray


class SectionClassifier:
    def __init__(self, data: dict):
        self.meta = {k: v for k, v in data.items() if k != "types"}
        hp = data["hyperparameters"]
        self.heading_bonus = float(hp["heading_bonus"])
        self.switch_penalty = float(hp["switch_penalty"])
        self.likely_threshold = float(hp.get("likely_threshold", 1.0))
        scale = float(data.get("weight_scale", 1))      # stored as integers in 1/scale
        self.types = {
            name: TypeModel(tuple(t["classes"]), {f: i for i, f in enumerate(t["features"])},
                            decode_array(t["weights"]).astype(np.float64) / scale,
                            np.asarray(t["bias"], dtype=np.float64) / scale)
            for name, t in data["types"].items()
        }

    def log_probabilities(self, report_type: str, features: list) -> np.ndarray | None:
        """Per paragraph, the log-probability of each class (paragraphs × classes)."""
        model = self.types.get(report_type)
        if model is None or not features:
            return None
        rows: list[int] = []
        offsets = []
        get = model.vocabulary.get
        for feats in features:
            offsets.append(len(rows))
            found = [i for i in map(get, feats) if i is not None]
            found.sort()                           # a float sum's order: fixed (tests/test_determinism.py)
            rows.extend(found)
        logits = np.tile(model.bias, (len(features), 1))
        if rows:
            summed = np.add.reduceat(model.weights[rows], [min(o, len(rows) - 1) for o in offsets], axis=0)
            has = np.diff(offsets + [len(rows)]) > 0          # reduceat repeats a row for empty groups
            logits[has] += summed[has]
        logits -= logits.max(axis=1, keepdims=True)
        return logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))

    def label(self, document: Document, report_type: str,
              heading_sections: list[str | None]) -> Labelling | None:
        """One class per block of `document`: a section id or NONE. `heading_sections` gives, per
        block, the section of the recognised heading above it (None where there is none).

        A paragraph can serve two sections ("hierbij het eindverslag van het traject, dat liep van
        mei tot oktober" opens the report and tells how it went); the path gives it one. So for a
        section the path leaves out, the non-heading blocks for which it is the best or second-best
        section (the best, under a recognised heading the path kept) with a probability of at least
        `likely_threshold` are returned too: completeness counts that section as there."""
        model = self.types.get(report_type)
        if model is None or not document.blocks:
            return None
        logp = self.log_probabilities(report_type, [f for _, f in document_paragraphs(document)])
        index = {c: i for i, c in enumerate(model.classes)}
        probs = np.exp(logp)
        ranked = np.sort(probs, axis=1)
        best, second = ranked[:, -1:], ranked[:, -2:-1] if probs.shape[1] > 1 else ranked[:, -1:]
        likely_p = (probs >= self.likely_threshold) & (probs >= second)   # its best or second best
        likely_p[[b.kind == "heading" for b in document.blocks]] = False  # a heading names one
        upcoming: str | None = None        # the section of the next recognised heading range
        for i in range(len(heading_sections) - 1, -1, -1):
            sid = heading_sections[i]
            if sid is not None and sid in index:
                logp[i, index[sid]] += self.heading_bonus
                # The writer put the boundary at that heading: under the heading before it, a
                # switch to its section one paragraph early costs the path nothing, yet moves
                # text ('Er zijn geen passende vacatures gevonden.' under 'Zoekprofiel') and the
                # heading's own range away from where the report put them.
                if upcoming is not None and upcoming != sid and upcoming in index:
                    logp[i, index[upcoming]] = -np.inf
            if sid is not None and (i == 0 or heading_sections[i - 1] != sid):
                upcoming = sid
        path = best_path(logp, self.switch_penalty)
        labels = [model.classes[c] for c in path]
        for i, sid in enumerate(heading_sections):       # under a heading the text agrees with,
            if sid is not None and labels[i] == sid:      # only what the paragraph is mostly about
                likely_p[i] &= probs[i] >= best[i]
        on_path = set(labels)
        likely = {c: np.flatnonzero(likely_p[:, k]).tolist() for k, c in enumerate(model.classes)
                  if c != NONE and c not in on_path and likely_p[:, k].any()}
        return Labelling(labels, likely)


def best_path(logp: np.ndarray, penalty: float) -> list[int]:
    """The class sequence with the highest total log-probability when every change of class
    between neighbouring paragraphs costs `penalty` (Viterbi with a flat switch cost: each class
    either stays or comes from the best class before, so a step is linear in the classes; plain
    lists beat numpy's per-call overhead at this size)."""
    rows = logp.tolist()
    score = rows[0]
    trail = []
    for row in rows[1:]:
        top = max(score)
        best = score.index(top)
        switch = top - penalty
        stay = [s >= switch for s in score]
        trail.append((best, stay))
        score = [(s if st else switch) + r for s, st, r in zip(score, stay, row)]
    j = score.index(max(score))
    path = [j]
    for best, stay in reversed(trail):
        if not stay[j]:
            j = best
        path.append(j)
    return path[::-1]


@lru_cache(maxsize=2)
def load_section_classifier(name: str = "section_paragraphs") -> SectionClassifier | None:
    """The packaged classifier, or None when it is missing (headings alone then decide)."""
    data = packaged_artifact(name)
    return None if data is None else SectionClassifier(data)
