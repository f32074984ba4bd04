"""Lists on a phone: results first, filters in a drawer, live counts; the sidebar on a desktop."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import ARTIFACTS
from .test_visitor import serious_violations

LISTS = ["organisations", "programmes"]
#: Lists whose first result must be on a phone's first screen (events have no embed panel).
PHONE_LISTS = [*LISTS, "events"]
FILTERED = "organisations/?region=northeastern&theme=sustainable-agriculture"


def count_of(page):
    """The number in the results heading ("12 องค์กร", "12 organisations")."""
    return int(page.locator("#results-heading").inner_text().split()[0])


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("name", PHONE_LISTS)
def test_the_first_result_is_on_the_first_phone_screen(phone, live_site, lang, name):
    phone.goto(f"{live_site}/{lang}/{name}/")
    box = phone.locator("#browse .card").first.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= 812, box
    # The filters wait in a closed drawer above the results.
    expect(phone.locator("#filters-drawer")).not_to_have_attribute("open", "")
    expect(phone.locator("#f-q")).to_be_hidden()
    ARTIFACTS.mkdir(exist_ok=True)
    phone.screenshot(path=str(ARTIFACTS / f"phone-first-screen-{name}-{lang}.png"))


def test_the_drawer_shows_the_filter_count_and_the_live_number_of_results(phone, live_site):
    phone.goto(f"{live_site}/th/{FILTERED}")
    toggle = phone.locator("#filters-drawer > summary")
    expect(toggle).to_have_text("ตัวกรอง (2)")
    before = count_of(phone)
    box = phone.locator("#browse .card").first.bounding_box()
    assert box["y"] + box["height"] <= 812  # also with active filters and their chips

    toggle.click()
    show = phone.locator("button.show-results")
    expect(show).to_have_text(f"แสดง {before} รายการ")
    # Dropping the theme: the count on the button follows at once, the drawer stays open.
    phone.get_by_label(re.compile(r"^เกษตรกรรมยั่งยืน")).uncheck()
    phone.wait_for_url(re.compile(r"region=northeastern$"))
    expect(toggle).to_have_text("ตัวกรอง (1)")
    after = count_of(phone)
    assert after > before
    expect(show).to_have_text(f"แสดง {after} รายการ")
    expect(phone.locator("#filters-drawer")).to_have_attribute("open", "")
    expect(show).to_be_in_viewport()  # the button stays in reach at the bottom of the screen

    # Escape closes the drawer too, back on its toggle.
    phone.keyboard.press("Escape")
    expect(phone.locator("#filters-drawer")).not_to_have_attribute("open", "")
    expect(toggle).to_be_focused()
    toggle.click()

    show.click()
    expect(phone.locator("#filters-drawer")).not_to_have_attribute("open", "")
    expect(phone.locator("#results-heading")).to_be_focused()
    expect(phone.locator("#browse .card").first).to_be_in_viewport()
    assert phone.locator("#browse .card").count() == min(after, 24)


def test_a_live_update_is_announced_shown_as_loading_and_titled(desktop, live_site):
    desktop.goto(f"{live_site}/en/organisations/")
    total = count_of(desktop)
    assert "Northeastern" not in desktop.title()
    held = []
    desktop.route(re.compile(r"/en/organisations/\?"), lambda route: held.append(route))
    desktop.get_by_label(re.compile(r"^Northeastern")).check()
    while not held:
        desktop.wait_for_timeout(20)
    # While the list loads: busy, with a visible indicator.
    expect(desktop.locator("#browse")).to_have_attribute("aria-busy", "true")
    expect(desktop.locator("#loading-indicator")).to_be_visible()
    held[0].continue_()
    desktop.wait_for_url(re.compile(r"region=northeastern"))
    expect(desktop.locator("#loading-indicator")).to_be_hidden()
    expect(desktop.locator("#browse")).not_to_have_attribute("aria-busy", "true")
    count = count_of(desktop)
    assert 0 < count < total
    status = desktop.locator("#live-status")
    expect(status).to_have_attribute("aria-live", "polite")
    expect(status).to_have_text(re.compile(rf"^{count} organisations?$"))
    expect(desktop).to_have_title(re.compile(r"^Organisations \(Northeastern\) · "))
    # Focus stays on the box that was ticked, so the visitor can go on choosing.
    expect(desktop.get_by_label(re.compile(r"^Northeastern"))).to_be_focused()


@pytest.mark.parametrize("javascript", [True, False])
def test_desktop_keeps_the_filters_in_a_sidebar(browser, live_site, javascript):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, java_script_enabled=javascript
    )
    page = context.new_page()
    page.goto(f"{live_site}/th/{FILTERED}")
    search = page.locator("#f-q")
    expect(search).to_be_visible()
    expect(page.locator("#filters-drawer > summary")).to_be_hidden()
    filters = page.locator("form.filters").bounding_box()
    results = page.locator("section.results").bounding_box()
    assert filters["x"] + filters["width"] <= results["x"]
    assert abs(filters["y"] - results["y"]) < 5
    context.close()


def test_on_a_phone_without_javascript_the_drawer_opens_and_applies(browser, live_site):
    context = browser.new_context(viewport={"width": 375, "height": 812}, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_site}/th/organisations/")
    expect(page.locator("#f-q")).to_be_hidden()
    page.locator("#filters-drawer > summary").click()
    page.get_by_label(re.compile(r"^ภาคตะวันออกเฉียงเหนือ")).check()
    # The count is not live without a script: the button says what it does.
    page.get_by_role("button", name="ใช้ตัวกรอง").click()
    assert "region=northeastern" in page.url
    expect(page.locator("#filters-drawer > summary")).to_have_text("ตัวกรอง (1)")
    box = page.locator("#browse .card").first.bounding_box()
    assert box["y"] + box["height"] <= 812
    context.close()


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("name", LISTS)
def test_list_pages_pass_axe_on_a_phone_and_a_desktop(phone, desktop, live_site, lang, name):
    phone.goto(f"{live_site}/{lang}/{name}/?region=northeastern")
    assert serious_violations(phone) == []
    phone.locator("#filters-drawer > summary").click()
    phone.locator("#embed-panel > summary").click()
    assert serious_violations(phone) == []
    desktop.goto(f"{live_site}/{lang}/{name}/?region=northeastern")
    desktop.locator("#embed-panel > summary").click()
    assert serious_violations(desktop) == []
