"""Linked data on profiles (JSON-LD), social cards, canonical and hreflang on every page."""

import json
import re
from html import unescape

import pytest

from curation.models import Status

from .factories import (
    EventFactory,
    OrganisationFactory,
    ParticipationFactory,
    ProgrammeFactory,
    province,
    url_in,
)

pytestmark = pytest.mark.django_db


def json_ld(body):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', body, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def meta(body, attribute, name):
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', body)
    return unescape(match.group(1)) if match else None


@pytest.mark.parametrize(
    ("kind", "schema_type"),
    [
        ("university", "EducationalOrganization"),
        ("foundation", "NGO"),
        ("association", "NGO"),
        ("cooperative", "Organization"),
        ("social-enterprise", "Organization"),
    ],
)
def test_organisation_json_ld_type_follows_the_kind(client, kind, schema_type):
    organisation = OrganisationFactory(kind=kind)
    data = json_ld(client.get(url_in("en", organisation)).content.decode())
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == schema_type


def test_organisation_json_ld_in_the_page_language(client):
    parent = OrganisationFactory(kind="university", name_en="Test University")
    organisation = OrganisationFactory(
        parent=parent,
        name_th="ศูนย์ทดสอบ",
        name_en="Test Centre",
        summary_th="สรุปภาษาไทย",
        summary_en="English summary",
        founded_year=2010,
        website="https://centre.example",
        province=province("TH-50"),
        themes=["health"],
    )
    th = json_ld(client.get(url_in("th", organisation)).content.decode())
    assert th["name"] == "ศูนย์ทดสอบ" and th["alternateName"] == "Test Centre"
    assert th["description"] == "สรุปภาษาไทย"
    assert th["url"] == f"http://testserver{url_in('th', organisation)}"
    en = json_ld(client.get(url_in("en", organisation)).content.decode())
    assert en["name"] == "Test Centre" and en["alternateName"] == "ศูนย์ทดสอบ"
    assert en["foundingDate"] == "2010" and en["sameAs"] == ["https://centre.example"]
    assert en["address"]["addressRegion"] == "Chiang Mai"
    assert en["parentOrganization"]["name"] == "Test University"
    assert en["knowsAbout"] == ["Health"]


def test_contact_details_only_when_public(client):
    public = OrganisationFactory(email="hello@public.example", phone="02 000", contact_public=True)
    private = OrganisationFactory(email="person@private.example", phone="081", contact_public=False)
    assert json_ld(client.get(url_in("en", public)).content.decode())["email"] == (
        "hello@public.example"
    )
    body = client.get(url_in("en", private)).content.decode()
    assert "email" not in json_ld(body) and "private.example" not in body


def test_json_ld_cannot_break_out_of_its_script_element(client):
    organisation = OrganisationFactory(
        name_en="</script><script>alert(1)</script> & <b>", summary_en="a < b > c & d"
    )
    body = client.get(url_in("en", organisation)).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', body, re.S).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    assert "\\u003c/script\\u003e" in block
    data = json.loads(block)
    assert data["name"] == "</script><script>alert(1)</script> & <b>"
    assert data["description"] == "a < b > c & d"


def test_programme_json_ld_is_a_project_with_events_and_organisations(client):
    programme = ProgrammeFactory(name_en="Link Programme", name_th="โครงการเชื่อมโยง")
    funder = OrganisationFactory(name_en="Funding Agency")
    member = OrganisationFactory(name_en="Member Enterprise")
    hidden = OrganisationFactory(name_en="Unpublished Partner", status=Status.DRAFT)
    ParticipationFactory(programme=programme, organisation=funder, role="funder")
    ParticipationFactory(programme=programme, organisation=member, role="participant")
    ParticipationFactory(programme=programme, organisation=hidden, role="partner")
    EventFactory(programme=programme, title_en="Kick-off", province=province("TH-50"))
    body = client.get(url_in("en", programme)).content.decode()
    data = json_ld(body)
    assert data["@type"] == "Project" and data["name"] == "Link Programme"
    assert [org["name"] for org in data["funder"]] == ["Funding Agency"]
    assert [org["name"] for org in data["member"]] == ["Member Enterprise"]
    assert "Unpublished Partner" not in body
    (event,) = data["event"]
    assert event["@type"] == "Event" and event["name"] == "Kick-off"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", event["startDate"])
    assert event["location"]["address"]["addressRegion"] == "Chiang Mai"


@pytest.mark.parametrize("lang", ["th", "en"])
def test_social_cards_carry_the_entry_in_the_page_language(client, lang):
    organisation = OrganisationFactory(
        name_th="สหกรณ์ทดสอบ", name_en="Test Cooperative", summary_th="สรุป", summary_en="Summary"
    )
    body = client.get(url_in(lang, organisation)).content.decode()
    name = "สหกรณ์ทดสอบ" if lang == "th" else "Test Cooperative"
    summary = "สรุป" if lang == "th" else "Summary"
    assert meta(body, "property", "og:title") == name
    assert meta(body, "property", "og:description") == summary
    assert meta(body, "name", "twitter:title") == name
    assert meta(body, "name", "twitter:description") == summary
    # No logo: the site's default share image, shown large.
    assert meta(body, "name", "twitter:card") == "summary_large_image"
    assert meta(body, "property", "og:image") == "http://testserver/static/img/share.png"
    assert meta(body, "property", "og:url") == f"http://testserver{url_in(lang, organisation)}"
    assert meta(body, "property", "og:locale") == ("th_TH" if lang == "th" else "en_US")
    programme = ProgrammeFactory(name_en="Link Programme", name_th="โครงการเชื่อมโยง")
    body = client.get(url_in(lang, programme)).content.decode()
    expected = "โครงการเชื่อมโยง" if lang == "th" else "Link Programme"
    assert meta(body, "property", "og:title") == expected


def public_pages(organisation, programme):
    return [
        "/{lang}/",
        "/{lang}/organisations/",
        "/{lang}/organisations/?region=northern",
        "/{lang}/programmes/",
        "/{lang}/universities/",
        "/{lang}/regions/northern/",
        "/{lang}/themes/health/",
        "/{lang}/search/?q=test",
        "/{lang}/data/",
        url_in("th", organisation).replace("/th/", "/{lang}/", 1),
        url_in("th", programme).replace("/th/", "/{lang}/", 1),
    ]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_every_public_page_has_canonical_and_hreflang_alternates(client, lang):
    organisation, programme = OrganisationFactory(), ProgrammeFactory()
    for template in public_pages(organisation, programme):
        url = template.format(lang=lang)
        body = client.get(url).content.decode()
        links = dict(re.findall(r'<link rel="(canonical)" href="([^"]+)">', body))
        alternates = dict(
            re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', body)
        )
        assert unescape(links["canonical"]) == f"http://testserver{url}", url
        assert unescape(alternates["th"]) == "http://testserver" + template.format(lang="th")
        assert unescape(alternates["en"]) == "http://testserver" + template.format(lang="en")
        unprefixed = template.replace("/{lang}", "", 1)
        assert unescape(alternates["x-default"]) == "http://testserver" + unprefixed, url


def test_the_unprefixed_address_chooses_the_language(client):
    organisation = OrganisationFactory(slug="chooses")
    response = client.get("/organisations/chooses/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302 and response["Location"] == url_in("en", organisation)


def test_error_pages_are_not_canonical(client):
    body = client.get("/en/organisations/no-such-entry/").content.decode()
    assert 'rel="canonical"' not in body
    assert 'name="robots" content="noindex"' in body
