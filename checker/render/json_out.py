"""JSON exactly per the contract (`schema: rapportcheck/1`)."""

from __future__ import annotations

import json

from checker.model import SCHEMA_ID, Report


def to_json_dict(reports: list[Report]) -> dict:
    return {"schema": SCHEMA_ID, "reports": [r.to_dict() for r in reports]}


def render_json(reports: list[Report]) -> str:
    return json.dumps(to_json_dict(reports), ensure_ascii=False, indent=2) + "\n"
