"""What a visitor needs to trust the directory: who runs it, what happens to what they send, how
accessible it is, how to reach the curators; and the small things they notice on the way (Thai
order, readable messages, share links, error pages in the site's design)."""

import re
import urllib.request
from html import unescape
from urllib.parse import quote, urlsplit

import pytest
from django.core.cache import cache
from django.test import Client

from orgs.models import Suggestion
from orgs.spam import issue_stamp

from .curators import admin_url, client_for, curator
from .factories import OrganisationFactory, ProgrammeFactory, province, url_in
from .thai_text import english_words

pytestmark = pytest.mark.django_db

LANGS = ["th", "en"]
TRUST_PAGES = ["about", "privacy", "accessibility", "contact"]


@pytest.fixture(autouse=True)
def quick_forms(settings):
    settings.SUGGESTION_MIN_SECONDS = 0
    settings.CONTACT_EMAIL = "sse-directory@example.org"
    cache.clear()
    yield
    cache.clear()


def body(response):
    return response.content.decode()


def footer(html):
    return html.split('<footer class="site-footer"', 1)[1]


def hrefs(html):
    return [unescape(h) for h in re.findall(r'href="([^"]*)"', html)]


# --- the trust pages ------------------------------------------------------------------------


def test_every_kind_of_page_links_the_trust_pages_from_its_footer(client):
    organisation = OrganisationFactory()
    programme = ProgrammeFactory()
    for lang in LANGS:
        paths = [
            "/",
            "/organisations/",
            url_in(lang, organisation)[3:],
            "/programmes/",
            url_in(lang, programme)[3:],
            "/universities/",
            "/regions/northern/",
            "/search/?q=test",
            "/suggest/",
            "/data/",
            "/organisations/no-such-entry/",
            *[f"/{name}/" for name in TRUST_PAGES],
        ]
        for path in paths:
            response = client.get(f"/{lang}{path}")
            assert response.status_code in (200, 404), path
            links = hrefs(footer(body(response)))
            for name in TRUST_PAGES:
                assert f"/{lang}/{name}/" in links, (lang, path, name)


@pytest.mark.parametrize("name", TRUST_PAGES)
def test_trust_pages_are_bilingual_with_no_english_left_on_thai_pages(client, name):
    th = client.get(f"/th/{name}/")
    en = client.get(f"/en/{name}/")
    assert th.status_code == en.status_code == 200
    assert '<html lang="th"' in body(th) and '<html lang="en"' in body(en)
    assert english_words(body(th)) == []
    h1_th = re.search(r"<h1>(.*?)</h1>", body(th)).group(1)
    h1_en = re.search(r"<h1>(.*?)</h1>", body(en)).group(1)
    assert h1_th != h1_en and re.search(r"[\u0e00-\u0e7f]", h1_th)


def test_the_privacy_notice_says_what_is_kept_how_long_and_whom_to_write_to(client, settings):
    settings.SUGGESTION_RATE_WINDOW = 7200
    html = body(client.get("/en/privacy/"))
    for fact in (
        "Personal Data Protection Act",
        "your name and email address",
        "does not delete suggestions by itself",  # orgs has no automatic deletion
        "120 minutes",  # the rate limit's window, read from the settings
        "section 24(5)",
        "withdraw",
        'href="mailto:sse-directory@example.org"',
    ):
        assert fact in html, fact
    assert "ไม่ได้ลบข้อเสนอโดยอัตโนมัติ" in body(client.get("/th/privacy/"))


def test_the_contact_page_gives_the_configured_address_and_the_suggestion_form(client, settings):
    html = body(client.get("/th/contact/"))
    assert 'href="mailto:sse-directory@example.org"' in html
    assert 'href="/th/suggest/"' in html
    settings.CONTACT_EMAIL = ""
    html = body(client.get("/th/contact/"))
    assert "mailto:" not in html and 'href="/th/suggest/"' in html


def test_the_about_page_lists_the_consortium_members(client):
    member = OrganisationFactory(kind="university", is_consortium_member=True)
    OrganisationFactory(kind="university", is_consortium_member=True, status="draft", slug="d")
    html = body(client.get("/en/about/"))
    assert f'href="/en/organisations/{member.slug}/"' in html
    assert 'href="/en/organisations/d/"' not in html


@pytest.mark.parametrize("lang", LANGS)
def test_the_suggestion_forms_link_the_privacy_notice_beside_the_button(client, lang):
    organisation = OrganisationFactory()
    programme = ProgrammeFactory()
    for url in (
        f"/{lang}/suggest/",
        url_in(lang, organisation) + "suggest/",
        url_in(lang, programme) + "suggest/",
    ):
        form = body(client.get(url)).split('class="suggest-form"', 1)[1].split("</form>")[0]
        before_button = form.split('<button type="submit"')[0].rsplit("</div>", 1)[1]
        assert f'href="/{lang}/privacy/"' in before_button, url


# --- Thai order, readable messages, required fields -------------------------------------------


NORTH_IN_CODE_ORDER = ["TH-54", "TH-55", "TH-57"]  # แพร่, น่าน, เชียงราย (DOPA codes)
NORTH_IN_THAI_ORDER = ["เชียงราย", "น่าน", "แพร่"]


def positions(html, names):
    return [html.index(name) for name in names]


def test_provinces_in_the_suggestion_form_are_in_thai_order_grouped_by_region(client, on_postgres):
    html = body(client.get("/th/suggest/"))
    select = html.split('<select name="province"', 1)[1].split("</select>")[0]
    northern = select.split('<optgroup label="ภาคเหนือ">', 1)[1].split("</optgroup>")[0]
    found = positions(northern, NORTH_IN_THAI_ORDER)
    assert found == sorted(found)
    assert select.count("<optgroup") == 6
    assert "ภาคใต้" in select and "ยะลา" in select.split('label="ภาคใต้"')[1]
    english = body(client.get("/en/suggest/"))
    found = positions(english, ["Chiang Rai", "Nan", "Phrae"])
    assert found == sorted(found)


def test_a_profiles_provinces_are_in_thai_order(client, on_postgres):
    organisation = OrganisationFactory()
    organisation.area_provinces.set([province(code) for code in NORTH_IN_CODE_ORDER])
    html = body(client.get(url_in("th", organisation)))
    found = positions(html.split("<main", 1)[1], NORTH_IN_THAI_ORDER)
    assert found == sorted(found)
    programme = ProgrammeFactory()
    programme.provinces.set([province(code) for code in NORTH_IN_CODE_ORDER])
    html = body(client.get(url_in("th", programme)))
    found = positions(html.split("<main", 1)[1], NORTH_IN_THAI_ORDER)
    assert found == sorted(found)


def test_a_bad_filter_value_is_named_by_its_label_in_the_pages_language(client):
    th = body(client.get("/th/organisations/?region=nowhere"))
    en = body(client.get("/en/organisations/?region=nowhere"))
    assert "ภาค: ไม่พบ “nowhere”" in th
    assert "Region: “nowhere” not found" in en
    assert "<code>region</code>" not in th and "valid choice" not in en
    programmes = body(client.get("/en/programmes/?province=TH-99"))
    assert "Province: “TH-99” not found" in programmes


@pytest.mark.parametrize("lang", LANGS)
def test_required_fields_are_marked_before_the_form_is_sent(client, lang):
    html = body(client.get(f"/{lang}/suggest/"))
    mark = "(จำเป็น)" if lang == "th" else "(required)"
    for name in ("name", "message"):
        label = re.search(rf'<label for="id_{name}">(.*?)</label>', html, re.S).group(1)
        assert mark in label, name
        assert re.search(rf"<(input|textarea)[^>]*required[^>]*id=\"id_{name}\"", html), name
    website = re.search(r'<label for="id_website">(.*?)</label>', html, re.S).group(1)
    assert mark not in website
    assert not re.search(r'<input[^>]*required[^>]*id="id_website"', html)


def test_the_errors_of_the_suggestion_form_read_as_friendly_thai(client):
    response = client.post(
        "/th/suggest/",
        {"name": "", "message": "", "submitter_email": "nope", "started": issue_stamp()},
    )
    html = body(response)
    assert "กรุณาใส่ชื่อองค์กร" in html
    assert "ดูเหมือนจะไม่ใช่อีเมลที่ถูกต้อง" in html
    assert "ฟิลด์นี้" not in html and "This field" not in html


# --- single-use stamps ----------------------------------------------------------------------


def test_a_replayed_form_is_refused_with_a_form_error(client):
    data = {"name": "Ban Na Weavers", "message": "Weavers in Nan.", "started": issue_stamp()}
    assert client.post("/en/suggest/", data).status_code == 302
    replay = client.post("/en/suggest/", data)
    assert replay.status_code == 200
    assert "This form has already been sent" in body(replay)
    assert Suggestion.objects.count() == 1
    # The form shown again carries a fresh stamp, so a person can still send a new one.
    fresh = re.search(r'name="started" value="([^"]+)"', body(replay)).group(1)
    assert fresh != data["started"]
    assert client.post("/en/suggest/", {**data, "started": fresh}).status_code == 302


def test_a_form_corrected_after_an_error_is_still_accepted(client):
    data = {"name": "", "message": "Weavers in Nan.", "started": issue_stamp()}
    assert client.post("/en/suggest/", data).status_code == 200
    assert client.post("/en/suggest/", {**data, "name": "Ban Na"}).status_code == 302


# --- programme corrections ------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_a_programme_page_links_its_own_correction_form(client, lang):
    programme = ProgrammeFactory()
    page = body(client.get(url_in(lang, programme)))
    correction = url_in(lang, programme) + "suggest/"
    assert f'href="{correction}"' in page
    form = body(client.get(correction))
    name = programme.name_th if lang == "th" else programme.name_en
    assert f"“{name}”" in form
    assert f'href="/{lang}/programmes/"' in form.split('class="breadcrumbs"')[1]
    assert client.get(f"/{lang}/programmes/no-such/suggest/").status_code == 404


def test_a_programme_correction_is_stored_with_its_page(client):
    programme = ProgrammeFactory()
    response = client.post(
        url_in("en", programme) + "suggest/",
        {"message": "The dates changed.", "started": issue_stamp()},
    )
    assert response.status_code == 302
    suggestion = Suggestion.objects.get()
    assert (suggestion.kind, suggestion.organisation) == ("correction", None)
    assert suggestion.page == f"http://testserver{url_in('en', programme)}"
    assert suggestion.name == programme.name_en


def test_a_draft_programme_has_no_correction_form(client):
    draft = ProgrammeFactory(status="draft")
    assert client.get(f"/en/programmes/{draft.slug}/suggest/").status_code == 404


# --- error pages ----------------------------------------------------------------------------


def assert_styled_bilingual_error(response, status):
    assert response.status_code == status
    html = body(response)
    assert "/static/css/site.css" in html and '<footer class="site-footer"' in html
    assert '<div lang="th"' in html and '<div lang="en"' in html
    assert re.search(r"[\u0e00-\u0e7f]", html.split('<div lang="th"')[1])
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert "<style" not in html and "style=" not in html  # nothing the CSP would block
    return html


def test_a_csrf_failure_is_the_sites_own_bilingual_page():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/th/suggest/", {"name": "x", "message": "y"})
    html = assert_styled_bilingual_error(response, 403)
    assert "ส่งแบบฟอร์มไม่สำเร็จ" in html and "the form could not be sent" in html
    assert "CSRF verification failed" not in html


def test_a_bad_request_is_the_sites_own_bilingual_page(client):
    response = client.get("/en/", HTTP_HOST="evil.example")  # a host the site does not serve
    html = assert_styled_bilingual_error(response, 400)
    assert "could not be understood" in html and "ระบบไม่เข้าใจคำขอนี้" in html
    assert "evil.example" not in html


def test_a_forbidden_action_is_the_sites_own_bilingual_page():
    suggestion = Suggestion.objects.create(kind="new", name="x", message="y", state="accepted")
    editor = client_for(curator("Editor"))
    response = editor.post(admin_url(Suggestion, "change", suggestion.pk), {"_reject": "1"})
    html = assert_styled_bilingual_error(response, 403)
    assert html.index('<div lang="en"') < html.index('<div lang="th"')  # the page's own first


# --- sources, share image and share links ---------------------------------------------------

THAI_SOURCE = "https://th.wikipedia.org/wiki/" + quote("สหกรณ์")


def test_source_links_show_readable_thai_and_keep_a_valid_href(client):
    organisation = OrganisationFactory(sources=THAI_SOURCE)
    html = body(client.get(url_in("th", organisation)))
    assert f'<a href="{THAI_SOURCE}" rel="noopener">https://th.wikipedia.org/wiki/สหกรณ์</a>' in html


def og_image(html):
    return unescape(re.search(r'<meta property="og:image" content="([^"]+)"', html).group(1))


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_default_share_image_is_an_absolute_png_that_answers(live_server):
    programme = ProgrammeFactory()
    for path in ("/th/about/", url_in("en", programme)):
        with urllib.request.urlopen(live_server.url + path) as response:
            html = response.read().decode()
        image = og_image(html)
        assert image.startswith(live_server.url + "/static/") and image.endswith(".png")
        assert f'<meta name="twitter:image" content="{image}">' in html
        with urllib.request.urlopen(image) as response:
            assert response.status == 200
            assert response.headers["Content-Type"] == "image/png"
            png = response.read()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(png[16:20], "big") == 1200
        assert int.from_bytes(png[20:24], "big") == 630


def test_an_organisation_with_a_logo_shares_its_logo(client):
    organisation = OrganisationFactory(logo="logos/ban-na.png")
    html = body(client.get(url_in("en", organisation)))
    assert og_image(html) == "http://testserver/media/logos/ban-na.png"


@pytest.mark.parametrize("lang", LANGS)
def test_profiles_and_programmes_have_plain_share_links(client, lang):
    for entry in (OrganisationFactory(), ProgrammeFactory()):
        page_url = f"http://testserver{url_in(lang, entry)}"
        html = body(client.get(url_in(lang, entry)))
        share = "<section " + html.split('<section class="share"', 1)[1].split("</section>")[0]
        links = hrefs(share)
        encoded = quote(page_url, safe="")
        assert f"https://social-plugins.line.me/lineit/share?url={encoded}" in links
        assert f"https://www.facebook.com/sharer/sharer.php?u={encoded}" in links
        assert any(link.startswith(f"https://x.com/intent/post?url={encoded}") for link in links)
        assert page_url in links  # "copy link" is a plain link to the page itself
        for src in re.findall(r'<script[^>]*src="([^"]+)"', html):
            assert not urlsplit(src).netloc, src  # no script from another host
        assert english_words(share) == [] or lang == "en"


def test_the_trust_pages_are_in_the_sitemap(client):
    sitemap = body(client.get("/sitemap-pages.xml"))
    for name in TRUST_PAGES:
        for lang in LANGS:
            assert f"<loc>http://testserver/{lang}/{name}/</loc>" in sitemap, (lang, name)


def test_a_curator_accepts_a_programme_correction(client):
    programme = ProgrammeFactory()
    client.post(
        url_in("en", programme) + "suggest/",
        {"message": "The dates changed.", "started": issue_stamp()},
    )
    suggestion = Suggestion.objects.get()
    editor = client_for(curator("Editor"))
    url = admin_url(Suggestion, "change", suggestion.pk)
    page = body(editor.get(url))
    assert f'href="{suggestion.page}"' in page and programme.name_en in page
    response = editor.post(url, {"_accept": "1", "note": "Fixed"})
    assert response.status_code == 302
    assert response["Location"] == admin_url(Suggestion, "changelist")
    suggestion.refresh_from_db()
    assert suggestion.state == "accepted"
