"""A curator's two-step login in Chromium: enrol an authenticator app, then a recovery code."""

from base64 import b32decode

from django_otp.oath import totp
from playwright.sync_api import expect

from .test_visitor import serious_violations

PASSWORD = "a-long-test-password-1"


def test_a_curator_enrols_and_logs_in_with_a_second_factor(
    phone, live_site, live_manage, screenshot
):
    live_manage(
        "shell",
        "-c",
        "from tests.curators import curator; curator('Editor', username='kanya')",
    )
    page = phone
    page.goto(f"{live_site}/th/admin/")
    expect(page).to_have_url(f"{live_site}/th/admin/login/?next=/th/admin/")
    page.fill("#id_username", "kanya")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")

    # No device yet: the second step is set up now, in Thai.
    expect(page.locator("h2")).to_have_text("ตั้งค่าขั้นยืนยันตัวตนที่สอง")
    assert serious_violations(page) == []
    screenshot(page, "two-factor-enrol")
    page.goto(f"{live_site}/th/admin/")  # the password alone does not open the admin
    expect(page).to_have_url(f"{live_site}/th/admin/login/?next=/th/admin/")
    page.go_back()
    secret = page.locator("#totp-secret").inner_text().replace(" ", "")
    page.fill("#id_code", f"{totp(b32decode(secret)):06d}")
    page.click("input[type=submit]")

    expect(page.locator("h1")).to_have_text("รหัสกู้คืนของคุณ")
    codes = page.locator("#recovery-codes code").all_inner_texts()
    assert len(codes) == 10
    page.click("text=ไปยังพื้นที่ทำงาน")
    expect(page).to_have_url(f"{live_site}/th/admin/")
    page.click("#logout-form button")

    # Next time: password, then a recovery code (the phone is at home); it works once.
    for attempt in range(2):
        page.goto(f"{live_site}/th/admin/login/")
        page.fill("#id_username", "kanya")
        page.fill("#id_password", PASSWORD)
        page.click("input[type=submit]")
        expect(page.locator("h2")).to_have_text("ขั้นที่สอง: รหัสของคุณ")
        page.fill("#id_code", codes[0])
        page.click("input[type=submit]")
        if attempt == 0:
            expect(page).to_have_url(f"{live_site}/th/admin/")
            page.click("#logout-form button")
    expect(page.locator(".errorlist")).to_contain_text("รหัสนี้ไม่ถูกต้อง")
    screenshot(page, "two-factor-code-refused")
