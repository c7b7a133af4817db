"""The `rapportcheck` command line. Parses arguments and prints; every decision is in `service`.

Exit status of `check`: 0 no finding at or above --fail-on, 1 at least one, 2 a usage error or an
input that could not be read (the other inputs are still checked and reported).
"""

from __future__ import annotations

import argparse
import json
import sys

from checker import __version__
from checker.errors import RapportcheckError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
TYPES = ("auto", "eindrapportage", "voortgangsrapportage", "trajectplan", "intakeverslag")

# argparse's own messages, in Dutch, so that --help and errors speak one language.
_DUTCH = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "expected one argument": "verwacht één waarde",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "dubbelzinnige optie: %(option)s past bij %(matches)s",
}
argparse._ = lambda s: _DUTCH.get(s, s)  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, no usage dump
        sys.stderr.write(f"rapportcheck: fout: {message} (zie '{self.prog} --help')\n")
        sys.exit(EXIT_ERROR)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="rapportcheck",
        description="Controleert Nederlandse 2e-spoorrapportages op AVG-risico's, vaagheid, data, "
                    "functies en volledigheid – lokaal, er wordt niets verstuurd.",
    )
    parser.add_argument("--version", action="version", version=f"rapportcheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_Parser)

    chk = sub.add_parser("check", help="controleer een of meer rapporten",
                         description="Controleert elk rapport (.docx, .pdf, .odt, .txt, .md; '-' leest de "
                                     "standaardinvoer) en toont de bevindingen.")
    chk.add_argument("paths", nargs="+", metavar="PAD", help="rapport(en); '-' voor standaardinvoer")
    chk.add_argument("--format", choices=("text", "json", "sarif"), default="text",
                     help="uitvoer: text (voor mensen, standaard), json (contract rapportcheck/1) of sarif")
    chk.add_argument("--type", choices=TYPES, default=None, dest="report_type",
                     help="soort rapportage; standaard 'auto' (herkennen)")
    chk.add_argument("--fail-on", choices=("error", "warning", "info", "never"), default=None,
                     help="exitcode 1 vanaf deze ernst (standaard: error)")
    chk.add_argument("--model", default=None,
                     help="spaCy-model: auto (standaard; een geïnstalleerd nl_core_news_* of het ingebouwde), "
                          "blank, of een modelnaam")
    chk.add_argument("--config", default=None, metavar="BESTAND",
                     help="configuratiebestand (rapportcheck.toml of pyproject.toml); standaard gezocht vanaf "
                          "de map van het rapport")
    color = chk.add_mutually_exclusive_group()
    color.add_argument("--color", dest="color", action="store_true", default=None, help="altijd kleur")
    color.add_argument("--no-color", dest="color", action="store_false", help="nooit kleur")

    ext = sub.add_parser("extract", help="toon de tekst zoals de checker die leest",
                         description="Drukt de platte tekst af waar de offsets van de bevindingen naar wijzen.")
    ext.add_argument("path", metavar="PAD")
    ext.add_argument("--format", choices=("text", "json"), default="text",
                     help="text: alleen de tekst; json: tekst, blokken (kop, alinea, lijst, tabelrij) en metadata")

    rules = sub.add_parser("rules", help="toon de regels met hun documentatie",
                           description="Toont alle regels, of de documentatie van de regels die met CODE beginnen.")
    rules.add_argument("codes", nargs="*", metavar="CODE", help="regelcode of voorvoegsel, bijv. avg.health")
    rules.add_argument("--format", choices=("text", "markdown", "json"), default="text")

    aud = sub.add_parser(
        "audit", help="controleer een heel archief (mappen, zip-bestanden) en maak een overzicht",
        description="Controleert alle rapporten in bestanden, mappen (recursief) en .zip-archieven (ook geneste) "
                    "en schrijft summary.html, summary.json, reports.csv en findings.csv in MAP. Resultaten "
                    "komen direct in MAP/audit.sqlite: een onderbroken audit gaat verder waar hij stopte en een "
                    "nieuwe run controleert alleen nieuwe of gewijzigde bestanden.",
        epilog="LET OP: audit.sqlite en de uitvoer bevatten tekst uit de rapporten (voorbeeldzinnen, "
               "bevindingen) en dus persoonsgegevens, tenzij je --redact gebruikt. Zie docs/audit.md.")
    aud.add_argument("paths", nargs="+", metavar="PAD", help="bestand, map of .zip-archief")
    aud.add_argument("--out", required=True, metavar="MAP", help="map voor de database en de uitvoer")
    aud.add_argument("--workers", type=int, default=None, metavar="N",
                     help="aantal werkprocessen (standaard: alle kernen)")
    aud.add_argument("--include", action="append", default=[], metavar="PATROON",
                     help="alleen bestanden die hierop passen, bijv. '*.docx' of '2024/*' (herhaalbaar)")
    aud.add_argument("--exclude", action="append", default=[], metavar="PATROON",
                     help="sla bestanden en mappen over die hierop passen (herhaalbaar)")
    aud.add_argument("--since", default=None, metavar="DATUM",
                     help="alleen rapporten met een rapportdatum vanaf DATUM (JJJJ-MM-DD); zonder datum telt mee")
    aud.add_argument("--redact", action="store_true",
                     help="geen rapporttekst in de database en de uitvoer (geen voorbeeldzinnen, geen tekst van "
                          "bevindingen)")
    aud.add_argument("--engine", choices=("local", "dask"), default="local",
                     help="local (standaard: processen op deze machine) of dask (een Dask-cluster)")
    aud.add_argument("--scheduler", default=None, metavar="ADRES", help="Dask-scheduler, bijv. tcp://10.0.0.5:8786")
    aud.add_argument("--shared-fs", action="store_true",
                     help="met dask: de workers lezen de bestanden zelf (gedeeld bestandssysteem) in plaats van "
                          "ze toegestuurd te krijgen")

    srv = sub.add_parser("serve", help="start het webformulier",
                         description="Start het webformulier en de JSON-API (waitress). Documenten blijven "
                                     "in het geheugen en worden niet bewaard.")
    srv.add_argument("--host", default="127.0.0.1", help="adres om op te luisteren (standaard 127.0.0.1)")
    srv.add_argument("--port", type=int, default=8000, help="poort (standaard 8000)")
    return parser


def _stdout_utf8() -> None:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def main(argv: list[str] | None = None) -> int:
    _stdout_utf8()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return cmd_check(args)
        if args.command == "extract":
            return cmd_extract(args)
        if args.command == "rules":
            return cmd_rules(args)
        if args.command == "serve":
            return cmd_serve(args)
        if args.command == "audit":
            return cmd_audit(args)
        parser.print_help()
        return EXIT_ERROR
    except RapportcheckError as exc:
        sys.stderr.write(f"rapportcheck: {exc}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("rapportcheck: afgebroken\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK


def cmd_check(args) -> int:
    from checker.config import load_config_file
    from checker.model import SEVERITY_RANK
    from checker.service import Options, check_path

    config = None
    if args.config:
        from pathlib import Path

        config = load_config_file(Path(args.config))
    options = Options(report_type=args.report_type or "auto", model=args.model, config=config)
    reports = []
    for path in args.paths:
        report = check_path(path, options)
        reports.append(report)
        if report.error:
            sys.stderr.write(f"rapportcheck: {path}: {report.error}\n")
    if args.format == "json":
        from checker.render.json_out import render_json

        sys.stdout.write(render_json(reports))
    elif args.format == "sarif":
        from checker.render.sarif import render_sarif

        sys.stdout.write(render_sarif(reports))
    else:
        from checker.render.text import render_text

        render_text(reports, color=args.color)
    if any(r.error for r in reports):
        return EXIT_ERROR
    fail_on = args.fail_on or (config.fail_on if config else None) or "error"
    if fail_on == "never":
        return EXIT_OK
    threshold = SEVERITY_RANK[fail_on]
    hit = any(SEVERITY_RANK[f.severity] >= threshold for r in reports for f in r.findings)
    return EXIT_FINDINGS if hit else EXIT_OK


def cmd_extract(args) -> int:
    from checker.errors import InputError
    from checker.ingest import read_path, read_stdin

    try:
        document = read_stdin() if args.path == "-" else read_path(args.path)
    except InputError as exc:
        sys.stderr.write(f"rapportcheck: {args.path}: {exc}\n")
        return EXIT_ERROR
    if args.format == "json":
        out = {
            "source": document.source, "format": document.format, "text": document.text,
            "blocks": [{"kind": b.kind, "start": b.start, "end": b.end, "level": b.level, "origin": b.origin}
                       for b in document.blocks],
            "metadata": document.metadata,
        }
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(document.text)
        if document.text and not document.text.endswith("\n") and sys.stdout.isatty():
            sys.stdout.write("\n")
    return EXIT_OK


def cmd_rules(args) -> int:
    from checker.rules.docs import render_rules

    text, matched = render_rules(args.codes, args.format)
    if not matched:
        sys.stderr.write(f"rapportcheck: geen regel met code {' of '.join(args.codes)} (zie 'rapportcheck rules')\n")
        return EXIT_ERROR
    sys.stdout.write(text)
    return EXIT_OK


def cmd_audit(args) -> int:
    from checker.audit import run

    return run(args.paths, args.out, workers=args.workers, include=args.include, exclude=args.exclude,
               since=args.since, redact=args.redact, engine=args.engine, scheduler=args.scheduler,
               shared_fs=args.shared_fs)


def cmd_serve(args) -> int:
    from checker.web.server import serve

    serve(args.host, args.port)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
