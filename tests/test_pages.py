"""Every public page answers in Thai and English, and says which language it is in."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from curation.models import Status

from .factories import (
    EventFactory,
    OrganisationFactory,
    ParticipationFactory,
    ProgrammeFactory,
    url_in,
)

pytestmark = pytest.mark.django_db

LANGS = ["th", "en"]


@pytest.fixture
def directory():
    university = OrganisationFactory(
        kind="university",
        name_th="มหาวิทยาลัยทดสอบ",
        name_en="Test University",
        is_consortium_member=True,
        founded_year=1917,
        themes=["health"],
        sdgs=[4, 17],
    )
    centre = OrganisationFactory(parent=university, name_en="Test Centre", name_th="ศูนย์ทดสอบ")
    programme = ProgrammeFactory(name_th="โครงการเชื่อมโยง", name_en="Link Programme")
    unit = ProgrammeFactory(parent=programme, host=university, province=university.province)
    ParticipationFactory(organisation=university, programme=programme, role="lead")
    ParticipationFactory(organisation=centre, programme=programme, role="participant")
    EventFactory(programme=programme, title_en="Kick-off workshop", participants=30)
    return {"university": university, "centre": centre, "programme": programme, "unit": unit}


@pytest.mark.parametrize("lang", LANGS)
def test_public_pages_answer_in_both_languages(client, directory, lang):
    urls = [f"/{lang}/", f"/{lang}/organisations/", f"/{lang}/programmes/"]
    urls += [url_in(lang, obj) for obj in directory.values()]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert f'<html lang="{lang}">' in response.content.decode(), url


def test_root_redirects_by_accept_language(client):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")["Location"] == "/en/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="th-TH,th;q=0.9")["Location"] == "/th/"
    assert client.get("/")["Location"] == "/th/"


def test_profile_shows_programmes_roles_partners_and_buddhist_era(client, directory):
    th = client.get(url_in("th", directory["university"])).content.decode()
    assert "มหาวิทยาลัยทดสอบ" in th
    assert "2460" in th  # founded 1917 CE = 2460 BE on the Thai page
    assert "โครงการเชื่อมโยง" in th
    en = client.get(url_in("en", directory["university"])).content.decode()
    assert "1917" in en and "2460" not in en
    assert "Link Programme" in en and "Lead" in en
    assert "Test Centre" in en  # child unit, and partner through the programme


def test_programme_page_lists_units_events_and_organisations_by_role(client, directory):
    page = client.get(url_in("en", directory["programme"])).content.decode()
    assert directory["unit"].name_en in page
    assert "Kick-off workshop" in page and "30 participants" in page
    assert page.index("Lead") < page.index("Participant")


def test_language_switcher_keeps_the_page_and_query(client, directory):
    page = client.get("/en/organisations/?page=1").content.decode()
    assert 'href="/th/organisations/?page=1"' in page
    profile = client.get(url_in("en", directory["centre"])).content.decode()
    assert f'href="{url_in("th", directory["centre"])}"' in profile


def test_english_fallback_is_marked_with_lang(client):
    organisation = OrganisationFactory(name_th="", name_en="Only English Name")
    page = client.get(url_in("th", organisation)).content.decode()
    assert '<span lang="en">Only English Name</span>' in page


def test_unknown_slug_is_404_not_500(client):
    assert client.get("/en/organisations/no-such-organisation/").status_code == 404
    assert client.get("/th/programmes/no-such-programme/").status_code == 404


@pytest.mark.parametrize("page", ["0", "-1", "abc", "99999", "1.5", "%00"])
def test_odd_page_numbers_never_500(client, page):
    OrganisationFactory.create_batch(3)
    response = client.get(f"/en/organisations/?page={page}")
    assert response.status_code in (200, 404)


def test_list_is_sorted_by_name_in_the_page_language(client):
    OrganisationFactory(name_en="Beta", name_th="ข")
    OrganisationFactory(name_en="Alpha", name_th="ค")
    OrganisationFactory(name_en="Gamma", name_th="ก")
    en = [o.name_en for o in client.get("/en/organisations/").context["organisations"]]
    th = [o.name_th for o in client.get("/th/organisations/").context["organisations"]]
    assert en == ["Alpha", "Beta", "Gamma"]
    assert th == ["ก", "ข", "ค"]


def test_thai_dictionary_order_on_postgresql(client, on_postgres):
    # Leading vowels เ แ โ ใ ไ sort by the consonant after them: กา < เก < ขา < แข.
    for name in ["แขก", "ขา", "เกาะ", "กา", "ไก่"]:
        OrganisationFactory(name_th=name, name_en="")
    names = [o.name_th for o in client.get("/th/organisations/").context["organisations"]]
    assert names == ["กา", "เกาะ", "ไก่", "ขา", "แขก"]


def test_health_endpoints(client):
    assert client.get("/healthz").content == b"ok"
    assert client.get("/readyz").json() == {"status": "ok", "database": "ok"}


def queries_for(url, client):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


ROW_COUNT_URLS = [
    "/en/",
    "/en/organisations/",
    "/th/organisations/?region=central&theme=health&sort=-updated",
    "/en/programmes/",
    "/en/universities/",
    "/en/regions/central/",
    "/en/themes/health/",
    "/en/search/?q=Test",
]


def test_query_count_does_not_grow_with_rows(client, settings, django_assert_max_num_queries):
    settings.PAGE_SIZE = 250  # every row on one page: 10 rows shown, then 200

    def add(n):
        for organisation in OrganisationFactory.create_batch(
            n, themes=["health"], sdgs=[3], kind="university", is_consortium_member=True
        ):
            programme = ProgrammeFactory(themes=["health"])
            programme.provinces.add(organisation.province)
            ParticipationFactory(organisation=organisation, programme=programme)

    add(10)
    few = {url: queries_for(url, client) for url in ROW_COUNT_URLS}
    add(190)
    many = {url: queries_for(url, client) for url in ROW_COUNT_URLS}
    assert many == few
    for url in ROW_COUNT_URLS:
        with django_assert_max_num_queries(16):
            client.get(url)


def test_archived_parent_is_not_linked(client):
    parent = OrganisationFactory(status=Status.ARCHIVED, name_en="Old Parent")
    child = OrganisationFactory(parent=parent)
    assert "Old Parent" not in client.get(url_in("en", child)).content.decode()


def test_organisation_abroad_shows_its_country_in_the_page_language(client):
    partner = OrganisationFactory(province=None, country="JP", name_en="Tokyo Partner")
    assert "ญี่ปุ่น" in client.get(url_in("th", partner)).content.decode()
    assert "Japan" in client.get(url_in("en", partner)).content.decode()
    assert "ญี่ปุ่น" in client.get("/th/organisations/").content.decode()


def test_favicon_ico_points_at_the_site_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("favicon.svg")


def test_pages_are_compressed_and_answer_conditional_requests(client):
    OrganisationFactory.create_batch(3)
    response = client.get("/th/", HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    etag = response["ETag"]
    again = client.get("/th/", HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    # The language is in the path; only the redirect from "/" depends on Accept-Language.
    assert "Accept-Language" in client.get("/")["Vary"]


def test_a_304_for_an_embed_page_never_forbids_framing(client):
    """A 304 updates the browser's cached headers: it must not carry the site-wide DENY."""
    OrganisationFactory()
    first = client.get("/th/embed/organisations/")
    again = client.get("/th/embed/organisations/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert "'none'" not in again.get("Content-Security-Policy", "")
    assert again.get("X-Frame-Options") is None
