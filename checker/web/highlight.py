"""Report text + findings → segments → HTML with a <mark> on every finding, in place.

Findings may overlap (a diagnosis inside a vague sentence), and HTML elements cannot, so the text
is cut at every finding edge: each segment knows all findings that cover it and is one <mark>.
The colour is that of the segment's "primary" finding (most severe, then the narrowest, which is
the most specific); the CSS classes name every category present, so a filter hides a segment only
when all of its categories are switched off.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from checker.model import SEVERITY_RANK, Finding


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    findings: tuple[int, ...] = ()     # indices into the report's findings, covering this segment
    starts: tuple[int, ...] = ()       # those that begin here (their "show in text" anchor)


def has_span(finding: Finding, length: int) -> bool:
    """True for a passage finding; False for a document-level one (start == end) or a bad span."""
    return 0 <= finding.start < finding.end <= length


def segments(text: str, findings: list[Finding], extra_cuts: set[int] = frozenset()) -> list[Segment]:
    """Cut `text` at every finding edge (and at `extra_cuts`); consecutive, covering the text."""
    spans = [(i, f.start, f.end) for i, f in enumerate(findings) if has_span(f, len(text))]
    cuts = sorted({0, len(text)} | {s for _, s, _ in spans} | {e for _, _, e in spans}
                  | {c for c in extra_cuts if 0 < c < len(text)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = tuple(i for i, s, e in spans if s <= a and e >= b)
        out.append(Segment(a, b, covering, tuple(i for i in covering if findings[i].start == a)))
    return out


def primary(indices: tuple[int, ...], findings: list[Finding]) -> int:
    """The finding whose colour a segment shows: most severe, then narrowest, then first."""
    return min(indices, key=lambda i: (-SEVERITY_RANK.get(findings[i].severity, 0),
                                       findings[i].end - findings[i].start, i))


def family(category: str) -> str:
    return category.split(".", 1)[0]


def css_name(category: str) -> str:
    """`avg.health` → `avg-health` (a class or id part)."""
    return category.replace(".", "-").replace("_", "-")


def render_text(text: str, findings: list[Finding], headings=()) -> Markup:
    """The whole text as HTML: plain segments escaped, finding segments as focusable marks.

    Each mark holds a link to the finding's explanation (`#f-N`), which is how it works without
    JavaScript; the script turns the same link into a popover. The first segment of a finding
    carries `id="h-N"`, the target of "show in text". `headings` (blocks with start, end and
    level) become spans around their segments; the text itself is never changed.
    """
    opens = {h.start: h for h in headings if 0 <= h.start < h.end <= len(text)}
    closes = {h.end for h in opens.values()}
    parts: list[str] = []
    for seg in segments(text, findings, set(opens) | closes):
        if seg.start in opens:
            parts.append(f'<span class="doc-h doc-h{min(max(opens[seg.start].level, 1), 3)}">')
        parts.append(_segment_html(text, seg, findings))
        if seg.end in closes:
            parts.append("</span>")
    return Markup("".join(parts))


def _segment_html(text: str, seg: Segment, findings: list[Finding]) -> str:
    chunk = escape(text[seg.start:seg.end])
    if not seg.findings:
        return str(chunk)
    main = primary(seg.findings, findings)
    cats = sorted({findings[i].category for i in seg.findings})
    classes = ["hl", f"fam-{family(findings[main].category)}", f"sev-{findings[main].severity}"]
    classes += [f"c-{css_name(c)}" for c in cats]
    if len(seg.findings) > 1:
        classes.append("hl-multi")
    ids = " ".join(str(i) for i in seg.findings)
    described = " ".join(f"fm-{i}" for i in seg.findings)
    anchors = "".join(f'<span class="anchor" id="h-{i}"></span>' for i in seg.starts if i != main)
    link_id = f' id="h-{main}"' if main in seg.starts else ""
    return (f'{anchors}<mark class="{" ".join(classes)}" data-f="{ids}" '
            f'data-c="{" ".join(cats)}"><a href="#f-{main}"{link_id} class="hl-link" '
            f'aria-describedby="{described}">{chunk}</a></mark>')
