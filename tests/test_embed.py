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


# --- the partner's choices: count, style, language ------------------------------------------------


def cards(body):
    return body.count('<li class="card">')


def test_embed_count_sets_the_entries_per_page_and_pages_keep_it(client, settings):
    settings.PAGE_SIZE = 24
    OrganisationFactory.create_batch(5, kind="cooperative")
    response = client.get("/en/embed/organisations/?kind=cooperative&count=2&style=compact")
    assert response.status_code == 200
    body = response.content.decode()
    assert cards(body) == 2
    assert 'href="?kind=cooperative&amp;count=2&amp;style=compact&amp;page=2" rel="next"' in body
    # The "powered by" link is the list itself: no embed options on it.
    footer = re.search(r'<footer class="embed-footer">\s*<a href="([^"]+)"', body).group(1)
    assert html.unescape(footer) == "http://testserver/en/organisations/?kind=cooperative"


def test_embed_count_above_the_maximum_is_reduced_to_it(client):
    OrganisationFactory.create_batch(3)
    response = client.get("/en/embed/organisations/?count=5000")
    assert response.status_code == 200
    assert response.context["paginator"].per_page == 50


@pytest.mark.parametrize("value", ["0", "-3", "abc", "", "2.5", "١٢", "1e3", "9999999999"])
@pytest.mark.parametrize("lang", LANGS)
def test_a_malformed_count_is_a_400_naming_the_parameter(client, value, lang):
    response = client.get(f"/{lang}/embed/organisations/", {"count": value})
    assert response.status_code == 400
    text = response.content.decode()
    assert text.startswith("count: ")
    assert ("จำนวนเต็มตั้งแต่ 1 ถึง 50" if lang == "th" else "a whole number from 1 to 50") in text


@pytest.mark.parametrize("value", ["", "big", "COMPACT"])
def test_a_malformed_style_is_a_400(client, value):
    response = client.get("/en/embed/programmes/", {"style": value})
    assert response.status_code == 400
    assert response.content.decode() == "style: “full” or “compact” was expected."


def test_compact_cards_leave_out_the_summary(client):
    OrganisationFactory(summary_en="Rice farmers working together.", summary_th="ชาวนาร่วมกัน")
    full = client.get("/en/embed/organisations/").content.decode()
    compact = client.get("/en/embed/organisations/?style=compact").content.decode()
    assert "Rice farmers working together." in full
    assert 'class="cards"' in full
    assert "Rice farmers working together." not in compact
    assert 'class="cards cards-compact"' in compact
    assert cards(compact) == cards(full) == 1
    assert client.get("/en/embed/organisations/?style=full").status_code == 200


@pytest.mark.parametrize("lang", LANGS)
def test_the_embed_language_is_the_address_prefix(client, directory, lang):
    body = client.get(f"/{lang}/embed/programmes/?style=compact").content.decode()
    assert f'<html lang="{lang}">' in body
    heading = "1 programme" if lang == "en" else "1 โครงการ"
    assert heading in body


def builder_snippet(response):
    textarea = re.search(
        r'<textarea id="embed-code"[^>]*>(.*?)</textarea>', response.content.decode(), re.S
    )
    return html.unescape(textarea.group(1))


def test_the_builder_says_truthfully_where_the_language_comes_from(client, directory):
    body = client.get("/th/organisations/").content.decode()
    assert "เป็นภาษาเดียวกับหน้าเว็บของคุณ" not in body  # the old, untrue claim
    assert "รายการจะแสดงเป็นภาษาที่เลือกไว้ที่นี่ ไม่ว่าหน้าเว็บของคุณจะเป็นภาษาใด" in body
    # Both languages are offered, the page's own chosen.
    assert re.search(r'value="th" id="embed-lang-th" checked', body)
    assert 'value="en" id="embed-lang-en">' in body


def test_the_builder_form_chooses_language_filters_count_and_style(client, directory):
    query = "region=northern&theme=sustainable-agriculture"
    default = builder_snippet(client.get(f"/th/organisations/?{query}"))
    assert (
        '<iframe src="http://testserver/th/embed/organisations/?region=northern&amp;theme='
        in default
    )
    assert 'title="องค์กร · ' in default

    chosen = client.get(
        f"/th/organisations/?{query}&embed_lang=en&embed_count=5&embed_style=compact"
        "&embed_keep=region%3Dnorthern"
    )
    # The list itself keeps both filters; the embed only the kept one, in English.
    assert names(chosen, "organisations") == ["Northern Rice Cooperative"]
    assert len(chosen.context["active_filters"]) == 2
    snippet = builder_snippet(chosen)
    embed = (
        "http://testserver/en/embed/organisations/?region=northern&amp;count=5&amp;style=compact"
    )
    assert f'<iframe src="{embed}" title="Organisations · SSE Directory Thailand"' in snippet
    body = chosen.content.decode()
    assert '<details class="embed-panel" id="embed-panel" open>' in body
    assert f'<iframe class="embed-preview" src="{embed}"' in body
    # The embed it names shows what was chosen.
    assert client.get(html.unescape(embed)).status_code == 200


def test_the_builder_falls_back_to_defaults_on_bad_choices(client, directory):
    page = "/en/organisations/?kind=cooperative&embed_lang=xx&embed_count=0&embed_style=big"
    snippet = builder_snippet(client.get(page + "&embed_keep=kind%3Dcooperative"))
    assert '<iframe src="http://testserver/en/embed/organisations/?kind=cooperative"' in snippet
    # A filter the partner unticked (not sent back) is left out of the embed.
    snippet = builder_snippet(client.get(page))
    assert '<iframe src="http://testserver/en/embed/organisations/"' in snippet


def test_the_builder_keeps_filters_without_a_label_such_as_the_programme(client, directory):
    programme = directory["programme"].slug
    snippet = builder_snippet(
        client.get(f"/en/organisations/?programme={programme}&embed_lang=th&embed_count=3")
    )
    assert f"/th/embed/organisations/?programme={programme}&amp;count=3" in snippet
