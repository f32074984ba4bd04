"""The events pages and their calendars, as a visitor, a calendar program or a partner sees them:
upcoming first, filters, each event's page, iCalendar files that parse, dates known only to the
month shown as a month, and drafts' events nowhere."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar

from curation.models import Status
from listings.templatetags.directory import daterange
from programs.events import calendar_span
from programs.models import Event

from .factories import EventFactory, ProgrammeFactory, province

pytestmark = pytest.mark.django_db

LANGS = ["th", "en"]


def text(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.content[:300])
    return response.content.decode()


def titles(html):
    """The event titles of a list page, in page order."""
    return re.findall(r'class="card-title"><a href="/\w\w/events/[^"]+/">([^<]+)</a>', html)


@pytest.fixture
def events():
    today = timezone.localdate()
    farming = ProgrammeFactory(slug="farming", name_en="Farming school", themes=["health"])
    tourism = ProgrammeFactory(slug="tourism", name_en="Village tourism")
    unit = ProgrammeFactory(slug="farming-north", name_en="Farming school, north", parent=farming)
    draft = ProgrammeFactory(slug="secret", name_en="Secret programme", status=Status.DRAFT)
    return {
        "soon": EventFactory(
            slug="soon",
            programme=farming,
            title_en="Seed swap",
            start_date=today + datetime.timedelta(days=10),
            end_date=today + datetime.timedelta(days=11),
            province=province("TH-50"),
            participants=40,
            sources="https://example.org/seed-swap",
        ),
        "later": EventFactory(
            slug="later",
            programme=tourism,
            title_en="Homestay fair",
            start_date=today + datetime.timedelta(days=40),
            province=province("TH-10"),
        ),
        "april": EventFactory(
            slug="april",
            programme=tourism,
            title_en="Guides' workshop",
            title_th="เวิร์กช็อปนักสื่อความหมาย",
            start_date=datetime.date(2019, 4, 1),
            date_precision="month",
            province=province("TH-10"),
        ),
        "old": EventFactory(
            slug="old",
            programme=unit,
            title_en="Harvest day",
            start_date=datetime.date(2021, 6, 5),
            province=province("TH-50"),
        ),
        "tokyo": EventFactory(
            slug="tokyo",
            programme=tourism,
            title_en="Study trip to Tokyo",
            start_date=datetime.date(2019, 7, 1),
            date_precision="month",
            province=None,
            city_en="Tokyo",
            city_th="โตเกียว",
            country="JP",
        ),
        "hidden": EventFactory(
            slug="hidden",
            programme=draft,
            title_en="Hidden meeting",
            start_date=today + datetime.timedelta(days=5),
        ),
    }


# --- the list ------------------------------------------------------------------------------------


def test_upcoming_events_come_first_soonest_first_then_past_ones_latest_first(client, events):
    html = text(client, "/en/events/")
    assert titles(html) == [
        "Seed swap",
        "Homestay fair",
        "Harvest day",
        "Study trip to Tokyo",
        "Guides&#x27; workshop",
    ]
    assert html.index("Upcoming events") < html.index("Seed swap") < html.index("Past events")
    assert html.index("Past events") < html.index("Harvest day")
    assert "5 events" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("when=upcoming", ["Seed swap", "Homestay fair"]),
        ("when=past", ["Harvest day", "Study trip to Tokyo", "Guides&#x27; workshop"]),
        ("region=northern", ["Seed swap", "Harvest day"]),
        ("province=TH-10", ["Homestay fair", "Guides&#x27; workshop"]),
        ("year=2019", ["Study trip to Tokyo", "Guides&#x27; workshop"]),
        ("year=2019&year=2021", ["Harvest day", "Study trip to Tokyo", "Guides&#x27; workshop"]),
        # Through the programme's themes; a unit's events count for its programme.
        ("theme=health", ["Seed swap"]),
        ("programme=farming", ["Seed swap", "Harvest day"]),
        ("programme=tourism&when=past", ["Study trip to Tokyo", "Guides&#x27; workshop"]),
        ("programme=secret", []),
        ("q=homestay", ["Homestay fair"]),
        ("kind=workshop&region=central&year=2019", ["Guides&#x27; workshop"]),
    ],
)
def test_filters(client, events, query, expected):
    assert titles(text(client, f"/en/events/?{query}")) == expected


def test_filters_show_counts_chips_and_years_in_the_page_era(client, events):
    html = text(client, "/th/events/?year=2019&programme=tourism")
    # Facet counts beside each option, Buddhist Era years on Thai pages, chips to remove each.
    assert re.search(r'name="year"\s+value="2019"[^>]*checked', html)
    assert re.search(r'for="f-year-2019">2562 <span class="count">\(2\)</span>', html)
    assert re.search(r'for="f-when-upcoming">กำลังจะมาถึง <span class="count">\(0\)</span>', html)
    assert "ปี: 2562" in html
    assert "โครงการ: โครงการทดสอบ" in html  # the programme's chip, by its name
    assert 'href="/th/events/?programme=tourism"' in html  # removes the year


def test_live_updates_get_only_the_results_block(client, events):
    response = client.get("/en/events/?region=northern", headers={"X-Requested-With": "fetch"})
    html = response.content.decode()
    assert html.lstrip().startswith('<div class="browse" id="browse"')
    # The block carries the title the page's script gives the tab.
    assert 'data-title="Events (Northern) · SSE Directory Thailand"' in html
    assert "<html" not in html
    assert titles(html) == ["Seed swap", "Harvest day"]


def test_bad_filter_values_are_reported_on_the_page_and_a_400_for_the_calendar(client, events):
    html = text(client, "/en/events/?region=nowhere&year=19x9")
    assert "nowhere" in html and "Seed swap" in html  # reported, the other filters still apply
    response = client.get("/en/events/calendar.ics?region=nowhere&year=19x9")
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    message = response.content.decode()
    assert "Region:" in message and "Year:" in message and "nowhere" in message
    for query in ("when=tomorrow", "programme=%00", "sort=%00", "year=99999999999999999999"):
        assert client.get(f"/en/events/calendar.ics?{query}").status_code == 400, query
        assert client.get(f"/th/events/?{query}").status_code == 200, query


def test_pages_of_the_list(client, events, settings):
    settings.PAGE_SIZE = 2
    first, second = text(client, "/en/events/"), text(client, "/en/events/?page=2")
    assert titles(first) == ["Seed swap", "Homestay fair"]
    assert titles(second) == ["Harvest day", "Study trip to Tokyo"]
    assert "Upcoming events" not in second and "Past events" in second


def test_the_list_query_count_does_not_grow_with_rows(client, events):
    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            text(client, url)
        return len(captured)

    urls = ["/th/events/", "/en/events/?region=northern&year=2021&sort=name", "/en/events/old/"]
    few = {url: queries(url) for url in urls}
    programme = events["soon"].programme
    EventFactory.create_batch(30, programme=programme, province=province("TH-50"))
    EventFactory.create_batch(30, start_date=datetime.date(2021, 1, 1), province=province("TH-57"))
    assert {url: queries(url) for url in urls} == few


# --- one event -----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_the_event_page(client, events, lang):
    html = text(client, f"/{lang}/events/soon/")
    soon = events["soon"]
    assert (soon.title_en if lang == "en" else soon.title_th) in html
    assert f'href="/{lang}/programmes/farming/"' in html
    assert f'href="/{lang}/events/soon/calendar.ics"' in html
    assert "https://example.org/seed-swap" in html
    assert ("40 participants" if lang == "en" else "ผู้เข้าร่วม 40 คน") in html
    assert ("Chiang Mai" if lang == "en" else "เชียงใหม่") in html
    assert '"@type": "Event"' in html


def test_an_event_abroad_shows_its_city_and_country(client, events):
    html = text(client, "/th/events/tokyo/")
    assert "โตเกียว, ญี่ปุ่น" in html
    assert "กรกฎาคม 2562" in html


def test_the_programme_page_links_its_events(client, events):
    html = text(client, "/en/programmes/tourism/")
    assert 'href="/en/events/april/"' in html
    assert 'href="/en/events/?programme=tourism"' in html
    assert 'href="/en/events/"' in text(client, "/en/")  # the main navigation


def test_the_site_search_links_events_to_their_page(client, events):
    html = text(client, "/en/search/?q=homestay")
    assert 'href="/en/events/later/"' in html
    assert 'href="/en/events/?q=homestay"' in html


# --- drafts' events, nowhere ---------------------------------------------------------------------


def test_events_of_a_draft_programme_are_never_shown(client, events):
    assert client.get("/en/events/hidden/").status_code == 404
    assert client.get("/th/events/hidden/calendar.ics").status_code == 404
    for url in (
        "/en/events/",
        "/en/events/?when=upcoming",
        "/en/events/?programme=secret",
        "/en/events/calendar.ics",
        "/sitemap-events.xml",
        "/en/search/?q=hidden",
        "/api/v1/events/",
        "/api/v1/events/?programme=secret",
    ):
        body = text(client, url)
        assert "Hidden meeting" not in body and "/events/hidden/" not in body, url
    assert client.get("/api/v1/events/hidden/").status_code == 404
    # Not even counted: the upcoming facet counts the two public upcoming events.
    assert re.search(
        r'for="f-when-upcoming">Upcoming <span class="count">\(2\)</span>',
        text(client, "/en/events/"),
    )


def test_the_sitemap_lists_each_public_event_in_both_languages(client, events):
    xml = text(client, "/sitemap-events.xml")
    for lang in LANGS:
        assert f"/{lang}/events/april/" in xml
    assert "/en/events/</loc>" in text(client, "/sitemap-pages.xml")
    assert "sitemap-events.xml" in text(client, "/sitemap.xml")


# --- iCalendar -----------------------------------------------------------------------------------


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "max-age=" in response["Cache-Control"] and "public" in response["Cache-Control"]
    body = response.content
    # RFC 5545: CRLF line ends, lines folded at 75 octets.
    assert all(len(line) <= 75 for line in body.split(b"\r\n")), url
    return Calendar.from_ical(body)


def vevents(calendar):
    return {str(item["url"]).rsplit("/", 2)[-2]: item for item in calendar.walk("VEVENT")}


def test_the_list_calendar_holds_the_filtered_events(client, events):
    calendar = parse(client, "/en/events/calendar.ics?year=2019")
    assert str(calendar["version"]) == "2.0" and calendar["prodid"]
    found = vevents(calendar)
    assert set(found) == {"april", "tokyo"}
    assert set(vevents(parse(client, "/th/events/calendar.ics"))) == {
        "soon",
        "later",
        "april",
        "old",
        "tokyo",
    }


def test_day_and_month_precision_in_the_calendar(client, events):
    found = vevents(parse(client, "/en/events/calendar.ics"))
    soon, april = found["soon"], found["april"]
    # All-day DATE values; DTEND is the day after the last day.
    assert soon["dtstart"].params["VALUE"] == "DATE"
    assert soon.decoded("dtstart") == events["soon"].start_date
    assert soon.decoded("dtend") == events["soon"].end_date + datetime.timedelta(days=1)
    # Known only to the month: the whole month, 1 to 30 April.
    assert april.decoded("dtstart") == datetime.date(2019, 4, 1)
    assert april.decoded("dtend") == datetime.date(2019, 5, 1)
    # A one-day event ends the next day.
    old = found["old"]
    assert (old.decoded("dtstart"), old.decoded("dtend")) == (
        datetime.date(2021, 6, 5),
        datetime.date(2021, 6, 6),
    )
    uids = [str(item["uid"]) for item in found.values()]
    assert len(set(uids)) == len(uids)
    assert all(item.get("dtstamp") for item in found.values())


def test_one_event_calendar_in_the_page_language(client, events):
    thai = vevents(parse(client, "/th/events/tokyo/calendar.ics"))["tokyo"]
    assert list(vevents(parse(client, "/en/events/soon/calendar.ics"))) == ["soon"]
    assert str(thai["location"]) == "โตเกียว, ญี่ปุ่น"
    assert str(thai["url"]).endswith("/th/events/tokyo/")
    assert "โครงการ: " in str(thai["description"])
    english = vevents(parse(client, "/en/events/soon/calendar.ics"))["soon"]
    assert str(english["summary"]) == "Seed swap"
    assert str(english["location"]) == "Chiang Mai, Thailand"


def test_text_is_escaped_for_calendar_programs(client, events):
    event = events["later"]
    event.title_en = "Fair; stalls, food\\music"
    event.save()
    raw = client.get("/en/events/later/calendar.ics").content.decode()
    assert "SUMMARY:Fair\\; stalls\\, food\\\\music" in raw
    parsed = vevents(Calendar.from_ical(raw))["later"]
    assert str(parsed["summary"]) == "Fair; stalls, food\\music"


@pytest.mark.parametrize(
    ("precision", "start", "end", "span"),
    [
        ("day", (2024, 2, 28), (2024, 3, 1), ((2024, 2, 28), (2024, 3, 2))),
        ("month", (2019, 12, 1), None, ((2019, 12, 1), (2020, 1, 1))),
        ("month", (2019, 11, 1), (2020, 2, 1), ((2019, 11, 1), (2020, 3, 1))),
        ("year", (2020, 1, 1), (2021, 1, 1), ((2020, 1, 1), (2022, 1, 1))),
    ],
)
def test_calendar_spans(precision, start, end, span):
    event = Event(
        start_date=datetime.date(*start),
        end_date=datetime.date(*end) if end else None,
        date_precision=precision,
    )
    assert calendar_span(event) == (datetime.date(*span[0]), datetime.date(*span[1]))


# --- date precision ------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "shown"), [("th", "เมษายน 2562"), ("en", "April 2019")])
def test_a_month_precision_date_shows_as_the_month(client, events, lang, shown):
    for url in (
        f"/{lang}/events/april/",
        f"/{lang}/events/?year=2019",
        f"/{lang}/programmes/tourism/",
    ):
        html = text(client, url)
        assert f'<time datetime="2019-04">{shown}</time>' in html, url
        assert "1 เมษายน 2562" not in html and "1 April 2019" not in html, url
    assert '"startDate": "2019-04"' in text(client, f"/{lang}/events/april/")


@pytest.mark.parametrize(("lang", "shown"), [("th", "2561–2562"), ("en", "2018–2019")])
def test_a_programme_dated_to_the_year(client, lang, shown):
    ProgrammeFactory(
        slug="years",
        start_date=datetime.date(2018, 1, 1),
        end_date=datetime.date(2019, 1, 1),
        date_precision="year",
    )
    assert shown in text(client, f"/{lang}/programmes/years/")
    assert shown in text(client, f"/{lang}/programmes/")


def test_date_ranges_at_each_precision():
    from django.utils import translation

    with translation.override("en"):
        assert daterange(datetime.date(2019, 4, 1), None, "month") == "April 2019"
        assert daterange(datetime.date(2019, 4, 1), datetime.date(2019, 6, 1), "month") == (
            "April – June 2019"
        )
        assert daterange(datetime.date(2019, 12, 1), datetime.date(2020, 1, 1), "month") == (
            "December 2019 – January 2020"
        )
        assert daterange(datetime.date(2019, 1, 1), None, "year") == "2019"
        assert daterange(datetime.date(2019, 10, 18), datetime.date(2019, 10, 20)) == (
            "18–20 October 2019"
        )
    with translation.override("th"):
        assert daterange(datetime.date(2019, 4, 1), None, "month") == "เมษายน 2562"


def test_an_event_dated_to_this_month_is_upcoming_until_the_month_ends(client):
    today = timezone.localdate()
    event = EventFactory(slug="this-month", start_date=today.replace(day=1), date_precision="month")
    assert event.last_day.month == today.month and event.last_day >= today
    assert Event.objects.upcoming().filter(pk=event.pk).exists()
    assert titles(text(client, "/en/events/?when=upcoming")) == [event.title_en]


def test_the_demo_shows_dates_known_only_to_the_month(client):
    from django.core.management import call_command

    call_command("load_demo", verbosity=0)
    event = Event.objects.get(slug="soil-workshop-bangkok-2019")
    assert event.date_precision == "month" and event.last_day == datetime.date(2019, 4, 30)
    assert "เมษายน 2562</time>" in text(client, "/th/events/soil-workshop-bangkok-2019/")
    assert "1 เมษายน 2562" not in text(client, "/th/programmes/soil/")
