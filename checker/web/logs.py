"""Logging that can never contain report text: method, path and status per request, and for a crash
the exception type and code locations, never its message (which could quote the document)."""

from __future__ import annotations

import logging
import time
import traceback

from flask import Flask, g, request

log = logging.getLogger("rapportcheck.web")


class QuietFlask(Flask):
    """Flask whose crash log leaves out the exception message and the request's data."""

    def log_exception(self, exc_info) -> None:
        exc_type, _exc, tb = exc_info
        frames = "; ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}"
                           for f in traceback.extract_tb(tb)[-6:])
        log.error("interne fout %s bij %s %s (%s)", getattr(exc_type, "__name__", exc_type),
                  request.method, request.path, frames)


def install(app: Flask) -> None:
    # Werkzeug's own request line (development server) is replaced by ours below.
    logging.getLogger("werkzeug").setLevel(logging.WARNING)

    @app.before_request
    def _start_clock():
        g.started = time.perf_counter()

    @app.after_request
    def _access_log(response):
        took = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
        log.info("%s %s %s %.0f ms", request.method, request.path, response.status_code, took)
        return response
