"""Deep lists and heavy downloads at the directory's real size, as a visitor, a partner's script
or a harvester notices them: list pages stop at a sensible depth and say so, the API walks the
whole list with a cursor, whole-directory downloads are built once per data version, and one
client cannot take every worker with downloads.
"""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from curation.models import Status

from .factories import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def shallow(settings):
    """Lists of 2 per page that stop at 6 entries (3 pages)."""
    settings.PAGE_SIZE = 2
    settings.LIST_MAX_DEPTH = 6


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


# --- list pages ---------------------------------------------------------------------------------


def test_list_pages_stop_at_the_depth_and_say_how_to_go_on(client, shallow):
    OrganisationFactory.create_batch(10)
    first = html(client, "/en/organisations/")
    assert "Page 1 of 3" in first
    assert "The pages stop at the first" not in first
    last = html(client, "/en/organisations/?page=3")
    assert "Page 3 of 3" in last
    assert 'rel="next"' not in last
    assert "The pages stop at the first 6 entries" in last
    # The total is still the true count.
    assert re.search(r"\b10\b", last)
    # A page past the depth shows the last one instead of reading past it.
    assert "Page 3 of 3" in html(client, "/en/organisations/?page=400")
    thai = html(client, "/th/organisations/?page=3")
    assert "หน้าแสดงถึงรายการที่ 6" in thai


def test_lists_shorter_than_the_depth_have_no_note(client, shallow):
    OrganisationFactory.create_batch(5)
    last = html(client, "/en/organisations/?page=3")
    assert "Page 3 of 3" in last
    assert "The pages stop" not in last


# --- the API's cursor ---------------------------------------------------------------------------


def walk(client, url):
    """Every entry of a cursor walk, and the number of pages it took."""
    slugs, pages = [], 0
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.content
        body = response.json()
        assert body["count"] is None
        slugs += [item["slug"] for item in body["results"]]
        url, pages = body["next"], pages + 1
    return slugs, pages


def test_a_cursor_walks_every_published_entry_once_in_slug_order(client):
    published = [o.slug for o in OrganisationFactory.create_batch(7)]
    OrganisationFactory(slug="a-draft", status=Status.DRAFT)
    slugs, pages = walk(client, "/api/v1/organisations/?cursor=&page_size=3")
    assert slugs == sorted(published)
    assert pages == 3


def test_a_cursor_keeps_the_filters(client):
    OrganisationFactory.create_batch(3, themes=["health"])
    OrganisationFactory.create_batch(2)
    slugs, _pages = walk(client, "/api/v1/organisations/?theme=health&cursor=&page_size=2")
    assert len(slugs) == 3


def test_a_cursor_page_goes_back(client):
    OrganisationFactory.create_batch(5)
    second = client.get("/api/v1/organisations/?cursor=&page_size=2").json()["next"]
    body = client.get(second).json()
    back = client.get(body["previous"]).json()
    assert [o["slug"] for o in back["results"]] == sorted(
        o["slug"] for o in client.get("/api/v1/organisations/?page_size=100").json()["results"]
    )[:2]


def test_cursor_pages_cost_the_same_queries_at_any_depth(client):
    OrganisationFactory.create_batch(12)

    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    first = client.get("/api/v1/organisations/?cursor=&page_size=3").json()
    last_page = first
    while last_page["next"]:
        previous_url, last_page = last_page["next"], client.get(last_page["next"]).json()
    assert queries("/api/v1/organisations/?cursor=&page_size=3") == queries(previous_url)


@pytest.mark.parametrize(
    "query",
    [
        "cursor=abc",  # not base64 of a position
        "cursor=%%%",
        "cursor=cD0lMDA%3D",  # a position with a NUL byte
        "cursor=" + "QUFB" * 200,  # far too long
    ],
)
def test_malformed_cursors_point_nowhere_and_say_how_to_start(client, query):
    OrganisationFactory()
    response = client.get(f"/api/v1/organisations/?{query}")
    assert response.status_code == 404
    assert "cursor=" in response.json()["detail"]


def test_with_a_cursor_page_is_ignored(client):
    OrganisationFactory.create_batch(3)
    response = client.get("/api/v1/organisations/?cursor=&page=2&page_size=2")
    assert response.status_code == 200
    assert len(response.json()["results"]) == 2
    assert response.json()["count"] is None


def test_api_pages_past_the_depth_point_to_the_cursor(client, settings):
    settings.LIST_MAX_DEPTH = 4
    OrganisationFactory.create_batch(6)
    assert client.get("/api/v1/organisations/?page=2&page_size=2").status_code == 200
    response = client.get("/api/v1/organisations/?page=3&page_size=2")
    assert response.status_code == 404
    assert "cursor" in response.json()["detail"]
    thai = client.get("/api/v1/organisations/?page=3&page_size=2&lang=th").json()["detail"]
    assert "cursor" in thai and "รายการ" in thai


def test_the_schema_documents_the_cursor_and_a_null_count(client):
    schema = client.get("/api/v1/schema/?format=json")
    if schema.status_code == 404:
        schema = client.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    text = schema.content.decode()
    assert "cursor" in text
    assert "nullable" in text


# --- whole-directory downloads -----------------------------------------------------------------


def test_the_whole_export_is_built_once_and_renewed_by_a_save(client, settings):
    organisation = OrganisationFactory(name_en="Before the save")
    OrganisationFactory(name_en="Hidden draft", status=Status.DRAFT)
    first = client.get("/en/organisations/export.csv")
    assert first.status_code == 200
    body = b"".join(first.streaming_content).decode("utf-8-sig")
    assert "Before the save" in body and "Hidden draft" not in body
    files = list(settings.EXPORT_CACHE_DIR.glob("organisations-list.en.*.csv"))
    assert len(files) == 1

    with CaptureQueriesContext(connection) as captured:
        again = client.get("/en/organisations/export.csv")
        assert b"".join(again.streaming_content).decode("utf-8-sig") == body
    assert len(captured) == 0  # served from the file

    organisation.name_en = "After the save"
    organisation.save()
    renewed = b"".join(client.get("/en/organisations/export.csv").streaming_content)
    assert "After the save" in renewed.decode("utf-8-sig")
    files = list(settings.EXPORT_CACHE_DIR.glob("organisations-list.en.*.csv"))
    assert len(files) == 1, "the file of the old version is removed"


def test_open_data_files_and_the_whole_list_are_each_built_once(client, settings):
    OrganisationFactory()
    for _ in range(2):
        assert b"".join(client.get("/th/organisations/export.json").streaming_content)
        assert client.get("/th/data/organisations.json").status_code == 200
    # The list's file keeps the list's order; the data page's file the table's.
    assert len(list(settings.EXPORT_CACHE_DIR.glob("organisations-list.th.*.json"))) == 1
    assert len(list(settings.EXPORT_CACHE_DIR.glob("organisations.th.*.json"))) == 1


def test_filtered_exports_are_not_kept_as_files(client, settings):
    OrganisationFactory(themes=["health"])
    response = client.get("/en/organisations/export.csv?theme=health")
    assert response.status_code == 200
    b"".join(response.streaming_content)
    assert not list(settings.EXPORT_CACHE_DIR.glob("*"))


# --- one client cannot take every worker -----------------------------------------------------


def test_downloads_are_limited_per_client(settings):
    settings.EXPORT_RATE_LIMIT = 2
    OrganisationFactory()
    visitor = Client(REMOTE_ADDR="192.0.2.10")
    for url in ("/en/organisations/export.csv", "/th/data/organisations.csv"):
        assert visitor.get(url).status_code == 200
    refused = visitor.get("/en/organisations/export.json?theme=health")
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) == settings.EXPORT_RATE_WINDOW
    assert "data page" in refused.content.decode()
    thai = visitor.get("/th/organisations/export.csv")
    assert thai.status_code == 429 and "ดาวน์โหลด" in thai.content.decode()
    # Pages are not limited, and another address still downloads.
    assert visitor.get("/en/organisations/").status_code == 200
    assert Client(REMOTE_ADDR="192.0.2.11").get("/en/organisations/export.csv").status_code == 200


def test_behind_the_proxy_the_limit_counts_the_visitor_not_the_proxy(settings):
    settings.EXPORT_RATE_LIMIT = 1
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    OrganisationFactory()
    proxy = Client(REMOTE_ADDR="127.0.0.1")
    first = proxy.get("/en/organisations/export.csv", HTTP_X_FORWARDED_FOR="198.51.100.1")
    other = proxy.get("/en/organisations/export.csv", HTTP_X_FORWARDED_FOR="198.51.100.2")
    again = proxy.get("/en/organisations/export.csv", HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert (first.status_code, other.status_code, again.status_code) == (200, 200, 429)
