"""The one `check` service: the CLI, the web app and the audit all call these and get the same Report.

ingest → NLP → analysis (type, sections, dates) → scoring → rules → Report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from checker.analysis.report_date import find_report_date, states_period
from checker.analysis.report_type import detect_report_type
from checker.analysis.sections import find_sections, load_profile
from checker.config import DEFAULT, Config, find_config
from checker.dates import find_dates
from checker.errors import InputError, RapportcheckError
from checker.ingest import Document, read_bytes, read_path, read_stdin
from checker.model import REPORT_TYPES, Report, Stats
from checker.nlp.pipeline import load_pipeline
from checker.rules.context import Analysis
from checker.rules.engine import run_rules
from checker.scoring.completeness import add_findings, score

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


@dataclass(frozen=True)
class Options:
    report_type: str = "auto"      # auto | one of REPORT_TYPES (not onbekend)
    model: str | None = "auto"
    config: Config | None = None   # None: find per report (rapportcheck.toml / pyproject upward)


def analyse(document: Document, options: Options = Options(), config: Config = DEFAULT) -> Analysis:
    """Everything the rules read: the spaCy doc, type, sections, dates, report date, completeness."""
    nlp = load_pipeline(options.model or config.model or "auto")
    doc = nlp(document.text)
    wanted = options.report_type if options.report_type != "auto" else (config.report_type or "auto")
    if wanted != "auto" and wanted not in REPORT_TYPES:
        raise RapportcheckError(f"onbekend rapporttype '{wanted}'")
    if wanted == "auto":
        guess = detect_report_type(document)
        report_type = guess.report_type
    else:
        guess, report_type = None, wanted
    profile = load_profile(report_type)
    sections = find_sections(document, profile)
    mentions = find_dates(document.text)
    report_date = find_report_date(document, mentions, sections.first_heading_start())
    analysis = Analysis(
        document=document, doc=doc, report_type=report_type, type_guess=guess, sections=sections,
        dates=mentions, report_date=report_date, period_stated=states_period(document.text, mentions),
    )
    analysis.completeness = score(document.text, sections, profile, facts=report_facts(analysis))
    return analysis


def report_facts(analysis: Analysis) -> dict[str, bool]:
    """What the completeness profile's fact elements read: a report date in the text, a period."""
    return {"report_date": analysis.report_date.how not in ("none", "metadata"),
            "period": analysis.period_stated}


def check_document(document: Document, options: Options = Options(), config: Config = DEFAULT) -> Report:
    """Analyse one ingested document. Never reads files; raises only on programming errors."""
    analysis = analyse(document, options, config)
    findings = run_rules(analysis, config)
    # Vague, undated or unsubstantiated text inside a section can make it partial: judged again
    # now that the findings are known (the rules saw the structural completeness).
    completeness = add_findings(analysis.completeness, analysis.sections, findings, document.text,
                                [m.start for m in analysis.dates])
    stats = Stats(
        characters=len(document.text),
        words=len(_WORD.findall(document.text)),
        sentences=len(analysis.sentence_spans),
    )
    return Report(
        source=document.source,
        report_type=analysis.report_type,
        report_type_assumed=analysis.type_guess is not None,
        report_date=analysis.report_date.date.isoformat() if analysis.report_date.date else None,
        stats=stats,
        completeness=completeness,
        findings=findings,
        text=document.text,
    )


def _config_for(source: str, options: Options) -> Config:
    if options.config is not None:
        return options.config
    folder = Path.cwd() if source == "-" else Path(source).parent
    return find_config(folder)


def check_path(source: str, options: Options = Options()) -> Report:
    """Read and check one path ('-' = stdin). Unreadable input gives a Report with `error` set."""
    try:
        config = _config_for(source, options)
        document = read_stdin() if source == "-" else read_path(source)
        return check_document(document, options, config)
    except RapportcheckError as exc:   # unreadable input, broken config, unknown type
        return Report.failed(source, str(exc))
    except Exception as exc:  # noqa: BLE001 – a bug must not cost the other inputs their results
        return Report.failed(source, f"interne fout ({type(exc).__name__}); meld dit aan de beheerders")


def check_upload(name: str, data: bytes, options: Options = Options()) -> Report:
    """Check an in-memory upload (web form, API). Nothing is written to disk."""
    try:
        document = read_bytes(name, data)
    except InputError as exc:
        return Report.failed(name, str(exc))
    return check_document(document, options, options.config or DEFAULT)


def check_text(text: str, source: str = "tekst", options: Options = Options()) -> Report:
    """Check pasted text, decoded and segmented exactly as a .txt file would be."""
    return check_upload(source if source.endswith((".txt", ".md")) else source + ".txt",
                        text.encode("utf-8"), options)
