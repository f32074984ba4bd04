"""Embeddable lists: partner sites frame /<lang>/embed/…; every list page offers the snippet."""

import html
import re
from pathlib import Path

import pytest
from django.conf import settings

from curation.models import Status

from .factories import OrganisationFactory, ProgrammeFactory, province, url_in

pytestmark = pytest.mark.django_db

LANGS = ["th", "en"]


@pytest.fixture
def directory():
    return {
        "north_coop": OrganisationFactory(
            kind="cooperative",
            province=province("TH-50"),
            name_en="Northern Rice Cooperative",
            themes=["sustainable-agriculture"],
        ),
        "bangkok": OrganisationFactory(
            kind="foundation", province=province("TH-10"), name_en="Bangkok Foundation"
        ),
        "draft": OrganisationFactory(
            kind="cooperative",
            status=Status.DRAFT,
            name_en="Draft Cooperative",
            themes=["sustainable-agriculture"],
        ),
        "programme": ProgrammeFactory(name_en="Village Programme", kind="village"),
        "draft_programme": ProgrammeFactory(
            name_en="Secret Programme", kind="village", status=Status.DRAFT
        ),
    }


def names(response, key):
    return [entry.name_en for entry in response.context[key]]


@pytest.mark.parametrize("lang", LANGS)
def test_embed_lists_the_same_entries_as_the_page(client, directory, lang):
    query = "kind=cooperative&region=northern&theme=sustainable-agriculture"
    page = client.get(f"/{lang}/organisations/?{query}")
    embed = client.get(f"/{lang}/embed/organisations/?{query}")
    assert embed.status_code == 200
    assert names(embed, "organisations") == names(page, "organisations")
    assert names(embed, "organisations") == ["Northern Rice Cooperative"]
    body = embed.content.decode()
    assert f'<html lang="{lang}">' in body
    assert "Draft Cooperative" not in body


def test_embed_has_minimal_chrome_and_opens_profiles_in_a_new_tab(client, directory):
    body = client.get("/en/embed/organisations/").content.decode()
    assert 'class="site-header"' not in body and "data-live-filters" not in body
    profile = url_in("en", directory["north_coop"])
    assert f'<a href="{profile}" target="_blank" rel="noopener">' in body
    assert "Draft Cooperative" not in body


def test_embed_links_back_with_powered_by_and_the_same_filters(client, directory):
    body = client.get("/th/embed/organisations/?region=northern&kind=cooperative").content.decode()
    match = re.search(r'<footer class="embed-footer">\s*<a href="([^"]+)" target="_blank"', body)
    assert match
    assert html.unescape(match.group(1)) == (
        "http://testserver/th/organisations/?region=northern&kind=cooperative"
    )


def test_embed_programmes(client, directory):
    response = client.get("/en/embed/programmes/?kind=village")
    assert response.status_code == 200
    assert names(response, "programmes") == ["Village Programme"]
    assert 'target="_blank" rel="noopener"' in response.content.decode()


def test_embed_shows_malformed_filters_instead_of_failing(client, directory):
    response = client.get("/en/embed/organisations/?region=%00&sdg=abc")
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()


def test_embed_pages_paginate_inside_the_frame(client, settings):
    settings.PAGE_SIZE = 2
    OrganisationFactory.create_batch(5)
    body = client.get("/en/embed/organisations/?page=2").content.decode()
    assert 'href="?page=3" rel="next"' in body  # a relative link: stays in the iframe


def test_embed_page_reports_its_height_with_a_script_from_this_site(client, directory):
    body = client.get("/en/embed/organisations/").content.decode()
    assert '<script src="/static/js/embed.js" defer></script>' in body
    script = (Path(settings.BASE_DIR) / "static" / "js" / "embed.js").read_text()
    assert "postMessage" in script and "sse-directory:embed-height" in script


def test_the_resize_script_for_partners_is_served_by_this_site(client):
    script = Path(settings.BASE_DIR) / "static" / "js" / "embed-resize.js"
    text = script.read_text()
    assert "event.origin !== origin" in text  # only messages from this site are trusted
    assert "contentWindow === event.source" in text


@pytest.mark.parametrize(
    ("page", "embed"),
    [("organisations", "/embed/organisations/"), ("programmes", "/embed/programmes/")],
)
@pytest.mark.parametrize("lang", LANGS)
def test_every_list_page_offers_the_embed_snippet(client, directory, page, embed, lang):
    body = client.get(f"/{lang}/{page}/?region=northern&theme=health&page=2").content.decode()
    assert 'id="embed-panel"' in body
    textarea = re.search(r'<textarea id="embed-code"[^>]*>(.*?)</textarea>', body, re.S)
    assert textarea, "the snippet is in a labelled textarea"
    assert '<label for="embed-code">' in body
    snippet = html.unescape(textarea.group(1))  # what the visitor copies
    expected = f"http://testserver/{lang}{embed}?region=northern&amp;theme=health"
    assert f'<iframe src="{expected}"' in snippet  # page number dropped, filters kept
    assert 'title="' in snippet
    assert '<script src="http://testserver/static/js/embed-resize.js" async></script>' in snippet
    # A preview of the same embed, on the page itself.
    assert f'<iframe class="embed-preview" src="{expected}"' in body


def test_the_snippet_follows_the_live_results_block(client, directory):
    """The panel is part of the block the page's script swaps, so it follows the filters."""
    response = client.get("/en/organisations/?kind=cooperative", HTTP_X_REQUESTED_WITH="fetch")
    assert "embed/organisations/?kind=cooperative" in response.content.decode()


def test_no_embed_panel_inside_an_embed(client, directory):
    assert 'id="embed-panel"' not in client.get("/en/embed/organisations/").content.decode()


def test_embed_never_shows_drafts(client, directory):
    for path in ("/en/embed/organisations/?kind=cooperative", "/en/embed/programmes/"):
        body = client.get(path).content.decode()
        assert "Draft Cooperative" not in body and "Secret Programme" not in body
