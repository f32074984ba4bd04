import pytest
from django.db import connection
from django.utils import translation


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    # The manifest storage needs collectstatic; tests render templates without it.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    # A test's rolled-back data must not survive in a cached page into the next test; the page
    # cache has its own tests (tests/test_prod_cache.py), which switch it on.
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture(autouse=True)
def _downloads(settings, tmp_path):
    # Whole-dataset files are built per data version: each test gets its own directory, so a
    # file written from one test's rolled-back rows never answers in another. The per-client
    # download limit has its own tests (tests/test_deep_paging.py), which switch it on.
    settings.EXPORT_CACHE_DIR = tmp_path / "downloads"
    settings.EXPORT_RATE_LIMIT = 0


@pytest.fixture(autouse=True)
def _default_language(settings):
    # A request to /en/ activates English for the thread and nothing resets it: start every
    # test in the default language so tests do not depend on the order they run in.
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def on_postgres():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (CI runs it there)")


@pytest.fixture
def admin_client(client, admin_user):
    """pytest-django's admin_client, logged in with a verified second factor as the admin needs."""
    from .curators import verified_login

    return verified_login(client, admin_user)


from .mailserver import smtp_inbox  # noqa: E402, F401  (the fixture, for every test module)
