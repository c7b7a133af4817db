"""`rapportcheck audit` as a user runs it: real archives in tmp_path, the real CLI in a subprocess.

One archive (every format, a nested zip, duplicates, a broken file, two zip bombs, an undated and an
older report, a photo) is audited once by the local engine; the other tests compare against it.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, run_cli
from ingest_fixtures import write_zip_bomb
from report_files import example_lines, write_report

# Sentences of the example report: none may appear anywhere in DIR with --redact.
SECRETS = ("uitgevallen met een burn-out", "Bakkerij Hollander", "vrachtwagenchauffeur",
           "Er is veel gesolliciteerd", "Transportbedrijf Van Dijk")
VOORTGANG_2024 = ("Voortgangsrapportage 2e spoor\nDatum: 3 juni 2024\nPeriode: 1 april t/m 31 mei 2024\n\n"
                  "1. Contactmomenten\nWe spraken elkaar vier keer.\n")
INTAKE = "Intakeverslag\nDatum: 14 januari 2025\n\nKennismaking en afspraken over rollen en privacy.\n"
UNDATED = "Trajectplan\n\n1. Zoekprofiel\nWerknemer zoekt werk als planner.\n"


def _env() -> dict:
    return {"NO_COLOR": "1", "PATH": "/usr/bin:/bin", "HOME": str(Path.home())}


def audit(*args: str) -> subprocess.CompletedProcess:
    proc = run_cli("audit", *args)
    assert b"Traceback" not in proc.stderr, proc.stderr.decode()
    return proc


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def summary(out: Path) -> dict:
    return json.loads((out / "summary.json").read_text(encoding="utf-8"))


def build_archive(root: Path) -> Path:
    lines = example_lines()
    (root / "rapporten" / "kopie").mkdir(parents=True)
    for suffix in (".docx", ".pdf", ".odt", ".txt"):
        write_report(root / "rapporten" / f"eind{suffix}", lines)
    write_report(root / "rapporten" / "kopie" / "eind-kopie.txt", lines)          # duplicate of eind.txt
    (root / "rapporten" / "notitie.md").write_text(INTAKE.replace("Kennismaking", "Notitie: kennismaking"),
                                                   encoding="utf-8")
    (root / "rapporten" / "zonder-datum.txt").write_text(UNDATED, encoding="utf-8")
    (root / "rapporten" / "kapot.docx").write_bytes(b"dit is geen zip")
    write_zip_bomb(root / "rapporten" / "bom.docx")
    (root / "rapporten" / "foto.jpg").write_bytes(b"\xff\xd8\xff")
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("diep/intake.txt", INTAKE)
    with zipfile.ZipFile(root / "archief.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("2024/voortgang.txt", VOORTGANG_2024)
        zf.writestr("nested.zip", inner.getvalue())
    write_zip_bomb(root / "bommen.zip", name="rapport.txt")
    return root


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    return build_archive(tmp_path_factory.mktemp("archief"))


@pytest.fixture(scope="module")
def local_run(archive, tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    out = tmp_path_factory.mktemp("uit") / "audit"
    proc = audit(str(archive), "--out", str(out), "--workers", "2")
    return out, proc


def test_mixed_archive_every_format_nested_zip_broken_bomb_duplicates(archive, local_run):
    out, proc = local_run
    assert proc.returncode == 0, proc.stderr.decode()
    rows = {Path(r["path"]).relative_to(archive).as_posix(): r for r in read_csv(out / "reports.csv")}
    assert set(rows) == {
        "rapporten/eind.docx", "rapporten/eind.pdf", "rapporten/eind.odt", "rapporten/eind.txt",
        "rapporten/kopie/eind-kopie.txt", "rapporten/notitie.md", "rapporten/zonder-datum.txt",
        "rapporten/kapot.docx", "rapporten/bom.docx", "archief.zip!/2024/voortgang.txt",
        "archief.zip!/nested.zip!/diep/intake.txt", "bommen.zip!/rapport.txt",
    }
    for suffix in ("docx", "pdf", "odt", "txt"):
        row = rows[f"rapporten/eind.{suffix}"]
        assert row["format"] == suffix and row["error"] == ""
        assert row["report_type"] == "eindrapportage" and row["report_date"] == "2025-06-30"
        assert int(row["avg_risk"]) > 0 and int(row["avg.health"]) > 0
    assert rows["archief.zip!/nested.zip!/diep/intake.txt"]["report_type"] == "intakeverslag"
    # Unreadable files are recorded with their Dutch reason; the audit went on.
    assert "geen geldig Word-bestand" in rows["rapporten/kapot.docx"]["error"]
    assert "zip-bom" in rows["rapporten/bom.docx"]["error"]
    assert "zip-bom" in rows["bommen.zip!/rapport.txt"]["error"]
    # Duplicates: one check, both paths recorded.
    original, copy = rows["rapporten/eind.txt"], rows["rapporten/kopie/eind-kopie.txt"]
    assert original["sha256"] == copy["sha256"] and original["same_content_paths"] == "2"
    s = summary(out)
    assert s["run"]["checked"] == 10 and s["run"]["duplicates"] == 1 and s["run"]["skipped"] == 0
    assert s["run"]["unreadable"] == 3 and s["run"]["ignored_unsupported"] == {".jpg": 1, ".xml": 1}
    assert s["totals"]["files"] == 12 and s["totals"]["unique_reports"] == 10
    assert s["totals"]["without_date"] == 1
    db = sqlite3.connect(out / "audit.sqlite")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT COUNT(*) FROM reports WHERE hash = ?", (original["sha256"],)).fetchone()[0] == 1
    assert db.execute("SELECT COUNT(*) FROM paths WHERE hash = ?", (original["sha256"],)).fetchone()[0] == 2
    stored = db.execute("SELECT size, format, report_type, report_date, completeness, counts, avg_risk, error,"
                        " checker_version, checked_at FROM reports WHERE hash = ?", (original["sha256"],)).fetchone()
    assert stored[1] == "txt" and stored[2] == "eindrapportage" and json.loads(stored[5])["avg.health"]["error"] > 0
    assert stored[8] and stored[9]
    texts = [t for (t,) in db.execute("SELECT text FROM findings WHERE hash = ?", (original["sha256"],))]
    assert any("burn-out" in (t or "") for t in texts)
    findings = read_csv(out / "findings.csv")
    assert {"rule", "category", "severity", "start", "end", "text"} <= set(findings[0])
    assert any(f["text"] for f in findings)
    assert "Audit klaar" in proc.stdout.decode()


def test_dask_engine_gives_the_same_reports_csv(archive, local_run, tmp_path):
    # Right after the local run (module order): the two runs see the same checker code and data.
    # processes=False: the worker lives in this process; measured quicker than processes=True here
    # (cluster up 0.3 s vs 0.7 s, audit 2.5 s vs 3.2 s, close 0.01 s vs 0.5 s).
    distributed = pytest.importorskip("distributed", reason="dask[distributed] is niet geïnstalleerd "
                                                            "(pip install '.[distributed]')")
    out = tmp_path / "dask"
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp",
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        proc = audit(str(archive), "--out", str(out), "--engine", "dask", "--scheduler", cluster.scheduler_address)
    assert proc.returncode == 0, proc.stderr.decode()
    assert read_csv(out / "reports.csv") == read_csv(local_run[0] / "reports.csv")   # rows: a readable diff
    assert (out / "reports.csv").read_bytes() == (local_run[0] / "reports.csv").read_bytes()
    assert summary(out)["run"]["engine"] == "dask"


def test_summary_html_is_self_contained_with_svg_charts(local_run):
    out, _ = local_run
    page = (out / "summary.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="nl">' in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert "<script" not in page and "<link" not in page and "@import" not in page
    for chart in ("risk-hist", "risk-top", "score-hist", "categories", "rules", "trend"):
        assert re.search(rf'<svg class="chart" id="{chart}" role="img"', page), chart
    assert page.count("<title id=") >= 6 and "Tabel bij deze grafiek" in page
    assert "AVG-risico" in page and "Meest voorkomende problemen" in page and "Trend per rapportmaand" in page
    assert "Bakkerij Hollander" in page or "burn-out" in page    # one example per rule (not redacted)


def test_rerun_skips_known_and_rechecks_changed(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"r{i}.txt").write_text(INTAKE + f"Gesprek {i}.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert audit(str(src), "--out", str(out), "--workers", "1").returncode == 0
    assert summary(out)["run"]["checked"] == 3
    proc = audit(str(src), "--out", str(out), "--workers", "1")
    assert proc.returncode == 0 and summary(out)["run"]["checked"] == 0 and summary(out)["run"]["skipped"] == 3
    (src / "r1.txt").write_text(INTAKE + "Gewijzigd.\n", encoding="utf-8")      # same path, new content
    (src / "r3.txt").write_text(INTAKE + "Nieuw.\n", encoding="utf-8")
    audit(str(src), "--out", str(out), "--workers", "1")
    run = summary(out)["run"]
    assert (run["checked"], run["skipped"]) == (2, 2)
    rows = read_csv(out / "reports.csv")
    assert len(rows) == 4 and len({r["sha256"] for r in rows}) == 4


def test_include_exclude_and_since(archive, tmp_path):
    out = tmp_path / "out"
    proc = audit(str(archive), "--out", str(out), "--workers", "2", "--include", "*.txt",
                 "--exclude", "kopie", "--since", "2025-01-01")
    assert proc.returncode == 0, proc.stderr.decode()
    paths = sorted(Path(r["path"]).relative_to(archive).as_posix() for r in read_csv(out / "reports.csv"))
    # .txt only (also inside zips), not the excluded folder; the 2024 report is left out by --since,
    # the undated one is kept and counted.
    assert paths == ["archief.zip!/nested.zip!/diep/intake.txt", "bommen.zip!/rapport.txt",
                     "rapporten/eind.txt", "rapporten/zonder-datum.txt"]
    s = summary(out)
    assert s["since"] == "2025-01-01"
    assert s["totals"]["excluded_by_since"] == 1 and s["totals"]["kept_without_date"] == 1


def _grep_dir(folder: Path) -> list[tuple[str, str]]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits += [(path.name, s) for s in SECRETS if s.encode("utf-8") in data]
    return hits


def test_redact_keeps_report_text_out_of_every_file(archive, local_run, tmp_path):
    out = tmp_path / "redacted"
    proc = audit(str(archive), "--out", str(out), "--workers", "2", "--redact")
    assert proc.returncode == 0, proc.stderr.decode()
    assert _grep_dir(out) == []
    assert all(f["text"] == "" and f["message"] == "" for f in read_csv(out / "findings.csv"))
    assert summary(out)["redacted"] is True and "example" not in summary(out)["rules"][0]
    # An earlier audit with text, re-run with --redact: the text is scrubbed from the database too.
    reused = tmp_path / "reused"
    shutil.copytree(local_run[0], reused)
    assert _grep_dir(reused)
    proc = audit(str(archive), "--out", str(reused), "--workers", "2", "--redact")
    assert proc.returncode == 0 and summary(reused)["run"]["checked"] == 0
    assert _grep_dir(reused) == []


N_INTERRUPT = 200


def test_interrupt_then_resume_loses_nothing_and_repeats_nothing(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    lines = example_lines()
    # Enough reports that the audit is still running when the first batch of results is committed
    # (every half second) and the signal arrives: 30 short ones could all be done by then.
    for i in range(N_INTERRUPT):
        body = [lines[0], f"Datum: {i % 28 + 1} juni 2025", *lines[2:], *[f"Regel {j} van rapport {i}." for j in range(40)]]
        (src / f"rapport-{i:02d}.txt").write_text("\n".join(body), encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "checker", "audit", str(src), "--out", str(out), "--workers", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=_env())
    deadline = time.monotonic() + 60
    rows = 0
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with sqlite3.connect(f"file:{out / 'audit.sqlite'}?mode=ro", uri=True) as db:
                rows = db.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
        except sqlite3.Error:
            rows = 0
        if rows:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=90)
    assert proc.returncode == 130, err.decode()
    assert "Hervat met" in err.decode() and "Traceback" not in err.decode()
    with sqlite3.connect(out / "audit.sqlite") as db:
        done = db.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
    assert 0 < done < N_INTERRUPT
    assert not (out / "summary.json").exists()      # outputs only from a complete audit

    resumed = audit(str(src), "--out", str(out), "--workers", "2")
    assert resumed.returncode == 0, resumed.stderr.decode()
    run = summary(out)["run"]
    assert (run["checked"], run["skipped"]) == (N_INTERRUPT - done, done)
    with sqlite3.connect(out / "audit.sqlite") as db:
        assert db.execute("SELECT COUNT(*), COUNT(DISTINCT hash) FROM reports").fetchone() == (N_INTERRUPT, N_INTERRUPT)
        assert db.execute("SELECT COUNT(*), COUNT(DISTINCT path) FROM paths").fetchone() == (N_INTERRUPT, N_INTERRUPT)
        statuses = [s for (s,) in db.execute("SELECT status FROM runs ORDER BY id")]
    assert statuses == ["interrupted", "complete"]
    assert len(read_csv(out / "reports.csv")) == N_INTERRUPT


@pytest.mark.parametrize("args, message", [
    (["/bestaat/niet", "--out", "{tmp}/o"], "pad niet gevonden"),
    (["{tmp}", "--out", "{tmp}/o", "--since", "31-13-2024"], "ongeldige datum"),
    (["{tmp}", "--out", "{tmp}/o", "--workers", "0"], "--workers moet 1 of meer zijn"),
    (["{tmp}", "--out", "{tmp}/o", "--engine", "dask"], "vraagt --scheduler"),
    (["{tmp}", "--out", "{tmp}/o", "--scheduler", "tcp://127.0.0.1:9"], "horen bij --engine dask"),
])
def test_bad_arguments_one_dutch_line_exit_2(tmp_path, args, message):
    proc = audit(*[a.replace("{tmp}", str(tmp_path)) for a in args])
    err = proc.stderr.decode().strip()
    assert proc.returncode == 2 and message in err and len(err.splitlines()) == 1, err


@pytest.mark.parametrize("address, message", [("tcp://127.0.0.1:9", "niet bereiken"),
                                              ("ergens:poort", "ongeldig adres")])
def test_bad_scheduler_address_fails_fast(tmp_path, address, message):
    pytest.importorskip("distributed", reason="dask[distributed] is niet geïnstalleerd (pip install '.[distributed]')")
    proc = audit(str(tmp_path), "--out", str(tmp_path / "o"), "--engine", "dask", "--scheduler", address)
    err = proc.stderr.decode().strip()
    assert proc.returncode == 2 and message in err and len(err.splitlines()) == 1, err


def test_help_warns_about_report_text():
    out = run_cli("audit", "--help").stdout.decode()
    assert "--redact" in out and "persoonsgegevens" in out
