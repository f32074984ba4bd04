"""A visitor's way through the demo directory, in Debian's Chromium."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

AXE = Axe()


def serious_violations(page):
    """axe-core violations of serious or critical impact, as (rule, first target) pairs."""
    results = AXE.run(page)
    return [
        (v["id"], v["nodes"][0]["target"] if v["nodes"] else None)
        for v in results.response["violations"]
        if v.get("impact") in ("serious", "critical")
    ]


PAGES = [
    "",
    "organisations/",
    "organisations/?region=northeastern&theme=sustainable-agriculture",
    "organisations/chulalongkorn-university/",
    "programmes/",
    "programmes/?kind=driving-unit",
    "programmes/sid/",
    "programmes/soil/",
    "universities/",
    "regions/northeastern/",
    "themes/sustainable-agriculture/",
    "search/?q=ข้าว",
    "suggest/",
    "organisations/chulalongkorn-university/suggest/",
    "data/",
    "embed/organisations/?region=central",
    "organisations/no-such-page/",
]


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_pages_pass_axe(desktop, live_site, lang, path):
    response = desktop.goto(f"{live_site}/{lang}/{path}")
    assert response.status in (200, 404)
    assert serious_violations(desktop) == []


def test_phone_visitor_filters_in_english_and_returns_to_thai(phone, live_site, screenshot):
    phone.goto(f"{live_site}/")
    assert phone.url.endswith("/th/")
    assert phone.locator("html").get_attribute("lang") == "th"
    screenshot(phone, "01-home-th-phone")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375  # no sideways scroll

    phone.get_by_role("link", name="English").click()
    assert phone.url.endswith("/en/")
    with phone.expect_navigation():  # the page, and its deferred script, have loaded
        phone.get_by_role("navigation", name="Main").get_by_role(
            "link", name="Organisations"
        ).click()
    total = int(phone.locator("#results-heading").inner_text().split()[0])

    # On a phone the filters wait in a drawer above the results.
    phone.get_by_text("Filters", exact=True).click()
    # Two clicks: a region, then a theme. With JavaScript the list updates in place and the
    # address follows.
    phone.get_by_label(re.compile(r"^Northeastern")).check()
    phone.wait_for_url(re.compile(r"region=northeastern"))
    phone.get_by_label(re.compile(r"^Sustainable agriculture")).check()
    phone.wait_for_url(re.compile(r"region=northeastern&theme=sustainable-agriculture"))
    heading = phone.locator("#results-heading")
    count = int(heading.inner_text().split()[0])
    assert 0 < count < total
    # The facet count promised on the option is what the list shows.
    option = phone.locator("label[for='f-theme-sustainable-agriculture'] .count")
    assert option.inner_text() == f"({count})"
    phone.get_by_role("button", name=f"Show {count} result").click()
    cards = phone.locator("#browse .card")
    assert cards.count() == count
    assert phone.get_by_role("link", name=re.compile(r"Region: Northeastern")).is_visible()
    assert serious_violations(phone) == []
    screenshot(phone, "02-filtered-en-phone")

    first = cards.first.get_by_role("link")
    name = first.inner_text()
    first.click()
    assert phone.get_by_role("heading", level=1).inner_text() == name
    profile_url = phone.url
    assert "/en/organisations/" in profile_url
    screenshot(phone, "03-profile-en-phone")

    phone.get_by_role("link", name="ไทย").click()
    assert phone.url == profile_url.replace("/en/", "/th/")
    assert phone.locator("html").get_attribute("lang") == "th"
    assert phone.get_by_role("heading", level=1).inner_text() != name  # now in Thai
    assert "พ.ศ." in phone.content() or "ตรวจสอบข้อมูลล่าสุด" in phone.content()
    assert serious_violations(phone) == []
    screenshot(phone, "04-profile-th-phone")


def test_back_button_restores_the_previous_filters(desktop, live_site):
    desktop.goto(f"{live_site}/en/organisations/")  # waits for the load event
    desktop.get_by_label(re.compile(r"^Central")).check()
    desktop.wait_for_url(re.compile(r"region=central"))
    desktop.go_back()
    desktop.wait_for_url(re.compile(r"/en/organisations/$"))
    expect(desktop.get_by_label(re.compile(r"^Central"))).not_to_be_checked()


def test_filters_work_without_javascript(browser, live_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_site}/th/organisations/")
    page.get_by_label(re.compile(r"^ภาคตะวันออกเฉียงเหนือ")).check()
    page.get_by_role("button", name="ใช้ตัวกรอง").click()
    assert "region=northeastern" in page.url
    assert page.get_by_role("link", name=re.compile(r"ภาค: ภาคตะวันออกเฉียงเหนือ")).is_visible()
    context.close()


def test_map_links_to_the_province_list(desktop, live_site):
    desktop.goto(f"{live_site}/en/")
    bangkok = desktop.locator("svg.map-svg a[aria-label^='Bangkok:']")
    label = bangkok.get_attribute("aria-label")
    bangkok.click()
    assert desktop.url.endswith("/en/organisations/?province=TH-10")
    count = desktop.locator("#results-heading").inner_text().split()[0]
    assert label.startswith(f"Bangkok: {count} ")
