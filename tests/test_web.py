"""The web app through Flask's test client: every route, every error page, the security headers,
the JSON API against both schemas and the Word download read back with python-docx. No mocks:
real files of every format, the real check service."""

from __future__ import annotations

import base64
import io
import json
import logging
import re
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest
from markupsafe import escape

from checker.ingest import limits
from checker.ingest.docx_reader import read_docx
from checker.model import CATEGORIES
from checker.service import Options, check_upload
from checker.web import create_app
from checker.web.highlight import css_name, segments
from docx_anchors import anchored_comments
from ingest_fixtures import write_zip_bomb
from report_files import example_lines, write_report

WEB = Path(__file__).resolve().parent.parent / "checker" / "web"
FORMATS = [".docx", ".pdf", ".odt", ".txt", ".md"]
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


@pytest.fixture(scope="module")
def app():
    return create_app({"SECRET_KEY": "test-sleutel"})


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("web")
    return {fmt: write_report(folder / f"eindrapportage{fmt}") for fmt in FORMATS}


def token(client) -> str:
    page = client.get("/")
    return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)


def upload(client, name: str, data: bytes, **fields):
    form = {"csrf_token": token(client), "type": "auto", **fields, "file": (io.BytesIO(data), name)}
    return client.post("/check", data=form, content_type="multipart/form-data")


def hidden_fields(html: str) -> dict[str, str]:
    form = html[html.index('class="downloads"'):]
    form = form[: form.index("</form>")]
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form))


class Marks(HTMLParser):
    """Collects the text inside each <mark> with its data-f finding indices."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[tuple[list[int], str]] = []
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        if tag == "mark":
            self.marks.append(([int(i) for i in dict(attrs)["data-f"].split()], ""))
            self._depth += 1

    def handle_endtag(self, tag):
        if tag == "mark":
            self._depth -= 1

    def handle_data(self, data):
        if self._depth:
            ids, text = self.marks[-1]
            self.marks[-1] = (ids, text + data)


def marked_text(html: str, index: int) -> str:
    parser = Marks()
    parser.feed(html)
    return "".join(text for ids, text in parser.marks if index in ids)


def h1(html: str) -> str:
    return re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)


# ---- pages ----------------------------------------------------------------------------------

def test_upload_page_is_dutch_accessible_and_has_no_inline_code(client):
    page = client.get("/")
    assert page.status_code == 200
    html = page.text
    assert '<html lang="nl">' in html
    assert 'name="file"' in html and 'name="text"' in html and 'name="type"' in html
    for field_id in ("file", "text", "type"):
        assert f'<label for="{field_id}"' in html
    for value in ("auto", "eindrapportage", "voortgangsrapportage", "trajectplan", "intakeverslag"):
        assert f'value="{value}"' in html
    assert "Controleren" in html
    assert not re.search(r"<script(?![^>]*\bsrc=)", html), "inline script"
    assert not re.search(r"\son[a-z]+=", html), "inline event handler"
    assert " style=" not in html and "<style" not in html
    assert page.headers["Set-Cookie"].startswith("rapportcheck=")
    assert "HttpOnly" in page.headers["Set-Cookie"] and "SameSite=Strict" in page.headers["Set-Cookie"]


def test_security_headers_on_pages_api_and_static(client):
    for response in (client.get("/"), client.get("/healthz"), client.get("/static/css/app.css"),
                     client.get("/bestaat-niet")):
        for name, value in SECURITY_HEADERS.items():
            assert response.headers[name] == value
        csp = response.headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp
    assert client.get("/").headers["Cache-Control"] == "no-store"
    assert "no-store" not in client.get("/static/js/app.js").headers.get("Cache-Control", "")


def test_no_external_assets():
    for path in list(WEB.rglob("*.html")) + list(WEB.rglob("*.css")) + list(WEB.rglob("*.js")):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(?:src|href)=[\"']?(?:https?:)?//", text), path
        assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", text), path
        assert "@import" not in text, path


def test_every_category_has_a_colour_family_and_filter_rules():
    css = (WEB / "static" / "css" / "app.css").read_text(encoding="utf-8")
    for family in {c.split(".")[0] for c in CATEGORIES}:
        assert f".fam-{family} {{" in css
    for category in CATEGORIES:
        name = css_name(category)
        assert f"#flt-{name}:not(:checked)) .hl.c-{name}" in css
        assert f"#flt-{name}:checked) .hl.c-{name}" in css
        assert f"#flt-{name}:not(:checked)) .finding.c-{name}" in css


@pytest.mark.parametrize("fmt", FORMATS)
def test_upload_every_format_shows_every_finding_highlighted_in_place(client, files, fmt):
    data = files[fmt].read_bytes()
    response = upload(client, files[fmt].name, data)
    assert response.status_code == 200, h1(response.text)
    assert response.headers["Cache-Control"] == "no-store"
    html = response.text
    report = check_upload(files[fmt].name, data, Options())
    assert report.findings, "the example report has findings"
    assert "Volledigheid" in html and f">{report.completeness.score}<" in html
    for i, finding in enumerate(report.findings):
        assert f'id="f-{i}"' in html                                  # explanation (no-JS path)
        assert f'id="fm-{i}"' in html
        if finding.end > finding.start:
            assert marked_text(html, i) == finding.text, finding.rule
            assert f'id="h-{i}"' in html                              # "toon in tekst" target
        else:
            assert 'Over het hele document' in html
    for section in report.completeness.sections:
        assert str(escape(section.title)) in html
        for missing in section.missing:
            if section.status != "not_applicable":
                assert str(escape(missing)) in html


def test_pasted_text_is_checked_like_a_txt_file(client):
    text = "\n".join(example_lines())
    response = client.post("/check", data={"csrf_token": token(client), "type": "auto", "text": text})
    assert response.status_code == 200
    assert "Geplakte tekst" in response.text
    report = check_upload("tekst.txt", text.encode("utf-8"))
    for i, finding in enumerate(report.findings):
        if finding.end > finding.start:
            assert marked_text(response.text, i) == finding.text


def test_report_type_option_is_passed_to_the_check(client):
    text = "\n".join(example_lines())
    response = client.post("/check", data={"csrf_token": token(client), "type": "voortgangsrapportage", "text": text})
    assert response.status_code == 200
    assert "Voortgangsrapportage (opgegeven)" in response.text


def test_overlapping_findings_become_nested_segments():
    from checker.model import Finding

    text = "De heer heeft een burn-out en rugklachten."
    f = [Finding("vague.outcome.x", "vague.outcome", "warning", "m", None, 3, 41, text[3:41]),
         Finding("avg.health.diagnosis", "avg.health", "error", "m", None, 18, 26, text[18:26]),
         Finding("structure.missing_section.required", "structure.missing_section", "error", "m", None, 0, 0, "")]
    segs = segments(text, f)
    assert "".join(text[s.start:s.end] for s in segs) == text
    assert [(text[s.start:s.end], s.findings, s.starts) for s in segs] == [
        ("De ", (), ()), ("heer heeft een ", (0,), (0,)), ("burn-out", (0, 1), (1,)),
        (" en rugklachten", (0,), ()), (".", (), ())]


# ---- bad input and error pages -------------------------------------------------------------

def test_wrong_file_type_gives_the_friendly_400_page(client):
    response = upload(client, "foto.jpg", b"\xff\xd8\xff\xe0 not a report")
    assert response.status_code == 400
    assert "‘.jpg’" in response.text and "Gebruik .docx" in response.text
    assert "Traceback" not in response.text


def test_broken_docx_gives_400(client):
    response = upload(client, "kapot.docx", b"PK\x03\x04 dit is geen zip")
    assert response.status_code == 400
    assert "kan niet worden gelezen" in response.text and "geen geldig Word-bestand" in response.text


def test_zip_bomb_is_refused_by_the_ingest_limits(client, tmp_path):
    bomb = write_zip_bomb(tmp_path / "bom.docx", size=300 * 1024 * 1024)
    response = upload(client, "bom.docx", bomb.read_bytes())
    assert response.status_code == 400
    assert "zip-bom" in response.text


def test_oversize_upload_gives_the_friendly_413_page(client, app):
    assert app.config["UPLOAD_MAX_BYTES"] == limits.MAX_FILE_BYTES == 20 * 1024 * 1024
    response = upload(client, "groot.txt", b"a" * (limits.MAX_FILE_BYTES + 200 * 1024))
    assert response.status_code == 413
    assert "te groot" in response.text and "20 MB" in response.text
    just_over = upload(client, "groot.txt", b"a " * (limits.MAX_FILE_BYTES // 2 + 8))   # body within overhead
    assert just_over.status_code == 413


def test_missing_or_wrong_csrf_token_gives_400(client):
    text = "Eindrapportage\nDatum: 1 juni 2025"
    client.get("/")
    assert client.post("/check", data={"text": text}).status_code == 400
    response = client.post("/check", data={"text": text, "csrf_token": "vervalst"})
    assert response.status_code == 400 and "formulier is verlopen" in response.text
    fresh = create_app({"SECRET_KEY": "test-sleutel"}).test_client()     # no session cookie at all
    assert fresh.post("/check", data={"text": text, "csrf_token": token(client)}).status_code == 400


def test_both_nothing_and_unknown_type_give_400(client):
    both = upload(client, "a.txt", b"Eindrapportage", text="ook tekst")
    assert both.status_code == 400 and "niet allebei" in both.text
    nothing = client.post("/check", data={"csrf_token": token(client), "text": "  "})
    assert nothing.status_code == 400 and "Kies een bestand" in nothing.text
    bad_type = client.post("/check", data={"csrf_token": token(client), "text": "x", "type": "roman"})
    assert bad_type.status_code == 400 and "onbekend soort rapportage" in bad_type.text


def test_404_405_and_get_of_the_result_url(client):
    missing = client.get("/bestaat-niet")
    assert missing.status_code == 404 and h1(missing.text) == "Pagina niet gevonden"
    assert 'lang="nl"' in missing.text
    wrong = client.get("/download")
    assert wrong.status_code == 405 and "Terug naar het formulier" in wrong.text
    assert client.get("/check").status_code == 302          # results are never kept: start again


def test_crash_gives_the_friendly_500_page_and_logs_no_message(caplog):
    app = create_app({"SECRET_KEY": "k"})

    def boom():
        raise RuntimeError("geheime rapporttekst")

    app.add_url_rule("/boem", view_func=boom)
    with caplog.at_level(logging.INFO, logger="rapportcheck.web"):
        response = app.test_client().get("/boem")
    assert response.status_code == 500
    assert "Er ging iets mis" in response.text
    assert "geheime" not in response.text and "Traceback" not in response.text
    assert "interne fout RuntimeError" in caplog.text
    assert "geheime" not in caplog.text


def test_logs_hold_method_path_status_only(client, caplog):
    marker = "Zeldzaamwoordvoordelogtest"
    with caplog.at_level(logging.DEBUG):
        client.post("/check", data={"csrf_token": token(client), "text": f"Eindrapportage\n{marker} heeft burn-out."})
        client.post("/api/check", json={"text": f"{marker} tekst"})
    assert marker not in caplog.text
    assert re.search(r"POST /check 200 \d+ ms", caplog.text)
    assert re.search(r"POST /api/check 200 \d+ ms", caplog.text)


def test_uploads_stay_in_memory(app):
    seen = {}

    def probe():
        from flask import request

        seen["stream"] = type(request.files["file"].stream).__name__
        return "ok"

    probe_app = create_app({"SECRET_KEY": "k"})
    probe_app.add_url_rule("/probe", view_func=probe, methods=["POST"])
    probe_app.test_client().post("/probe", data={"file": (io.BytesIO(b"x" * 2_000_000), "a.txt")},
                                 content_type="multipart/form-data")
    assert seen["stream"] == "BytesIO"            # Werkzeug would spool > 500 kB to a temporary file


# ---- JSON API -------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", [".docx", ".pdf"])
def test_api_check_file_validates_against_both_schemas(client, files, fmt, contract_schema, package_schema):
    data = files[fmt].read_bytes()
    response = client.post("/api/check", data={"file": (io.BytesIO(data), files[fmt].name)},
                           content_type="multipart/form-data")
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert "Set-Cookie" not in response.headers
    out = response.get_json()
    jsonschema.Draft202012Validator(contract_schema).validate(out)
    jsonschema.Draft202012Validator(package_schema).validate(out)
    report = out["reports"][0]
    assert report["source"] == files[fmt].name and report["report_type"] == "eindrapportage"
    assert report == check_upload(files[fmt].name, data).to_dict()


def test_api_check_text_as_json_and_as_form(client, contract_schema, package_schema):
    text = "\n".join(example_lines())
    for response in (client.post("/api/check", json={"text": text, "type": "trajectplan"}),
                     client.post("/api/check", data={"text": text, "type": "trajectplan"})):
        assert response.status_code == 200
        out = response.get_json()
        jsonschema.Draft202012Validator(contract_schema).validate(out)
        jsonschema.Draft202012Validator(package_schema).validate(out)
        report = out["reports"][0]
        assert report["report_type"] == "trajectplan"
        for f in report["findings"]:
            assert text[f["start"]:f["end"]] == f["text"]


def test_api_errors_are_dutch_json(client, tmp_path):
    def error(response, status):
        assert response.status_code == status
        body = response.get_json()
        assert body["error"]["status"] == status and body["error"]["message"]
        return body["error"]["message"]

    assert "Kies een bestand" in error(client.post("/api/check", json={}), 400)
    assert "JSON" in error(client.post("/api/check", data="{kapot", content_type="application/json"), 400)
    error(client.post("/api/check", json={"text": 5}), 400)
    error(client.post("/api/check", json={"text": "x", "type": "roman"}), 400)
    error(client.post("/api/check", data="tekst", content_type="text/plain"), 415)
    assert "‘.exe’" in error(client.post("/api/check", data={"file": (io.BytesIO(b"MZ"), "virus.exe")},
                                         content_type="multipart/form-data"), 415)
    assert "kan niet worden gelezen" in error(client.post(
        "/api/check", data={"file": (io.BytesIO(b"kapot"), "a.docx")}, content_type="multipart/form-data"), 400)
    bomb = write_zip_bomb(tmp_path / "bom.docx", size=300 * 1024 * 1024).read_bytes()
    assert "zip-bom" in error(client.post("/api/check", data={"file": (io.BytesIO(bomb), "bom.docx")},
                                          content_type="multipart/form-data"), 400)
    big = b"a" * (limits.MAX_FILE_BYTES + 100 * 1024)
    assert "te groot" in error(client.post("/api/check", data={"file": (io.BytesIO(big), "a.txt")},
                                           content_type="multipart/form-data"), 413)
    error(client.get("/api/check"), 405)
    error(client.get("/api/bestaat-niet"), 404)


def test_openapi_document_describes_the_routes(client, package_schema):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    doc = json.loads(response.data)
    assert doc["openapi"] == "3.1.0"
    assert {"/api/check", "/healthz", "/api/openapi.json"} <= set(doc["paths"])
    post = doc["paths"]["/api/check"]["post"]
    assert {"multipart/form-data", "application/json"} <= set(post["requestBody"]["content"])
    assert {"200", "400", "413", "415"} <= set(post["responses"])
    ref = post["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    schema = client.get("/api/" + ref)                       # relative to /api/openapi.json
    assert schema.status_code == 200 and json.loads(schema.data) == package_schema
    jsonschema.Draft202012Validator.check_schema(doc["components"]["schemas"]["Error"])
    error = client.post("/api/check", json={}).get_json()
    jsonschema.Draft202012Validator(doc["components"]["schemas"]["Error"]).validate(error)


def test_rapportcheck_serve_starts_waitress_on_the_given_port():
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.Popen([sys.executable, "-m", "checker", "serve", "--host", "127.0.0.1", "--port", str(port)],
                            cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as answer:
                    assert json.loads(answer.read())["status"] == "ok"
                    assert answer.headers["Server"] == "rapportcheck"
                    break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "server did not start"
                time.sleep(0.1)
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=30)
    assert f"http://127.0.0.1:{port}/" in err.decode()
    assert "GET /healthz 200" in err.decode()


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.get_json()["status"] == "ok"


# ---- downloads ------------------------------------------------------------------------------

def test_download_annotated_docx_has_a_comment_on_each_finding(client, files):
    data = files[".docx"].read_bytes()
    page = upload(client, "eindrapportage.docx", data)
    fields = hidden_fields(page.text)
    assert base64.b64decode(fields["document"]) == data
    response = client.post("/download", data={**fields, "format": "docx"}, content_type="multipart/form-data")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert "eindrapportage-opmerkingen.docx" in response.headers["Content-Disposition"]
    assert response.headers["Cache-Control"] == "no-store"
    report = check_upload("eindrapportage.docx", data)
    comments = anchored_comments(response.data)
    assert len(comments) == len(report.findings)
    for finding, (anchor, text) in zip(report.findings, comments):
        assert finding.message in text
        if finding.end > finding.start:
            assert anchor == finding.text, finding.rule
        else:
            assert text.startswith("Hele document")
    assert read_docx(response.data, "x").text == report.text        # the comments add no text


def test_download_for_pasted_text_is_a_new_docx_with_comments(client):
    text = "\n".join(example_lines())
    page = client.post("/check", data={"csrf_token": token(client), "text": text})
    fields = hidden_fields(page.text)
    response = client.post("/download", data={**fields, "format": "docx"}, content_type="multipart/form-data")
    assert response.status_code == 200 and "tekst-opmerkingen.docx" in response.headers["Content-Disposition"]
    assert_new_docx_comments(response.data, check_upload("tekst.txt", text.encode("utf-8")))


def assert_new_docx_comments(data: bytes, report) -> None:
    """A generated .docx has one paragraph per line: a comment spans the finding minus newlines."""
    comments = anchored_comments(data)
    assert len(comments) == len(report.findings)
    for finding, (anchor, text) in zip(report.findings, comments):
        assert finding.message in text
        if finding.end > finding.start:
            assert anchor == finding.text.replace("\n", "")
        else:
            assert text.startswith("Hele document")


@pytest.mark.parametrize("fmt", [".pdf", ".odt"])
def test_download_for_pdf_and_odt_is_a_new_docx_with_comments(client, files, fmt, tmp_path):
    data = files[fmt].read_bytes()
    fields = hidden_fields(upload(client, files[fmt].name, data).text)
    response = client.post("/download", data={**fields, "format": "docx"}, content_type="multipart/form-data")
    assert response.status_code == 200
    assert_new_docx_comments(response.data, check_upload(files[fmt].name, data))


def test_download_json_is_the_contract(client, files, contract_schema):
    fields = hidden_fields(upload(client, "eindrapportage.odt", files[".odt"].read_bytes()).text)
    response = client.post("/download", data={**fields, "format": "json"}, content_type="multipart/form-data")
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert "eindrapportage-rapportcheck.json" in response.headers["Content-Disposition"]
    jsonschema.Draft202012Validator(contract_schema).validate(json.loads(response.data))


def test_tampered_or_unsigned_carried_document_is_refused(client, files):
    fields = hidden_fields(upload(client, "eindrapportage.txt", files[".txt"].read_bytes()).text)
    forged = {**fields, "document": base64.b64encode(b"Eindrapportage\nandere tekst").decode()}
    response = client.post("/download", data={**forged, "format": "docx"}, content_type="multipart/form-data")
    assert response.status_code == 400 and "verlopen" in response.text
    renamed = {**fields, "name": "ander.txt"}
    assert client.post("/download", data={**renamed, "format": "docx"},
                       content_type="multipart/form-data").status_code == 400
    no_csrf = {k: v for k, v in fields.items() if k != "csrf_token"}
    assert client.post("/download", data={**no_csrf, "format": "docx"},
                       content_type="multipart/form-data").status_code == 400


def test_direct_download_from_the_upload_form(client, files):
    data = files[".docx"].read_bytes()
    form = {"csrf_token": token(client), "type": "auto", "format": "docx",
            "file": (io.BytesIO(data), "eindrapportage.docx")}
    response = client.post("/download", data=form, content_type="multipart/form-data")
    assert response.status_code == 200
    assert len(anchored_comments(response.data)) == len(check_upload("eindrapportage.docx", data).findings)
