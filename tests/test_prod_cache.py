"""Whole public pages from the shared cache (Redis), replaced the moment a curator saves.

The cache here is the real Redis on 127.0.0.1:6379 (skipped when it does not answer; CI runs
it), under a key prefix of its own, so other users of that Redis are not touched.
"""

import pytest
import redis

from curation.models import Status
from orgs.models import Organisation

from .curators import client_for, curator, run_action
from .factories import OrganisationFactory, url_in
from .prod_servers import redis_url, unique_prefix

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared_cache(settings):
    url = redis_url()
    prefix = unique_prefix("cache")
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": prefix,
        }
    }
    settings.PAGE_CACHE_SECONDS = 60
    client = redis.Redis.from_url(url)
    yield client, prefix
    keys = list(client.scan_iter(f"{prefix}:*"))
    if keys:
        client.delete(*keys)


def cached_state(response):
    return response.get("X-Cache")


def test_a_public_page_is_served_from_redis_the_second_time(client, shared_cache):
    redis_client, prefix = shared_cache
    OrganisationFactory(name_en="Ban Na Weavers")
    first = client.get("/en/organisations/")
    second = client.get("/en/organisations/")
    assert (cached_state(first), cached_state(second)) == ("miss", "hit")
    assert second.content == first.content and "Ban Na Weavers" in second.content.decode()
    assert any(b"page." in key for key in redis_client.scan_iter(f"{prefix}:*"))


def test_a_curators_save_shows_at_once(client, shared_cache):
    draft = OrganisationFactory(name_en="Hidden Cooperative", status=Status.REVIEW)
    published = OrganisationFactory(name_en="Visible Enterprise")
    pages = ["/en/organisations/", "/th/", "/api/v1/organisations/", url_in("en", published)]
    for path in pages:
        client.get(path)
        assert cached_state(client.get(path)) == "hit", path
    assert "Hidden Cooperative" not in client.get("/en/organisations/").content.decode()
    assert client.get(url_in("en", draft)).status_code == 404

    reviewer = client_for(curator("Admin"))
    run_action(reviewer, Organisation, "publish", [draft])
    run_action(reviewer, Organisation, "archive", [published])

    listing = client.get("/en/organisations/")
    assert cached_state(listing) == "miss"
    assert "Hidden Cooperative" in listing.content.decode()
    assert "Visible Enterprise" not in listing.content.decode()
    assert "Hidden Cooperative" in client.get("/api/v1/organisations/").content.decode()
    assert client.get(url_in("en", draft)).status_code == 200
    assert client.get(url_in("en", published)).status_code in (404, 410)


def test_language_and_query_have_their_own_entries(client, shared_cache):
    OrganisationFactory()
    urls = ["/th/organisations/", "/en/organisations/", "/en/organisations/?region=northern"]
    first = [client.get(url) for url in urls]
    assert [cached_state(r) for r in first] == ["miss", "miss", "miss"]
    again = [client.get(url) for url in urls]
    assert [cached_state(r) for r in again] == ["hit", "hit", "hit"]
    assert '<html lang="th"' in again[0].content.decode()
    assert '<html lang="en"' in again[1].content.decode()
    assert again[2].content != again[1].content


def test_the_scripts_partial_list_varies_on_x_requested_with(client, shared_cache):
    OrganisationFactory()
    full = client.get("/en/organisations/")
    partial = client.get("/en/organisations/", headers={"X-Requested-With": "fetch"})
    assert "X-Requested-With" in full["Vary"] and "X-Requested-With" in partial["Vary"]
    assert cached_state(partial) == "miss"  # not the full page from the cache
    assert "<html" not in partial.content.decode()
    again_full = client.get("/en/organisations/")
    again_partial = client.get("/en/organisations/", headers={"X-Requested-With": "fetch"})
    assert cached_state(again_full) == cached_state(again_partial) == "hit"
    assert "<html" in again_full.content.decode()
    assert "<html" not in again_partial.content.decode()


def test_a_cached_page_answers_304_to_a_repeated_request(client, shared_cache):
    OrganisationFactory()
    client.get("/en/")
    cached = client.get("/en/")
    assert cached_state(cached) == "hit" and cached["ETag"]
    not_modified = client.get("/en/", headers={"If-None-Match": cached["ETag"]})
    assert not_modified.status_code == 304


def test_curators_forms_and_the_admin_are_never_cached(client, shared_cache):
    organisation = OrganisationFactory()
    curator_client = client_for(curator("Admin"))
    for _ in range(2):
        response = curator_client.get(url_in("en", organisation))
        assert response.status_code == 200 and cached_state(response) is None
    for path in ["/en/suggest/", url_in("en", organisation) + "suggest/"]:
        client.get(path)
        response = client.get(path)
        assert cached_state(response) == "miss", path  # a CSRF token belongs to one visitor
        assert "csrftoken" in response.cookies
    for _ in range(2):
        response = client.get("/en/admin/login/")
        assert cached_state(response) is None
    assert cached_state(client.get("/readyz")) is None


def test_errors_are_not_cached(client, shared_cache):
    client.get("/en/organisations/no-such-entry/")
    assert cached_state(client.get("/en/organisations/no-such-entry/")) == "miss"


def test_the_page_cache_can_be_switched_off(client, shared_cache, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/en/")
    assert cached_state(client.get("/en/")) is None
