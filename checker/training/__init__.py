"""Training code for the models in `models/`, one module per artifact; `python -m checker.train`
runs them. Needs the `train` extra (scikit-learn); nothing here is imported at run time."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path


def artifact_main(module: str, doc: str, name: str, write: Callable[[Path], object], argv: list[str] | None) -> int:
    """`python -m <module> [--out PATH]`: train one artifact alone and write it (default
    `models/<name>.json`), as `python -m checker.train` does for all of them."""
    from checker.train import MODELS_DIR

    parser = argparse.ArgumentParser(prog=f"python -m {module}", description=doc.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODELS_DIR / f"{name}.json")
    write(parser.parse_args(argv).out)
    return 0
