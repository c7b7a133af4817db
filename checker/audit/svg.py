"""Small inline SVG charts, drawn in Python: no JavaScript, no external assets, printable.

Each chart is `role="img"` with a <title> and <desc> (screen readers), values written next to the
bars (no reading off an axis), and in the HTML a data table follows every chart. Series in the
line chart differ in dash pattern and marker too, not only in colour.
"""

from __future__ import annotations

from html import escape

INK = "#1f2933"
MUTED = "#52606d"
GRID = "#d9e2ec"
PALETTE = ("#1f5f99", "#b8401a", "#2f7d32", "#6b3fa0")


def _a(value) -> str:
    return escape(str(value), quote=True)


def _fmt(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}".replace(".", ",")


def _open(chart_id: str, width: int, height: int, title: str, desc: str) -> list[str]:
    return [f'<svg class="chart" id="{_a(chart_id)}" role="img" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" aria-labelledby="{_a(chart_id)}-t {_a(chart_id)}-d" '
            f'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" font-size="12">',
            f'<title id="{_a(chart_id)}-t">{escape(title)}</title>',
            f'<desc id="{_a(chart_id)}-d">{escape(desc)}</desc>']


def _clip(label: str, chars: int) -> str:
    return label if len(label) <= chars else "…" + label[-(chars - 1):]


def hbar(chart_id: str, rows: list[tuple[str, float]], *, title: str, desc: str, width: int = 720,
         label_width: int = 260, color: str = PALETTE[0], max_value: float | None = None, unit: str = "") -> str:
    """Horizontal bars, one per (label, value), largest first as given. Long labels keep their end."""
    bar_h, gap, top = 20, 8, 8
    height = top * 2 + max(1, len(rows)) * (bar_h + gap)
    top_value = max_value if max_value is not None else max([v for _, v in rows] + [1])
    span = width - label_width - 70
    out = _open(chart_id, width, height, title, desc)
    if not rows:
        out.append(f'<text x="{width / 2}" y="{height / 2 + 4}" text-anchor="middle" fill="{MUTED}">geen gegevens</text>')
    for i, (label, value) in enumerate(rows):
        y = top + i * (bar_h + gap)
        w = 0 if not top_value else max(1.0 if value else 0.0, span * value / top_value)
        out.append(f'<g><title>{escape(label)}: {_fmt(value)}{escape(unit)}</title>'
                   f'<text x="{label_width - 8}" y="{y + bar_h * 0.7:.1f}" text-anchor="end" fill="{INK}">'
                   f'{escape(_clip(label, label_width // 7))}</text>'
                   f'<rect x="{label_width}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{color}" rx="2"/>'
                   f'<text x="{label_width + w + 6:.1f}" y="{y + bar_h * 0.7:.1f}" fill="{INK}">'
                   f'{_fmt(value)}{escape(unit)}</text></g>')
    out.append("</svg>")
    return "".join(out)


def columns(chart_id: str, bins: list[tuple[str, float]], *, title: str, desc: str, x_title: str, y_title: str,
            width: int = 720, height: int = 260, color: str = PALETTE[0]) -> str:
    """Vertical bars (a histogram): label under each bar, value on top, a light grid."""
    left, right, top, bottom = 52, 12, 16, 48
    plot_w, plot_h = width - left - right, height - top - bottom
    top_value = max([v for _, v in bins] + [1])
    out = _open(chart_id, width, height, title, desc)
    for frac in (0, 0.5, 1):
        y = top + plot_h * (1 - frac)
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}"/>'
                   f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="{MUTED}">{_fmt(top_value * frac)}</text>')
    slot = plot_w / max(1, len(bins))
    for i, (label, value) in enumerate(bins):
        h = plot_h * value / top_value
        x = left + i * slot + slot * 0.12
        out.append(f'<g><title>{escape(label)}: {_fmt(value)}</title>'
                   f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{slot * 0.76:.1f}" height="{h:.1f}" '
                   f'fill="{color}" rx="2"/>'
                   f'<text x="{x + slot * 0.38:.1f}" y="{top + plot_h - h - 4:.1f}" text-anchor="middle" '
                   f'fill="{INK}">{_fmt(value)}</text>'
                   f'<text x="{x + slot * 0.38:.1f}" y="{top + plot_h + 16:.1f}" text-anchor="middle" '
                   f'fill="{INK}">{escape(label)}</text></g>')
    out.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 8}" text-anchor="middle" fill="{MUTED}">'
               f'{escape(x_title)}</text>'
               f'<text x="14" y="{top + plot_h / 2:.1f}" text-anchor="middle" fill="{MUTED}" '
               f'transform="rotate(-90 14 {top + plot_h / 2:.1f})">{escape(y_title)}</text>')
    out.append("</svg>")
    return "".join(out)


_DASHES = ("", "6 4", "2 3", "8 3 2 3")
_MARKERS = ("circle", "square", "diamond", "triangle")


def _marker(kind: str, x: float, y: float, color: str) -> str:
    if kind == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{color}"/>'
    if kind == "square":
        return f'<rect x="{x - 3.5:.1f}" y="{y - 3.5:.1f}" width="7" height="7" fill="{color}"/>'
    if kind == "diamond":
        return f'<path d="M{x:.1f} {y - 4.5:.1f}l4.5 4.5-4.5 4.5-4.5-4.5z" fill="{color}"/>'
    return f'<path d="M{x:.1f} {y - 4.5:.1f}l4.5 8h-9z" fill="{color}"/>'


def lines(chart_id: str, labels: list[str], series: list[tuple[str, list[float | None]]], *, title: str,
          desc: str, y_max: float = 100, y_title: str = "", width: int = 720, height: int = 280) -> str:
    """Line chart over `labels` (months); a gap where a value is None. Legend above the plot."""
    left, right, top, bottom = 52, 16, 36, 44
    plot_w, plot_h = width - left - right, height - top - bottom
    out = _open(chart_id, width, height, title, desc)
    for frac in (0, 0.25, 0.5, 0.75, 1):
        y = top + plot_h * (1 - frac)
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}"/>'
                   f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="{MUTED}">{_fmt(y_max * frac)}</text>')
    n = len(labels)
    step = plot_w / max(1, n - 1) if n > 1 else 0

    def xy(i: int, v: float) -> tuple[float, float]:
        return left + (i * step if n > 1 else plot_w / 2), top + plot_h * (1 - min(v, y_max) / y_max)

    every = max(1, -(-n // 12))   # at most ~12 month labels
    for i, label in enumerate(labels):
        if i % every == 0 or i == n - 1:
            x, _ = xy(i, 0)
            out.append(f'<text x="{x:.1f}" y="{top + plot_h + 16}" text-anchor="middle" fill="{INK}">'
                       f'{escape(label)}</text>')
    legend_x = left
    for k, (name, values) in enumerate(series):
        color, dash, marker = PALETTE[k % len(PALETTE)], _DASHES[k % len(_DASHES)], _MARKERS[k % len(_MARKERS)]
        runs, current = [], []
        for i, v in enumerate(values):
            if v is None:
                if current:
                    runs.append(current)
                current = []
            else:
                current.append(xy(i, v))
        if current:
            runs.append(current)
        for run in runs:
            if len(run) > 1:
                pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in run)
                out.append(f'<polyline points="{pts}" fill="none" stroke="{color}" stroke-width="2"'
                           + (f' stroke-dasharray="{dash}"' if dash else "") + "/>")
        for i, v in enumerate(values):
            if v is not None:
                x, y = xy(i, v)
                out.append(f'<g><title>{escape(name)}, {escape(labels[i])}: {_fmt(v)}</title>'
                           f'{_marker(marker, x, y, color)}</g>')
        out.append(f'<line x1="{legend_x}" x2="{legend_x + 28}" y1="14" y2="14" stroke="{color}" stroke-width="2"'
                   + (f' stroke-dasharray="{dash}"' if dash else "") + "/>"
                   + _marker(marker, legend_x + 14, 14, color)
                   + f'<text x="{legend_x + 34}" y="18" fill="{INK}">{escape(name)}</text>')
        legend_x += 40 + 7 * len(name) + 24
    if y_title:
        out.append(f'<text x="14" y="{top + plot_h / 2:.1f}" text-anchor="middle" fill="{MUTED}" '
                   f'transform="rotate(-90 14 {top + plot_h / 2:.1f})">{escape(y_title)}</text>')
    out.append("</svg>")
    return "".join(out)
