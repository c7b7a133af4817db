"""The trained artifacts (`models/<name>.json`) as shipped inside the package.

An artifact stays one readable JSON file (fingerprint, vocabulary, thresholds, metrics), but each
large weight matrix in it is one encoded value, `{"dtype": "<f8", "shape": [n, k], "base64": …}`:
parsing millions of numbers from JSON text, and the garbage collections their objects set off, cost
the CLI's cold start about 0.4 s; decoding the raw little-endian bytes costs next to nothing and
gives exactly the same numbers.
"""

from __future__ import annotations

import base64
import json
from importlib import resources
from pathlib import Path

import numpy as np

_INTS = (np.int8, np.int16, np.int32, np.int64)


def encode_array(values) -> dict:
    """A numeric array as one JSON value: float64 as it is (no rounding beyond the trainer's own),
    integers in the smallest exact int dtype. Same array, same bytes: artifacts stay byte-identical."""
    a = np.asarray(values)
    if a.dtype.kind in "iub":
        lo, hi = (int(a.min()), int(a.max())) if a.size else (0, 0)
        dtype = np.dtype(next(t for t in _INTS if np.iinfo(t).min <= lo and hi <= np.iinfo(t).max))
    else:
        dtype = np.dtype(np.float64)
    a = np.ascontiguousarray(a, dtype=dtype.newbyteorder("<"))
    return {"dtype": a.dtype.str, "shape": list(a.shape), "base64": base64.b64encode(a.tobytes()).decode("ascii")}


def decode_array(value) -> np.ndarray:
    """The array of an `encode_array` value (read-only); a plain nested list, as older artifacts
    and models written by hand in tests hold, is taken as it is."""
    if not isinstance(value, dict):
        return np.asarray(value)
    data = base64.b64decode(value["base64"])
    return np.frombuffer(data, dtype=np.dtype(value["dtype"])).reshape(value["shape"])


def packaged_artifact(name: str) -> dict | None:
    """The artifact `name`, or None when it is missing: every model is optional at run time."""
    path = resources.files("checker") / "data" / "models" / f"{name}.json"
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def write_artifact(out: Path, artifact: dict) -> dict:
    """Compact JSON, one trailing newline: the byte-identical form the fingerprint tests rely on.
    Pure ASCII (other characters as \\u escapes): Python holds a text with one character beyond
    U+FFFF – a "👍" among the features – at four bytes per character, so the 8 MB AVG artifact
    took 33 MB while it was parsed; in ASCII it takes 8 (peak memory of the CLI, session 12)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(artifact, ensure_ascii=True, separators=(",", ":")) + "\n", encoding="ascii")
    return artifact
