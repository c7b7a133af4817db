"""The rule registry: every rule's id, category, default severity, Dutch message, suggestion and doc.

Rules are data (`checker/data/rules/*.toml`); the code that finds them is a *check*, registered in a
closed table by name (`@check("avg.lexicon")`). A rule names its check, so config and data can never
import code.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from checker.model import CATEGORIES, SEVERITIES

RULE_ID = re.compile(r"^[a-z_]+\.[a-z_]+(\.[a-z0-9_-]+)*$")
DOC_FIELDS = ("what", "why", "example", "use_instead")


@dataclass(frozen=True)
class RuleDoc:
    what: str
    why: str
    example: str
    use_instead: str


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    severity: str
    message: str                 # Dutch; may use {text} and the names a check passes
    suggestion: str | None
    check: str                   # name of the check that produces it
    doc: RuleDoc
    options: dict = field(default_factory=dict, hash=False, compare=False)
    examples: dict = field(default_factory=dict, hash=False, compare=False)

    @property
    def name(self) -> str:
        return self.id[len(self.category) + 1:] or self.id


@dataclass(frozen=True)
class Hit:
    """What a check found, before config and messages are applied."""

    rule: str
    start: int
    end: int
    values: dict = field(default_factory=dict, hash=False, compare=False)


CheckFn = Callable[["object", list[Rule]], Iterable[Hit]]
_CHECKS: dict[str, CheckFn] = {}
_LATE: set[str] = set()


def check(name: str, late: bool = False) -> Callable[[CheckFn], CheckFn]:
    """Register a check under `name`; the rules that name it are passed in when it runs. A `late`
    check runs after all others and finds their findings in `analysis.extras["regular_spans"]`
    (category → character spans of the findings of rules that are not supplementary)."""

    def register(fn: CheckFn) -> CheckFn:
        if name in _CHECKS:
            raise ValueError(f"check {name!r} registered twice")
        _CHECKS[name] = fn
        if late:
            _LATE.add(name)
        return fn

    return register


def late_checks() -> frozenset[str]:
    checks()
    return frozenset(_LATE)


def checks() -> dict[str, CheckFn]:
    import checker.rules.checks  # noqa: F401  (registers every check)

    return _CHECKS


class RuleDataError(ValueError):
    pass


def _parse_rule(raw: dict, where: str) -> Rule:
    rid = raw.get("id", "")
    if not RULE_ID.match(rid):
        raise RuleDataError(f"{where}: ongeldige regel-id {rid!r}")
    category = raw.get("category")
    if category not in CATEGORIES or not (rid == category or rid.startswith(category + ".")):
        raise RuleDataError(f"{where}: regel {rid}: categorie {category!r} onbekend of past niet bij de id")
    severity = raw.get("severity")
    if severity not in SEVERITIES:
        raise RuleDataError(f"{where}: regel {rid}: ernst {severity!r} onbekend")
    doc = raw.get("doc", {})
    missing = [f for f in DOC_FIELDS if not str(doc.get(f, "")).strip()]
    if missing:
        raise RuleDataError(f"{where}: regel {rid}: documentatie mist {', '.join(missing)}")
    for key in ("message", "check"):
        if not str(raw.get(key, "")).strip():
            raise RuleDataError(f"{where}: regel {rid}: '{key}' ontbreekt")
    return Rule(
        id=rid, category=category, severity=severity, message=raw["message"].strip(),
        suggestion=(raw.get("suggestion") or "").strip() or None, check=raw["check"],
        doc=RuleDoc(**{f: doc[f].strip() for f in DOC_FIELDS}),
        options=raw.get("options", {}), examples=raw.get("examples", {}),
    )


@lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    """Every rule from the packaged rule tables, sorted by id."""
    rules: dict[str, Rule] = {}
    folder = resources.files("checker") / "data" / "rules"
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".toml"):
            continue
        data = tomllib.loads(entry.read_text(encoding="utf-8"))
        for raw in data.get("rule", []):
            rule = _parse_rule(raw, entry.name)
            if rule.id in rules:
                raise RuleDataError(f"{entry.name}: regel-id {rule.id} komt twee keer voor")
            rules[rule.id] = rule
    return tuple(sorted(rules.values(), key=lambda r: r.id))


def rules_by_id() -> dict[str, Rule]:
    return {r.id: r for r in all_rules()}


def matches_prefix(rule_id: str, prefix: str) -> bool:
    return rule_id == prefix or rule_id.startswith(prefix + ".")
