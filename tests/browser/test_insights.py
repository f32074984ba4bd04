"""The insights page in Chromium: accessible, readable on a phone, and its PNG downloads."""

import pytest

from .test_visitor import serious_violations

PAGES = [
    "insights/",
    "insights/?region=northeastern",
    "insights/?theme=disaster-management",
    "insights/network/",
    "insights/network/?programme=soil",
]


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_insights_pages_pass_axe(desktop, live_site, lang, path):
    response = desktop.goto(f"{live_site}/{lang}/{path}")
    assert response.status == 200
    # Open every "show the numbers" table, so that axe checks the tables too.
    desktop.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    assert serious_violations(desktop) == []


@pytest.mark.parametrize("lang", ["th", "en"])
def test_screenshots_at_desktop_and_phone_width(desktop, phone, live_site, screenshot, lang):
    for page, width, name in ((desktop, 1280, "desktop"), (phone, 375, "phone")):
        page.goto(f"{live_site}/{lang}/insights/")
        assert page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways scroll
        # The charts are drawn at a readable size, not shrunk below the phone's width.
        box = page.locator("#chart-themes svg").bounding_box()
        assert box["width"] >= min(width - 40, 330)
        screenshot(page, f"insights-{lang}-{name}")
        page.goto(f"{live_site}/{lang}/insights/network/")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        screenshot(page, f"insights-network-{lang}-{name}")


def test_an_officer_finds_the_regions_without_disaster_management_and_downloads_it(
    desktop, live_site, screenshot
):
    """The done-when story: one URL, the gap table, the disaster-management row, a PNG."""
    desktop.goto(f"{live_site}/th/insights/")
    gaps = desktop.locator("#chart-gaps")
    assert gaps.get_by_role("heading").inner_text().startswith("ช่องว่าง")
    # The row is in the drawing and, as numbers, in the table: every region a cell.
    gaps.locator("summary").click()
    row = gaps.locator("tbody tr", has_text="การจัดการภัยพิบัติ")
    cells = row.locator("td")
    assert cells.count() == 6
    empty = [i for i in range(6) if cells.nth(i).inner_text() == "0"]
    assert empty, "the demo data has regions without a disaster-management actor"
    # An empty cell leads to the suggestion form, a filled one to its list.
    assert "/th/suggest/" in cells.nth(empty[0]).locator("a").get_attribute("href")
    screenshot(desktop, "insights-gaps-th-desktop")
    with desktop.expect_download() as download_info:
        gaps.get_by_role("link", name="ภาพสำหรับสไลด์ (PNG)").click()
    download = download_info.value
    assert download.suggested_filename == "sse-insights-gaps-th.png"
    path = download.path()
    with open(path, "rb") as handle:
        data = handle.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    from pathlib import Path

    from .conftest import ARTIFACTS

    (Path(ARTIFACTS) / "insights-gaps-th-download.png").write_bytes(data)
