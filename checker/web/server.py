"""`rapportcheck serve`: the app under waitress (pure Python, threads, no temporary files)."""

from __future__ import annotations

import logging
import sys

from checker.web import create_app
from checker.web.security import carried_limit

THREADS = 4


def waitress_options(app) -> dict:
    """Waitress settings that keep uploads in memory and refuse absurd bodies early.

    Waitress buffers a request body before the app sees it and spools bodies above
    `inbuf_overflow` to a temporary file: we raise that to the largest body the app accepts (the
    download form, which carries the document base64), so a report never touches the disk.
    Bodies above twice that are refused by waitress itself; the ones in between still get the
    app's friendly 413 page.
    """
    limit = carried_limit(app)
    return {"inbuf_overflow": limit, "max_request_body_size": 2 * limit, "ident": "rapportcheck",
            "clear_untrusted_proxy_headers": True}


def serve(host: str = "127.0.0.1", port: int = 8000, threads: int = THREADS) -> None:
    from waitress import serve as waitress_serve

    from checker.nlp.pipeline import load_pipeline

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    app = create_app()
    load_pipeline(app.config["RAPPORTCHECK_MODEL"])     # load spaCy now, not on the first upload
    shown = f"[{host}]" if ":" in host else host
    sys.stderr.write(f"rapportcheck draait op http://{shown}:{port}/  (stoppen: Ctrl+C)\n")
    waitress_serve(app, host=host, port=port, threads=threads, **waitress_options(app))
