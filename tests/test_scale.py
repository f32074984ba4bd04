"""What keeps pages fast at 100,000 organisations, as a visitor or curator would notice it:
cached counts that are never stale and never count drafts, query counts that do not grow with
rows, sitemap sections of bounded size, lists that PostgreSQL reads from an index, downloads that
stream. (Speed itself is measured in bench/, not here.)
"""

import re
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from curation.models import Status
from listings.sitemaps import ItemLanguagePairs
from listings.sort_indexes import sort_index_definitions
from orgs.models import Organisation
from programs.models import Programme

from .factories import OrganisationFactory, ProgrammeFactory, province

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
LANGS = ["th", "en"]


def text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.getvalue().decode()


def facet_count(html, name, value):
    """The count shown next to one facet option of a list page."""
    pattern = rf'name="{name}"\s+value="{re.escape(value)}".*?<span class="count">\((\d+)\)</span>'
    match = re.search(pattern, html, re.DOTALL)
    assert match, (name, value)
    return int(match.group(1))


@pytest.fixture
def northern():
    return [
        OrganisationFactory(slug=f"north-{n}", province=province("TH-50"), themes=["health"])
        for n in range(3)
    ]


# --- cached aggregates: fresh on the very next request, in both languages, without drafts ------


@pytest.mark.parametrize("lang", LANGS)
def test_facet_counts_follow_publish_and_archive_on_the_next_request(client, northern, lang):
    url = f"/{lang}/organisations/?theme=health"
    assert facet_count(text(client, url), "region", "northern") == 3
    text(client, url)  # now cached
    draft = OrganisationFactory(province=province("TH-50"), themes=["health"], status="draft")
    assert facet_count(text(client, url), "region", "northern") == 3  # a draft never counts
    draft.status = Status.PUBLISHED
    draft.save()
    assert facet_count(text(client, url), "region", "northern") == 4
    northern[0].status = Status.ARCHIVED
    northern[0].save()
    assert facet_count(text(client, url), "region", "northern") == 3


@pytest.mark.parametrize("lang", LANGS)
def test_totals_on_home_region_and_theme_pages_follow_a_publish(client, northern, lang):
    pages = [f"/{lang}/", f"/{lang}/regions/northern/", f"/{lang}/themes/health/"]
    for url in pages:
        text(client, url)  # fill the caches
    added = OrganisationFactory(
        slug="fresh-one", province=province("TH-50"), themes=["health"], status="draft"
    )
    assert "<dd>3</dd>" in text(client, f"/{lang}/")  # a draft never counts
    for url in pages[1:]:
        assert "fresh-one" not in text(client, url)
    added.status = Status.PUBLISHED
    added.save()
    assert "<dd>4</dd>" in text(client, f"/{lang}/")
    for url in pages[1:]:
        assert "fresh-one" in text(client, url)
    added.status = Status.ARCHIVED
    added.save()
    assert "<dd>3</dd>" in text(client, f"/{lang}/")


def test_the_home_map_counts_published_organisations_per_province(client, northern):
    OrganisationFactory(province=province("TH-50"), status="draft")
    html = text(client, "/en/")
    text(client, "/en/")
    OrganisationFactory(province=province("TH-50"))
    assert text(client, "/en/") != html  # the map and totals moved with the new organisation


def test_a_cached_list_page_runs_no_counting_queries(client, northern):
    url = "/en/organisations/?region=northern"
    with CaptureQueriesContext(connection) as cold:
        text(client, url)
    with CaptureQueriesContext(connection) as warm:
        text(client, url)
    counts = [q["sql"] for q in warm.captured_queries if "COUNT(" in q["sql"].upper()]
    assert counts == []
    assert len(warm) < len(cold)


# --- query counts do not grow with rows -----------------------------------------------------------


SIZE_URLS = [
    "/th/",
    "/en/organisations/?sort=founded",
    "/th/organisations/?q=Test&sort=-updated&page=2",
    "/th/embed/organisations/?theme=health",
    "/en/embed/organisations/?count=50&style=compact",
    "/th/organisations/?theme=health&embed_lang=en&embed_count=3&embed_keep=theme%3Dhealth",
    "/en/regions/northern/",
    "/th/themes/health/",
    "/sitemap.xml",
    "/sitemap-organisations.xml",
    "/en/organisations/export.csv",
    "/th/organisations/export.json?province=TH-50",
    "/th/data/organisations.json",
    "/api/v1/organisations/?page_size=100",
]


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        text(client, url)
    return len(captured)


def test_query_counts_are_the_same_at_any_size_cold_and_warm(client, settings):
    from listings import datasets as open_data

    open_data.CHUNK, old_chunk = 1000, open_data.CHUNK  # one chunk either way
    OrganisationFactory.create_batch(30, province=province("TH-50"), themes=["health"])
    cold_few = {url: queries(client, url) for url in SIZE_URLS}
    warm_few = {url: queries(client, url) for url in SIZE_URLS}
    OrganisationFactory.create_batch(300, province=province("TH-50"), themes=["health"])
    cold_many = {url: queries(client, url) for url in SIZE_URLS}
    warm_many = {url: queries(client, url) for url in SIZE_URLS}
    open_data.CHUNK = old_chunk
    assert cold_many == cold_few
    assert warm_many == warm_few


# --- the sitemap: an index of bounded sections ----------------------------------------------------


def test_sitemap_sections_have_at_most_their_limit_of_urls(client, monkeypatch):
    from orgs.sitemaps import OrganisationSitemap

    monkeypatch.setattr(OrganisationSitemap, "limit", 4)
    OrganisationFactory.create_batch(5)
    OrganisationFactory(slug="unseen-draft", status="draft")
    index = ET.fromstring(client.get("/sitemap.xml").getvalue())
    locations = [s.find(f"{SITEMAP}loc").text for s in index.findall(f"{SITEMAP}sitemap")]
    pages = [loc for loc in locations if "sitemap-organisations" in loc]
    # 5 organisations in two languages: 10 URLs, pages of 4.
    assert pages == [
        "http://testserver/sitemap-organisations.xml",
        "http://testserver/sitemap-organisations.xml?p=2",
        "http://testserver/sitemap-organisations.xml?p=3",
    ]
    for sitemap in index.findall(f"{SITEMAP}sitemap"):
        if "organisations" in sitemap.find(f"{SITEMAP}loc").text:
            assert sitemap.find(f"{SITEMAP}lastmod") is not None
    seen = []
    for page in pages:
        body = client.get(page.removeprefix("http://testserver")).getvalue()
        urls = ET.fromstring(body).findall(f"{SITEMAP}url")
        assert len(urls) <= 4
        seen += [u.find(f"{SITEMAP}loc").text for u in urls]
    assert len(seen) == len(set(seen)) == 10
    assert not any("unseen-draft" in url for url in seen)
    assert client.get("/sitemap-organisations.xml?p=4").status_code == 404


def test_a_new_organisation_enters_the_cached_sitemap_at_once(client):
    OrganisationFactory(slug="first-one")
    assert "first-one" in text(client, "/sitemap-organisations.xml")
    OrganisationFactory(slug="second-one")
    assert "second-one" in text(client, "/sitemap-organisations.xml")


def test_language_pairs_slice_like_the_full_list():
    OrganisationFactory.create_batch(5)
    queryset = Organisation.objects.published().order_by("slug")
    full = [(o, lang) for o in queryset for lang in LANGS]
    pairs = ItemLanguagePairs(queryset, LANGS)
    assert len(pairs) == 10
    for start, stop in [(0, 4), (3, 7), (4, 10), (9, 10)]:
        assert [(o.pk, lang) for o, lang in pairs[start:stop]] == [
            (o.pk, lang) for o, lang in full[start:stop]
        ]


# --- PostgreSQL reads ordered lists from the sort indexes ----------------------------------------


def plan(queryset):
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
    return queryset.explain()


@pytest.mark.parametrize("lang", LANGS)
def test_each_list_order_has_an_index_matching_the_orm_expression(on_postgres, lang):
    from orgs.filters import OrganisationFilter
    from programs.filters import ProgrammeFilter

    OrganisationFactory.create_batch(3)
    ProgrammeFactory.create_batch(3)
    with translation.override(lang):
        for filterset_class, model, date_column in [
            (OrganisationFilter, Organisation, "founded_year"),
            (ProgrammeFilter, Programme, "start_date"),
        ]:
            table = model._meta.db_table
            names = {name for name, _columns in sort_index_definitions(table, date_column)}
            for sort, index in [
                ("name", f"{table}_name_{lang}_sort"),
                ("-updated", f"{table}_updated_sort"),
                ("founded", None),
            ]:
                index = index or f"{table}_{date_column}_{lang}_sort"
                assert index in names
                filterset = filterset_class({"sort": sort}, queryset=model.objects.published())
                explained = plan(filterset.qs[:24])
                assert f"Index Scan using {index}" in explained, (sort, explained)
