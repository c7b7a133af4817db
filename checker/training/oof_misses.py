"""The AVG spans a report the checker has never seen would lose, estimated on train + dev.

Misses on train + dev under the classifier fitted on them are in-sample (about 1 % of health spans,
against about 5 % on the test split), so rules written from them did not reach unseen text. Here
every report is scored by a fold model that never saw it – one repeat of the folds `train.py` uses
for its thresholds, with its word vectors and entry dropout – and a gold span counts as missed when
no sentence it touches is flagged by the rules or scored at the artifact's threshold:

    python -m checker.training.oof_misses OUT.json [--category avg.health]

OUT.json lists the missed spans (report id, span, sentence), the spans covered only by list entries
that fire in one fold, and how many rests of partly flagged sentences were missed. It holds corpus
text: keep it out of the repository. Needs the `train` extra; about 9 minutes for 2,185 reports.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from checker import train as T
from checker.corpus import AnnotatedReport, load_corpus


def out_of_fold_misses(reports: list[AnnotatedReport], thresholds: list[float], part_thresholds: list[float],
                       category: str = "avg.health") -> dict:
    """Spans of `category` that neither the rules nor the out-of-fold classifier flag."""
    from checker.training.linear import report_folds

    c = T.CATEGORIES.index(category)
    data = T.training_examples(reports)
    folds = report_folds(len(reports), T.FOLDS, 1)[0]
    per_report = data["per_report"]
    dropout = [cov[c] for cov_report in T.rule_coverage(data["findings"], [ex[2] for ex in per_report], folds)
               for cov in cov_report]
    covered = [any(cat == category and fs < e and s < fe for cat, fs, fe, _ in found)
               for found, ex in zip(data["findings"], per_report) for s, e in ex[2]]
    oof, part_oof = T.out_of_fold_scores(data, folds)
    sentences: dict[tuple[str, int, int], list[int]] = defaultdict(list)
    rows = [(i, s, e) for i, ex in enumerate(per_report) for s, e in ex[2]]
    for k, (i, s, e) in enumerate(rows):
        for sp in reports[i].spans:
            if sp.label == category and sp.start < e and s < sp.end:
                sentences[(reports[i].id, sp.start, sp.end)].append(k)
    text = {r.id: r.text for r in reports}
    missed, single_fold = [], []
    for (rid, start, end), ks in sentences.items():
        scored = any(oof[k, c] >= thresholds[c] for k in ks)
        item = {"id": rid, "span": text[rid][start:end],
                "sentence": " ".join(text[rid][rows[k][1]:rows[k][2]] for k in ks)}
        if not scored and not any(covered[k] for k in ks):
            missed.append(item)
        elif not scored and not any(dropout[k] for k in ks):
            single_fold.append(item)
    parts = (data["part_cat"] == c) & (data["PY"] == 1)
    return {"category": category, "reports": len(reports), "spans": len(sentences), "missed": missed,
            "single_fold_entries_only": single_fold,
            "parts": {"positive": int(parts.sum()), "missed": int((parts & (part_oof[:, c] < part_thresholds[c])).sum())}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m checker.training.oof_misses",
                                     description="AVG-spans die een onbekend rapport zou missen (out-of-fold, train + dev).")
    parser.add_argument("out", type=Path)
    parser.add_argument("--category", default="avg.health", choices=T.CATEGORIES)
    args = parser.parse_args(argv)
    artifact = json.loads((T.MODELS_DIR / "avg_sentence.json").read_text(encoding="utf-8"))
    result = out_of_fold_misses(load_corpus("train") + load_corpus("dev"), artifact["thresholds"],
                                artifact["part_thresholds"], args.category)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{args.category}: {len(result['missed'])} van {result['spans']} spans gemist (regels en out-of-fold model), "
          f"{len(result['single_fold_entries_only'])} alleen door lijstwoorden uit één fold gevonden, "
          f"{result['parts']['missed']} van {result['parts']['positive']} deels gemarkeerde zinsresten gemist")
    return 0


if __name__ == "__main__":
    sys.exit(main())
