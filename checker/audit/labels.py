"""Dutch labels only the audit's outputs need; category and severity names are the shared ones of
`checker.labels`, the wording of the web form's result page."""

from __future__ import annotations

TYPE_LABELS = {
    "eindrapportage": "Eindrapportage", "voortgangsrapportage": "Voortgangsrapportage",
    "trajectplan": "Trajectplan", "intakeverslag": "Intakeverslag", "onbekend": "Onbekend type",
}
MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def month_label(month: str) -> str:
    """'2025-06' → 'jun 2025'."""
    try:
        year, m = month.split("-")
        return f"{MONTHS[int(m) - 1]} {year}"
    except (ValueError, IndexError):
        return month


def number(value: float, decimals: int = 0) -> str:
    """Dutch notation: 12.345,6."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
