"""The web form and JSON API (`rapportcheck serve`): an application factory, nothing at import time.

The app lives inside the `checker` package so that `pip install .` ships it with its templates and
static files; the top-level `web/` folder only documents it (see web/README.md).
"""

from __future__ import annotations

import os
import secrets
from typing import Any

from flask import Flask

from checker.ingest import limits

#: The form adds a few small fields (type, CSRF token) to the file: allow for them.
FORM_OVERHEAD = 64 * 1024


def default_config() -> dict[str, Any]:
    """Settings a deployment may override (environment variables named RAPPORTCHECK_*)."""
    upload = limits.MAX_FILE_BYTES
    return {
        # A random key per process is fine for one waitress process; several gunicorn workers
        # must share one (RAPPORTCHECK_SECRET_KEY), or a form from one fails CSRF in another.
        "SECRET_KEY": os.environ.get("RAPPORTCHECK_SECRET_KEY") or secrets.token_bytes(32),
        "UPLOAD_MAX_BYTES": upload,
        "MAX_CONTENT_LENGTH": upload + FORM_OVERHEAD,
        "MAX_FORM_MEMORY_SIZE": upload,            # pasted text may be as large as a file
        "MAX_FORM_PARTS": 20,
        "SESSION_COOKIE_NAME": "rapportcheck",
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Strict",
        "SESSION_COOKIE_SECURE": os.environ.get("RAPPORTCHECK_SECURE_COOKIE", "") in ("1", "true", "yes"),
        "CARRY_MAX_AGE": 2 * 3600,                 # seconds a result page's download buttons work
        "RAPPORTCHECK_MODEL": os.environ.get("RAPPORTCHECK_MODEL", "auto"),
        "RAPPORTCHECK_CONFIG": os.environ.get("RAPPORTCHECK_CONFIG") or None,   # a rapportcheck.toml
        "TEMPLATES_AUTO_RELOAD": False,
    }


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the app; `config` overrides `default_config()` (tests pass small limits, a fixed key)."""
    from checker.web import api, errors, logs, security, views

    app = logs.QuietFlask(__name__, static_folder="static", template_folder="templates")
    app.config.update(default_config())
    app.config.update(config or {})
    app.request_class = security.InMemoryRequest
    app.config["CHECK_CONFIG"] = _check_config(app.config["RAPPORTCHECK_CONFIG"])
    security.install(app)
    logs.install(app)
    errors.install(app)
    app.register_blueprint(views.bp)
    app.register_blueprint(api.bp)
    return app


def _check_config(path: str | None):
    """The rule configuration for every check of this server; never searched for near an upload."""
    from checker.config import DEFAULT, load_config_file

    if not path:
        return DEFAULT
    from pathlib import Path

    return load_config_file(Path(path))
