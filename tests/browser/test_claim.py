"""The claim form and the curators' password reset in Chromium: readable on a phone, in Thai,
and free of serious accessibility problems."""

import pytest
from django.conf import settings
from playwright.sync_api import expect

from .test_visitor import serious_violations


@pytest.mark.parametrize(
    "path",
    [
        "organisations/chulalongkorn-university/claim/",
        "organisations/chulalongkorn-university/claim/sent/?by=email",
        "organisations/chulalongkorn-university/claim/verify/broken/",
        f"{settings.ADMIN_URL}password-reset/",
    ],
)
def test_claim_and_reset_pages_pass_axe(phone, live_site, path, screenshot):
    response = phone.goto(f"{live_site}/th/{path}")
    assert response.status in (200, 400)
    assert serious_violations(phone) == []
    screenshot(phone, "claim-" + path.split("/")[-2 if path.endswith("/") else -1][:20])


def test_the_profile_leads_to_the_claim_form_in_thai(phone, live_site, screenshot):
    phone.goto(f"{live_site}/th/organisations/chulalongkorn-university/")
    phone.get_by_role("link", name="นี่คือองค์กรของคุณหรือไม่?").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("นี่คือองค์กรของคุณหรือไม่?")
    expect(phone.get_by_label("ตำแหน่งหรือบทบาทของคุณในองค์กร")).to_be_visible()
    screenshot(phone, "claim-form-phone")
