"""The trained artifacts (`models/<name>.json`) as shipped inside the package."""

from __future__ import annotations

import json
from importlib import resources


def packaged_artifact(name: str) -> dict | None:
    """The artifact `name`, or None when it is missing: every model is optional at run time."""
    path = resources.files("checker") / "data" / "models" / f"{name}.json"
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))
