"""Search as Thai and English visitors type it (issue 10), over the demo directory.

The same table runs on SQLite and on PostgreSQL (with DATABASE_URL): the one implementation of
`q` is listings/search.py, used by the lists, the site search, embeds, exports, feeds and the API.
"""

import json
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import translation

from curation.language import name_sort_key
from curation.models import Status
from listings import search
from listings.search import normalise, words
from orgs.models import Organisation
from programs.models import Programme


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo directory, loaded once for the module (tests roll back their own changes)."""
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)
        yield
        Programme.objects.all().delete()
        Organisation.objects.all().delete()


pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


def found(client, lang, query, kind="organisations", **params):
    """Slugs of the list page's results, in the page's order."""
    response = client.get(f"/{lang}/{kind}/", {"q": query, **params})
    assert response.status_code == 200
    return [entry.slug for entry in response.context["object_list"]]


# --- Normalisation ------------------------------------------------------------------------

SAME = [
    # abbreviation marks
    ("จุฬาฯ", "จุฬา"),
    ("มธ.", "มธ"),
    ("ม.มหิดล", "มมหิดล"),
    # case, zero-width characters, runs of spaces, no-break spaces
    ("Thaksin  UNIVERSITY", "thaksin university"),
    ("จุฬา\u200bลงกรณ์", "จุฬาลงกรณ์"),
    ("\u00a0Mahidol\tUniversity ", "mahidol university"),
    # marks typed out of order: tone mark before the vowel above (เพ่ือ → เพื่อ)
    ("เพ\u0e48\u0e37อ", "เพื่อ"),
    # Sara Am typed as Nikhahit + Sara Aa (with the tone mark between them)
    ("ส\u0e4dานัก", "สำนัก"),
    ("น\u0e4d\u0e49า", "น้ำ"),
    # following vowel before the tone mark (กา่ → ก่า)
    ("ก\u0e32\u0e48", "ก\u0e48\u0e32"),
    # two Sara E for Sara Ae, a mark typed twice
    ("\u0e40\u0e40ห่ง", "แห่ง"),
    ("ดี\u0e35", "ดี"),
    # Thai digits, punctuation between words
    ("ระยะที่ ๒", "ระยะที่ 2"),
    ("SID-ESAN", "sid esan"),
    # compatibility forms: full-width letters
    ("Ｔｈａｉ", "thai"),
]


@pytest.mark.parametrize(("typed", "stored"), SAME)
def test_query_and_stored_text_normalise_alike(typed, stored):
    assert normalise(typed) == normalise(stored)


def test_words_split_on_spaces_and_punctuation():
    assert words("  มหาวิทยาลัย   ทักษิณ ") == ["มหาวิทยาลัย", "ทักษิณ"]
    assert words("Thaksin University, Phatthalung") == ["thaksin", "university", "phatthalung"]
    assert words("ฯ . ") == []


# --- The table: what a visitor types, what comes first -------------------------------------

FIRST = [
    # stored abbreviations, with and without their marks
    ("th", "จุฬาฯ", "chulalongkorn-university"),
    ("th", "จุฬา", "chulalongkorn-university"),
    ("th", "มธ.", "thammasat-university"),
    ("th", "มธ", "thammasat-university"),
    ("th", "ม.มหิดล", "mahidol-university"),
    ("th", "มหิดล", "mahidol-university"),
    ("en", "Chula", "chulalongkorn-university"),
    ("en", "TU", "thammasat-university"),
    ("en", "swu", "srinakharinwirot-university"),
    # two words, in either order
    ("th", "มหาวิทยาลัย ทักษิณ", "thaksin-university"),
    ("th", "ทักษิณ มหาวิทยาลัย", "thaksin-university"),
    ("en", "Thaksin Phatthalung", "thaksin-university-phatthalung"),
    ("en", "Phatthalung Thaksin", "thaksin-university-phatthalung"),
    ("en", "thaksin UNIVERSITY", "thaksin-university"),
    # a whole Thai name typed without its space, or with one it does not have
    ("th", "มหาวิทยาลัยทักษิณวิทยาเขตพัทลุง", "thaksin-university-phatthalung"),
    ("th", "มหาวิทยาลัย มหิดล", "mahidol-university"),
    # marks typed out of order, Sara Am in two strokes, two Sara E, a zero-width space
    ("th", "ส่งเสริมวิสาหกิจเพ\u0e48\u0e37อสังคม", "osep"),
    ("th", "ส\u0e4dานักงานนวัตกรรมแห่งชาติ", "nia"),
    ("th", "นวัตกรรม\u0e40\u0e40ห่งชาติ", "nia"),
    ("th", "จุฬา\u200bลงกรณ์", "chulalongkorn-university"),
    # Thai query on the English page and the other way round
    ("en", "ธรรมศาสตร์", "thammasat-university"),
    ("th", "Mahidol", "mahidol-university"),
]


@pytest.mark.parametrize(("lang", "query", "first"), FIRST)
def test_what_visitors_type_finds_the_entry_first(client, lang, query, first):
    assert found(client, lang, query)[:1] == [first]


def test_two_words_need_both(client):
    both = found(client, "en", "Thaksin Phatthalung")
    assert "thaksin-university-phatthalung" in both
    assert "chulalongkorn-university" not in both
    assert found(client, "en", "Thaksin Chiangmaiwhatever") == []


def test_relevance_bands_exact_then_prefix_then_other_names_then_other_fields(client):
    results = found(client, "en", "Thaksin University")
    assert results[:2] == ["thaksin-university", "thaksin-university-phatthalung"]  # exact, prefix

    results = found(client, "en", "university")
    names = dict(Organisation.objects.values_list("slug", "name_en"))

    def band(slug):
        name = names[slug].lower()
        return 2 if name.startswith("university") else 3 if "university" in name else 4

    bands = [band(slug) for slug in results]
    assert results[0] == "university-of-phayao"
    assert bands == sorted(bands) and 4 in bands, list(zip(results, bands, strict=True))
    # within a band, the list's usual order (by name)
    in_names = [names[slug] for slug in results if band(slug) == 3]
    assert in_names == sorted(in_names, key=str.lower)
    # another order on request; sort=relevance is the default made explicit
    assert found(client, "en", "university", sort="name") != results
    assert found(client, "en", "university", sort="relevance") == results


BAND_QUERIES = ["university", "มหาวิทยาลัย", "Thaksin University", "ชุมชน", "มธ", "วิสาหกิจ", "soil"]


@pytest.mark.parametrize("read_from_index", [False, True], ids=["sorted", "from-sort-index"])
@pytest.mark.parametrize("query", BAND_QUERIES)
def test_pages_read_band_by_band_are_the_slices_of_the_whole_relevance_order(
    query, read_from_index, monkeypatch
):
    """A page of a relevance-ordered list is read one band at a time (listings/search.py),
    each band either sorted or read from the sort index; every slice must be the same rows,
    in the same order, as the whole list's ORDER BY."""
    monkeypatch.setattr(search, "SORTED_UP_TO", 0)  # the demo's few matches, band by band too
    monkeypatch.setattr(search, "reads_sort_index", lambda *sizes: read_from_index)
    for lang in ("th", "en"):
        with translation.override(lang):
            for model in (Organisation, Programme):
                ordered = (
                    model.objects.published()
                    .search(query)
                    .by_relevance(query, name_sort_key(), "slug")
                )
                whole = [entry.slug for entry in ordered.iterator()]  # one ORDER BY CASE …
                assert whole or model is Programme
                for low, high in [(0, 1), (0, 3), (2, 7), (0, 24), (1, len(whole) + 5)]:
                    assert [entry.slug for entry in ordered[low:high]] == whole[low:high]
                assert ordered.count() == len(whole)


@pytest.mark.parametrize("read_from_index", [False, True], ids=["sorted", "from-sort-index"])
def test_a_relevance_page_reads_a_bounded_number_of_queries(
    read_from_index, django_assert_max_num_queries, monkeypatch
):
    monkeypatch.setattr(search, "SORTED_UP_TO", 0)
    monkeypatch.setattr(search, "reads_sort_index", lambda *sizes: read_from_index)
    ordered = Organisation.objects.published().search("university")
    ordered = ordered.select_related("province").prefetch_related("themes")
    ordered = ordered.by_relevance("university", name_sort_key(), "slug")
    # the band sizes; four bands, those read from the index together in a savepoint with the
    # planner settings set and put back (four statements more); the page's rows and its
    # prefetch: 11 at most, and never one query per row
    with django_assert_max_num_queries(11):
        page = list(ordered[:24])
        assert [entry.province.code for entry in page]
        assert [list(entry.themes.all()) for entry in page]
    if connection.vendor == "postgresql":  # the planner settings of the index reads are back
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT current_setting('enable_bitmapscan'), current_setting('enable_seqscan')"
            )
            assert cursor.fetchone() == ("on", "on")


def test_programmes_are_found_by_their_units_and_host(client):
    # the SID programme by a unit's name; a unit by its host's name
    assert "sid" in found(client, "en", "Upper North 2", "programmes")
    assert "sid-southern-gulf" in found(client, "th", "มหาวิทยาลัยทักษิณ", "programmes")
    assert "sid-southern-gulf" in found(client, "en", "Phatthalung Campus", "programmes")


# --- Typos: "Did you mean …?" ------------------------------------------------------------

TYPOS = [
    ("en", "chulalongkon", "chulalongkorn-university"),
    ("th", "ธรรมศาตร์", "thammasat-university"),
    ("en", "thamasat univercity", "thammasat-university"),
    ("th", "ศรีนครินวิโรฒ", "srinakharinwirot-university"),
]


@pytest.mark.parametrize(("lang", "typo", "entry"), TYPOS)
def test_a_typo_reaches_the_entry_through_a_suggestion(client, lang, typo, entry):
    # as typed (`as_typed=1`: no clearly meant name shown instead), the page offers names
    response = client.get(
        f"/{lang}/organisations/", {"q": typo, "kind": "university", "as_typed": "1"}
    )
    assert list(response.context["object_list"]) == []
    html = response.content.decode()
    asked = "Did you mean" if lang == "en" else "หมายถึง"
    assert asked in html
    links = re.findall(r'class="did-you-mean">.*?</p>', html, re.S)[0]
    first = re.findall(r'href="([^"]+)"', links)[0].replace("&amp;", "&")
    assert parse_qs(urlsplit(first).query)["kind"] == ["university"]  # other filters kept
    assert client.get(first).context["object_list"][0].slug == entry


SHOWING = {"en": "Showing results for", "th": "แสดงผลของ"}
AS_TYPED = {"en": "as typed", "th": "ตามที่พิมพ์"}


@pytest.mark.parametrize(("lang", "typo", "entry"), TYPOS)
def test_a_clearly_meant_name_is_listed_at_once_and_said_so(client, lang, typo, entry):
    response = client.get(f"/{lang}/organisations/", {"q": typo, "kind": "university"})
    corrected = response.context["corrected"]
    assert corrected["typed"] == typo
    assert entry in [found.slug for found in response.context["object_list"]]
    html = response.content.decode()
    notice = re.findall(r'class="did-you-mean corrected">.*?</p>', html, re.S)[0]
    assert SHOWING[lang] in notice and typo in notice and corrected["shown"] in notice
    assert "Did you mean" not in html and "หมายถึง" not in html
    # the link to the query as typed keeps the other filters and lists nothing
    link = re.findall(r'href="([^"]+)"', notice)[0].replace("&amp;", "&")
    assert AS_TYPED[lang] in notice
    params = parse_qs(urlsplit(link).query)
    assert params["q"] == [typo] and params["kind"] == ["university"]
    as_typed = client.get(link)
    assert as_typed.context["corrected"] is None
    assert list(as_typed.context["object_list"]) == []


def test_two_names_about_as_close_are_offered_not_chosen(client):
    # Thaksin University and its Phatthalung campus are equally close to the typo
    response = client.get("/en/organisations/", {"q": "thaksin universty"})
    assert response.context["corrected"] is None
    assert list(response.context["object_list"]) == []
    names = [name for name, _query in response.context["did_you_mean"]]
    assert [name.startswith("Thaksin University") for name in names[:2]] == [True, True]


def test_embeds_the_api_and_downloads_answer_the_query_as_typed(client):
    embed = client.get("/en/embed/organisations/", {"q": "chulalongkon"})
    assert list(embed.context["object_list"]) == []
    assert client.get("/api/v1/organisations/", {"q": "chulalongkon"}).json()["count"] == 0
    download = client.get("/en/organisations/export.json", {"q": "chulalongkon"})
    assert json.loads(b"".join(download.streaming_content))["count"] == 0


@pytest.mark.parametrize(("lang", "typo", "entry"), TYPOS[:2])
def test_the_site_search_suggests_too(client, lang, typo, entry):
    response = client.get(f"/{lang}/search/", {"q": typo, "as_typed": "1"})
    assert response.status_code == 200
    name, query = response.context["did_you_mean"][0]
    following = client.get(f"/{lang}/search/?{query}")
    assert following.context["groups"][0]["entries"][0].slug == entry


@pytest.mark.parametrize(("lang", "typo", "entry"), TYPOS[:2])
def test_the_site_search_lists_a_clearly_meant_name_at_once(client, lang, typo, entry):
    response = client.get(f"/{lang}/search/", {"q": typo})
    assert response.status_code == 200
    assert response.context["corrected"]["typed"] == typo
    assert response.context["groups"][0]["entries"][0].slug == entry
    html = response.content.decode()
    assert SHOWING[lang] in html and AS_TYPED[lang] in html
    link = re.findall(r'class="did-you-mean corrected">.*?href="([^"]+)"', html, re.S)[0]
    as_typed = client.get(link.replace("&amp;", "&"))
    assert as_typed.context["total"] == 0 and as_typed.context["did_you_mean"]


# --- Drafts ------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["นเรศวร", "Naresuan", "มน.", "naresuan universty"])
def test_drafts_are_never_found_nor_suggested(client, query):
    draft = Organisation.objects.get(slug="naresuan-university")
    assert draft.status == Status.DRAFT
    for lang in ("th", "en"):
        page = client.get(f"/{lang}/organisations/", {"q": query})
        assert draft.slug not in [entry.slug for entry in page.context["object_list"]]
        site = client.get(f"/{lang}/search/", {"q": query}).content.decode()
        assert "naresuan-university" not in site
        for name in (draft.name_th, draft.name_en):  # not even as a suggestion
            assert name not in page.content.decode() and name not in site
    api = client.get("/api/v1/organisations/", {"q": query}).json()
    assert draft.slug not in [row["slug"] for row in api["results"]]
    export = client.get("/en/organisations/export.csv", {"q": query}).getvalue().decode()
    assert draft.slug not in export


def test_a_draft_unit_does_not_make_its_parent_found(client):
    assert Programme.objects.get(slug="sid-srinakharinwirot").status == Status.DRAFT
    results = found(client, "en", "Driving Unit Srinakharinwirot", "programmes")
    assert "sid-srinakharinwirot" not in results and "sid" not in results


# --- The search columns follow the data ---------------------------------------------------


def test_renaming_a_host_or_publishing_a_unit_updates_the_programme(client):
    host = Organisation.objects.get(slug="thaksin-university-phatthalung")
    host.name_en = "Lake Songkhla Campus"
    host.save()
    assert "sid-southern-gulf" in found(client, "en", "Songkhla Campus", "programmes")

    unit = Programme.objects.get(slug="sid-srinakharinwirot")
    unit.status = Status.PUBLISHED
    unit.save(update_fields=["status"])
    assert "sid" in found(client, "en", "Driving Unit Srinakharinwirot", "programmes")

    unit.delete()
    assert "sid" not in found(client, "en", "Driving Unit Srinakharinwirot", "programmes")


# --- Never a dead end ---------------------------------------------------------------------


def test_an_empty_list_shows_what_each_filter_would_give_and_other_matches(client):
    response = client.get(
        "/en/organisations/", {"q": "thaksin", "region": "northern", "kind": "university"}
    )
    assert response.context["paginator"].count == 0
    chips = {chip["label"][1]: chip["count"] for chip in response.context["relaxed_filters"]}
    assert (
        chips["“thaksin”"]
        == Organisation.objects.published()
        .filter(kind="university", province__region__slug="northern")
        .count()
    )
    assert chips["Northern"] == 2  # Thaksin University and its Phatthalung campus
    elsewhere = {match["url"]: match["count"] for match in response.context["elsewhere"]}
    assert "/en/programmes/?q=thaksin" in elsewhere
    html = response.content.decode()
    assert "/en/suggest/" in html and "also finds" in html


def test_site_search_groups_organisations_programmes_and_events(client):
    response = client.get("/th/search/", {"q": "SOIL"})
    groups = {group["name"]: group for group in response.context["groups"]}
    assert groups["programme"]["count"] >= 1 and groups["event"]["count"] >= 2
    assert groups["programme"]["list_url"] == "/th/programmes/?q=SOIL"
    html = response.content.decode()
    assert 'href="/th/programmes/soil/"' in html  # events link to their programme
    assert "/th/organisations/?q=SOIL" in html


# --- Junk input: a clear message, never a 500 ---------------------------------------------

JUNK = {
    "nul": "q=a%00b",
    "long": "q=" + "ก" * 3000,
    "broken-utf8": "q=%E0%B8",
    "control": "q=%07bell",
}


@pytest.mark.parametrize("junk", JUNK.values(), ids=JUNK.keys())
def test_junk_queries_get_a_clear_answer(client, junk):
    site = client.get(f"/th/search/?{junk}")
    assert site.status_code == 400
    assert 'role="alert"' in site.content.decode()
    page = client.get(f"/en/organisations/?{junk}")
    assert page.status_code == 200
    assert "Some filters could not be used" in page.content.decode()
    assert client.get(f"/api/v1/organisations/?{junk}").status_code == 400
    assert client.get(f"/api/v1/programmes/?{junk}").status_code == 400
    assert client.get(f"/en/organisations/export.csv?{junk}").status_code == 400
    assert client.get(f"/en/feeds/organisations/?{junk}").status_code == 400
    assert client.get(f"/en/embed/programmes/?{junk}").status_code == 200
