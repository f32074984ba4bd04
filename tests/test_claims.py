"""Claim this listing: a representative verified through the organisation's public email (or
approved by a curator) proposes corrections that enter the review queue under their name."""

import pytest
from django.conf import settings
from django.core import signing
from django.core.cache import cache

from curation.models import PendingChange, Status
from orgs.models import Claim
from orgs.spam import issue_stamp

from .curators import admin_url, client_for, curator, run_action
from .factories import OrganisationFactory

pytestmark = pytest.mark.django_db

SITE = "https://sse.example.org"


@pytest.fixture(autouse=True)
def quick_forms(settings):
    settings.SUGGESTION_MIN_SECONDS = 0
    cache.clear()
    yield
    cache.clear()


def claim_url(organisation, lang="th"):
    return f"/{lang}/organisations/{organisation.slug}/claim/"


def claim_data(**extra):
    return {
        "name": "Somchai Jaidee",
        "email": "somchai@gmail.example",
        "role": "Director",
        "message": "I run the weaving group.",
        "started": issue_stamp(),
        **extra,
    }


def shown_values(response):
    """The correction form's fields as the browser sends them back."""
    form = response.context["form"]
    return {name: form[name].value() or "" for name in form.fields}


def path_of(link):
    return link.removeprefix(SITE)


def link_in(inbox, message, part):
    [link] = [u for u in inbox.links(message) if part in u]
    return link


@pytest.fixture
def weavers():
    return OrganisationFactory(
        slug="lampang-weavers",
        name_en="Lampang Weavers",
        summary_en="Hand-woven cotton.",
        email="info@weavers.example",
        phone="+66 54 000 111",
        contact_public=True,
    )


def test_the_profile_links_to_the_claim_form(client, weavers):
    page = client.get(f"/th/organisations/{weavers.slug}/").content.decode()
    assert f'href="/th/organisations/{weavers.slug}/claim/"' in page
    assert "นี่คือองค์กรของคุณหรือไม่?" in page


def test_claim_end_to_end(client, smtp_inbox, django_capture_on_commit_callbacks, weavers):
    reviewer = curator("Reviewer", username="niran")
    # 1. The request: a link goes to the organisation's public email, and only there.
    with django_capture_on_commit_callbacks(execute=True):
        sent = client.post(claim_url(weavers, "en"), claim_data())
    assert sent.status_code == 302
    assert "public email" in client.get(sent["Location"]).content.decode()
    [verification] = smtp_inbox.messages
    assert verification.envelope_to == ["info@weavers.example"]
    assert "Somchai Jaidee" in smtp_inbox.subject(verification)
    text = smtp_inbox.text(verification)
    assert "Director" in text and "somchai@gmail.example" in text
    assert "+66 54 000 111" not in text
    verify = link_in(smtp_inbox, verification, "/claim/verify/")
    assert verify.startswith(f"{SITE}/en/organisations/lampang-weavers/claim/verify/")

    # 2. The organisation confirms (a page with a button: a link scanner does not use it up).
    page = client.get(path_of(verify))
    assert page.status_code == 200 and "Somchai Jaidee" in page.content.decode()
    assert Claim.objects.get().state == Claim.State.UNVERIFIED
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(path_of(verify))
    assert done.status_code == 200
    claim = Claim.objects.get()
    assert claim.state == Claim.State.ACTIVE
    # Single use: the same link again is refused.
    again = client.post(path_of(verify))
    assert again.status_code == 400 and "used already" in again.content.decode()

    # 3. The representative gets the personal link by email, in the language they used.
    [access] = smtp_inbox.to("somchai@gmail.example")
    assert "propose corrections" in smtp_inbox.subject(access)
    edit = path_of(link_in(smtp_inbox, access, "/claim/edit/"))
    form = client.get(edit)
    assert form.status_code == 200
    assert "Hand-woven cotton." in form.content.decode()

    # 4. A correction enters the review queue as a pending change under their name.
    with django_capture_on_commit_callbacks(execute=True):
        proposed = client.post(
            edit,
            {
                **shown_values(form),
                "name_en": "Lampang Weavers Cooperative",
                "summary_en": "Hand-woven cotton since 1998.",
            },
        )
    assert proposed.status_code == 302
    change = PendingChange.objects.get()
    assert change.author == claim.representative
    assert change.data["fields"] == {
        "name_en": "Lampang Weavers Cooperative",
        "summary_en": "Hand-woven cotton since 1998.",
    }
    weavers.refresh_from_db()
    assert weavers.name_en == "Lampang Weavers"  # nothing live until a reviewer accepts
    queue = client_for(reviewer).get(admin_url(PendingChange, "changelist")).content.decode()
    assert "Somchai Jaidee" in queue
    [notice] = smtp_inbox.to(reviewer.email)
    assert "Somchai Jaidee" in smtp_inbox.subject(notice)
    assert "1" in client.get(edit).content.decode()  # one correction waiting

    # 5. The reviewer accepts; the representative is told, with the note.
    with django_capture_on_commit_callbacks(execute=True):
        client_for(reviewer).post(
            admin_url(PendingChange, "change", change.pk),
            {"note": "Thank you, checked.", "_accept": "1"},
        )
    weavers.refresh_from_db()
    assert weavers.name_en == "Lampang Weavers Cooperative"
    decision = smtp_inbox.to("somchai@gmail.example")[-1]
    assert "is accepted" in smtp_inbox.subject(decision)
    assert "Thank you, checked." in smtp_inbox.text(decision)
    assert f"{SITE}/en/organisations/lampang-weavers/" in smtp_inbox.text(decision)

    # 6. A curator revokes the claim: the personal link stops working.
    run_action(client_for(reviewer), Claim, "revoke", [claim])
    claim.refresh_from_db()
    assert claim.state == Claim.State.REVOKED
    assert client.get(edit).status_code == 404
    assert client.post(edit, {"name_en": "Hijacked"}).status_code == 404
    assert PendingChange.objects.count() == 1


def test_without_a_public_email_a_curator_approves(
    client, smtp_inbox, django_capture_on_commit_callbacks
):
    private = OrganisationFactory(
        name_en="Quiet Foundation", email="director@private.example", contact_public=False
    )
    reviewer = curator("Reviewer", username="niran")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(claim_url(private), claim_data())
    claim = Claim.objects.get()
    assert claim.state == Claim.State.AWAITING_APPROVAL and claim.verified_to == ""
    # The private address gets nothing and appears nowhere; the reviewers are told.
    assert smtp_inbox.to("director@private.example") == []
    [notice] = smtp_inbox.messages
    assert notice.envelope_to == [reviewer.email]
    assert "director@private.example" not in smtp_inbox.text(notice)
    assert f"/th/{settings.ADMIN_URL}orgs/claim/{claim.pk}/change/" in smtp_inbox.text(notice)

    with django_capture_on_commit_callbacks(execute=True):
        run_action(client_for(reviewer), Claim, "approve", [claim], lang="th")
    claim.refresh_from_db()
    assert claim.state == Claim.State.ACTIVE and claim.decided_by == reviewer
    [access] = smtp_inbox.to("somchai@gmail.example")
    assert "เสนอการแก้ไข" in smtp_inbox.subject(access)  # the claim was made on a Thai page
    edit = client.get(path_of(link_in(smtp_inbox, access, "/claim/edit/")))
    assert edit.status_code == 200
    assert "director@private.example" not in edit.content.decode()
    # Left blank, the private email is not proposed to be removed.
    data = {**shown_values(edit), "summary_en": "New summary."}
    client.post(path_of(link_in(smtp_inbox, access, "/claim/edit/")), data)
    assert PendingChange.objects.get().data["fields"] == {"summary_en": "New summary."}


def test_a_draft_cannot_be_claimed(client):
    draft = OrganisationFactory(status=Status.DRAFT, email="a@b.example", contact_public=True)
    assert client.get(claim_url(draft)).status_code == 404
    assert client.post(claim_url(draft), claim_data()).status_code == 404
    assert client.get(f"/th/organisations/{draft.slug}/claim/sent/").status_code == 404
    assert Claim.objects.count() == 0


def test_a_link_for_an_organisation_that_became_a_draft_stops(
    client, smtp_inbox, django_capture_on_commit_callbacks, weavers
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(claim_url(weavers), claim_data())
    verify = path_of(link_in(smtp_inbox, smtp_inbox.messages[0], "/claim/verify/"))
    weavers.status = Status.DRAFT
    weavers.save()
    assert client.get(verify).status_code == 404
    assert client.post(verify).status_code == 404


def test_verification_links_expire(
    client, smtp_inbox, django_capture_on_commit_callbacks, monkeypatch, weavers
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(claim_url(weavers, "en"), claim_data())
    verify = path_of(link_in(smtp_inbox, smtp_inbox.messages[0], "/claim/verify/"))
    later = signing.time.time() + settings.CLAIM_VERIFY_SECONDS + 60

    class Later:
        @staticmethod
        def time():
            return later

    monkeypatch.setattr(signing, "time", Later)
    answer = client.post(verify)
    assert answer.status_code == 400 and "too old" in answer.content.decode()
    assert Claim.objects.get().state == Claim.State.UNVERIFIED


def test_forged_and_broken_links_are_refused(client, weavers):
    claim = Claim.objects.create(
        organisation=weavers, name="X", email="x@example.org", role="staff", key="k" * 43
    )
    forged = signing.TimestampSigner(salt="another").sign_object({"c": claim.pk, "k": claim.key})
    base = f"/en/organisations/{weavers.slug}/claim"
    for token in (forged, "abc", "x" * 300, "%00"):
        assert client.get(f"{base}/verify/{token}/").status_code == 400
        assert client.get(f"{base}/edit/{token}/").status_code == 404
    wrong_key = signing.TimestampSigner(salt="orgs.claim.verify").sign_object(
        {"c": claim.pk, "k": "guess"}
    )
    assert client.post(f"{base}/verify/{wrong_key}/").status_code == 400
    claim.refresh_from_db()
    assert claim.state == Claim.State.UNVERIFIED


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"name": "", "email": "", "role": ""},
        {"email": "not-an-email"},
        {"name": "x" * 500},
        {"message": "y" * 6000},
        {"name": "Nul\x00byte"},
        {"started": "forged"},
    ],
)
def test_bad_claims_get_form_errors(client, weavers, data):
    answer = client.post(claim_url(weavers, "en"), {**claim_data(), **data} if data else {})
    assert answer.status_code == 400
    assert "Please correct the problems below." in answer.content.decode()
    assert Claim.objects.count() == 0


def test_a_bad_correction_gets_form_errors(client, weavers):
    from orgs.claims import access_token, activate

    claim = Claim.objects.create(
        organisation=weavers, name="X", email="x@example.org", role="staff", key="k"
    )
    activate(claim)
    edit = f"/en/organisations/{weavers.slug}/claim/edit/{access_token(claim)}/"
    for data in ({"name_th": "", "name_en": ""}, {"founded_year": "twenty"}, {"website": "x y"}):
        answer = client.post(edit, {"name_th": weavers.name_th, **data})
        assert answer.status_code == 400, data
    assert PendingChange.objects.count() == 0


def test_claim_and_reset_pages_and_emails_are_valid_html(
    client, tmp_path, weavers, mailoutbox, django_capture_on_commit_callbacks
):
    """The new pages, and the HTML part of the emails, pass the Nu Html Checker."""
    import json
    import subprocess

    from orgs.claims import access_token, activate, verify_token

    from .test_html_valid import vnu_command

    command = vnu_command()
    pending = Claim.objects.create(
        organisation=weavers, name="A", email="a@example.org", role="staff", key="k1"
    )
    active = Claim.objects.create(
        organisation=weavers, name="B", email="b@example.org", role="staff", key="k2"
    )
    with django_capture_on_commit_callbacks(execute=True):
        activate(active)
    base = f"/organisations/{weavers.slug}/claim"
    pages = {}
    for lang in ("th", "en"):
        pages[f"{lang}-form"] = client.get(f"/{lang}{base}/")
        pages[f"{lang}-form-errors"] = client.post(f"/{lang}{base}/", {"email": "x"})
        pages[f"{lang}-sent"] = client.get(f"/{lang}{base}/sent/?by=email")
        pages[f"{lang}-verify"] = client.get(f"/{lang}{base}/verify/{verify_token(pending)}/")
        pages[f"{lang}-bad-link"] = client.get(f"/{lang}{base}/verify/nonsense/")
        pages[f"{lang}-edit"] = client.get(f"/{lang}{base}/edit/{access_token(active)}/?sent=1")
        pages[f"{lang}-reset"] = client.get(f"/{lang}/{settings.ADMIN_URL}password-reset/")
        pages[f"{lang}-reset-sent"] = client.get(
            f"/{lang}/{settings.ADMIN_URL}password-reset/sent/"
        )
    files = []
    for name, response in pages.items():
        assert response.status_code in (200, 400), name
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(path)
    for number, message in enumerate(mailoutbox):
        path = tmp_path / f"email-{number}.html"
        path.write_text(message.alternatives[0][0], encoding="utf-8")
        files.append(path)
    assert mailoutbox, "the activation sent an email"
    result = subprocess.run(
        command + [str(f) for f in files], capture_output=True, text=True, timeout=300
    )
    messages = json.loads(result.stdout)["messages"]
    errors = [
        f"{m.get('url', '').rsplit('/', 1)[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m.get("type") in ("error", "non-document-error")
    ]
    assert not errors, "\n".join(errors)


def test_curators_see_claims_in_thai_and_only_reviewers_decide(weavers):
    claim = Claim.objects.create(
        organisation=weavers, name="Somchai", email="s@example.org", role="staff", key="k"
    )
    reviewer, editor = curator("Reviewer"), curator("Editor")
    listing = client_for(reviewer).get(admin_url(Claim, "changelist", lang="th"))
    page = listing.content.decode()
    assert listing.status_code == 200 and "คำขอดูแลข้อมูลองค์กร" in page
    assert "เพิกถอนคำขอที่เลือก" in page
    detail = client_for(reviewer).get(admin_url(Claim, "change", claim.pk, lang="th"))
    assert detail.status_code == 200 and "Somchai" in detail.content.decode()
    as_editor = client_for(editor).get(admin_url(Claim, "changelist", lang="th"))
    assert as_editor.status_code == 200 and "เพิกถอนคำขอที่เลือก" not in as_editor.content.decode()
    run_action(client_for(editor), Claim, "approve", [claim])
    claim.refresh_from_db()
    assert claim.state == Claim.State.UNVERIFIED
