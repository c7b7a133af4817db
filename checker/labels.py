"""Dutch names for what the checker reports, shared by every output people read (text, web, audit):
one wording everywhere, so a coach recognises a category on the result page and in the audit."""

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
FAMILY_LABELS = {"avg": "AVG en privacy", "vague": "Vaagheid", "timeline": "Data en tijdlijn",
                 "functions": "Functies", "structure": "Opbouw"}
SEVERITY_LABELS = {"error": "fout", "warning": "waarschuwing", "info": "info"}
STATUS_LABELS = {"present": "aanwezig", "partial": "onvolledig", "missing": "ontbreekt",
                 "not_applicable": "niet van toepassing"}


def category_label(category: str) -> str:
    return CATEGORY_LABELS.get(category, category)
