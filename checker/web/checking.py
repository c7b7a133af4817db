"""The one call from the web layer into the check service, with the server's options."""

from __future__ import annotations

from flask import current_app

from checker.errors import InputError
from checker.ingest import Document, read_bytes
from checker.model import Report
from checker.service import Options, check_document
from checker.web.inputs import BadInput, Submission


def run_check(sub: Submission) -> tuple[Report, Document]:
    """Read and check a submission in memory, as `service.check_upload` does, but keep the
    Document: the result page styles its headings. Unreadable input is a Dutch `BadInput` (400).

    Pasted text is read as a .txt file, exactly like `service.check_text`.
    """
    options = Options(report_type=sub.report_type, model=current_app.config["RAPPORTCHECK_MODEL"],
                      config=current_app.config["CHECK_CONFIG"])
    try:
        document = read_bytes(sub.name, sub.data)     # size and zip-bomb limits live in ingest
    except InputError as exc:
        raise BadInput("unreadable", f"Dit document kan niet worden gelezen: {exc}.") from None
    return check_document(document, options, options.config), document
