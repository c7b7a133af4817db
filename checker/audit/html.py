"""summary.html: the audit for people – self-contained (inline CSS and SVG, no script, no external
asset), Dutch, readable without colour and with a screen reader (every chart has its data table).
"""

from __future__ import annotations

from html import escape

from checker.audit import svg
from checker.audit.labels import TYPE_LABELS, month_label, number
from checker.labels import SEVERITY_LABELS, category_label
from checker.audit.risk import SEVERITY_FACTOR, WEIGHTS

TOP_CHART = 15

_CSS = """
:root{--ink:#1f2933;--muted:#52606d;--line:#d9e2ec;--bg:#f5f7fa;--accent:#1f5f99;--warn:#8a3b12}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;outline:3px solid var(--accent)}
header,main,footer{max-width:1040px;margin:0 auto;padding:0 20px}
header{padding-top:24px}
h1{font-size:1.7rem;margin:.2em 0}h2{font-size:1.3rem;margin:1.8em 0 .5em;border-bottom:2px solid var(--line);padding-bottom:.2em}
h3{font-size:1.05rem;margin:1.2em 0 .4em}
.meta{color:var(--muted);margin:.2em 0}
.notice{border-left:4px solid var(--warn);background:#fdf3ec;padding:.6em .9em;margin:1em 0}
nav ul{display:flex;flex-wrap:wrap;gap:.3em 1.2em;list-style:none;padding:0;margin:.8em 0}
a{color:var(--accent)}a:focus{outline:3px solid var(--accent);outline-offset:2px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:12px;margin:0}
.cards div{background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:10px 12px}
.cards dt{color:var(--muted);font-size:.9rem}.cards dd{margin:0;font-size:1.5rem;font-weight:600}
.chart{max-width:100%;height:auto;display:block;margin:.6em 0}
table{border-collapse:collapse;width:100%;margin:.6em 0 1em;font-size:.93rem}
caption{text-align:left;font-weight:600;padding:.3em 0}
th,td{border-bottom:1px solid var(--line);padding:.35em .5em;text-align:left;vertical-align:top}
thead th{background:var(--bg)}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.path{word-break:break-all;max-width:420px}
.example{font-style:italic}
details{margin:.4em 0 1em}summary{cursor:pointer;color:var(--accent)}
.sev-error{font-weight:600}
footer{color:var(--muted);font-size:.9rem;padding-bottom:32px}
@media print{nav,.skip{display:none}details{display:block}}
"""


def _e(value) -> str:
    return escape("" if value is None else str(value), quote=True)


def _table(caption: str, head: list[tuple[str, bool]], rows: list[list], *, classes: list[str] | None = None) -> str:
    """A data table; `head` is (title, numeric) per column."""
    out = [f"<table><caption>{_e(caption)}</caption><thead><tr>"]
    out += [("<th scope=\"col\" class=\"n\">" if num else "<th scope=\"col\">") + f"{_e(t)}</th>" for t, num in head]
    out.append("</tr></thead><tbody>")
    if not rows:
        out.append(f'<tr><td colspan="{len(head)}">geen</td></tr>')
    for row in rows:
        out.append("<tr>")
        for i, cell in enumerate(row):
            cls = "n" if head[i][1] else (classes[i] if classes and classes[i] else "")
            out.append(f'<td class="{cls}">{cell}</td>' if cls else f"<td>{cell}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _chart_with_table(chart: str, table: str) -> str:
    return f"{chart}<details><summary>Tabel bij deze grafiek</summary>{table}</details>"


def _n(v, decimals: int = 0) -> str:
    return "–" if v is None else number(v, decimals)


def _cards(s: dict) -> str:
    t = s["totals"]
    items = [
        ("Bestanden", _n(t["files"])),
        ("Verschillende rapporten", _n(t["unique_reports"])),
        ("Met AVG-risico", _n(t["with_avg_risk"])),
        ("Gem. volledigheid", f'{_n(t["mean_completeness"], 1)}'),
        ("Zonder rapportdatum", _n(t["without_date"])),
        ("Niet leesbaar", _n(t["unreadable_files"])),
        ("Dubbele bestanden", _n(t["duplicate_files"])),
        ("Fouten (bevindingen)", _n(t["findings"].get("error", 0))),
    ]
    return '<dl class="cards">' + "".join(f"<div><dt>{_e(k)}</dt><dd>{v}</dd></div>" for k, v in items) + "</dl>"


def _risk_section(s: dict) -> str:
    weights = ", ".join(f"{category_label(c).lower()} {number(w)}" for c, w in WEIGHTS.items())
    factors = ", ".join(f"{SEVERITY_LABELS[k]} × {str(v).replace('.', ',')}" for k, v in SEVERITY_FACTOR.items())
    hist = s["avg_risk_histogram"]
    parts = [
        '<section id="avg" aria-labelledby="avg-h"><h2 id="avg-h">AVG-risico</h2>',
        "<p>Het <strong>AVG-risico</strong> (0–100) telt per rapport de bevindingen over persoonsgegevens die "
        "niet naar de werkgever mogen, gewogen naar de ernst van het gegeven: "
        f"{_e(weights)} punten per bevinding; {_e(factors)}; maximaal 100. Eén genoemde diagnose geeft 25, "
        "vier geven 100. Het getal rangschikt rapporten voor nazicht; het is geen juridisch oordeel.</p>",
        _chart_with_table(
            svg.columns("risk-hist", [(b["label"], b["reports"]) for b in hist],
                        title="Verdeling van het AVG-risico",
                        desc="Aantal rapporten per klasse van het AVG-risico: "
                             + "; ".join(f'{b["label"]}: {b["reports"]}' for b in hist),
                        x_title="AVG-risico", y_title="rapporten", color=svg.PALETTE[1]),
            _table("AVG-risico per klasse", [("AVG-risico", False), ("rapporten", True)],
                   [[_e(b["label"]), _n(b["reports"])] for b in hist])),
    ]
    top = s["top_avg_risk"]
    parts.append("<h3>Rapporten met het hoogste AVG-risico</h3>")
    if top:
        shown = top[:TOP_CHART]
        parts.append(svg.hbar("risk-top", [(r["path"].rsplit("/", 1)[-1], r["avg_risk"]) for r in shown],
                              title=f"De {len(shown)} rapporten met het hoogste AVG-risico",
                              desc="; ".join(f'{r["path"]}: {r["avg_risk"]}' for r in shown),
                              color=svg.PALETTE[1], max_value=100))
    parts.append(_table(
        f"Rapporten gerangschikt op AVG-risico (de eerste {len(top)})",
        [("#", True), ("bestand", False), ("AVG-risico", True), ("AVG-bevindingen", True), ("volledigheid", True),
         ("soort", False), ("datum", False)],
        [[str(i + 1), _e(r["path"]) + (f' <span class="meta">(+{r["other_paths"]} kopie)</span>' if r["other_paths"] else ""),
          _n(r["avg_risk"]), _n(r["avg_findings"]), _n(r["completeness"]), _e(TYPE_LABELS.get(r["report_type"], r["report_type"])),
          _e(r["report_date"] or "–")] for i, r in enumerate(top)],
        classes=[None, "path", None, None, None, None, None]))
    parts.append("</section>")
    return "".join(parts)


def _completeness_section(s: dict) -> str:
    hist = s["completeness_histogram"]
    labels = [f'{b["from"]}–{b["to"]}' for b in hist]
    types = s["report_types"]
    return "".join([
        '<section id="volledigheid" aria-labelledby="vol-h"><h2 id="vol-h">Volledigheid</h2>',
        "<p>De volledigheidsscore (0–100) meet elk rapport tegen de onderdelen die UWV bij dat soort rapportage "
        "verwacht (eindrapportage, voortgangsrapportage, trajectplan of intakeverslag). Een lage score "
        "is een risico bij de poortwachtertoets.</p>",
        _chart_with_table(
            svg.columns("score-hist", list(zip(labels, [b["reports"] for b in hist])),
                        title="Verdeling van de volledigheidsscore",
                        desc="Aantal rapporten per klasse van de volledigheidsscore: "
                             + "; ".join(f'{lab}: {b["reports"]}' for lab, b in zip(labels, hist)),
                        x_title="volledigheidsscore", y_title="rapporten"),
            _table("Rapporten per volledigheidsklasse", [("score", False), ("rapporten", True)],
                   [[_e(lab), _n(b["reports"])] for lab, b in zip(labels, hist)])),
        _table("Soorten rapportage", [("soort", False), ("rapporten", True)],
               [[_e(TYPE_LABELS.get(k, k)), _n(v)] for k, v in types.items()]),
        "</section>",
    ])


def _categories_section(s: dict) -> str:
    cats = [c for c in s["categories"]]
    shown = sorted((c for c in cats if c["findings"]), key=lambda c: -c["findings"])
    return "".join([
        '<section id="categorieen" aria-labelledby="cat-h"><h2 id="cat-h">Bevindingen per categorie</h2>',
        _chart_with_table(
            svg.hbar("categories", [(c["label"], c["findings"]) for c in shown],
                     title="Aantal bevindingen per categorie",
                     desc="; ".join(f'{c["label"]}: {c["findings"]} bevindingen in {c["reports"]} rapporten'
                                    for c in shown) or "geen bevindingen"),
            _table("Bevindingen per categorie", [("categorie", False), ("code", False), ("rapporten", True),
                                                 ("bevindingen", True), ("fout", True), ("waarschuwing", True),
                                                 ("info", True)],
                   [[_e(c["label"]), f'<code>{_e(c["category"])}</code>', _n(c["reports"]), _n(c["findings"]),
                     _n(c["error"]), _n(c["warning"]), _n(c["info"])] for c in cats])),
        "</section>",
    ])


def _rules_section(s: dict, redact: bool) -> str:
    rules = s["rules"]
    shown = rules[:TOP_CHART]
    rows = []
    for r in rules:
        if redact:
            example = f'<span class="meta">{_e(r.get("description") or "")}</span>'
        else:
            ex = r.get("example") or {}
            quote = ex.get("text") or ex.get("message") or ""
            example = (f'<span class="example">“{_e(quote)}”</span><br><span class="meta">{_e(ex.get("path"))}</span>'
                       if quote else "")
        rows.append([f'<code>{_e(r["rule"])}</code><br><span class="meta">{_e(r["label"])}</span>',
                     f'<span class="sev-{_e(r["severity"])}">{_e(SEVERITY_LABELS.get(r["severity"], r["severity"]))}</span>',
                     _n(r["reports"]), _n(r["findings"]), example])
    intro = ("<p>Per regel: in hoeveel rapporten hij voorkomt, met "
             + ("de omschrijving van de regel (tekst uit de rapporten is weggelaten: <code>--redact</code>)."
                if redact else "één voorbeeld uit de rapporten.") + "</p>")
    return "".join([
        '<section id="problemen" aria-labelledby="rules-h"><h2 id="rules-h">Meest voorkomende problemen</h2>', intro,
        svg.hbar("rules", [(r["rule"], r["reports"]) for r in shown],
                 title=f"De {len(shown)} regels die in de meeste rapporten voorkomen",
                 desc="; ".join(f'{r["rule"]}: {r["reports"]} rapporten' for r in shown) or "geen bevindingen",
                 unit=""),
        _table("Regels, van vaak naar zelden", [("regel", False), ("ernst", False), ("rapporten", True),
                                                ("bevindingen", True), ("voorbeeld" if not redact else "omschrijving", False)],
               rows),
        "</section>",
    ])


def _trend_section(s: dict) -> str:
    months = s["months"]
    labels = [month_label(m["month"]) for m in months]
    return "".join([
        '<section id="trend" aria-labelledby="trend-h"><h2 id="trend-h">Trend per rapportmaand</h2>',
        "<p>Gemiddelden per maand van de rapportdatum; rapporten zonder datum tellen hier niet mee "
        f"({_n(s['totals']['without_date'])} rapporten).</p>",
        _chart_with_table(
            svg.lines("trend", labels, [("gem. volledigheid", [m["mean_completeness"] for m in months]),
                                        ("gem. AVG-risico", [m["mean_avg_risk"] for m in months])],
                      title="Gemiddelde volledigheid en gemiddeld AVG-risico per rapportmaand",
                      desc="; ".join(f'{lab}: volledigheid {m["mean_completeness"]}, AVG-risico {m["mean_avg_risk"]}, '
                                     f'{m["reports"]} rapporten' for lab, m in zip(labels, months)) or "geen gedateerde rapporten",
                      y_title="0–100"),
            _table("Per rapportmaand", [("maand", False), ("rapporten", True), ("gem. volledigheid", True),
                                        ("gem. AVG-risico", True), ("met AVG-risico", True)],
                   [[_e(lab), _n(m["reports"]), _n(m["mean_completeness"], 1), _n(m["mean_avg_risk"], 1),
                     _n(m["with_avg_risk"])] for lab, m in zip(labels, months)])),
        "</section>",
    ])


def _unreadable_section(s: dict) -> str:
    u = s["unreadable"]
    ignored = s["run"]["ignored_unsupported"]
    parts = ['<section id="onleesbaar" aria-labelledby="err-h"><h2 id="err-h">Niet gecontroleerde bestanden</h2>',
             _table("Niet leesbaar, per reden", [("reden", False), ("bestanden", True)],
                    [[_e(r["reason"]), _n(r["files"])] for r in u["by_reason"]])]
    if u["files"]:
        parts.append("<details><summary>Alle niet leesbare bestanden"
                     + (f' (de eerste {len(u["files"])}; alles staat in reports.csv)' if len(u["files"]) >= 500 else "")
                     + "</summary>"
                     + _table("Niet leesbare bestanden", [("bestand", False), ("reden", False)],
                              [[_e(f["path"]), _e(f["reason"])] for f in u["files"]], classes=["path", None])
                     + "</details>")
    parts.append(_table("Overgeslagen: geen ondersteund formaat (.docx, .pdf, .odt, .txt, .md)",
                        [("extensie", False), ("bestanden", True)],
                        [[_e(k or "(geen)"), _n(v)] for k, v in sorted(ignored.items(), key=lambda kv: -kv[1])]))
    parts.append("</section>")
    return "".join(parts)


def _accountability(s: dict) -> str:
    run, t = s["run"], s["totals"]
    since = (f"Alleen rapporten met een rapportdatum vanaf {_e(s['since'])}; {_n(t.get('excluded_by_since', 0))} "
             f"ouder(e) weggelaten, {_n(t.get('kept_without_date', 0))} zonder datum meegeteld." if s["since"] else
             "Alle rapportdata.")
    rows = [
        ("Invoer", "<br>".join(_e(p) for p in s["inputs"])),
        ("Periode", since),
        ("Deze run", f'{_n(run["checked"])} gecontroleerd, {_n(run["skipped"])} al bekend (overgeslagen), '
                     f'{_n(run["duplicates"])} dubbel, {_n(run["unreadable"])} niet leesbaar; '
                     f'{_n(run["seconds"], 1)} s met {_e(run["engine"])} ({_n(run["workers"])} werkers)'),
        ("Eerdere runs in deze map", _n(run["earlier_runs"])),
        ("rapportcheck", _e(s["checker_version"])),
        ("Gemaakt", _e(s["generated_at"])),
    ]
    return ('<section id="verantwoording" aria-labelledby="acc-h"><h2 id="acc-h">Verantwoording</h2><table>'
            '<caption>Over deze audit</caption><tbody>'
            + "".join(f'<tr><th scope="row">{_e(k)}</th><td>{v}</td></tr>' for k, v in rows)
            + "</tbody></table></section>")


def render(s: dict) -> str:
    redact = s["redacted"]
    notice = ("Geredigeerd (<code>--redact</code>): deze uitvoer bevat geen tekst uit de rapporten. "
              "Bestandsnamen kunnen wel namen van personen bevatten."
              if redact else
              "Vertrouwelijk: deze pagina, de CSV-bestanden en <code>audit.sqlite</code> bevatten tekst uit de "
              "rapporten (voorbeeldzinnen en bevindingen), dus persoonsgegevens. Deel ze niet; gebruik "
              "<code>--redact</code> voor een versie zonder rapporttekst.")
    sections = [("kerncijfers", "Kerncijfers"), ("avg", "AVG-risico"), ("volledigheid", "Volledigheid"),
                ("categorieen", "Categorieën"), ("problemen", "Problemen"), ("trend", "Trend"),
                ("onleesbaar", "Niet gecontroleerd"), ("verantwoording", "Verantwoording")]
    return "".join([
        '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        # Nothing may load from anywhere, even if a file name were to smuggle markup past escaping.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">'
        "<title>Audit van rapportages – rapportcheck</title>",
        f"<style>{_CSS}</style></head><body>",
        '<a class="skip" href="#inhoud">Naar de inhoud</a>',
        "<header><h1>Audit van re-integratierapportages</h1>",
        f'<p class="meta">{_n(s["totals"]["files"])} bestanden, {_n(s["totals"]["unique_reports"])} verschillende '
        f'rapporten · rapportcheck {_e(s["checker_version"])} · {_e(s["generated_at"])}</p>',
        f'<p class="notice">{notice}</p>',
        (f'<p class="notice">{_n(s["totals"]["not_checked"])} bestanden konden niet worden gecontroleerd (de '
         "rekenomgeving faalde); draai dezelfde opdracht opnieuw om ze alsnog te controleren.</p>"
         if s["totals"].get("not_checked") else ""),
        '<nav aria-label="Onderdelen"><ul>' + "".join(f'<li><a href="#{k}">{_e(v)}</a></li>' for k, v in sections)
        + "</ul></nav></header>",
        '<main id="inhoud">',
        '<section id="kerncijfers" aria-labelledby="kc-h"><h2 id="kc-h">Kerncijfers</h2>', _cards(s), "</section>",
        _risk_section(s), _completeness_section(s), _categories_section(s), _rules_section(s, redact),
        _trend_section(s), _unreadable_section(s), _accountability(s),
        "</main><footer><p>Gemaakt met rapportcheck audit. De controle is automatisch: lees de rapporten met een "
        "hoog risico of een lage score zelf na.</p></footer></body></html>\n",
    ])
