"""Email through a real SMTP server on loopback: password reset, reviewers' notices and digest,
decisions for editors; each in the recipient's language, text with an HTML alternative."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.utils.html import escape
from django_otp.plugins.otp_totp.models import TOTPDevice

from curation import workflow
from curation.models import NotificationPreference, PendingChange
from orgs.spam import issue_stamp
from sse_directory.mail import parse_email_url

from .curators import PASSWORD, admin_url, client_for, curator
from .factories import OrganisationFactory

pytestmark = pytest.mark.django_db

ADMIN = settings.ADMIN_URL


@pytest.fixture(autouse=True)
def quick_forms(settings):
    settings.SUGGESTION_MIN_SECONDS = 0
    cache.clear()
    yield
    cache.clear()


def prefer(user, language="th", frequency="immediately"):
    NotificationPreference.objects.update_or_create(
        user=user, defaults={"language": language, "frequency": frequency}
    )
    return user


# --- configuration --------------------------------------------------------------------------


def test_email_url_gives_the_smtp_settings():
    config = parse_email_url("smtp://mailer%40sse.example:s%3Acret@mail.example.org:587/?tls=True")
    assert config["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (config["EMAIL_HOST"], config["EMAIL_PORT"]) == ("mail.example.org", 587)
    assert (config["EMAIL_HOST_USER"], config["EMAIL_HOST_PASSWORD"]) == (
        "mailer@sse.example",
        "s:cret",
    )
    assert config["EMAIL_USE_TLS"] and not config["EMAIL_USE_SSL"]
    ssl = parse_email_url("smtps://relay.example.org")
    assert ssl["EMAIL_USE_SSL"] and ssl["EMAIL_PORT"] == 465 and not ssl["EMAIL_USE_TLS"]
    assert parse_email_url("console://")["EMAIL_BACKEND"].endswith("console.EmailBackend")
    with pytest.raises(ImproperlyConfigured):
        parse_email_url("http://mail.example.org")
    with pytest.raises(ImproperlyConfigured):
        parse_email_url("smtp://mail.example.org:port")


# --- password reset -------------------------------------------------------------------------


def test_the_login_page_links_to_the_password_reset(client):
    page = client.get(f"/th/{ADMIN}login/").content.decode()
    assert f'href="/th/{ADMIN}password-reset/"' in page
    assert "Forgotten your login credentials?" not in page  # in Thai


def test_password_reset_in_thai_keeps_the_second_step(client, smtp_inbox):
    user = prefer(curator("Editor", username="somsri"), language="th")
    user.email = "somsri@uni.example.ac.th"
    user.save()
    TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    # Asked on the English page: the email still comes in the curator's own language.
    answer = client.post(f"/en/{ADMIN}password-reset/", {"email": "SOMSRI@uni.example.ac.th"})
    assert answer.status_code == 302
    [message] = smtp_inbox.to("somsri@uni.example.ac.th")
    assert smtp_inbox.subject(message).startswith("ตั้งรหัสผ่านใหม่")
    assert "ทำเนียบเศรษฐกิจสังคมและสมานฉันท์ประเทศไทย" in smtp_inbox.subject(message)
    text = smtp_inbox.text(message)
    assert "somsri" in text and "แอปยืนยันตัวตน" in text
    [link] = [u for u in smtp_inbox.links(message) if "/password-reset/" in u]
    assert link.startswith(f"https://sse.example.org/th/{ADMIN}password-reset/")
    assert link in smtp_inbox.html(message)
    assert message["Auto-Submitted"] == "auto-generated"

    form = client.get(link.removeprefix("https://sse.example.org"), follow=True)
    assert form.status_code == 200 and "รหัสผ่านใหม่" in form.content.decode()
    new_password = "another-long-password-42"
    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": new_password, "new_password2": new_password},
        follow=True,
    )
    assert "บันทึกรหัสผ่านใหม่แล้ว" in done.content.decode()
    # Not logged in by the reset, and the new password alone does not open the admin.
    assert "_auth_user_id" not in client.session
    step = client.post(f"/th/{ADMIN}login/", {"username": "somsri", "password": new_password})
    assert step.status_code == 302 and "/login/code/" in step["Location"]
    assert client.get(f"/th/{ADMIN}").status_code == 302
    assert TOTPDevice.objects.filter(user=user, confirmed=True).count() == 1
    # The link worked once.
    again = client.get(link.removeprefix("https://sse.example.org"), follow=True)
    assert "ใช้ไม่ได้แล้ว" in again.content.decode()


def test_no_reset_email_for_accounts_that_are_not_curators(client, smtp_inbox):
    from django.contrib.auth.models import User

    User.objects.create_user("visitor", "visitor@example.org", PASSWORD)
    client.post(f"/th/{ADMIN}password-reset/", {"email": "visitor@example.org"})
    client.post(f"/th/{ADMIN}password-reset/", {"email": "nobody@example.org"})
    assert smtp_inbox.messages == []
    bad = client.post(f"/th/{ADMIN}password-reset/", {"email": "not an address\x00"})
    assert bad.status_code == 200 and "errornote" in bad.content.decode()


# --- reviewers told of new work -------------------------------------------------------------


def send_suggestion(client, capture):
    with capture(execute=True):
        answer = client.post(
            "/en/suggest/",
            {
                "name": "Mae Tha Organic Farmers",
                "message": "A cooperative of organic farmers in Lampang.",
                "started": issue_stamp(),
            },
        )
    assert answer.status_code == 302


def edit_published(capture, editor, organisation, name_en):
    from .curators import form_data

    client = client_for(editor)
    url = admin_url(type(organisation), "change", organisation.pk)
    data = form_data(client.get(url))
    data["name_en"] = name_en
    with capture(execute=True):
        assert client.post(url, data).status_code == 302
    return PendingChange.objects.get(state=PendingChange.State.PENDING)


def test_a_reviewer_told_at_once_of_a_suggestion_and_a_pending_change(
    client, smtp_inbox, django_capture_on_commit_callbacks
):
    reviewer = prefer(curator("Reviewer", username="niran"), language="en")
    curator("Reviewer", username="no-email").__class__.objects.filter(username="no-email").update(
        email=""
    )
    send_suggestion(client, django_capture_on_commit_callbacks)
    [message] = smtp_inbox.to(reviewer.email)
    assert message.envelope_to == [reviewer.email]
    assert "Mae Tha Organic Farmers" in smtp_inbox.subject(message)
    assert "To review" in smtp_inbox.subject(message)
    from orgs.models import Suggestion

    suggestion = Suggestion.objects.get()
    assert f"https://sse.example.org/en/{ADMIN}orgs/suggestion/{suggestion.pk}/change/" in (
        smtp_inbox.text(message)
    )

    organisation = OrganisationFactory(name_en="Old name")
    editor = curator("Editor", username="malee")
    change = edit_published(django_capture_on_commit_callbacks, editor, organisation, "New name")
    second = smtp_inbox.to(reviewer.email)[1]
    assert "Old name" in smtp_inbox.subject(second) and "malee" in smtp_inbox.subject(second)
    assert f"/en/{ADMIN}curation/pendingchange/{change.pk}/change/" in smtp_inbox.text(second)
    assert len(smtp_inbox.messages) == 2  # the Editor is no reviewer; no address, no email


def test_one_email_for_many_changes_in_one_transaction(
    smtp_inbox, django_capture_on_commit_callbacks
):
    reviewer = prefer(curator("Reviewer", username="niran"), language="th")
    editor = curator("Editor")
    organisations = OrganisationFactory.create_batch(3)
    with django_capture_on_commit_callbacks(execute=True):
        for organisation in organisations:
            workflow.propose(organisation, fields={"summary_en": "Updated."}, user=editor)
    [message] = smtp_inbox.to(reviewer.email)
    assert "3" in smtp_inbox.subject(message) and "รายการใหม่" in smtp_inbox.subject(message)
    text = smtp_inbox.text(message)
    assert all(o.name_th in text for o in organisations)


def test_a_daily_reviewer_gets_one_digest_and_nothing_at_once(
    client, smtp_inbox, django_capture_on_commit_callbacks
):
    daily = prefer(curator("Reviewer", username="daily"), language="th", frequency="daily")
    never = prefer(curator("Reviewer", username="never"), frequency="never")
    send_suggestion(client, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.propose(OrganisationFactory(), fields={"summary_en": "x"}, user=curator("Editor"))
    assert smtp_inbox.messages == []
    call_command("send_digest", verbosity=0)
    [digest] = smtp_inbox.to(daily.email)
    assert "สรุปประจำวัน" in smtp_inbox.subject(digest)
    text = smtp_inbox.text(digest)
    assert "Mae Tha Organic Farmers" in text and "editor" in text
    assert smtp_inbox.to(never.email) == []
    call_command("send_digest", verbosity=0)
    assert len(smtp_inbox.messages) == 1  # each item once


# --- editors told of decisions --------------------------------------------------------------


@pytest.mark.parametrize("button", ["_accept", "_reject"])
def test_the_editor_gets_the_decision_with_the_note(
    button, smtp_inbox, django_capture_on_commit_callbacks
):
    editor = prefer(curator("Editor", username="malee"), language="en", frequency="never")
    reviewer = prefer(curator("Reviewer", username="niran"), frequency="never")
    organisation = OrganisationFactory(name_en="Lampang Weavers")
    change = workflow.propose(organisation, fields={"summary_en": "Weaving."}, user=editor)
    note = "Checked against the cooperative's own website."
    with django_capture_on_commit_callbacks(execute=True):
        answer = client_for(reviewer).post(
            admin_url(PendingChange, "change", change.pk), {"note": note, button: "1"}
        )
    assert answer.status_code == 302
    [message] = smtp_inbox.to(editor.email)
    accepted = button == "_accept"
    assert ("is accepted" if accepted else "is not accepted") in smtp_inbox.subject(message)
    assert "Lampang Weavers" in smtp_inbox.subject(message)
    assert note in smtp_inbox.text(message)
    assert escape(note) in smtp_inbox.html(message)
    assert f"https://sse.example.org/en/{ADMIN}orgs/organisation/{organisation.pk}/change/" in (
        smtp_inbox.text(message)
    )


def test_a_mail_server_that_is_down_does_not_break_a_save(
    settings, client, django_capture_on_commit_callbacks
):
    from .mailserver import free_port

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", free_port(), 2
    prefer(curator("Reviewer", username="niran"))
    send_suggestion(client, django_capture_on_commit_callbacks)  # 302, not 500
    from curation.models import Notice

    assert Notice.objects.filter(sent__isnull=True).count() == 1  # kept for the next digest


def test_each_curator_sets_their_own_notifications():
    editor = curator("Editor", username="malee")
    other = prefer(curator("Reviewer", username="niran"), frequency="daily")
    client = client_for(editor)
    listing = client.get(admin_url(NotificationPreference, "changelist", lang="th"))
    assert listing.status_code == 302
    own = NotificationPreference.objects.get(user=editor)
    assert listing["Location"] == admin_url(NotificationPreference, "change", own.pk, lang="th")
    page = client.get(listing["Location"])
    assert page.status_code == 200 and "ภาษาของอีเมล" in page.content.decode()
    saved = client.post(listing["Location"], {"language": "en", "frequency": "daily"})
    assert saved.status_code == 302
    own.refresh_from_db()
    assert (own.language, own.frequency) == ("en", "daily")
    theirs = admin_url(NotificationPreference, "change", other.notification_preference.pk)
    assert client.post(theirs, {"language": "en", "frequency": "never"}).status_code in (302, 403)
    other.notification_preference.refresh_from_db()
    assert other.notification_preference.frequency == "daily"
