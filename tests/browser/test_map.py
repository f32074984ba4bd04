"""The province map on a 375 px touch phone: a tap or keyboard focus shows a province's name and
count without hover, Bangkok is big enough to tap in its inset, and the map pages pass axe."""

import re

import pytest
from playwright.sync_api import expect

from .test_visitor import serious_violations


@pytest.fixture
def touch_phone(browser):
    """A 375 × 812 touch screen, as a phone."""
    context = browser.new_context(
        viewport={"width": 375, "height": 812},
        device_scale_factor=2,
        has_touch=True,
        is_mobile=True,
        locale="th-TH",
    )
    page = context.new_page()
    yield page
    context.close()


def main_links(page):
    """The province links of the map itself (the inset's copies are hidden from readers)."""
    return page.locator("svg.map-svg a.map-link[aria-label]")


@pytest.mark.parametrize("lang", ["th", "en"])
def test_a_tap_shows_the_province_name_and_count(touch_phone, live_site, screenshot, lang):
    page = touch_phone
    page.goto(f"{live_site}/{lang}/")
    link = main_links(page).first
    label = link.get_attribute("aria-label")
    assert re.search(r": \d+ ", label)
    link.scroll_into_view_if_needed()
    link.tap()
    tip = page.locator(".map-tip text")
    expect(tip).to_be_visible()
    expect(tip).to_have_text(label)
    assert page.url == f"{live_site}/{lang}/"  # the first tap only shows the label
    screenshot(page, f"map-tap-{lang}")
    # The second tap opens the province's list, which counts the same number.
    link.tap()
    expect(page).to_have_url(re.compile(r"/organisations/\?province=TH-\d+$"))
    count = page.locator("#results-heading").inner_text().split()[0]
    assert re.search(rf": {count} ", label)


def test_keyboard_focus_shows_the_label_and_bangkok_is_big_enough(touch_phone, live_site):
    page = touch_phone
    page.goto(f"{live_site}/en/")
    links = main_links(page)
    assert links.count() >= 2
    second = links.nth(1)
    second.focus()
    expect(page.locator(".map-tip text")).to_have_text(second.get_attribute("aria-label"))
    page.keyboard.press("Escape")
    expect(page.locator(".map-tip")).to_have_count(0)
    # Bangkok in the inset: at least 24 × 24 CSS pixels to tap (WCAG 2.2, 2.5.8).
    bangkok = page.locator(".map-inset a.map-link[href$='province=TH-10'] path")
    box = bangkok.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24, box
    bangkok.tap()
    expect(page.locator(".map-tip text")).to_have_text(re.compile(r"^Bangkok: \d+ organisation"))
    # Without hover or script, the same numbers are in the table under the map.
    page.get_by_text("Show the numbers as a table").tap()
    expect(page.locator(".map-table tbody tr")).to_have_count(77)


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("path", ["", "regions/central/", "regions/southern/"])
def test_map_pages_pass_axe_on_a_phone(touch_phone, live_site, lang, path):
    page = touch_phone
    page.goto(f"{live_site}/{lang}/{path}")
    if main_links(page).count():
        main_links(page).first.focus()  # with a label shown
    page.locator(".map-table summary").click()
    assert serious_violations(page) == []
