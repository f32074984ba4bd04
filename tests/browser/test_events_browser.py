"""The events pages on a 375 px phone (and at 1280 px), in Thai and English: no serious axe
findings, no sideways scroll, an upcoming event found and added to the calendar."""

import re

import pytest

from .test_visitor import serious_violations

UPCOMING_SLUG = "browser-upcoming-event"

CREATE_UPCOMING = f"""
import datetime
from django.utils import timezone
from programs.models import Event, Programme
Event.objects.update_or_create(
    slug="{UPCOMING_SLUG}",
    defaults=dict(
        programme=Programme.objects.get(slug="soil"),
        title_th="เวทีแลกเปลี่ยนนวัตกรสังคมครั้งต่อไป",
        title_en="Next social innovators' exchange",
        start_date=timezone.localdate() + datetime.timedelta(days=20),
        date_precision="day",
    ),
)
"""


@pytest.fixture(scope="module")
def upcoming_event(live_site, live_manage):
    live_manage("shell", "-c", CREATE_UPCOMING)
    return UPCOMING_SLUG


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize(
    "path", ["events/", "events/?when=past&year=2019", "events/soil-workshop-bangkok-2019/"]
)
@pytest.mark.parametrize(("screen", "width"), [("phone", 375), ("desktop", 1280)])
def test_events_pages_pass_axe(request, live_site, upcoming_event, lang, path, screen, width):
    page = request.getfixturevalue(screen)
    response = page.goto(f"{live_site}/{lang}/{path}")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == lang
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways scroll
    assert serious_violations(page) == []


def test_a_phone_visitor_finds_an_upcoming_event_and_adds_it_to_the_calendar(
    phone, live_site, upcoming_event, screenshot
):
    phone.goto(f"{live_site}/th/events/")
    upcoming = phone.locator("#events-upcoming")
    assert upcoming.inner_text() == "กิจกรรมที่กำลังจะมาถึง"
    # The month-precision demo event reads as a month, in the Buddhist Era.
    assert phone.locator("time", has_text=re.compile(r"^เมษายน 2562$")).count() == 1
    screenshot(phone, "events-th-phone")

    phone.get_by_role("link", name="เวทีแลกเปลี่ยนนวัตกรสังคมครั้งต่อไป").click()
    phone.wait_for_url(re.compile(rf"/th/events/{upcoming_event}/$"))
    add = phone.get_by_role("link", name="เพิ่มลงในปฏิทิน")
    assert add.is_visible()
    calendar = phone.request.get(live_site + add.get_attribute("href"))
    assert calendar.status == 200
    assert calendar.headers["content-type"] == "text/calendar; charset=utf-8"
    body = calendar.text().replace("\r\n ", "")  # unfolded (long Thai lines are folded)
    assert "BEGIN:VEVENT" in body and "DTSTART;VALUE=DATE:" in body
    assert "SUMMARY:เวทีแลกเปลี่ยนนวัตกรสังคมครั้งต่อไป" in body


def test_live_filtering_of_events_in_english(phone, live_site, upcoming_event):
    phone.goto(f"{live_site}/en/events/")
    total = int(phone.locator("#results-heading").inner_text().split()[0])
    phone.locator("#filters-drawer > summary").click()  # on a phone the filters are in a drawer
    phone.get_by_label(re.compile(r"^Past")).check()
    phone.wait_for_url(re.compile(r"when=past"))
    count = int(phone.locator("#results-heading").inner_text().split()[0])
    assert 0 < count < total
    assert phone.locator("#events-upcoming").count() == 0
    assert phone.get_by_role("link", name=re.compile(r"When: Past")).is_visible()
