"""Headers, CSRF, in-memory uploads and signed round-trips: what keeps the web app safe and private.

- Every response gets a strict Content-Security-Policy (only our own files; no inline script or
  style, so injected markup cannot run), nosniff, no referrer, no framing; everything except the
  static files is `Cache-Control: no-store`, so results never land in a browser or proxy cache.
- The HTML forms carry a CSRF token bound to a signed session cookie (HttpOnly, SameSite=Strict);
  the cookie holds nothing else. The JSON API is not protected by it and needs none: it changes
  nothing, reads no cookie and sends no CORS header, so another site cannot read its answers.
- Uploaded files are parsed into memory (Werkzeug would spool anything above 500 kB to a
  temporary file); the form limits in the app config bound that memory.
- The result page carries the document back to the browser for its download buttons, with an
  HMAC over its digest and a time stamp, so the server keeps nothing between requests and the
  download endpoint only re-processes what this server itself produced a result page for.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import secrets

from flask import Flask, current_app, request, session
from flask.wrappers import Request
from itsdangerous import BadSignature, SignatureExpired, TimestampSigner

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}
CSRF_FIELD = "csrf_token"
_CSRF_KEY = "csrf"
_CARRY_SALT = "rapportcheck-document"


class InMemoryRequest(Request):
    """Keeps uploaded files in memory: a report must never touch the server's disk."""

    def _get_file_stream(self, total_content_length, content_type, filename=None, content_length=None):
        return io.BytesIO()


class CsrfError(Exception):
    """The form's token is missing or does not match the session (expired page, cookies off)."""


def csrf_token() -> str:
    """The token for this browser session, created on first use."""
    token = session.get(_CSRF_KEY)
    if not token:
        token = secrets.token_urlsafe(32)
        session[_CSRF_KEY] = token
    return token


def _check_csrf() -> None:
    expected = session.get(_CSRF_KEY)
    given = request.form.get(CSRF_FIELD, "")
    if not expected or not given or not hmac.compare_digest(str(expected), given):
        raise CsrfError()


def _document_digest(name: str, report_type: str, data: bytes) -> str:
    h = hashlib.sha256()
    for part in (name.encode("utf-8"), report_type.encode("utf-8"), data):
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()


def sign_document(name: str, report_type: str, data: bytes) -> str:
    """A signature the result page sends along with the document it carries back."""
    signer = TimestampSigner(current_app.secret_key, salt=_CARRY_SALT)
    return signer.sign(_document_digest(name, report_type, data)).decode("ascii")


def document_signature_ok(name: str, report_type: str, data: bytes, signature: str) -> bool:
    """True when `signature` was made by this server for exactly these values, recently enough."""
    signer = TimestampSigner(current_app.secret_key, salt=_CARRY_SALT)
    try:
        digest = signer.unsign(signature, max_age=current_app.config["CARRY_MAX_AGE"]).decode("ascii")
    except (BadSignature, SignatureExpired, UnicodeDecodeError):
        return False
    return hmac.compare_digest(digest, _document_digest(name, report_type, data))


def carried_limit(app: Flask) -> int:
    """Request size for the download form: the document travels base64-encoded (4/3 larger)."""
    return -(-app.config["UPLOAD_MAX_BYTES"] * 4 // 3) + 2 * 64 * 1024


def install(app: Flask) -> None:
    app.jinja_env.globals["csrf_token"] = csrf_token
    app.jinja_env.globals["CSRF_FIELD"] = CSRF_FIELD

    @app.before_request
    def _limits_and_csrf():
        if request.endpoint == "web.download":
            limit = carried_limit(app)
            request.max_content_length = limit
            request.max_form_memory_size = limit
        if request.method == "POST" and request.blueprint == "web":
            _check_csrf()          # reads the form: an oversized body is refused (413) first

    @app.after_request
    def _headers(response):
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        if request.endpoint != "static":
            response.headers["Cache-Control"] = "no-store"
            response.headers["Pragma"] = "no-cache"
        return response

