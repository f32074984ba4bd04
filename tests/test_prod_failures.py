"""The database dies, hangs, drops connections or refuses them: 503 within seconds, then back.

Each test runs a real gunicorn (deploy/gunicorn.conf.py) against a real failure: nothing is
mocked. Timeouts are short here (DB_CONNECT_TIMEOUT=2, DB_STATEMENT_TIMEOUT=1) to keep the tests
quick; production defaults are 3 s and 10 s.
"""

import socket
import threading
import time

import psycopg
import pytest

from .prod_servers import Server, demo_copy, drop_database, free_port, sql

pytestmark = pytest.mark.postgres

FAST = {"DB_CONNECT_TIMEOUT": "2", "DB_STATEMENT_TIMEOUT": "1", "PAGE_CACHE_SECONDS": "0"}
PAGES = ["/th/", "/en/organisations/", "/th/programmes/", "/en/search/?q=weave"]
API = ["/api/v1/organisations/", "/api/v1/programmes/"]


def assert_unavailable(server, limit=6):
    """Every page and the API answer 503 (bilingual HTML, JSON) within `limit` seconds."""
    for path in PAGES + API:
        started = time.monotonic()
        response = server.get(path)
        took = time.monotonic() - started
        assert response.status_code == 503, (path, response.status_code)
        assert took < limit, (path, took)
        assert response.headers["Retry-After"]
        if path.startswith("/api/"):
            assert response.headers["Content-Type"] == "application/json"
            assert "unavailable" in response.json()["detail"]
        else:
            html = response.text
            assert "ไม่พร้อมให้บริการชั่วคราว" in html and "temporarily unavailable" in html
            assert 'class="site-header"' in html and "/static/css/site.css" in html
    ready = server.get("/readyz")
    assert ready.status_code == 503 and ready.json()["database"] == "error"
    assert server.get("/healthz").status_code == 200


def assert_serving(server):
    for path in PAGES + API:
        assert server.get(path).status_code == 200, path
    assert server.get("/readyz").status_code == 200


def test_a_dead_port_gives_503_at_once():
    port = free_port()  # nothing listens there
    with Server(DATABASE_URL=f"postgres://postgres@127.0.0.1:{port}/sse", **FAST) as server:
        assert_unavailable(server, limit=3)


@pytest.fixture
def black_hole():
    """A port that accepts connections and never says a word (a hung server, a broken NAT)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    held, stop = [], threading.Event()

    def accept():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except TimeoutError:
                continue
            except OSError:
                return

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    listener.close()


def test_a_server_that_never_answers_gives_503_within_the_connect_timeout(black_hole):
    url = f"postgres://postgres@127.0.0.1:{black_hole}/sse"
    with Server(DATABASE_URL=url, **FAST) as server:
        started = time.monotonic()
        response = server.get("/th/")
        assert response.status_code == 503
        assert time.monotonic() - started < 5  # not gunicorn's 30 s, not libpq's forever
        assert_unavailable(server, limit=5)


@pytest.fixture
def database():
    url = demo_copy("failures")
    yield url, url.rsplit("/", 1)[1]
    drop_database(url.rsplit("/", 1)[1])


def terminate_backends(dbname):
    return sql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE datname = %s AND pid <> pg_backend_pid()",
        params=[dbname],
        fetch=True,
    )


def test_connections_terminated_mid_run_are_replaced(database):
    url, dbname = database
    with Server(DATABASE_URL=url, workers=2, **FAST) as server:
        assert_serving(server)
        assert terminate_backends(dbname), "the app held persistent connections"
        # The health check of a kept connection sees it is gone and opens a new one.
        assert_serving(server)
        assert terminate_backends(dbname)
        assert server.get("/api/v1/organisations/").status_code == 200


def test_a_database_refusing_connections_for_a_while(database):
    url, dbname = database
    with Server(DATABASE_URL=url, **FAST) as server:
        assert_serving(server)
        sql(f'ALTER DATABASE "{dbname}" ALLOW_CONNECTIONS false')
        terminate_backends(dbname)
        try:
            assert_unavailable(server, limit=3)
        finally:
            sql(f'ALTER DATABASE "{dbname}" ALLOW_CONNECTIONS true')
        # Nobody restarts the app: the next requests simply work again.
        assert_serving(server)


def test_a_locked_table_ends_in_503_after_the_statement_timeout(database):
    url, dbname = database
    with Server(DATABASE_URL=url, **FAST) as server:
        assert_serving(server)
        with psycopg.connect(f"postgres://postgres@127.0.0.1:5432/{dbname}") as blocker:
            blocker.execute("LOCK TABLE orgs_organisation IN ACCESS EXCLUSIVE MODE")
            started = time.monotonic()
            response = server.get("/en/organisations/")
            took = time.monotonic() - started
            api = server.get("/api/v1/organisations/")
            blocker.rollback()
        assert response.status_code == 503 and took < 4
        assert api.status_code == 503 and api.json()["detail"]
        assert_serving(server)


def test_outage_is_logged_as_json_with_the_request_id(database):
    url, dbname = database
    port = free_port()
    with Server(DATABASE_URL=f"postgres://postgres@127.0.0.1:{port}/x", **FAST) as server:
        response = server.get("/en/organisations/", headers={"User-Agent": "probe"})
        request_id = response.headers["X-Request-ID"]
        time.sleep(0.5)
        entries = [e for e in server.json_lines() if e.get("request_id") == request_id]
    loggers = {entry["logger"] for entry in entries}
    assert "django.request" in loggers  # the error, with its traceback
    assert "gunicorn.access" in loggers  # the access line
    access = next(e for e in entries if e["logger"] == "gunicorn.access")
    assert access["status"] == 503 and access["path"] == "/en/organisations/"
    assert "127.0.0.1" not in str(entries)
