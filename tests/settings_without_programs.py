"""The site without the programs app: proves that orgs stands on its own (test_app_layers.py)."""

import os

from sse_directory.settings import *  # noqa: F403
from sse_directory.settings import INSTALLED_APPS

INSTALLED_APPS = [app for app in INSTALLED_APPS if app != "programs"]
ROOT_URLCONF = "tests.urls_without_programs"
DATABASES = {
    "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.environ["ORGS_ONLY_DB"]}
}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
