"""Dutch place names (residences, municipalities, provinces) from deduce's lookup lists, read
lazily like the person names in `names.py`; empty when deduce is not installed.

"Gezocht in Almere en Lelystad" names where, not whom: a place is not an employer."""

from __future__ import annotations

from functools import lru_cache

from checker.nlp.names import deduce_lookup_dir, read_lookup_list


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Lower-cased one-word place names."""
    root = deduce_lookup_dir()
    if root is None:
        return frozenset()
    folder = root / "locations" / "lst_placename"
    words: set[str] = set()
    for name in ("lst_residence", "lst_municipality", "lst_province"):
        words |= read_lookup_list(folder, name)
    return frozenset(w for w in words if " " not in w)
