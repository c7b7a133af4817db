"""The HTML pages: upload form, result page and the downloads (Word with comments, JSON).

A view turns a request into a Submission, lets the check service judge it and renders the answer;
nothing about the report itself is decided here.
"""

from __future__ import annotations

import io
import os

from flask import Blueprint, current_app, redirect, render_template, request, send_file, url_for

from checker.render.docx_comments import annotate_docx, text_to_docx
from checker.render.json_out import render_json
from checker.web import presenter
from checker.web.checking import run_check
from checker.web.inputs import BadInput, Submission, carry, from_carried, from_form

bp = Blueprint("web", __name__)
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@bp.get("/")
def index():
    return render_template("index.html", types=presenter.TYPE_CHOICES,
                           upload_mb=current_app.config["UPLOAD_MAX_BYTES"] // (1024 * 1024))


@bp.post("/check")
def check():
    sub = from_form(request)
    report, document = run_check(sub)
    label = "Geplakte tekst" if sub.pasted else sub.name
    view = presenter.build(report, label, document.headings())
    return render_template("result.html", view=view, carried=carry(sub),
                           is_docx=_is_docx(sub))


@bp.get("/check")
def check_again():
    """A bookmarked or reloaded result URL: results are never kept, so start again."""
    return redirect(url_for("web.index"))


@bp.post("/download")
def download():
    """The document again (carried back by the result page, or uploaded directly) → a file."""
    sub = from_carried(request.form) if request.form.get("signature") else from_form(request)
    fmt = request.form.get("format", "docx")
    if fmt not in ("docx", "json"):
        raise BadInput("bad_format", "Kies als download ‘docx’ of ‘json’.")
    report, _document = run_check(sub)
    stem = os.path.splitext(sub.name)[0] or "rapport"
    if fmt == "json":
        body, mimetype, name = render_json([report]).encode("utf-8"), "application/json", f"{stem}-rapportcheck.json"
    else:
        body = annotate_docx(sub.data, report) if _is_docx(sub) else text_to_docx(report)
        mimetype, name = DOCX_MIME, f"{stem}-opmerkingen.docx"
    return send_file(io.BytesIO(body), mimetype=mimetype, as_attachment=True, download_name=name,
                     max_age=0, etag=False, last_modified=None)


def _is_docx(sub: Submission) -> bool:
    return sub.name.lower().endswith(".docx")
