"""Dutch labels for the audit's outputs (the same wording as the web form's result page)."""

from __future__ import annotations

CATEGORY_LABELS = {
    "avg.health": "Gezondheidsgegevens", "avg.private": "Privégegevens",
    "avg.third_party": "Gegevens van derden", "avg.identifier": "Identificerende gegevens",
    "vague.outcome": "Vage uitkomst", "vague.effort": "Vage inspanning",
    "timeline.report_date": "Rapportdatum", "timeline.period": "Verslagperiode",
    "timeline.undated_activity": "Activiteit zonder datum",
    "functions.none": "Geen functies genoemd", "functions.rationale": "Functies zonder onderbouwing",
    "structure.missing_section": "Ontbrekend onderdeel", "structure.report_type": "Soort rapportage",
}
SEVERITY_LABELS = {"error": "fout", "warning": "waarschuwing", "info": "info"}
TYPE_LABELS = {
    "eindrapportage": "Eindrapportage", "voortgangsrapportage": "Voortgangsrapportage",
    "trajectplan": "Trajectplan", "intakeverslag": "Intakeverslag", "onbekend": "Onbekend type",
}
MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def category_label(category: str) -> str:
    return CATEGORY_LABELS.get(category, category)


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
