"""A partner builds an embed: language, filters, number of entries, card style, copy, preview."""

import html
import re

import pytest
from playwright.sync_api import expect

from .test_visitor import serious_violations

LIST = "organisations/?region=northeastern&theme=sustainable-agriculture"


@pytest.fixture
def partner(browser):
    """A desktop page whose site may write to and read the clipboard."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="th-TH")
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    yield page
    context.close()


def iframe_src(snippet):
    return html.unescape(re.search(r'<iframe src="([^"]+)"', snippet).group(1))


def test_choices_update_the_code_and_the_preview_and_copy_puts_it_on_the_clipboard(
    partner, live_site, screenshot
):
    partner.goto(f"{live_site}/th/{LIST}")
    partner.locator("#embed-panel > summary").click()
    code = partner.locator("#embed-code")
    embed = f"{live_site}/th/embed/{LIST}"
    assert iframe_src(code.input_value()) == embed  # by default: this page's language and filters
    # The page says truthfully where the language comes from.
    panel = partner.locator("#embed-panel")
    expect(panel).to_contain_text("ไม่ว่าหน้าเว็บของคุณจะเป็นภาษาใด")
    expect(partner.locator("#embed-copy-status")).to_have_attribute("role", "status")

    partner.get_by_label("English").check()
    partner.get_by_label("จำนวนรายการต่อหน้า").fill("2")
    partner.get_by_label("แบบกะทัดรัด ไม่มีสรุปย่อ").check()
    partner.get_by_label(re.compile(r"^ประเด็น: เกษตรกรรมยั่งยืน")).uncheck()
    chosen = f"{live_site}/en/embed/organisations/?region=northeastern&count=2&style=compact"
    expect(code).to_have_value(re.compile(re.escape(chosen.replace("&", "&amp;"))))
    snippet = code.input_value()
    assert iframe_src(snippet) == chosen
    assert 'title="Organisations · SSE Directory Thailand"' in snippet
    expect(partner.locator("#embed-open")).to_have_attribute("href", chosen)

    # The preview shows what the partner chose: English, compact cards, two per page.
    expect(partner.locator("#embed-preview")).to_have_attribute("src", chosen)
    preview = partner.frame_locator("#embed-preview")
    expect(preview.locator("html")).to_have_attribute("lang", "en")
    expect(preview.locator(".card")).to_have_count(2)
    expect(preview.locator(".card-summary")).to_have_count(0)
    expect(preview.locator(".pagination a[rel=next]")).to_have_attribute(
        "href", re.compile(r"count=2&style=compact&page=2$")
    )

    partner.get_by_role("button", name="คัดลอกโค้ด").click()
    expect(partner.locator("#embed-copy-status")).to_have_text(
        "คัดลอกโค้ดแล้ว นำไปวางในหน้าเว็บของคุณได้เลย"
    )
    assert partner.evaluate("navigator.clipboard.readText()") == snippet
    assert serious_violations(partner) == []
    screenshot(partner, "embed-builder-th")

    # The same choices sent as a plain form (no script) give exactly the same code.
    context = partner.context.browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    plain.goto(f"{live_site}/th/{LIST}")
    plain.locator("#embed-panel > summary").click()
    plain.get_by_label("English").check()
    plain.get_by_label("จำนวนรายการต่อหน้า").fill("2")
    plain.get_by_label("แบบกะทัดรัด ไม่มีสรุปย่อ").check()
    plain.get_by_label(re.compile(r"^ประเด็น: เกษตรกรรมยั่งยืน")).uncheck()
    plain.get_by_role("button", name="ปรับปรุงโค้ด").click()
    expect(plain.locator("#embed-panel")).to_have_attribute("open", "")
    assert plain.locator("#embed-code").input_value() == snippet
    # The list itself keeps its filters.
    assert plain.locator("#browse .chip-active").count() == 2
    context.close()


def test_the_builder_keeps_its_choices_when_the_list_filters_change(partner, live_site):
    partner.goto(f"{live_site}/en/organisations/")
    partner.locator("#embed-panel > summary").click()
    partner.get_by_label("ไทย").check()
    partner.get_by_label("Entries per page").fill("5")
    partner.get_by_label(re.compile(r"^Northeastern")).check()  # a filter of the list itself
    partner.wait_for_url(re.compile(r"region=northeastern"))
    code = partner.locator("#embed-code")
    expect(code).to_have_value(
        re.compile(
            re.escape(f"{live_site}/th/embed/organisations/?region=northeastern&amp;count=5")
        )
    )
    expect(partner.get_by_label(re.compile(r"^Region: Northeastern"))).to_be_checked()


def test_copy_falls_back_to_selecting_the_code(browser, live_site):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{live_site}/en/organisations/")
    page.evaluate("Object.defineProperty(navigator, 'clipboard', { value: undefined })")
    page.locator("#embed-panel > summary").click()
    page.get_by_role("button", name="Copy the code").click()
    status = page.locator("#embed-copy-status")
    expect(status).not_to_have_text("")
    expect(page.locator("#embed-code")).to_be_focused()
    selected = page.evaluate(
        "(() => { const t = document.getElementById('embed-code');"
        " return t.value.slice(t.selectionStart, t.selectionEnd); })()"
    )
    assert selected == page.locator("#embed-code").input_value()
    context.close()
