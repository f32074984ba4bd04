"""The trust pages, the suggestion forms and the share links in Debian's Chromium: axe finds no
serious or critical issue at phone and desktop widths, in both languages."""

import pytest
from playwright.sync_api import expect

from .test_visitor import serious_violations

PAGES = [
    "about/",
    "privacy/",
    "accessibility/",
    "contact/",
    "suggest/",
    "programmes/soil/",
    "programmes/soil/suggest/",
]


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("lang", ["th", "en"])
def test_trust_pages_pass_axe(browser, live_site, screenshot, lang, width):
    context = browser.new_context(viewport={"width": width, "height": 812})
    page = context.new_page()
    try:
        for path in PAGES:
            response = page.goto(f"{live_site}/{lang}/{path}")
            assert response.status == 200, path
            assert serious_violations(page) == [], (path, width)
            assert page.evaluate("document.documentElement.scrollWidth") <= width, path
            if path in ("privacy/", "suggest/"):
                screenshot(page, f"trust-{path.strip('/')}-{lang}-{width}")
    finally:
        context.close()


def test_a_refused_form_shows_the_sites_own_page(browser, live_site):
    context = browser.new_context(viewport={"width": 375, "height": 812})
    page = context.new_page()
    try:
        page.goto(f"{live_site}/th/suggest/")
        context.clear_cookies()  # the CSRF cookie is gone: the form is refused
        page.get_by_label("ชื่อองค์กร", exact=False).first.fill("ทดสอบ")
        with page.expect_navigation():
            page.locator("form.suggest-form button[type=submit]").click()
        assert page.locator("h1").inner_text() == "ขออภัย ส่งแบบฟอร์มไม่สำเร็จ"
        # The stylesheet applied under the CSP: the header has the site's colour.
        colour = page.locator(".site-header").evaluate("e => getComputedStyle(e).backgroundColor")
        assert colour == "rgb(31, 95, 91)"
        assert serious_violations(page) == []
    finally:
        context.close()


def test_copy_link_copies_the_pages_address(browser, live_site):
    context = browser.new_context(viewport={"width": 375, "height": 812})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_site)
    page = context.new_page()
    try:
        page.goto(f"{live_site}/th/programmes/soil/")
        page.get_by_role("link", name="คัดลอกลิงก์").click()
        # The text comes when the clipboard's promise settles: wait for it, not for the element.
        expect(page.locator("[data-share-status]")).to_have_text("คัดลอกลิงก์แล้ว")
        assert page.url == f"{live_site}/th/programmes/soil/"  # the link was not followed
        assert page.evaluate("navigator.clipboard.readText()") == page.url
    finally:
        context.close()
