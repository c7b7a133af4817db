"""Shared fixtures: the NLP pipeline is loaded once per test session."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def nlp():
    from checker.nlp.pipeline import load_pipeline

    return load_pipeline("blank")


@pytest.fixture(scope="session")
def contract_schema() -> dict:
    """The shared contract, which lives beside the repository (`../shared`, as in CI). A clone on
    its own skips the tests that need it instead of erroring."""
    shared = ROOT.parent / "shared" / "rapportcheck-1.schema.json"
    if not shared.is_file():
        pytest.skip(f"contract schema not found at {shared} (run beside ../shared to include these tests)")
    return json.loads(shared.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def package_schema() -> dict:
    return json.loads((ROOT / "checker" / "schema" / "rapportcheck-1.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def sarif_schema() -> dict:
    return json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the real CLI in a subprocess, as a user would."""
    return subprocess.run([sys.executable, "-m", "checker", *args], input=stdin, capture_output=True,
                          cwd=cwd or ROOT, timeout=120, env={"NO_COLOR": "1", "PATH": "/usr/bin:/bin",
                                                              "HOME": str(Path.home())})
