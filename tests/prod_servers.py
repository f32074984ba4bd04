"""Real servers for the production tests: gunicorn processes, throw-away databases, Redis.

Each server is a gunicorn started with deploy/gunicorn.conf.py and its own environment (the way
an operator configures one), on a free loopback port; its JSON log lines are kept for asserts.
"""

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
import requests

ROOT = Path(__file__).resolve().parent.parent
PG = "postgres://postgres@127.0.0.1:5432"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_url():
    """The local Redis (database 0; keys under a unique prefix per server set), or skip."""
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            if sock.recv(16).startswith(b"+PONG"):
                return "redis://127.0.0.1:6379/0"
    except OSError:
        pass
    pytest.skip("needs Redis on 127.0.0.1:6379 (CI runs it)")


def postgres_or_skip():
    try:
        psycopg.connect(f"{PG}/postgres", connect_timeout=2).close()
    except psycopg.OperationalError:
        pytest.skip("needs PostgreSQL on 127.0.0.1:5432 (CI runs it)")


def sql(statement, dbname="postgres", port=5432, params=None, fetch=False):
    with psycopg.connect(
        f"postgres://postgres@127.0.0.1:{port}/{dbname}", autocommit=True, connect_timeout=3
    ) as conn:
        cursor = conn.execute(statement, params)
        return cursor.fetchall() if fetch else None


def manage(*args, env=None, check=True, timeout=300):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base_env(), **(env or {})},
        capture_output=True,
        text=True,
        check=check,
        timeout=timeout,
    )


def base_env(**extra):
    """A production-like environment (no TLS: the tests talk to gunicorn over loopback)."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "DJANGO_SETTINGS_MODULE": "sse_directory.settings",
        "DEBUG": "0",
        "SECRET_KEY": "test-secret-key-for-production-tests-" + "x" * 30,
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "PLAIN_STATIC": "1",
        "LOG_FORMAT": "json",
    }
    env.update({k: str(v) for k, v in extra.items()})
    return env


def demo_database_url(name):
    return f"{PG}/{name}"


def create_database(name, template=None):
    sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    sql(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    return demo_database_url(name)


def drop_database(name):
    sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class Server:
    """`gunicorn -c deploy/gunicorn.conf.py` on a free port with the given environment."""

    def __init__(self, workers=1, **env):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = base_env(BIND=f"127.0.0.1:{self.port}", WEB_CONCURRENCY=workers, **env)
        self.lines = []
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "-c",
                "deploy/gunicorn.conf.py",
                "sse_directory.wsgi",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        threading.Thread(target=self._read, daemon=True).start()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("gunicorn exited:\n" + "\n".join(self.lines))
            try:
                if requests.get(self.url + "/healthz", timeout=2).status_code == 200:
                    return self
            except requests.RequestException:
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not answer:\n" + "\n".join(self.lines))

    def _read(self):
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def json_lines(self):
        entries = []
        for line in list(self.lines):
            try:
                entries.append(json.loads(line))
            except ValueError:
                continue
        return entries

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode if self.process else None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def get(self, path, session=None, **kwargs):
        kwargs.setdefault("timeout", 15)
        kwargs.setdefault("allow_redirects", False)
        return (session or requests).get(self.url + path, **kwargs)


def unique_prefix(name):
    return f"test-{name}-{uuid.uuid4().hex[:8]}"


CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def csrf_token(html):
    return CSRF.search(html).group(1)


#: The authenticator secret of each curator enrolled by `login` (shared by every server).
SECRETS = {}
SECRET = re.compile(r'<code id="totp-secret">([A-Z2-7 ]+)</code>')
#: The last 30-second step whose code `login` used, per curator.
USED_STEPS = {}


def second_step(server, session, response, username):
    """The two-factor step after a right password: enrol at the first login (reading the key
    off the page, as a curator types it into an app), then a current code from that key."""
    from base64 import b32decode

    from django_otp.oath import totp

    path = urlsplit(response.headers["Location"]).path
    page = server.get(path, session=session)
    found = SECRET.search(page.text)
    if found:
        SECRETS[username] = b32decode(found.group(1).replace(" ", ""))
        USED_STEPS.pop(username, None)
    # A code is good once (django-otp refuses a replay); the device also accepts the next
    # 30-second step's code, so a second login in the same step uses that one.
    drift = USED_STEPS.get(username, -1) + 1 - int(time.time()) // 30
    if drift > 1:
        time.sleep(30 - time.time() % 30 + 0.5)
        drift = max(0, USED_STEPS[username] + 1 - int(time.time()) // 30)
    drift = max(drift, 0)
    USED_STEPS[username] = int(time.time()) // 30 + drift
    return session.post(
        f"{server.url}{path}",
        data={
            "csrfmiddlewaretoken": csrf_token(page.text),
            "code": f"{totp(SECRETS[username], drift=drift):06d}",
        },
        headers={"Referer": f"{server.url}{path}"},
        allow_redirects=False,
        timeout=15,
    )


def login(server, session, username, password, lang="en"):
    """Log in through the admin's login form and its second step, as a curator's browser does.

    A refused password answers as it is (200 with the form again, 429 when locked out)."""
    page = server.get(f"/{lang}/admin/login/", session=session)
    response = session.post(
        f"{server.url}/{lang}/admin/login/?next=/{lang}/admin/",
        data={
            "csrfmiddlewaretoken": csrf_token(page.text),
            "username": username,
            "password": password,
            "next": f"/{lang}/admin/",
        },
        headers={"Referer": f"{server.url}/{lang}/admin/login/"},
        allow_redirects=False,
        timeout=15,
    )
    location = response.headers.get("Location", "")
    if response.status_code == 302 and ("/login/code/" in location or "/login/set-up/" in location):
        return second_step(server, session, response, username)
    return response


def host_of(url):
    return urlsplit(url).netloc


_demo_template = None


def demo_template():
    """A database with the migrations and the demo data, made once per test run; the tests copy
    it (CREATE DATABASE … TEMPLATE), which takes a second instead of a migration."""
    global _demo_template
    if _demo_template is None:
        import atexit

        postgres_or_skip()
        name = f"sse_prod_t_demo_{os.getpid()}"
        url = create_database(name)
        env = {"DATABASE_URL": url, "DB_STATEMENT_TIMEOUT": "0"}
        manage("migrate", "--noinput", "-v0", env=env)
        manage("load_demo", env=env)
        atexit.register(drop_database, name)
        _demo_template = name
    return _demo_template


def demo_copy(name):
    """A fresh copy of the demo database; returns its URL."""
    return create_database(f"sse_prod_t_{name}_{os.getpid()}", template=demo_template())


def forget_prefix(prefix, url="redis://127.0.0.1:6379/0"):
    """Delete a test's keys from the shared Redis (never FLUSHDB: others use it too)."""
    import redis

    client = redis.Redis.from_url(url)
    keys = list(client.scan_iter(f"{prefix}:*"))
    if keys:
        client.delete(*keys)
