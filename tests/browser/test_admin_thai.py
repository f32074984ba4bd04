"""The Thai admin in Chromium: a change form and a list pass axe; the date picker writes พ.ศ."""

from django.utils import timezone
from django_otp.oath import totp
from playwright.sync_api import expect

from .test_visitor import serious_violations

PASSWORD = "a-long-test-password-1"
KEY = "3132333435363738393031323334353637383930"  # the authenticator app's secret, in hex


def test_the_thai_change_form_and_list_pass_axe(desktop, live_site, live_manage, screenshot):
    live_manage(
        "shell",
        "-c",
        "from tests.curators import curator; "
        "from django_otp.plugins.otp_totp.models import TOTPDevice; "
        "user = curator('Admin', username='wilai'); "
        f"TOTPDevice.objects.create(user=user, name='app', confirmed=True, key='{KEY}')",
    )
    page = desktop
    page.goto(f"{live_site}/th/admin/login/")
    page.fill("#id_username", "wilai")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.fill("#id_code", f"{totp(bytes.fromhex(KEY)):06d}")
    page.click("input[type=submit]")
    expect(page).to_have_url(f"{live_site}/th/admin/")

    page.goto(f"{live_site}/th/admin/orgs/organisation/")
    expect(page.locator("#changelist")).to_be_visible()
    assert serious_violations(page) == []
    screenshot(page, "admin-thai-changelist")

    page.locator("#result_list tbody th a").first.click()
    expect(page.locator("#id_last_verified")).to_be_visible()
    assert serious_violations(page) == []
    # The calendar's "Today" writes today's date with the Buddhist Era year.
    page.locator("#id_last_verified").fill("")
    page.locator(".datetimeshortcuts a", has_text="วันนี้").first.click()
    today = timezone.localdate()
    expected = f"{today:%d/%m}/{today.year + 543}"
    expect(page.locator("#id_last_verified")).to_have_value(expected)
    page.locator("#calendarlink0").click()
    expect(page.locator("#calendarin0 caption")).to_contain_text(str(today.year + 543))
    screenshot(page, "admin-thai-change-form")
