"""End to end in a real browser: the app under waitress on 127.0.0.1, Debian's chromium driven by
Playwright. Upload a .docx, see the highlights, open one by mouse and by keyboard, filter, download
the Word file and read its comments back; and the same journey with JavaScript switched off.

Needs /usr/bin/chromium (apt-get install chromium); never `playwright install`. Without it the
tests are skipped, except under CI=true, where a missing browser is a failure.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from checker.service import check_upload
from docx_anchors import anchored_comments
from report_files import example_lines, write_report

CHROMIUM = os.environ.get("RAPPORTCHECK_CHROMIUM", "/usr/bin/chromium")   # Debian's path by default
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: the browser tests must run here)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def server(browser):
    """The real app under waitress on a free port (after `browser`: no server when it is skipped)."""
    from waitress.server import create_server

    from checker.web import create_app
    from checker.web.server import waitress_options

    app = create_app({"SECRET_KEY": "browser-test"})
    srv = create_server(app, host="127.0.0.1", port=0, threads=4, **waitress_options(app))
    stopping = threading.Event()

    def run() -> None:
        try:
            srv.run()
        except (OSError, ValueError):      # the loop's sockets closed under it on shutdown
            if not stopping.is_set():
                raise

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.effective_port}"
    stopping.set()
    srv.close()
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        _unavailable(f"{CHROMIUM} not found: install the Debian package 'chromium' to run the browser tests")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the Python package 'playwright' is not installed (pip install '.[test]')")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def report_docx(tmp_path_factory) -> Path:
    return write_report(tmp_path_factory.mktemp("browser") / "eindrapportage.docx")


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.problems = []
    page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))   # CSP violations too
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    yield page
    context.close()


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def _upload(page, base: str, path: Path) -> None:
    page.goto(base + "/")
    page.set_input_files("#file", str(path))
    page.click("#submit")
    page.wait_for_selector("#doc-text")
    # Layout is only final once the stylesheet has loaded; on a busy machine the element comes first.
    page.wait_for_load_state("load")


def _marked(page, index: int) -> str:
    return page.evaluate(
        "i => Array.from(document.querySelectorAll('mark.hl'))"
        ".filter(m => m.dataset.f.split(' ').includes(String(i))).map(m => m.textContent).join('')", index)


def _highlight(page, index: int):
    """The link of the highlight where finding `index` starts (its own, or the mark it starts in)."""
    return page.locator(f"a#h-{index}, span#h-{index} ~ mark .hl-link").first


def _check_download(download, data: bytes) -> None:
    out = Path(download.path()).read_bytes()
    report = check_upload("eindrapportage.docx", data)
    comments = anchored_comments(out)
    assert len(comments) == len(report.findings)
    for finding, (anchor, text) in zip(report.findings, comments):
        assert finding.message in text
        if finding.end > finding.start:
            assert anchor == finding.text


def test_upload_highlight_popover_filter_and_download(server, page, report_docx):
    data = report_docx.read_bytes()
    report = check_upload("eindrapportage.docx", data)
    spans = [(i, f) for i, f in enumerate(report.findings) if f.end > f.start]
    assert spans, "the example report has findings in the text"

    _upload(page, server, report_docx)
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.locator("mark.hl").count() >= len(spans)
    for i, finding in spans:
        assert _marked(page, i) == finding.text

    # click a highlight: the popover shows that finding's message and suggestion
    i, finding = spans[0]
    link = _highlight(page, i)
    link.click()
    popover = page.locator("#popover")
    popover.wait_for(state="visible")
    assert finding.message in popover.inner_text()
    if finding.suggestion:
        assert finding.suggestion in popover.inner_text()
    page.keyboard.press("Escape")
    popover.wait_for(state="hidden")
    assert link.evaluate("a => a === document.activeElement")         # focus returns to the highlight

    # keyboard only: focus another highlight and press Enter
    j, other = spans[-1]
    _highlight(page, j).focus()
    page.keyboard.press("Enter")
    popover.wait_for(state="visible")
    assert other.message in popover.inner_text()
    page.keyboard.press("Escape")

    # filter: switch a category off, its highlights lose their colour and its explanations hide
    category = finding.category
    box = page.locator(f".filter__input[value='{category}']")
    box.uncheck()
    only_this = page.locator(f"mark.hl[data-c='{category}']").first
    expect(only_this).to_have_css("background-color", "rgba(0, 0, 0, 0)")     # polls past the transition
    assert not page.locator(f"#f-{i}").is_visible()
    assert "zichtbaar" in page.locator("#filter-status").inner_text()
    box.check()
    expect(only_this).not_to_have_css("background-color", "rgba(0, 0, 0, 0)")

    # "Toon in tekst" in the explanation list scrolls to the highlight and opens it
    page.click(f"#f-{j} .finding__back")
    popover.wait_for(state="visible")
    assert other.message in popover.inner_text()
    assert _highlight(page, j).evaluate("a => a === document.activeElement || a.classList.contains('is-active')")
    page.keyboard.press("Escape")

    # the side panel: gauge and section checklist
    assert page.locator("svg.gauge title").text_content().startswith(f"Volledigheid {report.completeness.score} van 100")
    assert page.locator(".checklist .check").count() == len(report.completeness.sections)

    with page.expect_download() as info:
        page.click("button[name=format][value=docx]")
    assert info.value.suggested_filename == "eindrapportage-opmerkingen.docx"
    _check_download(info.value, data)
    assert page.problems == []


def test_without_javascript_the_form_and_the_explanations_work(server, browser, report_docx):
    context = browser.new_context(java_script_enabled=False, accept_downloads=True)
    page = context.new_page()
    try:
        _upload(page, server, report_docx)
        assert page.locator("#popover").is_hidden()
        assert page.locator("#nav-buttons").is_hidden()        # JS-only controls stay hidden
        report = check_upload("eindrapportage.docx", report_docx.read_bytes())
        i = next(n for n, f in enumerate(report.findings) if f.end > f.start)
        link = _highlight(page, i)
        target = link.get_attribute("href")
        link.click()
        assert page.url.endswith(target)
        explanation = page.locator(target)
        shown = report.findings[int(target.split("-")[1])]
        assert explanation.is_visible() and shown.message in explanation.inner_text()
        # CSS-only filtering (:has) works without script too
        page.locator(f".filter__input[value='{shown.category}']").uncheck()
        assert not explanation.is_visible()
        with page.expect_download() as info:
            page.click("button[name=format][value=docx]")
        _check_download(info.value, report_docx.read_bytes())
    finally:
        context.close()


def test_pasted_text_and_a_wrong_file(server, page, tmp_path):
    page.goto(server + "/")
    page.fill("#text", "\n".join(example_lines()))
    page.select_option("#type", "eindrapportage")
    page.click("#submit")
    page.wait_for_selector("#doc-text")
    assert "Geplakte tekst" in page.inner_text("h1")
    assert "Eindrapportage (opgegeven)" in page.inner_text(".result__meta")

    wrong = tmp_path / "foto.png"
    wrong.write_bytes(b"\x89PNG\r\n\x1a\n")
    page.goto(server + "/")
    page.set_input_files("#file", str(wrong))
    response_status = {}
    page.on("response", lambda r: r.url.endswith("/check") and response_status.setdefault("s", r.status))
    page.click("#submit")
    page.wait_for_selector(".error-card")
    assert response_status["s"] == 400
    assert "‘.png’" in page.inner_text(".error-card")
    assert [p for p in page.problems if "status of 400" not in p] == []     # the 400 itself is logged


def test_tablet_layout_puts_the_summary_above_the_text(server, browser, report_docx):
    context = browser.new_context(viewport={"width": 820, "height": 1180})
    page = context.new_page()
    try:
        _upload(page, server, report_docx)
        score, doc = page.locator(".score").bounding_box(), page.locator(".doc").bounding_box()
        checklist = page.locator(".panel__block--sections").bounding_box()
        assert score["y"] < doc["y"] < checklist["y"]          # gauge above the text, checklist below
        assert doc["width"] > 700                              # the text gets the full width
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    finally:
        context.close()
