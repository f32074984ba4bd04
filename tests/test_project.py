"""Project-level checks: migrations match the models, settings come from the environment."""

import subprocess
import sys

import pytest
from django.conf import settings
from django.core.management import call_command


@pytest.mark.django_db
def test_no_missing_migrations():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_thai_is_the_default_language():
    assert settings.LANGUAGE_CODE == "th"
    assert [code for code, _ in settings.LANGUAGES] == ["th", "en"]


def test_settings_follow_the_environment():
    code = (
        "import django; from django.conf import settings; django.setup();"
        "print(settings.DATABASES['default']['ENGINE'], settings.DEBUG, settings.ALLOWED_HOSTS)"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "sse_directory.settings",
        "DATABASE_URL": "postgres://someone@db.example:5432/directory",
        "DEBUG": "1",
        "ALLOWED_HOSTS": "directory.example,www.directory.example",
    }
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert "postgresql" in out and "True" in out and "directory.example" in out
    del env["DATABASE_URL"], env["DEBUG"]
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert "sqlite3" in out and "False" in out
