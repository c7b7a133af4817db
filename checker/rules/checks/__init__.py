"""Every check module; importing this package registers them all."""

from checker.rules.checks import document, lexicon  # noqa: F401
