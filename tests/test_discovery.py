"""Discovery: sitemap.xml with hreflang alternates, robots.txt, Atom feeds (also per filter)."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from curation.models import Status
from orgs.models import Organisation
from programs.models import Programme

from .factories import OrganisationFactory, ProgrammeFactory, province

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def directory():
    return {
        "north": OrganisationFactory(
            slug="northern-coop", kind="cooperative", province=province("TH-50")
        ),
        "bangkok": OrganisationFactory(slug="bangkok-foundation", kind="foundation"),
        "draft": OrganisationFactory(slug="draft-org", status=Status.DRAFT),
        "archived": OrganisationFactory(slug="archived-org", status=Status.ARCHIVED),
        "programme": ProgrammeFactory(slug="village", kind="village"),
        "hidden": ProgrammeFactory(slug="hidden-programme", status=Status.REVIEW),
    }


def sitemap_sections(client):
    """The sections /sitemap.xml (an index) points to, each as (url, response)."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    index = ET.fromstring(response.content)
    assert index.tag == f"{SITEMAP}sitemapindex"
    sections = []
    for sitemap in index.findall(f"{SITEMAP}sitemap"):
        url = sitemap.find(f"{SITEMAP}loc").text
        section = client.get(url.removeprefix("http://testserver"))
        assert section.status_code == 200
        sections.append((url, section))
    return sections


def sitemap_entries(client):
    entries = {}
    for url in [
        url
        for _loc, section in sitemap_sections(client)
        for url in ET.fromstring(section.content).findall(f"{SITEMAP}url")
    ]:
        loc = url.find(f"{SITEMAP}loc").text
        entries[loc] = {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
    return entries


def test_the_sitemap_lists_every_published_page_in_both_languages(client, directory):
    entries = sitemap_entries(client)
    base = "http://testserver"
    for path in (
        "/organisations/northern-coop/",
        "/organisations/bangkok-foundation/",
        "/programmes/village/",
        "/",
        "/organisations/",
        "/programmes/",
        "/universities/",
        "/data/",
        "/regions/northern/",
        "/themes/health/",
    ):
        for lang in ("th", "en"):
            alternates = entries[f"{base}/{lang}{path}"]
            assert alternates["th"] == f"{base}/th{path}"
            assert alternates["en"] == f"{base}/en{path}"
            assert alternates["x-default"] == f"{base}{path}"


def test_the_sitemap_never_lists_unpublished_entries(client, directory):
    text = "".join(section.content.decode() for _url, section in sitemap_sections(client))
    for slug in ("draft-org", "archived-org", "hidden-programme"):
        assert slug not in text


def test_the_sitemap_gives_the_last_change(client, directory):
    sections = dict(sitemap_sections(client))
    root = ET.fromstring(sections["http://testserver/sitemap-organisations.xml"].content)
    for url in root.findall(f"{SITEMAP}url"):
        if url.find(f"{SITEMAP}loc").text.endswith("/th/organisations/northern-coop/"):
            lastmod = url.find(f"{SITEMAP}lastmod").text
            # the day in the site's time zone (Asia/Bangkok), which is the next day from
            # 17:00 UTC on
            assert lastmod == timezone.localdate(directory["north"].updated).isoformat()
            return
    pytest.fail("profile not in the sitemap")


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin_and_embeds(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    for lang in ("th", "en"):
        assert f"Disallow: /{lang}/admin/" in lines
        assert f"Disallow: /{lang}/embed/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /" not in lines  # the public pages stay open


def test_robots_txt_follows_the_admin_path(client, settings):
    settings.ADMIN_URL = "curators/"
    assert "Disallow: /th/curators/" in client.get("/robots.txt").content.decode()


# --- Atom feeds ---------------------------------------------------------------------------------


def feed(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    return root, [entry.find(f"{ATOM}link").get("href") for entry in root.findall(f"{ATOM}entry")]


def touch(entry, days_ago):
    """Set `updated` (auto_now) directly."""
    moment = timezone.now() - datetime.timedelta(days=days_ago)
    type(entry).objects.filter(pk=entry.pk).update(updated=moment)


def test_the_updates_feed_has_recent_published_entries_newest_first(client, directory):
    touch(directory["north"], 3)
    touch(directory["bangkok"], 1)
    touch(directory["programme"], 2)
    root, links = feed(client, "/en/feeds/updates/")
    assert links == [
        "http://testserver/en/organisations/bangkok-foundation/",
        "http://testserver/en/programmes/village/",
        "http://testserver/en/organisations/northern-coop/",
    ]
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"


def test_feeds_follow_the_list_filters(client, directory):
    _, links = feed(client, "/th/feeds/organisations/?region=northern")
    assert links == ["http://testserver/th/organisations/northern-coop/"]
    root, _ = feed(client, "/th/feeds/organisations/?region=northern")
    alternate = [
        link.get("href") for link in root.findall(f"{ATOM}link") if link.get("rel") == "alternate"
    ]
    assert alternate == ["http://testserver/th/organisations/?region=northern"]
    _, links = feed(client, "/en/feeds/programmes/?kind=village")
    assert links == ["http://testserver/en/programmes/village/"]


def test_the_combined_feed_leaves_out_what_a_filter_cannot_match(client, directory):
    _, links = feed(client, "/en/feeds/updates/?kind=cooperative")
    assert links == ["http://testserver/en/organisations/northern-coop/"]


def test_feeds_never_carry_unpublished_entries(client, directory):
    for url in ("/en/feeds/updates/", "/en/feeds/organisations/", "/en/feeds/programmes/"):
        text = client.get(url).content.decode()
        for slug in ("draft-org", "archived-org", "hidden-programme"):
            assert slug not in text, url


@pytest.mark.parametrize(
    "url",
    [
        "/en/feeds/organisations/?region=bogus",
        "/en/feeds/programmes/?q=%00",
        "/en/feeds/updates/?region=bogus",
        "/th/feeds/updates/?sdg=abc",
    ],
)
def test_a_malformed_filter_is_a_400(client, directory, url):
    assert client.get(url).status_code == 400


def test_feeds_are_bounded(client):
    OrganisationFactory.create_batch(35)
    _, links = feed(client, "/en/feeds/organisations/")
    assert len(links) == 30
    assert Organisation.objects.count() == 35 and Programme.objects.count() == 0


def test_list_pages_advertise_their_filtered_feed(client, directory):
    body = client.get("/en/organisations/?region=northern").content.decode()
    assert (
        '<link rel="alternate" type="application/atom+xml" '
        'href="/en/feeds/organisations/?region=northern"'
    ) in body
    body = client.get("/th/programmes/").content.decode()
    assert 'href="/th/feeds/programmes/"' in body
