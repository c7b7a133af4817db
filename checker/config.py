"""User configuration: which rules run and at what severity.

Read from `rapportcheck.toml` (top-level keys) or `[tool.rapportcheck]` in `pyproject.toml`, the
first found walking up from the report's folder, or from `--config`. A broken file or an unknown
rule code is an error, never silently ignored.

    [tool.rapportcheck]
    disable = ["vague.effort", "avg.health.medication"]   # rule ids or prefixes
    severity = { "timeline" = "warning", "avg.identifier.phone" = "info" }
    fail-on = "warning"

The most specific prefix wins, so `disable = ["vague"]` with `enable = ["vague.outcome"]` keeps
only vague.outcome.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from checker.errors import ConfigError
from checker.model import SEVERITIES
from checker.rules.registry import matches_prefix, rules_by_id

KNOWN_KEYS = {"disable", "enable", "severity", "fail-on", "model", "type"}


@dataclass(frozen=True)
class Config:
    disable: tuple[str, ...] = ()
    enable: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    fail_on: str | None = None
    model: str | None = None
    report_type: str | None = None
    path: str | None = None
    _cache: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def is_enabled(self, rule_id: str) -> bool:
        best_len, enabled = -1, True
        for prefix in self.disable:
            if matches_prefix(rule_id, prefix) and len(prefix) > best_len:
                best_len, enabled = len(prefix), False
        for prefix in self.enable:
            if matches_prefix(rule_id, prefix) and len(prefix) >= best_len:
                best_len, enabled = len(prefix), True
        return enabled

    def severity_for(self, rule_id: str, default: str) -> str:
        best_len, value = -1, default
        for prefix, sev in self.severity:
            if matches_prefix(rule_id, prefix) and len(prefix) > best_len:
                best_len, value = len(prefix), sev
        return value


DEFAULT = Config()


def _check_prefixes(prefixes: list, where: str, key: str) -> tuple[str, ...]:
    if not isinstance(prefixes, list) or not all(isinstance(p, str) for p in prefixes):
        raise ConfigError(f"{where}: '{key}' moet een lijst met regelcodes zijn")
    ids = rules_by_id()
    for prefix in prefixes:
        if not any(matches_prefix(rid, prefix) for rid in ids):
            raise ConfigError(f"{where}: onbekende regelcode '{prefix}' in '{key}' (zie 'rapportcheck rules')")
    return tuple(prefixes)


def parse_config(data: dict, where: str) -> Config:
    unknown = set(data) - KNOWN_KEYS
    if unknown:
        raise ConfigError(f"{where}: onbekende instelling(en): {', '.join(sorted(unknown))}")
    severity = data.get("severity", {})
    if not isinstance(severity, dict):
        raise ConfigError(f"{where}: 'severity' moet een tabel zijn, bijv. severity = {{ \"vague\" = \"info\" }}")
    _check_prefixes(list(severity), where, "severity")
    for prefix, sev in severity.items():
        if sev not in SEVERITIES:
            raise ConfigError(f"{where}: ernst '{sev}' voor '{prefix}' onbekend (error, warning of info)")
    fail_on = data.get("fail-on")
    if fail_on is not None and fail_on not in ("error", "warning", "info", "never"):
        raise ConfigError(f"{where}: 'fail-on' moet error, warning, info of never zijn")
    return Config(
        disable=_check_prefixes(data.get("disable", []), where, "disable"),
        enable=_check_prefixes(data.get("enable", []), where, "enable"),
        severity=tuple(severity.items()),
        fail_on=fail_on,
        model=data.get("model"),
        report_type=data.get("type"),
        path=where,
    )


def load_config_file(path: Path) -> Config:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"configuratiebestand '{path}' niet gevonden") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
        raise ConfigError(f"{path}: ongeldige TOML: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("rapportcheck", {})
    return parse_config(data, str(path))


@lru_cache(maxsize=256)
def find_config(start: Path) -> Config:
    """The config for a report in folder `start`: nearest rapportcheck.toml or pyproject with our table."""
    folder = start.resolve()
    for candidate_dir in (folder, *folder.parents):
        own = candidate_dir / "rapportcheck.toml"
        if own.is_file():
            return load_config_file(own)
        pyproject = candidate_dir / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
                raise ConfigError(f"{pyproject}: ongeldige TOML: {exc}") from None
            if "rapportcheck" in data.get("tool", {}):
                return parse_config(data["tool"]["rapportcheck"], str(pyproject))
    return DEFAULT
