"""The AVG spans a report the checker has never seen would lose, estimated on train + dev.

Misses on train + dev under the classifier fitted on them are in-sample (about 1 % of health spans,
against about 5 % on the test split), so rules written from them did not reach unseen text. Here
every report is scored by a fold model that never saw it – one repeat of the folds `train.py` uses
for its thresholds, with its word vectors and entry dropout – and a gold span counts as missed when
no sentence it touches is flagged by the rules or scored at the artifact's threshold:

    python -m checker.training.oof_misses OUT.json [--category avg.health] [--tradeoff]

OUT.json lists the missed spans (report id, span, sentence), the spans covered only by list entries
that fire in one fold, and how many rests of partly flagged sentences were missed; with --tradeoff,
what lower or higher thresholds would flag (right and wrong) out of fold. It holds corpus
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
                       category: str = "avg.health", tradeoff: list[float] | None = None) -> dict:
    """Spans of `category` that neither the rules nor the out-of-fold classifier flag; with
    `tradeoff`, also what each of those thresholds would flag (`threshold_tradeoff`)."""
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
    result = {"category": category, "reports": len(reports), "spans": len(sentences), "missed": missed,
              "single_fold_entries_only": single_fold,
              "parts": {"positive": int(parts.sum()),
                        "missed": int((parts & (part_oof[:, c] < part_thresholds[c])).sum())}}
    if tradeoff:
        result["tradeoff"] = threshold_tradeoff(tradeoff, oof[:, c], data["Y"][:, c], dropout, list(sentences.values()),
                                                part_oof[:, c], data["PY"], data["part_cat"] == c)
    return result


def threshold_tradeoff(thresholds: list[float], scores, gold, dropout: list[bool], span_rows: list[list[int]],
                       part_scores, part_gold, part_rows) -> list[dict]:
    """What each threshold would give out of fold: sentences the rules (under entry dropout) leave
    unflagged that the model flags, right and wrong; gold spans it reaches there; and the same for the
    stretches of partly flagged sentences. Session 18 read the health threshold's floor from this."""
    import numpy as np

    open_rows = ~np.asarray(dropout, dtype=bool)
    positive, stretch = np.asarray(gold) == 1, part_rows & (part_gold >= 0)
    out = []
    for t in thresholds:
        flagged = (scores >= t) & open_rows
        out.append({"threshold": t,
                    "sentences_right": int((flagged & positive).sum()),
                    "sentences_wrong": int((flagged & ~positive).sum()),
                    "spans": sum(1 for ks in span_rows if all(open_rows[k] for k in ks) and any(flagged[k] for k in ks)),
                    "stretches_right": int(((part_scores >= t) & stretch & (part_gold == 1)).sum()),
                    "stretches_wrong": int(((part_scores >= t) & stretch & (part_gold == 0)).sum())})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m checker.training.oof_misses",
                                     description="AVG-spans die een onbekend rapport zou missen (out-of-fold, train + dev).")
    parser.add_argument("out", type=Path)
    parser.add_argument("--category", default="avg.health", choices=T.CATEGORIES)
    parser.add_argument("--tradeoff", action="store_true",
                        help="druk ook af wat elke drempel 0.30–0.60 out-of-fold zou markeren")
    args = parser.parse_args(argv)
    artifact = json.loads((T.MODELS_DIR / "avg_sentence.json").read_text(encoding="utf-8"))
    grid = [x / 100 for x in range(30, 62, 2)] if args.tradeoff else None
    result = out_of_fold_misses(load_corpus("train") + load_corpus("dev"), artifact["thresholds"],
                                artifact["part_thresholds"], args.category, grid)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{args.category}: {len(result['missed'])} van {result['spans']} spans gemist (regels en out-of-fold model), "
          f"{len(result['single_fold_entries_only'])} alleen door lijstwoorden uit één fold gevonden, "
          f"{result['parts']['missed']} van {result['parts']['positive']} deels gemarkeerde zinsresten gemist")
    for row in result.get("tradeoff", []):
        print(f"  drempel {row['threshold']:.2f}: zinnen {row['sentences_right']} goed / {row['sentences_wrong']} fout, "
              f"{row['spans']} spans; zinsresten {row['stretches_right']} goed / {row['stretches_wrong']} fout")
    return 0


if __name__ == "__main__":
    sys.exit(main())
