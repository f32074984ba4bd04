"""Public suggestions: two bilingual forms, spam resistance, and curators' answers."""

import re

import pytest
from django.core.cache import cache

from curation.models import Status
from orgs.models import Organisation, Suggestion
from orgs.spam import issue_stamp

from .curators import admin_url, client_for, curator
from .factories import OrganisationFactory, province, url_in

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def quick_forms(settings):
    settings.SUGGESTION_MIN_SECONDS = 0
    cache.clear()
    yield
    cache.clear()


def suggest_url(lang="en"):
    return f"/{lang}/suggest/"


def correction_url(organisation, lang="en"):
    return url_in(lang, organisation) + "suggest/"


def new_suggestion(**extra):
    return {
        "name": "Ban Na Weavers",
        "website": "bannaweavers.example.org",
        "province": str(province("TH-50").pk),
        "message": "A group of weavers in Chiang Mai.",
        "submitter_name": "Somchai",
        "submitter_email": "somchai@example.org",
        "started": issue_stamp(),
        **extra,
    }


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_form_has_labels_and_works_without_javascript(client, lang):
    response = client.get(suggest_url(lang))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html
    assert 'method="post"' in html and "<script" not in html.split("<main", 1)[1]
    for name in ("name", "website", "province", "message", "submitter_name", "submitter_email"):
        field_id = f"id_{name}"
        assert re.search(rf'<label[^>]+for="{field_id}"', html), name
        assert f'id="{field_id}"' in html


def test_a_suggestion_is_stored_and_the_visitor_thanked(client):
    response = client.post(suggest_url(), new_suggestion())
    assert response.status_code == 302 and response["Location"] == "/en/suggest/thanks/"
    thanks = client.get(response["Location"])
    assert "Thank you" in thanks.content.decode()
    suggestion = Suggestion.objects.get()
    assert (suggestion.kind, suggestion.state, suggestion.language) == ("new", "new", "en")
    assert suggestion.website == "https://bannaweavers.example.org"
    assert suggestion.province.code == "TH-50"


def test_errors_are_tied_to_their_fields(client):
    response = client.post(suggest_url(), new_suggestion(name="", submitter_email="nope"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html
    assert re.search(r'id="id_name"[^>]*aria-invalid="true"', html) or re.search(
        r'aria-invalid="true"[^>]*id="id_name"', html
    )
    assert 'id="id_name_error"' in html and 'id="id_submitter_email_error"' in html
    assert Suggestion.objects.count() == 0


def test_a_correction_is_linked_from_every_profile_and_list(client):
    organisation = OrganisationFactory()
    profile = client.get(url_in("th", organisation)).content.decode()
    assert correction_url(organisation, "th") in profile
    listing = client.get("/th/organisations/").content.decode()
    assert 'href="/th/suggest/"' in listing

    response = client.post(
        correction_url(organisation), {"message": "The website moved.", "started": issue_stamp()}
    )
    assert response.status_code == 302
    suggestion = Suggestion.objects.get()
    assert (suggestion.kind, suggestion.organisation) == ("correction", organisation)


def test_no_correction_form_for_an_unpublished_entry(client):
    draft = OrganisationFactory(status=Status.DRAFT)
    assert client.get(f"/en/organisations/{draft.slug}/suggest/").status_code == 404


def test_the_honeypot_drops_the_suggestion_quietly(client):
    response = client.post(suggest_url(), new_suggestion(homepage="http://spam.example"))
    assert response.status_code == 302
    assert Suggestion.objects.count() == 0


def test_a_form_sent_back_too_fast_is_refused(client, settings):
    settings.SUGGESTION_MIN_SECONDS = 60
    response = client.post(suggest_url(), new_suggestion())
    assert response.status_code == 200
    assert "very quick" in response.content.decode()
    assert Suggestion.objects.count() == 0


def test_a_form_without_a_valid_stamp_is_refused(client):
    for stamp in ("", "forged:stamp"):
        response = client.post(suggest_url(), new_suggestion(started=stamp))
        assert response.status_code == 200
    assert Suggestion.objects.count() == 0


def test_too_many_suggestions_from_one_address_are_refused(client, settings):
    settings.SUGGESTION_RATE_LIMIT = 2
    for _ in range(2):
        assert client.post(suggest_url(), new_suggestion()).status_code == 302
    response = client.post(suggest_url(), new_suggestion())
    assert response.status_code == 429
    assert Suggestion.objects.count() == 2
    other = client.post(suggest_url(), new_suggestion(), REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 302


def test_the_submitters_email_is_never_shown_publicly(client):
    organisation = OrganisationFactory()
    client.post(
        correction_url(organisation),
        {"message": "Fix", "submitter_email": "secret@example.org", "started": issue_stamp()},
    )
    for url in (url_in("en", organisation), "/en/organisations/", "/en/suggest/thanks/"):
        assert "secret@example.org" not in client.get(url).content.decode()


# --- curators' answers ----------------------------------------------------------------------


def test_accepting_a_new_organisation_creates_a_draft():
    editor = curator("Editor")
    suggestion = Suggestion.objects.create(
        kind="new",
        name="กลุ่มทอผ้าบ้านนา",
        language="th",
        province=province("TH-50"),
        website="https://bannaweavers.example.org",
        message="...",
    )
    client = client_for(editor)
    url = admin_url(Suggestion, "change", suggestion.pk)
    assert "กลุ่มทอผ้าบ้านนา" in client.get(url).content.decode()
    response = client.post(url, {"_accept": "1", "note": ""})
    assert response.status_code == 200  # the kind is needed
    response = client.post(url, {"_accept": "1", "kind": "community-enterprise", "note": "OK"})
    suggestion.refresh_from_db()
    draft = suggestion.organisation
    assert response.status_code == 302 and response["Location"].endswith(f"/{draft.pk}/change/")
    assert (draft.status, draft.name_th, draft.kind) == (
        "draft",
        "กลุ่มทอผ้าบ้านนา",
        "community-enterprise",
    )
    assert draft.slug == "community-enterprise-th-50"
    assert (suggestion.state, suggestion.handled_by, suggestion.note) == ("accepted", editor, "OK")


def test_accepting_a_correction_opens_the_entry_and_rejecting_needs_a_note():
    organisation = OrganisationFactory()
    correction = Suggestion.objects.create(
        kind="correction", organisation=organisation, message="x"
    )
    client = client_for(curator("Reviewer"))
    response = client.post(admin_url(Suggestion, "change", correction.pk), {"_accept": "1"})
    assert response["Location"] == admin_url(Organisation, "change", organisation.pk)
    correction.refresh_from_db()
    assert correction.state == "accepted"

    other = Suggestion.objects.create(kind="new", name="Spam", message="buy")
    url = admin_url(Suggestion, "change", other.pk)
    assert client.post(url, {"_reject": "1", "note": ""}).status_code == 200
    client.post(url, {"_reject": "1", "note": "Advertising."})
    other.refresh_from_db()
    assert (other.state, other.note) == ("rejected", "Advertising.")
    assert Organisation.objects.count() == 1


def test_the_suggestion_list_in_the_admin():
    Suggestion.objects.create(kind="new", name="One", message="a")
    Suggestion.objects.create(kind="correction", organisation=OrganisationFactory(), message="b")
    response = client_for(curator("Editor")).get(admin_url(Suggestion, "changelist"))
    assert response.status_code == 200
    assert len(response.context["cl"].result_list) == 2
