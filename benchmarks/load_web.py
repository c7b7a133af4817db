"""Load the web app: start `rapportcheck serve` (waitress) on 127.0.0.1, send N concurrent uploads
of ~1,500-word .docx reports to the JSON API and to the HTML form, check every answer, and report
latency (p50/p95) and the server's peak memory. A script, not a test: record its figures in
docs/performance.md and web/README.md.

    python benchmarks/load_web.py [--concurrent 50] [--json out.json]

Uploads are built in memory from the corpus (as in bench_check.py); the answers are compared with
a sequential run first, so a concurrency bug shows up as a mismatch, not just as an error count.
"""

from __future__ import annotations

import argparse
import http.client
import json
import platform
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def docx_bytes(text: str) -> bytes:
    import io

    from docx import Document

    doc = Document()
    for line in text.split("\n"):
        if line.strip():
            doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def multipart(fields: dict[str, str], file_name: str, data: bytes) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{file_name}"\r\n'
                 f"Content-Type: application/octet-stream\r\n\r\n".encode() + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def request(port: int, method: str, path: str, body: bytes | None = None, headers: dict | None = None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def api_check(port: int, data: bytes) -> tuple[int, bytes]:
    body, ctype = multipart({"type": "auto"}, "rapport.docx", data)
    status, _headers, answer = request(port, "POST", "/api/check", body, {"Content-Type": ctype})
    return status, answer


def form_check(port: int, data: bytes) -> tuple[int, bytes]:
    """The browser's way: GET the form (session cookie + CSRF token), then POST it."""
    status, headers, page = request(port, "GET", "/")
    cookie = headers.get("Set-Cookie", "").split(";", 1)[0]
    token = re.search(rb'name="csrf_token" value="([^"]+)"', page).group(1).decode()
    body, ctype = multipart({"type": "auto", "csrf_token": token}, "rapport.docx", data)
    return request(port, "POST", "/check", body, {"Content-Type": ctype, "Cookie": cookie})[::2]


def proc_status(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM (peak resident set) of the server process, in kB."""
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0])
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def burst(port: int, uploads: list[bytes], call, expected: list) -> dict:
    """All uploads at once (threads released together by a barrier)."""
    barrier = threading.Barrier(len(uploads))
    results: list = [None] * len(uploads)

    def worker(i: int) -> None:
        barrier.wait()
        t0 = time.perf_counter()
        try:
            status, body = call(port, uploads[i])
        except Exception as exc:   # noqa: BLE001 - counted as an error below
            status, body = 0, repr(exc).encode()
        results[i] = (status, body, time.perf_counter() - t0)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(len(uploads))]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    errors = [i for i, (status, _b, _t) in enumerate(results) if status != 200]
    mismatches = [i for i, (status, body, _t) in enumerate(results)
                  if status == 200 and expected[i] is not None and summary(body) != expected[i]]
    latencies = [t for _s, _b, t in results]
    return {"requests": len(uploads), "errors": len(errors), "mismatches": len(mismatches),
            "p50_s": round(statistics.median(latencies), 3), "p95_s": round(percentile(latencies, 0.95), 3),
            "max_s": round(max(latencies), 3), "wall_s": round(wall, 2),
            "per_second": round(len(uploads) / wall, 1)}


def summary(body: bytes):
    """What must be identical between a sequential and a concurrent answer."""
    if body.lstrip().startswith(b"{"):
        report = json.loads(body)["reports"][0]
        return (report["report_type"], report["completeness"]["score"],
                [(f["rule"], f["start"], f["end"]) for f in report["findings"]])
    return len(re.findall(rb'<li id="f-\d+"', body))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrent", type=int, default=50)
    parser.add_argument("--json", default=None)
    args = parser.parse_args()

    from bench_check import corpus_texts, report_of

    texts = corpus_texts()
    uploads = [docx_bytes(report_of(texts, i)) for i in range(args.concurrent)]
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "checker", "serve", "--host", "127.0.0.1", "--port", str(port)],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        started = time.perf_counter()
        while True:
            try:
                if request(port, "GET", "/healthz")[0] == 200:
                    break
            except OSError:
                pass
            if time.perf_counter() - started > 120 or server.poll() is not None:
                raise SystemExit("server did not start")
            time.sleep(0.1)
        ready = time.perf_counter() - started
        idle = proc_status(server.pid)

        sequential, expected_api, expected_form = [], [], []
        for data in uploads:
            t0 = time.perf_counter()
            status, body = api_check(port, data)
            sequential.append(time.perf_counter() - t0)
            expected_api.append(summary(body) if status == 200 else None)
        for data in uploads:
            status, body = form_check(port, data)
            expected_form.append(summary(body) if status == 200 else None)
        warm = proc_status(server.pid)

        api = burst(port, uploads, api_check, expected_api)
        form = burst(port, uploads, form_check, expected_form)
        peak = proc_status(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)

    sizes = sorted(len(u) for u in uploads)
    result = {
        "machine": f"{platform.machine()}, {platform.python_version()}, {sys.platform}",
        "uploads": len(uploads), "upload_kb_median": round(statistics.median(sizes) / 1024, 1),
        "server_ready_s": round(ready, 2),
        "sequential_p50_s": round(statistics.median(sequential), 3),
        "sequential_p95_s": round(percentile(sequential, 0.95), 3),
        "api_burst": api, "form_burst": form,
        "rss_idle_mb": round(idle["VmRSS"] / 1024), "rss_after_sequential_mb": round(warm["VmRSS"] / 1024),
        "peak_rss_mb": round(peak["VmHWM"] / 1024),
    }
    print(json.dumps(result, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0 if api["errors"] == form["errors"] == api["mismatches"] == form["mismatches"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
