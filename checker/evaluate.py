"""Measure rapportcheck on the held-out test split of our corpus: `python -m checker.evaluate`.

Prints precision, recall and F1 per AVG category beside two baselines (the raw lexicons, and the
Dutch de-identifier `deduce` when installed), the share of allowed passages flagged, and the
substance figures (report type, document flags, vague and undated statements, section status,
ordering by quality). `--split dev` for development; the test split is for reporting only.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from checker.corpus import AnnotatedReport, CorpusError, load_corpus, load_splits, parse_report
from checker.evaluation.avg import (AVG_CATEGORIES, deduce_predictor, evaluate_avg, lexicon_predictor,
                                    rapportcheck_predictor)
from checker.evaluation.substance import evaluate_substance
from checker.service import check_text


def run(split: str, with_deduce: bool, reports: list[AnnotatedReport] | None = None) -> dict:
    reports = load_corpus(split) if reports is None else reports
    started = time.perf_counter()
    results = {r.id: check_text(r.text, r.id + ".txt") for r in reports}
    elapsed = time.perf_counter() - started
    systems = {"rapportcheck": rapportcheck_predictor(results), "lexicon": lexicon_predictor()}
    if with_deduce:
        predictor = deduce_predictor()
        if predictor is not None:
            systems["deduce"] = predictor
    avg = {name: evaluate_avg(reports, predict).as_dict() for name, predict in systems.items()}
    out = {
        "split": split,
        "reports": len(reports),
        "seconds_per_report": round(elapsed / max(len(reports), 1), 4),
        "avg": avg,
        "substance": evaluate_substance(reports, results),
    }
    try:
        from checker.evaluation.functions import evaluate_functions
        out["functions"] = evaluate_functions(reports)
    except ImportError:
        pass
    return out


def render_text(result: dict) -> str:
    lines = [f"rapportcheck evaluatie – split '{result['split']}', {result['reports']} rapporten", "",
             "AVG: precisie / recall / F1 per categorie"]
    systems = list(result["avg"])
    header = f"  {'categorie':18}" + "".join(f"{name:>24}" for name in systems)
    lines.append(header)
    for category in (*AVG_CATEGORIES, "overall"):
        row = f"  {category:18}"
        for name in systems:
            d = result["avg"][name]["overall" if category == "overall" else "categories"]
            d = d if category == "overall" else d[category]
            row += f"{d['precision']:>8.2f}{d['recall']:>8.2f}{d['f1']:>8.2f}"
        lines.append(row)
    gold = {c: result["avg"]["rapportcheck"]["categories"][c]["gold"] for c in AVG_CATEGORIES}
    lines.append("  gold-spans: " + ", ".join(f"{c} {n}" for c, n in gold.items()))
    lines.append("  toegestane passages gemarkeerd: " + ", ".join(
        f"{name} {d['allowed']['flagged']}/{d['allowed']['passages']} ({d['allowed']['rate']:.1%})"
        for name, d in result["avg"].items()))
    sub = result["substance"]
    lines += ["", "Inhoud en volledigheid",
              f"  rapporttype juist:            {sub['report_type_accuracy']:.2f}",
              f"  signaal 'geen rapportdatum':  {sub['report_date_flag_accuracy']:.2f}",
              f"  signaal 'geen functies':      {_fmt(sub['functions_flag_accuracy'])} (eind, voortgang, trajectplan)",
              f"  status per onderdeel:         {_fmt(sub['section_status_accuracy'])}",
              f"  volgorde goed > matig > zwak: {_fmt(sub['ordering']['accuracy'])} "
              f"({sub['ordering']['pairs']} paren)"]
    for category, d in sub["spans"].items():
        lines.append(f"  {category:28}P {d['precision']:.2f}  R {d['recall']:.2f}  F1 {d['f1']:.2f}  "
                     f"(gold {d['gold']}, gevonden {d['predicted']})")
    if "functions" in result:
        lines += ["", "Functies", "  " + json.dumps(result["functions"], ensure_ascii=False)]
    lines += ["", f"Snelheid: {result['seconds_per_report'] * 1000:.1f} ms per rapport (hele check, inclusief inlezen)"]
    return "\n".join(lines)


def _outside_reports(paths: list[str]) -> list[AnnotatedReport] | str:
    """Reports from files outside the corpus (a new batch), or why they cannot be used.

    A report of the test split is refused here too: --files must not become a way round the rule
    that only the plain test-split run reads it.
    """
    try:
        reports = [parse_report(Path(p)) for p in paths]
    except (CorpusError, OSError, UnicodeDecodeError) as exc:
        return str(exc)
    splits = load_splits()
    test = sorted(r.id for r in reports if splits.get(r.id) == "test")
    if test:
        return f"{', '.join(test)} hoort bij de test-split; meet die alleen met de gewone evaluatie"
    return reports


def _errors(split: str, prefix: str, reports: list[AnnotatedReport] | None = None) -> int:
    from checker.evaluation.errors import CATEGORIES, TestSplitRefused, render_errors, span_errors

    categories = [c for c in CATEGORIES if prefix == "all" or c.startswith(prefix)]
    if not categories:
        print(f"onbekende categorie: {prefix}", file=sys.stderr)
        return 2
    reports = load_corpus(split) if reports is None else reports
    results = {} if split == "test" else {r.id: check_text(r.text, r.id + ".txt") for r in reports}
    try:
        rows = span_errors(reports, results, split, categories)
    except TestSplitRefused as exc:
        print(exc, file=sys.stderr)
        return 2
    print(render_errors(rows))
    return 0


def _fmt(value) -> str:
    return "–" if value is None else f"{value:.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m checker.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("test", "dev", "train"), default="test")
    parser.add_argument("--no-deduce", action="store_true", help="skip the deduce baseline (it loads slowly)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--errors", nargs="?", const="all", metavar="CATEGORIE",
                        help="list every miss and false alarm (optionally of one category prefix, e.g. "
                             "avg.private); refused on the test split")
    parser.add_argument("--files", nargs="+", metavar="RAPPORT",
                        help="measure annotated report files outside the corpus (a new batch, before it "
                             "is added) instead of a split")
    args = parser.parse_args(argv)
    reports = None
    if args.files:
        reports = _outside_reports(args.files)
        if isinstance(reports, str):
            print(reports, file=sys.stderr)
            return 2
        args.split = "files"
    if args.errors:
        return _errors(args.split, args.errors, reports)
    result = run(args.split, with_deduce=not args.no_deduce, reports=reports)
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.format == "json" else render_text(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
