"""Framing is allowed only on embed pages; a strict CSP everywhere; CORS only for the API."""

import re

import pytest

from .factories import OrganisationFactory, ProgrammeFactory, url_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def entries():
    return OrganisationFactory(), ProgrammeFactory()


def csp(response):
    """The Content-Security-Policy header as {directive: [values]}."""
    policy = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        policy[name] = values
    return policy


def not_frameable_pages(organisation, programme):
    pages = []
    for lang in ("th", "en"):
        pages += [
            f"/{lang}/",
            f"/{lang}/organisations/",
            f"/{lang}/programmes/",
            f"/{lang}/universities/",
            f"/{lang}/search/?q=test",
            f"/{lang}/data/",
            f"/{lang}/regions/northern/",
            f"/{lang}/themes/health/",
            url_in(lang, organisation),
            url_in(lang, programme),
            f"/{lang}/organisations/export.csv",
            f"/{lang}/feeds/updates/",
        ]
    return pages + ["/api/v1/organisations/", "/api/v1/docs/", "/sitemap.xml", "/robots.txt"]


def test_pages_refuse_to_be_framed(client, entries):
    for url in not_frameable_pages(*entries):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["X-Frame-Options"] == "DENY", url
        assert csp(response)["frame-ancestors"] == ["'none'"], url


@pytest.mark.parametrize("path", ["/th/embed/organisations/", "/en/embed/programmes/"])
def test_embed_pages_may_be_framed_by_any_site_by_default(client, entries, path):
    response = client.get(path + "?region=northern")
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    assert csp(response)["frame-ancestors"] == ["*"]


def test_embed_framing_can_be_limited_to_partner_origins(client, entries, settings):
    settings.EMBED_FRAME_ANCESTORS = ["https://partner.example", "https://www.nia.or.th"]
    response = client.get("/en/embed/organisations/")
    assert csp(response)["frame-ancestors"] == [
        "'self'",
        "https://partner.example",
        "https://www.nia.or.th",
    ]
    assert "X-Frame-Options" not in response
    assert client.get("/en/organisations/")["X-Frame-Options"] == "DENY"


def test_embed_frame_ancestors_come_from_the_environment():
    import subprocess
    import sys

    code = (
        "import django; from django.conf import settings; django.setup();"
        "print(settings.EMBED_FRAME_ANCESTORS)"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "sse_directory.settings",
        "EMBED_FRAME_ANCESTORS": "https://a.example, https://b.example",
    }
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert "['https://a.example', 'https://b.example']" in out


def test_the_policy_is_strict_everywhere(client, entries):
    for url in ["/th/", "/en/embed/organisations/", "/api/v1/docs/", url_in("th", entries[0])]:
        policy = csp(client.get(url))
        assert policy["default-src"] == ["'self'"], url
        assert policy["script-src"] == ["'self'"], url  # no inline script, no other host
        assert policy["style-src"] == ["'self'"], url
        assert policy["object-src"] == ["'none'"], url


def test_pages_have_no_inline_script_and_no_asset_from_another_host(client, entries):
    organisation, programme = entries
    urls = [
        "/th/",
        "/en/organisations/",
        "/th/programmes/",
        "/th/data/",
        "/en/embed/organisations/",
        "/api/v1/docs/",
        url_in("th", organisation),
        url_in("en", programme),
    ]
    for url in urls:
        body = client.get(url).content.decode()
        for attrs, content in re.findall(r"<script([^>]*)>(.*?)</script>", body, re.S):
            if 'type="application/ld+json"' in attrs:
                continue  # a data block, never executed
            assert "src=" in attrs and not content.strip(), url
        for tag in re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", body):
            if 'rel="canonical"' in tag or 'rel="alternate"' in tag:
                continue
            for address in re.findall(r'(?:src|href)="([^"]+)"', tag):
                assert not address.startswith(("http://", "https://", "//")) or address.startswith(
                    "http://testserver/"
                ), (url, tag)


def test_the_api_is_open_to_other_origins_for_reading(client, entries):
    response = client.get("/api/v1/organisations/", HTTP_ORIGIN="https://partner.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    preflight = client.options(
        "/api/v1/organisations/",
        HTTP_ORIGIN="https://partner.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert preflight.status_code == 200
    allowed = {m.strip() for m in preflight["Access-Control-Allow-Methods"].split(",")}
    assert allowed <= {"GET", "HEAD", "OPTIONS"}
    assert "Access-Control-Allow-Credentials" not in response


def test_pages_are_not_shared_with_other_origins(client, entries):
    response = client.get("/en/organisations/", HTTP_ORIGIN="https://partner.example")
    assert "Access-Control-Allow-Origin" not in response


def test_the_api_refuses_writes(client, entries):
    organisation = entries[0]
    for method in (client.post, client.put, client.delete):
        response = method(f"/api/v1/organisations/{organisation.slug}/")
        assert response.status_code in (403, 405)
        assert response["Content-Type"] == "application/json"
