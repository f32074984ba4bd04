"""A visitor's first steps through the demo directory, in a real browser."""

import pytest
from axe_playwright_python.sync_playwright import Axe

AXE = Axe()


def serious_violations(page):
    """axe-core violations of serious or critical impact, as (rule, first target) pairs."""
    results = AXE.run(page)
    return [
        (v["id"], v["nodes"][0]["target"] if v["nodes"] else None)
        for v in results.response["violations"]
        if v.get("impact") in ("serious", "critical")
    ]


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("path", ["", "organisations/", "programmes/"])
def test_pages_pass_axe(desktop, live_site, lang, path):
    desktop.goto(f"{live_site}/{lang}/{path}")
    assert serious_violations(desktop) == []


def test_home_to_profile_and_back_in_thai_on_a_phone(phone, live_site, screenshot):
    phone.goto(f"{live_site}/")
    assert phone.url.endswith("/th/")
    assert phone.locator("html").get_attribute("lang") == "th"
    screenshot(phone, "home-th-phone")
    # No horizontal scrolling on a 375 px screen.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375

    phone.get_by_role("link", name="English").click()
    assert phone.url.endswith("/en/")
    phone.get_by_role("navigation", name="Main").get_by_role("link", name="Organisations").click()
    phone.get_by_role("link", name="Chulalongkorn University").first.click()
    assert "/en/organisations/" in phone.url
    profile_url = phone.url
    assert phone.get_by_role("heading", level=1).inner_text() == "Chulalongkorn University"
    assert serious_violations(phone) == []
    screenshot(phone, "profile-en-phone")

    phone.get_by_role("link", name="ไทย").click()
    assert phone.url == profile_url.replace("/en/", "/th/")
    assert phone.get_by_role("heading", level=1).inner_text() == "จุฬาลงกรณ์มหาวิทยาลัย"
    assert serious_violations(phone) == []
    screenshot(phone, "profile-th-phone")
