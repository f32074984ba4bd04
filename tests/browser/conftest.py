"""Browser tests: a real server with the demo data, driven by Playwright in Debian's Chromium.

The server runs in its own process on its own database (a fresh PostgreSQL database when
DATABASE_URL points at PostgreSQL, a temporary SQLite file otherwise), migrated and loaded with
`load_demo`, so pages are seen exactly as a visitor sees them. Without Chromium the tests skip,
unless REQUIRE_BROWSER is set (as .ci/run does), in which case they fail.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = ROOT / "test-artifacts"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


def _require_browser():
    problem = None
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        problem = f"Chromium not found at {CHROMIUM}"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            problem = "the playwright package is not installed"
    if problem:
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(f"browser tests are required here, but {problem}")
        pytest.skip(problem)


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _browser_database_url(tmp_path_factory):
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        import psycopg

        base, _, name = url.rpartition("/")
        name = f"{name.split('?')[0] or 'sse'}_browser"
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"{base}/{name}"
    return f"sqlite:///{tmp_path_factory.mktemp('browser-db') / 'browser.sqlite3'}"


@pytest.fixture(scope="session")
def live_env(tmp_path_factory):
    """The environment of the test server (its database), for `live_manage`."""
    _require_browser()
    return {
        **os.environ,
        "DATABASE_URL": _browser_database_url(tmp_path_factory),
        "DEBUG": "0",
        "STATIC_ROOT": str(tmp_path_factory.mktemp("static")),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
    }


@pytest.fixture(scope="session")
def live_manage(live_env):
    """Run a manage.py command against the test server's database; returns its output."""

    def run(*command):
        result = subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), *command],
            env=live_env,
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
        return result.stdout

    return run


@pytest.fixture(scope="session")
def live_site(live_env):
    """Base URL of a running server with the demo data."""
    env = live_env
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (["migrate", "--noinput"], ["load_demo"], ["collectstatic", "--noinput"]):
        subprocess.run(manage + command, env=env, cwd=ROOT, check=True, capture_output=True)
    port = _free_port()
    ARTIFACTS.mkdir(exist_ok=True)
    server_log = (ARTIFACTS / "server.log").open("w")
    # Served as in production: gunicorn, whitenoise with hashed static files, DEBUG off.
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "sse_directory.wsgi",
            f"--bind=127.0.0.1:{port}",
            "--workers=2",
            "--access-logfile=-",
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=server_log,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("the test server did not start")
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)
        server_log.close()


@pytest.fixture(scope="session")
def browser(live_site):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def phone(browser):
    """A page on a 375 px wide phone screen, in a browser set to Thai."""
    context = browser.new_context(
        viewport={"width": 375, "height": 812}, device_scale_factor=2, locale="th-TH"
    )
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def desktop(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def screenshot():
    """Save a full-page screenshot under test-artifacts/ (kept by CI as an artifact)."""
    ARTIFACTS.mkdir(exist_ok=True)

    def take(page, name):
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
