"""Two-factor login: a password alone never opens the admin; TOTP or a recovery code does."""

from base64 import b32decode

import pytest
from django.conf import settings
from django.core.management import call_command
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from .curators import PASSWORD, client_for, curator

pytestmark = pytest.mark.django_db

ADMIN = f"/th/{settings.ADMIN_URL}"


def password_step(client, username, password=PASSWORD, next_url=ADMIN, lang="th"):
    return client.post(
        f"/{lang}/{settings.ADMIN_URL}login/",
        {"username": username, "password": password, "next": next_url},
    )


def current_code(device):
    return f"{totp(device.bin_key, step=device.step, digits=device.digits):06d}"


def enrolled(user):
    device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    return device


def test_a_password_alone_does_not_open_the_admin(client):
    user = curator("Reviewer", username="somchai")
    enrolled(user)
    answer = password_step(client, user.username)
    assert answer.status_code == 302
    assert answer["Location"].startswith(f"{ADMIN}login/code/")
    assert "_auth_user_id" not in client.session  # not logged in yet
    index = client.get(ADMIN)
    assert index.status_code == 302 and "/login/" in index["Location"]


def test_the_code_from_the_app_opens_the_admin(client):
    user = curator("Reviewer", username="somchai")
    device = enrolled(user)
    code_page = client.get(password_step(client, user.username)["Location"])
    assert "รหัส" in code_page.content.decode()  # the step speaks Thai on /th/
    answer = client.post(code_page.wsgi_request.get_full_path(), {"code": current_code(device)})
    assert answer.status_code == 302 and answer["Location"] == ADMIN
    assert client.get(ADMIN).status_code == 200


def test_a_wrong_code_is_refused_with_a_thai_message(client):
    user = curator("Editor", username="malee")
    enrolled(user)
    url = password_step(client, user.username)["Location"]
    answer = client.post(url, {"code": "000000"})
    assert answer.status_code == 200
    assert "รหัสนี้ไม่ถูกต้อง" in answer.content.decode()
    assert client.get(ADMIN).status_code == 302


def test_a_recovery_code_works_once(client):
    user = curator("Editor", username="malee")
    enrolled(user)
    from curation.two_factor import new_recovery_codes

    code = new_recovery_codes(user)[0]
    url = password_step(client, user.username)["Location"]
    assert client.post(url, {"code": code.upper()})["Location"] == ADMIN
    client.logout()
    url = password_step(client, user.username)["Location"]
    assert client.post(url, {"code": code}).status_code == 200  # used up
    assert StaticToken.objects.filter(token=code).count() == 0


def test_first_login_enrols_an_app_and_gives_recovery_codes(client):
    user = curator("Editor", username="new")
    answer = password_step(client, user.username)
    assert answer["Location"].startswith(f"{ADMIN}login/set-up/")
    page = client.get(answer["Location"])
    html = page.content.decode()
    assert 'src="data:image/svg+xml' in html  # the QR code
    secret = page.context["secret"].replace(" ", "")
    code = f"{totp(b32decode(secret)):06d}"
    done = client.post(answer["Location"], {"code": code})
    assert done["Location"].startswith(f"{ADMIN}recovery-codes/")
    codes = client.get(done["Location"]).context["codes"]
    assert len(codes) == 10
    assert client.get(ADMIN).status_code == 200
    assert TOTPDevice.objects.get(user=user).confirmed


def test_an_unsafe_next_lands_on_the_admin(client):
    user = curator("Reviewer", username="somchai")
    device = enrolled(user)
    url = password_step(client, user.username, next_url="https://evil.example/")["Location"]
    answer = client.post(url, {"code": current_code(device)})
    assert answer["Location"] == ADMIN


def test_failed_codes_count_towards_the_lockout(client):
    user = curator("Editor", username="malee")
    enrolled(user)
    url = password_step(client, user.username)["Location"]
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert client.post(url, {"code": "123456"}).status_code == 200
    assert client.post(url, {"code": "123456"}).status_code == 429
    # Locked: neither the password step nor the code step lets the curator in now.
    assert password_step(client, user.username).status_code == 429
    call_command("axes_reset", verbosity=0)
    assert password_step(client, user.username).status_code == 302


def test_resetting_a_curators_devices_makes_them_enrol_again(capsys):
    user = curator("Editor", username="lostphone")
    client = client_for(user)
    assert client.get(ADMIN).status_code == 200
    call_command("reset_two_factor", "lostphone")
    assert "lostphone" in capsys.readouterr().out
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert client.get(ADMIN).status_code == 302  # the open session is no longer verified
    answer = password_step(client, user.username)
    assert answer["Location"].startswith(f"{ADMIN}login/set-up/")
