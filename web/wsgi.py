"""WSGI entry point for a shared deployment (gunicorn, waitress-serve, mod_wsgi).

    gunicorn --chdir web --workers 2 --threads 4 --bind 127.0.0.1:8000 wsgi:app
    waitress-serve --listen=127.0.0.1:8000 --call checker.web:create_app

With more than one worker process, set RAPPORTCHECK_SECRET_KEY (see web/README.md).
"""

from checker.web import create_app

app = create_app()
