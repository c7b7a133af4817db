"""Errors that reach the user as one Dutch line, never as a traceback."""


class RapportcheckError(Exception):
    """Base class: `str(exc)` is the one-line Dutch message shown to the user."""


class InputError(RapportcheckError):
    """An input that cannot be read: missing, unsupported, broken, too large, encrypted, scanned."""


class ConfigError(RapportcheckError):
    """A configuration file that is broken or names unknown rules; we fail loudly, never fall back."""
