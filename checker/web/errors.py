"""Every failure as a friendly Dutch page (or, under /api/, a JSON body): never a traceback."""

from __future__ import annotations

from flask import Flask, current_app, jsonify, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError

from checker.web.inputs import BadInput
from checker.web.security import CsrfError

PAGES = {
    400: ("Dit lukte niet", "Het verzoek kon niet worden verwerkt."),
    404: ("Pagina niet gevonden", "Deze pagina bestaat niet. Begin opnieuw bij het formulier."),
    405: ("Dit kan zo niet", "Deze pagina is niet bedoeld om zo te openen. Begin opnieuw bij het formulier."),
    413: ("Bestand te groot", None),
    415: ("Soort bestand niet ondersteund", "Gebruik .docx, .pdf, .odt, .txt of .md."),
    500: ("Er ging iets mis", "Er ging aan onze kant iets mis. Uw document is niet bewaard. "
                              "Probeer het opnieuw; blijft het misgaan, meld het dan aan de beheerder."),
}
KIND_TITLES = {"unsupported": "Soort bestand niet ondersteund", "unreadable": "Document niet leesbaar",
               "too_big": "Bestand te groot", "expired": "Download verlopen", "csrf": "Formulier verlopen"}
CSRF_MESSAGE = ("Het formulier is verlopen of uw browser stuurde geen sessiecookie mee. "
                "Laad de pagina opnieuw en probeer het nog eens.")


def _too_big() -> str:
    mb = current_app.config["UPLOAD_MAX_BYTES"] // (1024 * 1024)
    return f"Het document is te groot. Bestanden tot {mb} MB kunnen worden gecontroleerd."


def respond(status: int, message: str | None = None, title: str | None = None):
    """The error response for this request: JSON under /api/, else the HTML page."""
    page_title, default = PAGES.get(status, PAGES[400] if status < 500 else PAGES[500])
    title = title or page_title
    message = message or default or (_too_big() if status == 413 else "")
    if request.path.startswith("/api/"):
        return jsonify({"error": {"status": status, "message": message}}), status
    return render_template("error.html", status=status, title=title, message=message), status


def install(app: Flask) -> None:
    @app.errorhandler(BadInput)
    def _bad_input(exc: BadInput):
        status = exc.status
        if status == 415 and not request.path.startswith("/api/"):
            status = 400          # the form answers a wrong file type like any other bad input
        return respond(status, _too_big() if exc.kind == "too_big" else str(exc), KIND_TITLES.get(exc.kind))

    @app.errorhandler(CsrfError)
    def _csrf(_exc):
        return respond(400, CSRF_MESSAGE, KIND_TITLES["csrf"])

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException):
        status = exc.code or 500
        if status == 400 and request.path.startswith("/api/"):
            return respond(400, "Het verzoek is ongeldig.")
        return respond(status)

    @app.errorhandler(InternalServerError)
    def _internal(_exc):
        # Also reached for any unhandled exception, after QuietFlask.log_exception logged its type.
        return respond(500)
