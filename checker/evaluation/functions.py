"""Function detection measured against the corpus: job titles, their roles, functions.rationale and
the document flag behind functions.none.

- detection: predicted title mentions against gold `func.*` spans of any role (span overlap);
- roles: of the gold titles found, how many got the gold role (considered / dropped / former);
- rationale: `functions.rationale` findings against gold `functions.rationale` spans (overlap);
- flag: "names a considered function" against the front matter's `functions`, over all reports;
- none_rule: `functions.none` fired where expected (a type that needs functions, `functions = false`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from checker.corpus import AnnotatedReport
from checker.evaluation.spans import Counts, Interval

ROLE_OF_LABEL = {"func.considered": "considered", "func.dropped": "dropped", "func.former": "former"}
EXPECTING_TYPES = frozenset({"eindrapportage", "trajectplan", "voortgangsrapportage"})


def evaluate_functions(reports: Iterable[AnnotatedReport]) -> dict:
    """Figures for the function checks over `reports` (never pass the test split while tuning)."""
    from checker.analysis.functions import find_functions

    detection, rationale = Counts(), Counts()
    confusion: Counter[tuple[str, str]] = Counter()
    flag_right = none_right = n = 0
    none_counts = Counter()
    wrong_flags: list[str] = []
    for report in reports:
        n += 1
        analysis, findings = analyse_text(report.text, report.id + ".txt")
        mentions = find_functions(analysis)
        gold = [s for s in report.spans if s.label in ROLE_OF_LABEL]
        detection.add([(s.start, s.end) for s in gold], [(m.start, m.end) for m in mentions])
        for span in gold:
            best = _best_overlap((span.start, span.end), mentions)
            if best is not None:
                confusion[(ROLE_OF_LABEL[span.label], best.role)] += 1
        rationale.add([(s.start, s.end) for s in report.spans if s.label == "functions.rationale"],
                      [(f.start, f.end) for f in findings if f.category == "functions.rationale"])
        named = any(m.role == "considered" for m in mentions)
        if named == report.meta["functions"]:
            flag_right += 1
        else:
            wrong_flags.append(report.id)
        expected = report.report_type in EXPECTING_TYPES and not report.meta["functions"]
        fired = any(f.category == "functions.none" for f in findings)
        none_right += expected == fired
        none_counts[("tp" if fired else "fn") if expected else ("fp" if fired else "tn")] += 1
    matched = sum(confusion.values())
    correct = sum(v for (g, p), v in confusion.items() if g == p)
    return {
        "reports": n,
        "detection": detection.as_dict(),
        "roles": {
            "matched": matched, "correct": correct,
            "accuracy": round(correct / matched, 3) if matched else 1.0,
            "confusion": {f"{g}->{p}": v for (g, p), v in sorted(confusion.items())},
        },
        "rationale": rationale.as_dict(),
        "flag": {"accuracy": round(flag_right / n, 3) if n else 1.0, "wrong": wrong_flags},
        "none_rule": {"accuracy": round(none_right / n, 3) if n else 1.0, **dict(none_counts)},
    }


def _best_overlap(span: Interval, mentions):
    best, best_len = None, 0
    for m in mentions:
        overlap = min(span[1], m.end) - max(span[0], m.start)
        if overlap > best_len:
            best, best_len = m, overlap
    return best


def analyse_text(text: str, name: str = "tekst.txt"):
    """The `Analysis` and findings of a text, exactly as the check service builds them."""
    from checker.config import DEFAULT
    from checker.ingest import read_bytes
    from checker.rules.engine import run_rules
    from checker.service import analyse

    analysis = analyse(read_bytes(name, text.encode("utf-8")))
    return analysis, run_rules(analysis, DEFAULT)
