"""From an HTTP request to one `Submission` (name, bytes, report type), or a Dutch `BadInput`.

Only the shape of the request is judged here (which field, which extension, how large); whether
the document can be read is the check service's business.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from dataclasses import dataclass

from flask import Request, current_app

from checker.ingest import SUPPORTED_SUFFIXES
from checker.model import REPORT_TYPES

TYPES: tuple[str, ...] = ("auto",) + tuple(t for t in REPORT_TYPES if t != "onbekend")
PASTED_NAME = "tekst.txt"
_UNSAFE = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class Submission:
    name: str            # the file's own name (no folders), or "tekst.txt" for pasted text
    data: bytes
    report_type: str
    pasted: bool = False

    @property
    def text(self) -> str:
        return self.data.decode("utf-8")


class BadInput(Exception):
    """A request we cannot check; `kind` picks the HTTP status, `str()` is the Dutch message."""

    STATUS = {"unsupported": 415, "too_big": 413}

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind

    @property
    def status(self) -> int:
        return self.STATUS.get(self.kind, 400)


def clean_name(filename: str | None) -> str:
    """The file's own name: no folders (browsers on Windows may send them), no control characters."""
    name = _UNSAFE.sub("", (filename or "").replace("\\", "/").rsplit("/", 1)[-1]).strip()
    if len(name) > 150:
        stem, ext = os.path.splitext(name)
        name = stem[: 150 - len(ext)] + ext
    return name


def _report_type(value: str | None) -> str:
    value = (value or "auto").strip() or "auto"
    if value not in TYPES:
        raise BadInput("bad_type", f"onbekend soort rapportage ‘{value[:40]}’; kies uit: {', '.join(TYPES)}")
    return value


def _suffix_ok(name: str) -> None:
    suffix = os.path.splitext(name)[1].lower()
    if suffix not in SUPPORTED_SUFFIXES:
        what = f"Bestanden van het type ‘{suffix}’" if suffix else "Bestanden zonder extensie"
        raise BadInput("unsupported", f"{what} kunnen niet worden gecontroleerd. "
                                      "Gebruik .docx, .pdf, .odt, .txt of .md.")


def _size_ok(size: int) -> None:
    limit = current_app.config["UPLOAD_MAX_BYTES"]
    if size > limit:
        raise BadInput("too_big", f"Het document is te groot (maximaal {limit // (1024 * 1024)} MB).")


def _one_of(file_storage, text: str | None, report_type: str) -> Submission:
    has_file = file_storage is not None and bool(file_storage.filename)
    has_text = bool(text and text.strip())
    if has_file and has_text:
        raise BadInput("both", "Kies een bestand óf plak tekst, niet allebei.")
    if has_file:
        name = clean_name(file_storage.filename) or "document"
        _suffix_ok(name)
        data = file_storage.read()
        _size_ok(len(data))
        if not data:
            raise BadInput("empty", f"Het bestand ‘{name}’ is leeg.")
        return Submission(name, data, report_type)
    if has_text:
        data = text.encode("utf-8")
        _size_ok(len(data))
        return Submission(PASTED_NAME, data, report_type, pasted=True)
    raise BadInput("empty", "Kies een bestand of plak de tekst van een rapportage.")


def from_form(request: Request) -> Submission:
    """The upload form: field `file` or `text`, and `type`."""
    return _one_of(request.files.get("file"), request.form.get("text"), _report_type(request.form.get("type")))


def from_api(request: Request) -> Submission:
    """The JSON API: multipart/urlencoded like the form, or a JSON object {"text": ..., "type": ...}."""
    mimetype = request.mimetype
    if mimetype in ("multipart/form-data", "application/x-www-form-urlencoded"):
        return from_form(request)
    if mimetype == "application/json" or mimetype.endswith("+json"):
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            raise BadInput("bad_json", "De JSON is ongeldig: verwacht een object met ‘text’ en eventueel ‘type’.")
        text = body.get("text")
        if text is not None and not isinstance(text, str):
            raise BadInput("bad_json", "‘text’ moet een tekst (string) zijn.")
        report_type = body.get("type")
        if report_type is not None and not isinstance(report_type, str):
            raise BadInput("bad_json", "‘type’ moet een tekst (string) zijn.")
        return _one_of(None, text, _report_type(report_type))
    raise BadInput("unsupported", "Stuur multipart/form-data (veld ‘file’ of ‘text’) of JSON met ‘text’.")


def from_carried(form) -> Submission:
    """The result page's download form: the document it carried back, base64, with its signature."""
    from checker.web.security import document_signature_ok

    name = clean_name(form.get("name"))
    report_type = _report_type(form.get("type"))
    try:
        data = base64.b64decode(form.get("document", ""), validate=True)
    except (binascii.Error, ValueError):
        data = b""
    if not name or not data or not document_signature_ok(name, report_type, data, form.get("signature", "")):
        raise BadInput("expired", "Deze downloadknop is verlopen of het formulier is gewijzigd. "
                                  "Controleer het document opnieuw en download dan.")
    _suffix_ok(name)
    return Submission(name, data, report_type, pasted=name == PASTED_NAME)


def carry(sub: Submission) -> dict[str, str]:
    """Hidden fields for the result page's download form (see `from_carried`)."""
    from checker.web.security import sign_document

    return {"document": base64.b64encode(sub.data).decode("ascii"), "name": sub.name,
            "type": sub.report_type,
            "signature": sign_document(sub.name, sub.report_type, sub.data)}
