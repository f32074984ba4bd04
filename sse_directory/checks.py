"""System checks for a production deployment (HTTPS=1, DEBUG off).

A deployment that forgot `npm ci` or `collectstatic` looks fine and is broken (no map on the home
page, unstyled pages): these checks make `migrate`, `check` and gunicorn's start-up (see
deploy/gunicorn.conf.py) fail instead. Development and the test suite (DEBUG, or no HTTPS) are
not affected.
"""

from pathlib import Path

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

MANIFEST_STORAGE = "ManifestStaticFilesStorage"


def in_production():
    return not settings.DEBUG and getattr(settings, "HTTPS", False)


@register(Tags.staticfiles)
def build_artifacts(app_configs=None, **kwargs):
    if not in_production():
        return []
    errors = []
    from orgs import thailand_map

    map_data = Path(settings.NODE_MODULES) / thailand_map.PACKAGE / "index.js"
    if not map_data.is_file():
        errors.append(
            Error(
                f"The map data is missing ({map_data}): the home page would show no map.",
                hint="Run `npm ci` (deploy/build.sh does it).",
                id="sse_directory.E001",
            )
        )
    storage = settings.STORAGES["staticfiles"]["BACKEND"]
    root = Path(settings.STATIC_ROOT)
    expected = root / ("staticfiles.json" if MANIFEST_STORAGE in storage else "css/site.css")
    if not expected.is_file():
        errors.append(
            Error(
                f"The collected static files are missing ({expected}).",
                hint="Run `manage.py collectstatic` (deploy/build.sh does it).",
                id="sse_directory.E002",
            )
        )
    return errors


@register(Tags.caches, deploy=True)
def shared_cache(app_configs=None, **kwargs):
    backend = settings.CACHES["default"]["BACKEND"]
    if in_production() and backend.endswith("LocMemCache"):
        return [
            Warning(
                "The cache is in each process's memory: with several gunicorn workers the "
                "rate limits and single-use form stamps are per worker, and a curator's save "
                "invalidates cached pages in one worker only.",
                hint="Set REDIS_URL (see docs/deploy.md).",
                id="sse_directory.W001",
            )
        ]
    return []


@register(deploy=True)
def contact_address(app_configs=None, **kwargs):
    if in_production() and not settings.CONTACT_EMAIL:
        return [
            Warning(
                "CONTACT_EMAIL is not set: the contact, privacy and accessibility pages give no "
                "address, and the privacy notice asks people to write to one.",
                hint="Set CONTACT_EMAIL to the consortium's address for the directory.",
                id="sse_directory.W002",
            )
        ]
    return []
