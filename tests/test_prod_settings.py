"""Production settings: `check --deploy` clean, refusals, build checks, methods, error answers."""

import json
import logging
import subprocess
import sys

import pytest
from django.test import Client, RequestFactory

from sse_directory import checks
from sse_directory.errors import server_error
from sse_directory.logging import JSONFormatter, RequestIDFilter, redact

from .prod_servers import ROOT, base_env


def run_python(code, **env):
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=base_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def built_static(tmp_path):
    """A STATIC_ROOT as collectstatic leaves it, as far as the check looks (its manifest)."""
    (tmp_path / "staticfiles.json").write_text('{"paths": {}, "version": "1.1"}')
    return tmp_path


PRODUCTION = {
    "HTTPS": "1",
    "REQUIRE_SECRET_KEY": "1",
    "PLAIN_STATIC": "0",
    "ALLOWED_HOSTS": "sse.example.org",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "CONTACT_EMAIL": "directory@example.org",
}


def test_check_deploy_is_clean_in_production(built_static):
    result = run_python(
        "import django, sys; from django.core.management import call_command; django.setup();"
        "call_command('check', deploy=True, fail_level='WARNING')",
        STATIC_ROOT=built_static,
        **PRODUCTION,
    )
    assert result.returncode == 0, result.stderr


def test_hsts_preload_is_on_by_default_and_can_be_turned_off(built_static):
    code = (
        "import django; from django.conf import settings; from django.core.management import "
        "call_command; django.setup(); call_command('check', deploy=True, fail_level='WARNING');"
        "print(settings.SECURE_HSTS_PRELOAD, settings.SECURE_REDIRECT_EXEMPT)"
    )
    on = run_python(code, STATIC_ROOT=built_static, **PRODUCTION)
    off = run_python(code, STATIC_ROOT=built_static, SECURE_HSTS_PRELOAD="0", **PRODUCTION)
    assert on.returncode == off.returncode == 0, (on.stderr, off.stderr)
    assert on.stdout.splitlines()[-1].startswith("True")
    assert off.stdout.splitlines()[-1].startswith("False")
    assert "healthz" in on.stdout and "readyz" in on.stdout


def test_without_a_shared_cache_check_deploy_warns(built_static):
    env = {**PRODUCTION, "REDIS_URL": ""}
    result = run_python(
        "import django; from django.core.management import call_command; django.setup();"
        "call_command('check', deploy=True, fail_level='WARNING')",
        STATIC_ROOT=built_static,
        **env,
    )
    assert result.returncode != 0 and "sse_directory.W001" in result.stderr


def test_without_a_contact_address_check_deploy_warns(built_static):
    result = run_python(
        "import django; from django.core.management import call_command; django.setup();"
        "call_command('check', deploy=True, fail_level='WARNING')",
        STATIC_ROOT=built_static,
        **{**PRODUCTION, "CONTACT_EMAIL": ""},
    )
    assert result.returncode != 0 and "sse_directory.W002" in result.stderr


@pytest.mark.parametrize(
    "env",
    [
        {"HTTPS": "1", "DEBUG": "1"},
        {"HTTPS": "1", "SECRET_KEY": "insecure-development-key-do-not-use-in-production"},
    ],
    ids=["debug", "default-secret"],
)
def test_production_refuses_to_start_with_debug_or_the_default_key(env):
    result = run_python("import django; django.setup()", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and "HTTPS=1" in result.stderr


def test_missing_map_data_or_static_files_are_errors_in_production(settings, tmp_path):
    settings.HTTPS, settings.DEBUG = True, False
    settings.NODE_MODULES = tmp_path / "node_modules"
    settings.STATIC_ROOT = tmp_path / "staticfiles"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    assert {e.id for e in checks.build_artifacts()} == {"sse_directory.E001", "sse_directory.E002"}
    settings.HTTPS = False  # development and the tests are not production
    assert checks.build_artifacts() == []


def test_the_real_map_data_satisfies_the_check(settings, built_static):
    settings.HTTPS, settings.DEBUG, settings.STATIC_ROOT = True, False, built_static
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    assert checks.build_artifacts() == []


def test_gunicorn_refuses_to_start_a_broken_production(tmp_path):
    # No collected static files: the check error stops gunicorn before it takes a request.
    result = subprocess.run(
        [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "sse_directory.wsgi"],
        cwd=ROOT,
        env=base_env(BIND="127.0.0.1:0", STATIC_ROOT=tmp_path, **PRODUCTION),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "sse_directory.E002" in result.stderr + result.stdout


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["TRACE", "PUT", "DELETE", "PATCH", "CONNECT", "FOO"])
@pytest.mark.parametrize("path", ["/th/", "/en/organisations/", "/api/v1/organisations/"])
def test_other_methods_get_405(client, method, path):
    response = client.generic(method, path)
    assert response.status_code == 405
    assert set(response["Allow"].replace(" ", "").split(",")) == {"GET", "HEAD", "POST", "OPTIONS"}
    if path.startswith("/api/"):
        assert response.json()["detail"]


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS"])
def test_ordinary_methods_still_work(client, method):
    assert client.generic(method, "/en/").status_code == 200


@pytest.mark.django_db
def test_health_checks_answer_over_http_with_the_ssl_redirect_on(settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
    client = Client()
    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code == 200
    assert client.get("/th/").status_code == 301


def test_api_errors_are_json_even_a_500():
    request = RequestFactory().get("/api/v1/organisations/")
    try:
        raise RuntimeError("a bug")
    except RuntimeError:
        response = server_error(request)
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json" and json.loads(response.content)


@pytest.mark.django_db
def test_every_response_has_a_request_id_that_the_log_lines_carry(client):
    records = []
    handler = logging.Handler()
    handler.emit = records.append
    handler.addFilter(RequestIDFilter())
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    try:
        response = client.get("/en/organisations/no-such-entry/")
    finally:
        logger.removeHandler(handler)
    request_id = response["X-Request-ID"]
    assert len(request_id) == 32
    assert records and all(r.request_id == request_id for r in records)
    line = json.loads(JSONFormatter().format(records[0]))
    assert line["request_id"] == request_id and line["level"] == "WARNING"
    assert client.get("/en/")["X-Request-ID"] != request_id
    # An id from the proxy (nginx's $request_id) is kept; junk is replaced.
    kept = client.get("/en/", headers={"X-Request-ID": "a1b2c3d4e5f60718"})
    assert kept["X-Request-ID"] == "a1b2c3d4e5f60718"
    assert client.get("/en/", headers={"X-Request-ID": "<script>"})["X-Request-ID"] != "<script>"


def test_logs_never_show_emails_or_ip_addresses():
    text = redact(
        "login failed for somchai@example.org from 203.0.113.7 and 2001:db8::1; "
        "at 10:04:30, version 1.2, 3 rows"
    )
    assert "somchai@example.org" not in text and "203.0.113.7" not in text
    assert "2001:db8::1" not in text
    assert "10:04:30" in text and "version 1.2" in text
    assert redact("a@example.org") == redact("A@example.org")  # one visitor, one pseudonym
    assert text.count("email:") == 1 and text.count("ip:") == 2
