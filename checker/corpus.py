"""Our annotated corpus: parse the inline markup of `corpus/reports/*.txt` and validate it.

The format is documented in `corpus/FORMAT.md`. Markup is parsed into clean text plus character
spans so annotators never count offsets by hand.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent.parent / "corpus"

VIOLATION_LABELS = {
    "avg.health", "avg.private", "avg.third_party", "avg.identifier",
    "vague.outcome", "vague.effort", "timeline.undated_activity", "functions.rationale",
}
ENTITY_LABELS = {"func.considered", "func.dropped", "func.former"}
OK_LABELS = {"ok." + label for label in VIOLATION_LABELS}
LABELS = VIOLATION_LABELS | ENTITY_LABELS | OK_LABELS

REPORT_TYPES = ("eindrapportage", "voortgangsrapportage", "trajectplan", "intakeverslag")
PROFILE_SECTIONS = {
    "eindrapportage": (
        "rapportgegevens", "contactmomenten", "verlof", "activiteiten", "interventies", "verloop",
        "persoonsprofiel", "zoekprofiel", "sollicitatievaardigheden", "arbeidsmarktbenadering",
        "belastbaarheid", "afstemming", "evaluatie", "conclusie", "ondertekening",
    ),
    "voortgangsrapportage": (
        "rapportgegevens", "contactmomenten", "resultaten", "inzichten", "sollicitatieactiviteiten",
        "stagnatie", "planning",
    ),
    "trajectplan": (
        "rapportgegevens", "persoonsprofiel", "zoekprofiel", "belastbaarheid", "activiteiten",
        "planning", "rapportagemomenten",
    ),
    "intakeverslag": (
        "rapportgegevens", "rollen", "verwachtingen", "privacy", "deskundigenoordeel", "afspraken",
    ),
}
STATUSES = {"present", "partial", "missing", "not_applicable"}
QUALITIES = {"good", "fair", "poor"}
STYLES = {"formal", "bullets", "tables", "chatty", "first_person", "export", "mixed"}

_TOKEN = re.compile(r"\[\[([a-z_.]+)\||\]\]|@@section ([a-z_]+)[ \t]*(?:\n|$)|@@")


class CorpusError(ValueError):
    """An annotation or front-matter problem, with the file and line it is on."""


@dataclass(frozen=True)
class Span:
    label: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class SectionRange:
    section: str
    start: int
    end: int


@dataclass
class AnnotatedReport:
    id: str
    path: Path
    meta: dict
    text: str
    spans: list[Span] = field(default_factory=list)
    sections: list[SectionRange] = field(default_factory=list)

    @property
    def report_type(self) -> str:
        return self.meta["type"]

    def spans_with(self, prefix: str) -> list[Span]:
        return [s for s in self.spans if s.label == prefix or s.label.startswith(prefix + ".")]

    def section_at(self, offset: int) -> str | None:
        for rng in self.sections:
            if rng.start <= offset < rng.end:
                return rng.section
        return None


def parse_markup(source: str, where: str = "<text>") -> tuple[str, list[Span], list[SectionRange]]:
    """Strip `[[label|...]]` and `@@section` markup; return clean text, spans and section ranges."""
    out: list[str] = []
    length = 0
    stack: list[tuple[str, int, int]] = []  # label, clean start, source line
    spans: list[Span] = []
    marks: list[tuple[str, int]] = []
    pos = 0
    for m in _TOKEN.finditer(source):
        chunk = source[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        line = source.count("\n", 0, m.start()) + 1
        token = m.group(0)
        if m.group(1) is not None:
            label = m.group(1)
            if label not in LABELS:
                raise CorpusError(f"{where}:{line}: onbekend label {label!r}")
            stack.append((label, length, line))
        elif token == "]]":
            if not stack:
                raise CorpusError(f"{where}:{line}: ']]' zonder '[['")
            label, start, opened = stack.pop()
            if start == length:
                raise CorpusError(f"{where}:{line}: lege annotatie {label!r}")
            if opened != line:     # a finding never crosses a line end: annotate each line's part
                raise CorpusError(f"{where}:{opened}: annotatie {label!r} loopt over een regeleinde")
            spans.append(Span(label, start, length, ""))
        elif m.group(2) is not None:
            if stack:
                raise CorpusError(f"{where}:{line}: @@section binnen een annotatie")
            marks.append((m.group(2), length))
        else:
            raise CorpusError(f"{where}:{line}: losse '@@' (verwacht '@@section <id>')")
    if stack:
        raise CorpusError(f"{where}:{stack[-1][2]}: annotatie {stack[-1][0]!r} niet gesloten")
    out.append(source[pos:])
    text = "".join(out)
    spans = sorted((Span(s.label, s.start, s.end, text[s.start:s.end]) for s in spans),
                   key=lambda s: (s.start, -s.end, s.label))
    sections = [SectionRange(name, start, marks[i + 1][1] if i + 1 < len(marks) else len(text))
                for i, (name, start) in enumerate(marks)]
    return text, spans, sections


def parse_report(path: Path) -> AnnotatedReport:
    raw = path.read_text(encoding="utf-8")
    where = str(path)
    if not raw.startswith("+++\n"):
        raise CorpusError(f"{where}:1: front matter ontbreekt (begin met '+++')")
    end = raw.find("\n+++\n", 3)
    if end < 0:
        raise CorpusError(f"{where}: front matter niet afgesloten met '+++'")
    try:
        meta = tomllib.loads(raw[4:end + 1])
    except tomllib.TOMLDecodeError as exc:
        raise CorpusError(f"{where}: front matter: {exc}") from None
    body = raw[end + 5:]
    text, spans, sections = parse_markup(body, where)
    report = AnnotatedReport(meta.get("id", ""), path, meta, text, spans, sections)
    _validate_meta(report)
    return report


def _validate_meta(report: AnnotatedReport) -> None:
    where, meta = str(report.path), report.meta
    if meta.get("id") != report.path.stem:
        raise CorpusError(f"{where}: id {meta.get('id')!r} moet gelijk zijn aan de bestandsnaam")
    rtype = meta.get("type")
    if rtype not in REPORT_TYPES:
        raise CorpusError(f"{where}: type {rtype!r} onbekend")
    date = meta.get("report_date")
    if not isinstance(date, str) or (date and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date)):
        raise CorpusError(f"{where}: report_date moet 'JJJJ-MM-DD' of '' zijn")
    for key in ("period", "functions"):
        if not isinstance(meta.get(key), bool):
            raise CorpusError(f"{where}: {key} moet true of false zijn")
    if meta.get("quality") not in QUALITIES:
        raise CorpusError(f"{where}: quality moet good, fair of poor zijn")
    if meta.get("style") not in STYLES:
        raise CorpusError(f"{where}: style {meta.get('style')!r} onbekend")
    profile = PROFILE_SECTIONS[rtype]
    gold = meta.get("sections", {})
    if set(gold) != set(profile):
        missing, extra = set(profile) - set(gold), set(gold) - set(profile)
        raise CorpusError(f"{where}: [sections] klopt niet met profiel {rtype}: "
                          f"ontbreekt {sorted(missing)}, onbekend {sorted(extra)}")
    for sec, status in gold.items():
        if status not in STATUSES:
            raise CorpusError(f"{where}: status {status!r} van sectie {sec} onbekend")
    for rng in report.sections:
        if rng.section != "none" and rng.section not in profile:
            raise CorpusError(f"{where}: @@section {rng.section} hoort niet bij {rtype}")
    if not report.sections:
        raise CorpusError(f"{where}: geen enkele @@section-regel")
    for span in report.spans:
        if span.text != span.text.strip():
            raise CorpusError(f"{where}: span {span.label} {span.text!r} begint of eindigt met witruimte")


def load_splits(corpus_dir: Path = CORPUS_DIR) -> dict[str, str]:
    """Report id -> 'train' | 'dev' | 'test'."""
    path = corpus_dir / "splits.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {rid: split for split in ("train", "dev", "test") for rid in data.get(split, [])}


def load_corpus(split: str | None = None, corpus_dir: Path = CORPUS_DIR) -> list[AnnotatedReport]:
    reports = [parse_report(p) for p in sorted((corpus_dir / "reports").glob("*.txt"))]
    if split is None:
        return reports
    splits = load_splits(corpus_dir)
    return [r for r in reports if splits.get(r.id) == split]


SPLIT_SHARES = (("train", 0.6), ("dev", 0.2))   # the rest is test


def split_batch(reports: list[AnnotatedReport]) -> dict[str, str]:
    """The fixed split rule for a new batch: per report type, ids sorted by SHA-1, the first 60 %
    train, the next 20 % dev, the rest test (counts rounded). Being a pure function of the ids and
    types, it is decided before anyone looks at a result on the batch and cannot be nudged later.
    """
    by_type: dict[str, list[str]] = {}
    for report in reports:
        by_type.setdefault(report.report_type, []).append(report.id)
    assigned: dict[str, str] = {}
    for ids in by_type.values():
        ids.sort(key=lambda rid: hashlib.sha1(rid.encode()).hexdigest())
        start = 0
        for split, share in SPLIT_SHARES:
            count = round(share * len(ids))
            assigned.update({rid: split for rid in ids[start:start + count]})
            start += count
        assigned.update({rid: "test" for rid in ids[start:]})
    return assigned


def write_splits(splits: dict[str, str], corpus_dir: Path = CORPUS_DIR) -> None:
    """Rewrite the id lists of `splits.toml`, keeping its head comment (the batch history)."""
    path = corpus_dir / "splits.toml"
    head = path.read_text(encoding="utf-8").split("\ntrain = [", 1)[0].rstrip("\n")
    blocks = []
    for split in ("train", "dev", "test"):
        ids = sorted(rid for rid, s in splits.items() if s == split)
        blocks.append(f"{split} = [\n" + "".join(f'  "{rid}",\n' for rid in ids) + "]\n")
    path.write_text(head + "\n\n" + "\n".join(blocks), encoding="utf-8")


def _batch(paths: list[str], corpus_dir: Path) -> tuple[list[AnnotatedReport], dict[str, str]] | None:
    """Parse a new batch and split it; None (after saying why) when it cannot be added."""
    try:
        reports = [parse_report(Path(p)) for p in paths]
    except (CorpusError, OSError, UnicodeDecodeError) as exc:
        print(exc, file=sys.stderr)
        return None
    known = load_splits(corpus_dir)
    taken = sorted(r.id for r in reports
                   if r.id in known or (corpus_dir / "reports" / f"{r.id}.txt").exists())
    if taken:
        print(f"al in het corpus: {', '.join(taken)}", file=sys.stderr)
        return None
    return reports, split_batch(reports)


def _cmd_split(paths: list[str], corpus_dir: Path) -> int:
    batch = _batch(paths, corpus_dir)
    if batch is None:
        return 1
    reports, assigned = batch
    for report in sorted(reports, key=lambda r: (r.report_type, assigned[r.id], r.id)):
        print(f"{report.id:8} {assigned[report.id]:6} {report.report_type}")
    return 0


def _cmd_add(paths: list[str], corpus_dir: Path) -> int:
    batch = _batch(paths, corpus_dir)
    if batch is None:
        return 1
    reports, assigned = batch
    for report in reports:
        shutil.copyfile(report.path, corpus_dir / "reports" / f"{report.id}.txt")
    write_splits({**load_splits(corpus_dir), **assigned}, corpus_dir)
    counts = {s: sum(1 for v in assigned.values() if v == s) for s in ("train", "dev", "test")}
    print(f"{len(reports)} rapporten toegevoegd: " + ", ".join(f"{n} {s}" for s, n in counts.items())
          + "; vul het kopcommentaar van splits.toml aan en train opnieuw")
    return 0


def _cmd_validate(paths: list[str]) -> int:
    files = [Path(p) for p in paths] or sorted((CORPUS_DIR / "reports").glob("*.txt"))
    errors = 0
    counts: dict[str, int] = {}
    for path in files:
        try:
            report = parse_report(path)
        except (CorpusError, OSError, UnicodeDecodeError) as exc:
            print(exc, file=sys.stderr)
            errors += 1
            continue
        for span in report.spans:
            counts[span.label] = counts.get(span.label, 0) + 1
    print(f"{len(files)} rapporten, {errors} met fouten")
    for label in sorted(counts):
        print(f"  {label:32} {counts[label]}")
    return 1 if errors else 0


def _cmd_show(report_id: str) -> int:
    report = parse_report(CORPUS_DIR / "reports" / f"{report_id}.txt")
    print(report.text)
    for span in report.spans:
        print(f"{span.start:6}-{span.end:<6} {span.label:28} {span.text!r}")
    for rng in report.sections:
        print(f"{rng.start:6}-{rng.end:<6} section {rng.section}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m checker.corpus", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    val = sub.add_parser("validate", help="check every annotation and front matter")
    val.add_argument("paths", nargs="*")
    show = sub.add_parser("show", help="print a report's clean text and spans")
    show.add_argument("id")
    split = sub.add_parser("split", help="print the train/dev/test split a new batch gets by the fixed rule")
    split.add_argument("paths", nargs="+")
    add = sub.add_parser("add", help="copy a new batch into corpus/reports and splits.toml; one batch per "
                                     "call: the rule splits the files given together, as `split` did")
    add.add_argument("paths", nargs="+")
    for command in (split, add):
        command.add_argument("--corpus", type=Path, default=CORPUS_DIR, help="the corpus folder")
    args = parser.parse_args(argv)
    if args.command == "validate":
        return _cmd_validate(args.paths)
    if args.command == "split":
        return _cmd_split(args.paths, args.corpus)
    if args.command == "add":
        return _cmd_add(args.paths, args.corpus)
    return _cmd_show(args.id)


if __name__ == "__main__":
    sys.exit(main())
