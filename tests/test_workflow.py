"""The review workflow: draft → in review → published → archived, and pending changes."""

import pytest
from django.utils import timezone

from curation.models import PendingChange, Status
from orgs.models import Organisation, Theme
from programs.models import Event, Participation, Programme

from .curators import admin_url, client_for, curator, form_data, run_action
from .factories import EventFactory, OrganisationFactory, ParticipationFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return curator("Editor")


@pytest.fixture
def reviewer():
    return curator("Reviewer")


def edit(client, obj, **changes):
    """Open the change form as the curator sees it, change some fields, save."""
    url = admin_url(type(obj), "change", obj.pk)
    data = form_data(client.get(url))
    data.update(changes)
    return client.post(url, data)


def test_an_editor_creates_a_draft_and_cannot_choose_published(editor):
    client = client_for(editor)
    data = {
        "name_th": "วิสาหกิจชุมชนทดสอบ",
        "slug": "test-community-enterprise",
        "kind": "community-enterprise",
        "status": "published",
        "country": "TH",
        "province": "",
    }
    response = client.post(admin_url(Organisation, "add"), data)
    assert response.status_code == 200
    assert "status" in response.context["adminform"].form.errors
    assert not Organisation.objects.filter(slug="test-community-enterprise").exists()

    response = client.post(admin_url(Organisation, "add"), {**data, "status": "review"})
    assert response.status_code == 302
    created = Organisation.objects.get(slug="test-community-enterprise")
    assert created.status == Status.REVIEW
    assert created.status_changed_by == editor and created.status_changed is not None
    record = created.history.get()
    assert (record.history_type, record.history_user, record.status) == ("+", editor, "review")


def test_a_reviewer_publishes_and_the_move_is_recorded(reviewer):
    organisation = OrganisationFactory(status=Status.REVIEW)
    response = edit(client_for(reviewer), organisation, status="published")
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.status == Status.PUBLISHED
    assert organisation.status_changed_by == reviewer
    assert (timezone.now() - organisation.status_changed).total_seconds() < 60
    latest = organisation.history.first()
    assert (latest.status, latest.history_user) == ("published", reviewer)


def test_bulk_actions_for_reviewers(reviewer):
    client = client_for(reviewer)
    drafts = OrganisationFactory.create_batch(3, status=Status.REVIEW)
    run_action(client, Organisation, "publish", drafts[:2])
    assert sorted(Organisation.objects.published().values_list("pk", flat=True)) == sorted(
        d.pk for d in drafts[:2]
    )
    run_action(client, Organisation, "archive", drafts[:1])
    assert Organisation.objects.get(pk=drafts[0].pk).status == Status.ARCHIVED
    run_action(client, Organisation, "mark_verified", drafts)
    assert set(Organisation.objects.values_list("last_verified", flat=True)) == {
        timezone.localdate()
    }
    archived = Organisation.objects.get(pk=drafts[0].pk)
    assert archived.status_changed_by == reviewer
    assert archived.history.first().history_change_reason == "Marked as verified"


def test_publishing_in_bulk_reports_entries_that_are_not_ready(reviewer):
    ready = OrganisationFactory(status=Status.DRAFT)
    homeless = OrganisationFactory(status=Status.DRAFT, province=None)
    response = run_action(client_for(reviewer), Organisation, "publish", [ready, homeless])
    assert Organisation.objects.get(pk=ready.pk).status == Status.PUBLISHED
    assert Organisation.objects.get(pk=homeless.pk).status == Status.DRAFT
    assert "needs a province" in response.content.decode()


def test_editors_propose_drafts_for_review_but_cannot_publish_in_bulk(editor):
    client = client_for(editor)
    drafts = OrganisationFactory.create_batch(2, status=Status.DRAFT)
    response = client.get(admin_url(Organisation, "changelist"))
    actions = [value for value, _ in response.context["action_form"].fields["action"].choices]
    assert "submit_for_review" in actions
    assert not {"publish", "archive", "mark_verified", "delete_selected"} & set(actions)
    run_action(client, Organisation, "submit_for_review", drafts)
    assert set(Organisation.objects.values_list("status", flat=True)) == {Status.REVIEW}
    run_action(client, Organisation, "publish", drafts)
    assert set(Organisation.objects.values_list("status", flat=True)) == {Status.REVIEW}


def test_an_editors_change_to_a_published_entry_waits_for_a_reviewer(editor, reviewer):
    organisation = OrganisationFactory(
        name_en="Weaving Group", summary_th="เดิม", themes=["health"], sdgs=[3]
    )
    before = organisation.history.count()
    environment = Theme.objects.get(slug="environment")
    response = edit(
        client_for(editor),
        organisation,
        name_en="Weaving Group of Ban Na",
        summary_th="ใหม่",
        themes=[str(environment.pk)],
        status="draft",  # not offered to an Editor on a published entry
    )
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert (organisation.name_en, organisation.summary_th) == ("Weaving Group", "เดิม")
    assert organisation.status == Status.PUBLISHED
    assert list(organisation.themes.values_list("slug", flat=True)) == ["health"]
    assert organisation.history.count() == before

    change = PendingChange.objects.get()
    assert change.author == editor and change.state == PendingChange.State.PENDING
    assert change.data["fields"] == {"name_en": "Weaving Group of Ban Na", "summary_th": "ใหม่"}
    assert change.data["m2m"] == {"themes": [environment.pk]}

    # The entry's page tells curators a proposal is waiting.
    page = client_for(editor).get(admin_url(Organisation, "change", organisation.pk))
    assert f"#{change.pk}" in page.content.decode()

    # The reviewer reads a side-by-side diff, then accepts.
    client = client_for(reviewer)
    review = client.get(admin_url(PendingChange, "change", change.pk))
    html = review.content.decode()
    assert "Weaving Group of Ban Na" in html and "Weaving Group" in html
    assert environment.name in html
    response = client.post(
        admin_url(PendingChange, "change", change.pk), {"_accept": "1", "note": "Checked."}
    )
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert (organisation.name_en, organisation.summary_th) == ("Weaving Group of Ban Na", "ใหม่")
    assert list(organisation.themes.values_list("slug", flat=True)) == ["environment"]
    record = organisation.history.first()
    assert record.history_user == reviewer
    assert "editor" in record.history_change_reason
    change.refresh_from_db()
    assert (change.state, change.decided_by, change.note) == ("accepted", reviewer, "Checked.")


def test_a_reviewer_rejects_a_change_with_a_note(editor, reviewer):
    organisation = OrganisationFactory(name_en="Original")
    edit(client_for(editor), organisation, name_en="Vandalised")
    change = PendingChange.objects.get()
    client = client_for(reviewer)
    url = admin_url(PendingChange, "change", change.pk)
    response = client.post(url, {"_reject": "1", "note": ""})
    assert response.status_code == 200  # a note is required to reject
    change.refresh_from_db()
    assert change.state == PendingChange.State.PENDING
    client.post(url, {"_reject": "1", "note": "Not supported by the sources."})
    change.refresh_from_db()
    assert change.state == PendingChange.State.REJECTED
    organisation.refresh_from_db()
    assert organisation.name_en == "Original"


def test_an_editor_cannot_decide_pending_changes(editor):
    organisation = OrganisationFactory()
    edit(client_for(editor), organisation, name_en="Proposed name")
    change = PendingChange.objects.get()
    client = client_for(editor)
    url = admin_url(PendingChange, "change", change.pk)
    assert client.get(url).status_code == 200
    assert 'name="_accept"' not in client.get(url).content.decode()
    assert client.post(url, {"_accept": "1"}).status_code == 403
    change.refresh_from_db()
    assert change.state == PendingChange.State.PENDING


def test_saving_without_changes_proposes_nothing(editor):
    organisation = OrganisationFactory(themes=["health"])
    edit(client_for(editor), organisation)
    assert PendingChange.objects.count() == 0


def test_participations_edited_on_a_published_programme_are_proposed(editor, reviewer):
    participation = ParticipationFactory(role=Participation.Role.PARTNER)
    programme = participation.programme
    newcomer = OrganisationFactory()
    client = client_for(editor)
    url = admin_url(Programme, "change", programme.pk)
    data = form_data(client.get(url))
    prefix = "participations"
    data[f"{prefix}-0-role"] = "lead"
    data[f"{prefix}-1-organisation"] = str(newcomer.pk)
    data[f"{prefix}-1-role"] = "funder"
    response = client.post(url, data)
    assert response.status_code == 302, response.context and response.context["errors"]
    assert list(programme.participations.values_list("role", flat=True)) == ["partner"]
    change = PendingChange.objects.get()
    ops = change.data["inlines"][0]["ops"]
    assert [op["op"] for op in ops] == ["change", "add"]

    html = client_for(reviewer).get(admin_url(PendingChange, "change", change.pk)).content
    assert str(newcomer).encode() in html
    client_for(reviewer).post(admin_url(PendingChange, "change", change.pk), {"_accept": "1"})
    roles = dict(programme.participations.values_list("organisation_id", "role"))
    assert roles == {participation.organisation_id: "lead", newcomer.pk: "funder"}


def test_editors_cannot_change_events_of_a_published_programme(editor):
    event = EventFactory()
    client = client_for(editor)
    url = admin_url(Event, "change", event.pk)
    assert client.post(url, {"title_en": "Changed"}).status_code == 403
    response = client.post(
        admin_url(Event, "add"),
        {
            "programme": str(event.programme.pk),
            "slug": "new-event",
            "title_th": "กิจกรรมใหม่",
            "title_en": "New event",
            "kind": "workshop",
            "start_date": "2024-01-10",
            "date_precision": "day",
            "country": "TH",
        },
    )
    assert response.status_code == 200
    assert "programme" in response.context["adminform"].form.errors
    draft = ProgrammeFactory(status=Status.DRAFT)
    response = client.post(
        admin_url(Event, "add"),
        {
            "programme": str(draft.pk),
            "slug": "new-event",
            "title_th": "กิจกรรมใหม่",
            "title_en": "New event",
            "kind": "workshop",
            "start_date": "2024-01-10",
            "date_precision": "day",
            "country": "TH",
        },
    )
    assert response.status_code == 302
    assert Event.objects.filter(slug="new-event", programme=draft).exists()


def test_only_administrators_delete(editor, reviewer):
    organisation = OrganisationFactory()
    for user in (editor, reviewer):
        response = client_for(user).post(
            admin_url(Organisation, "delete", organisation.pk), {"post": "yes"}
        )
        assert response.status_code == 403
    assert Organisation.objects.filter(pk=organisation.pk).exists()
    admin = curator("Admin")
    client_for(admin).post(admin_url(Organisation, "delete", organisation.pk), {"post": "yes"})
    assert not Organisation.objects.filter(pk=organisation.pk).exists()
