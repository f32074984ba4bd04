"""A partner site pastes the "Embed this list" snippet and shows the list, in Debian's Chromium.

The partner page is a static file served by a tiny http.server on another port of 127.0.0.1,
so it is a different origin from the directory, as a real partner site would be.
"""

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import expect

LIST = "organisations/?region=northeastern&theme=sustainable-agriculture"


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture
def partner_site(tmp_path):
    """(directory to put pages in, base URL of the partner site)."""
    handler = functools.partial(QuietHandler, directory=str(tmp_path))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield tmp_path, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def partner_page(folder, name, snippet):
    (folder / name).write_text(
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<title>A partner university</title></head><body>"
        f"<h1>Our network</h1>{snippet}<p id='after'>End of the partner page.</p>"
        "</body></html>",
        encoding="utf-8",
    )


def copy_snippet(page, live_site, path):
    """What a partner does: open the list, open "Embed this list", take the code."""
    page.goto(f"{live_site}/{path}")
    page.locator("#embed-panel summary").click()
    code = page.locator("#embed-code")
    expect(code).to_be_visible()
    return code.input_value()


def test_a_partner_page_shows_the_embedded_list(desktop, live_site, partner_site, screenshot):
    snippet = copy_snippet(desktop, live_site, f"th/{LIST}")
    assert f'src="{live_site}/th/embed/{LIST.replace("&", "&amp;")}"' in snippet
    assert f'src="{live_site}/static/js/embed-resize.js"' in snippet
    # The page's own preview of the embed loads too (it is framed by this site).
    preview = desktop.frame_locator("iframe.embed-preview")
    expect(preview.locator(".card").first).to_be_visible()
    screenshot(desktop, "embed-panel-th")

    folder, partner = partner_site
    partner_page(folder, "partner.html", snippet)
    desktop.goto(f"{partner}/partner.html")
    frame = desktop.frame_locator("iframe")
    card_link = frame.locator(".card-title a").first
    expect(card_link).to_be_visible()
    expect(frame.locator("html")).to_have_attribute("lang", "th")
    expect(card_link).to_have_attribute("target", "_blank")
    expect(frame.locator(".embed-footer a")).to_have_attribute("href", f"{live_site}/th/{LIST}")

    # embed-resize.js fits the iframe to the list: no longer the 600 px of the snippet.
    desktop.wait_for_function("document.querySelector('iframe').style.height !== ''")
    frame_height = desktop.evaluate(
        "document.querySelector('iframe').getBoundingClientRect().height"
    )
    content_height = frame.locator("body").evaluate(
        "body => body.scrollHeight + parseFloat(getComputedStyle(body).marginTop)"
        " + parseFloat(getComputedStyle(body).marginBottom)"
    )
    assert abs(frame_height - content_height) <= 2
    screenshot(desktop, "embed-partner-page")

    # A profile opens in a new tab, on the directory itself.
    with desktop.context.expect_page() as opened:
        card_link.click()
    profile = opened.value
    profile.wait_for_load_state()
    assert profile.url.startswith(f"{live_site}/th/organisations/")
    assert profile.locator("h1").count() == 1
    profile.close()


def test_pages_other_than_embeds_refuse_to_be_framed(desktop, live_site, partner_site):
    folder, partner = partner_site
    partner_page(
        folder,
        "copy.html",
        f'<iframe src="{live_site}/th/organisations/" title="copied" width="800" height="400">'
        "</iframe>",
    )
    desktop.goto(f"{partner}/copy.html")
    desktop.wait_for_load_state("load")
    (child,) = [frame for frame in desktop.frames if frame != desktop.main_frame]
    # Chromium replaces a refused frame with its own error page: no directory content in it.
    assert child.locator("#browse").count() == 0
    expect(desktop.locator("#after")).to_be_visible()
