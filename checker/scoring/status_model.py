"""Present or partial, for a section the rules found: the section status model.

The rules name what a found section lacks (elements without their cues, vague or undated text
flagged inside it). Whether that makes the section *partial* is a judgement: one undated meeting in
an otherwise dated log does not, a bare list of activities in a report that is vague throughout
does. Annotators (and UWV) judge a section in the light of the whole report, so a logistic
regression weighs the rules' signals – which elements are missing, which problems were flagged
and how often, how long and how concrete the section is, and how vague, undated and unsubstantiated
the report is as a whole – against the corpus gold. Trained by `python -m checker.train`
(`checker/training/status.py`) into `models/section_status.json`; applied here in pure Python
(a few dozen features per section). Without the artifact the fixed rules of `section_status.py`
decide.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from checker.nlp.artifacts import packaged_artifact

NAME = "section_status"
# Named as missing when the model calls a section partial while the rules named nothing in it:
# what weighs then is the text's lack of concrete detail (few dates or numbers, a vague report).
CONCRETE = "concrete invulling (data, aantallen, namen)"
MAX_COUNT = 4               # problem counts above this add nothing
MAX_RATE = 10.0             # findings per 1,000 words of the report, capped
SHORT_SECTION_WORDS = 40
_NUMBER = re.compile(r"\b\d+\b")
_WORD = re.compile(r"\w+")       # not split(): a bullet or a table bar is no word (.txt and .docx agree)


@dataclass
class SectionSignals:
    """What the rules saw of one found section, and of the report around it."""
    report_type: str
    section_id: str
    missing: tuple[str, ...] = ()           # element labels the rules did not find
    problems: dict[str, int] = field(default_factory=dict)      # category → findings inside it
    words: int = 0
    dates: int = 0                          # date mentions inside it
    numbers: int = 0
    report_rates: dict[str, float] = field(default_factory=dict)    # category → per 1,000 words
    # An `avoid` element is missing: its cues (opinion words) were *found* in the section. That is
    # evidence of a flaw, unlike a cue not found, which may be wording the list lacks (on train +
    # dev such sections are partial in 105 of 123 cases): partial whatever the model says.
    firm: bool = False


def section_signals(report_type: str, section_id: str, missing: tuple[str, ...], problems: dict[str, int],
                    text: str, dates: int, report_rates: dict[str, float], firm: bool = False) -> SectionSignals:
    return SectionSignals(report_type, section_id, missing, problems, word_count(text), dates,
                          len(_NUMBER.findall(text)), report_rates, firm)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def report_rates(counts: dict[str, int], words: int) -> dict[str, float]:
    return {c: min(n * 1000 / max(words, 1), MAX_RATE) for c, n in counts.items() if n}


def status_features(s: SectionSignals) -> dict[str, float]:
    """Readable feature names, so a weight in the artifact can be traced to what it stands for."""
    key = f"{s.report_type}:{s.section_id}"
    f: dict[str, float] = {"section=" + key: 1.0}
    if s.missing:
        f["missing_any"] = 1.0
        f["missing_count"] = float(min(len(s.missing), 3))
        for label in s.missing:
            f[f"missing={key}:{label}"] = 1.0
    for category, n in s.problems.items():
        if n:
            f["problem=" + category] = 1.0
            f["problem_count=" + category] = float(min(n, MAX_COUNT))
    f["log_words"] = math.log1p(s.words)
    if s.words < SHORT_SECTION_WORDS:
        f["short"] = 1.0
    f["dates_per_100_words"] = min(s.dates * 100 / max(s.words, 1), 5.0)
    f["numbers"] = min(s.numbers, 10) / 10
    for category, rate in s.report_rates.items():
        f["report_rate=" + category] = rate
    return f


class StatusModel:
    def __init__(self, data: dict):
        self.meta = {k: v for k, v in data.items() if k not in ("features", "weights")}
        self.weights = dict(zip(data["features"], data["weights"]))
        self.bias = float(data["bias"])
        self.threshold = float(data["threshold"])

    def partial_probability(self, signals: SectionSignals) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value
                            for name, value in status_features(signals).items())
        return 1 / (1 + math.exp(-z))

    def is_partial(self, signals: SectionSignals) -> bool:
        """Partial when an opinion was found where facts belong (`firm`), or when probable enough and
        something can be named: an element or problem the rules found, or – for a section without
        a single date or number – the concrete detail itself. A section with nothing named and
        figures in it stays present (on batch hold-outs this costs 0.007 accuracy, and every
        partial then says what it lacks)."""
        if signals.firm:
            return True
        if self.partial_probability(signals) < self.threshold:
            return False
        return bool(signals.missing or any(signals.problems.values())) or not (signals.dates or signals.numbers)


@lru_cache(maxsize=1)
def load_status_model() -> StatusModel | None:
    data = packaged_artifact(NAME)
    return StatusModel(data) if data else None
