"""Login safety: lockout after repeated failures (django-axes), admin path and session cookies."""

import subprocess
import sys

import pytest
from django.conf import settings
from django.core.management import call_command

from .curators import PASSWORD, curator

pytestmark = pytest.mark.django_db


def login(client, username, password, lang="en"):
    return client.post(
        f"/{lang}/{settings.ADMIN_URL}login/",
        {"username": username, "password": password, "next": f"/{lang}/{settings.ADMIN_URL}"},
    )


def test_repeated_failed_logins_lock_the_account_until_reset(client):
    user = curator("Editor", username="somsri")
    assert login(client, user.username, PASSWORD).status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert login(client, user.username, "wrong password").status_code == 200
    assert login(client, user.username, "wrong password").status_code == 429
    locked = login(client, user.username, PASSWORD)  # the right password does not help now
    assert locked.status_code == 429
    assert "Too many failed logins" in locked.content.decode()
    assert "_auth_user_id" not in client.session

    call_command("axes_reset", verbosity=0)
    assert login(client, user.username, PASSWORD).status_code == 302


def test_the_lockout_page_speaks_thai(client):
    user = curator("Reviewer", username="malee")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(client, user.username, "wrong", lang="th")
    locked = login(client, user.username, PASSWORD, lang="th")
    assert locked.status_code == 429
    assert '<html lang="th"' in locked.content.decode()


def test_a_lockout_is_per_account(client):
    curator("Editor", username="one")
    other = curator("Reviewer", username="two")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(client, "one", "wrong")
    assert login(client, other.username, PASSWORD).status_code == 302


def settings_in_subprocess(env, expression):
    code = (
        "import django; django.setup(); from django.conf import settings;"
        f"from django.urls import reverse; print({expression})"
    )
    environment = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "sse_directory.settings",
        **env,
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        cwd=settings.BASE_DIR,
    )
    return result.stdout.strip().splitlines()[-1]


def test_the_admin_path_comes_from_the_environment():
    url = settings_in_subprocess({"ADMIN_URL": "curators-only/"}, "reverse('admin:index')")
    assert url == "/th/curators-only/"


def test_session_cookies_are_sensible():
    assert settings.SESSION_COOKIE_HTTPONLY
    assert settings.SESSION_COOKIE_SAMESITE == "Lax"
    assert settings.SESSION_COOKIE_AGE <= 24 * 60 * 60
    secure = settings_in_subprocess(
        # HTTPS=1 is production: it also needs a real SECRET_KEY (the settings refuse without).
        {"HTTPS": "1", "SECRET_KEY": "s" * 50},
        "settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE",
    )
    assert secure == "True True"
