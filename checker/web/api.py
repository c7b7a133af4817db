"""The JSON API: `POST /api/check` answers with the contract JSON (schema rapportcheck/1).

No CSRF token and no cookie: the API changes nothing on the server, never reads the session and
sends no CORS header, so a page on another site can make a browser post to it but never read
the answer. Errors are JSON too: {"error": {"status": 400|413|415, "message": "..."}} (Dutch).
"""

from __future__ import annotations

import json
from importlib import resources

from flask import Blueprint, Response, request

from checker import __version__
from checker.render.json_out import to_json_dict
from checker.web.checking import run_check
from checker.web.inputs import from_api
from checker.web.openapi import openapi_document

bp = Blueprint("api", __name__)


def _json(data, status: int = 200) -> Response:
    return Response(json.dumps(data, ensure_ascii=False, indent=1) + "\n", status=status,
                    mimetype="application/json")


@bp.post("/api/check")
def check():
    report, _document = run_check(from_api(request))
    return _json(to_json_dict([report]))


@bp.get("/api/openapi.json")
def openapi():
    return _json(openapi_document())


@bp.get("/api/rapportcheck-1.schema.json")
def schema():
    text = resources.files("checker").joinpath("schema/rapportcheck-1.schema.json").read_text(encoding="utf-8")
    return Response(text, mimetype="application/schema+json")


@bp.get("/healthz")
def healthz():
    return _json({"status": "ok", "version": __version__})
