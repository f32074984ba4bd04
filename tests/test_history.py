"""History and undo: who changed which field when, revert to any version, bring entries back."""

import re

import pytest

from curation.models import PendingChange, Status
from orgs.models import SDG, Organisation, Theme
from programs.models import Event, Participation, Programme

from .curators import admin_url, client_for, curator, form_data, run_action
from .factories import EventFactory, OrganisationFactory, ParticipationFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewer():
    return curator("Reviewer")


def edit(client, obj, **changes):
    url = admin_url(type(obj), "change", obj.pk)
    data = form_data(client.get(url))
    data.update(changes)
    response = client.post(url, data)
    assert response.status_code == 302, response.context and response.context["errors"]
    return response


def theme_ids(*slugs):
    return [str(pk) for pk in Theme.objects.filter(slug__in=slugs).values_list("pk", flat=True)]


def test_one_admin_save_is_one_version_with_its_themes(reviewer):
    organisation = OrganisationFactory(themes=["health"])
    before = organisation.history.count()
    edit(client_for(reviewer), organisation, name_en="Renamed", themes=theme_ids("environment"))
    assert organisation.history.count() == before + 1
    version = organisation.history.first()
    assert version.history_user == reviewer
    assert version.name_en == "Renamed"
    assert [row.theme.slug for row in version.themes.all()] == ["environment"]


def test_the_history_page_shows_who_changed_which_field(reviewer):
    organisation = OrganisationFactory(name_en="Old name", themes=["health"])
    client = client_for(reviewer)
    edit(client, organisation, name_en="New name", themes=theme_ids("environment"))
    html = client.get(admin_url(Organisation, "history", organisation.pk)).content.decode()
    assert "reviewer" in html
    changes = re.search(r"<td>\s*<ul>(.*?)</ul>", html, re.S).group(1)
    assert "Old name" in changes and "New name" in changes
    assert Theme.objects.get(slug="environment").name in changes
    # The language-following column and the timestamp are not noise in the diff.
    assert "Updated" not in changes


def test_the_history_page_works_in_thai(reviewer):
    organisation = OrganisationFactory()
    edit(client_for(reviewer), organisation, name_th="ชื่อใหม่")
    response = client_for(reviewer).get(
        admin_url(Organisation, "history", organisation.pk, lang="th")
    )
    assert response.status_code == 200
    assert "ชื่อใหม่" in response.content.decode()


def test_revert_to_an_earlier_version_brings_back_fields_and_themes(reviewer):
    organisation = OrganisationFactory(name_en="First", themes=["health"], sdgs=[3])
    client = client_for(reviewer)
    edit(client, organisation, name_en="Second", themes=theme_ids("environment"), sdgs=[])
    first = organisation.history.all()[1]  # the version before the edit
    url = admin_url(Organisation, "simple_history", organisation.pk, first.history_id)
    page = client.get(url)
    assert page.status_code == 200
    assert "tabbed_translation_fields.js" in page.content.decode()
    response = client.post(url, form_data(page))
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.name_en == "First"
    assert list(organisation.themes.values_list("slug", flat=True)) == ["health"]
    assert list(organisation.sdgs.values_list("number", flat=True)) == [3]
    assert organisation.history.first().history_change_reason.startswith("Reverted")


def test_an_editor_reverting_a_published_entry_proposes_the_old_version():
    editor = curator("Editor")
    organisation = OrganisationFactory(name_en="First")
    organisation.name_en = "Second"
    organisation.save()
    first = organisation.history.order_by("history_date").first()
    client = client_for(editor)
    url = admin_url(Organisation, "simple_history", organisation.pk, first.history_id)
    client.post(url, form_data(client.get(url)))
    organisation.refresh_from_db()
    assert organisation.name_en == "Second"
    assert PendingChange.objects.get().data["fields"] == {"name_en": "First"}


def test_an_archived_entry_comes_back_as_it_was(reviewer):
    organisation = OrganisationFactory(themes=["health"], sdgs=[1, 2])
    participation = ParticipationFactory(organisation=organisation)
    client = client_for(reviewer)
    run_action(client, Organisation, "archive", [organisation])
    assert Organisation.objects.get(pk=organisation.pk).status == Status.ARCHIVED
    run_action(client, Organisation, "restore_from_archive", [organisation])
    organisation.refresh_from_db()
    assert organisation.status == Status.PUBLISHED
    assert sorted(organisation.sdgs.values_list("number", flat=True)) == [1, 2]
    assert list(organisation.participations.all()) == [participation]
    assert organisation.status_changed_by == reviewer


def test_a_deleted_organisation_comes_back_with_its_relations(reviewer):
    university = OrganisationFactory(kind="university")
    organisation = OrganisationFactory(themes=["health", "environment"], sdgs=[4])
    centre = OrganisationFactory(parent=organisation)
    participation = ParticipationFactory(organisation=organisation, role="lead", note_en="Leads")
    hosted = ProgrammeFactory(host=organisation)
    slug, pk = organisation.slug, organisation.pk
    admin = client_for(curator("Admin"))
    admin.post(admin_url(Organisation, "delete", pk), {"post": "yes"})
    assert not Organisation.objects.filter(pk=pk).exists()
    assert not Participation.objects.filter(pk=participation.pk).exists()

    client = client_for(reviewer)
    listing = client.get(admin_url(Organisation, "deleted")).content.decode()
    assert slug in listing and university.slug not in listing
    record = Organisation.history.get(id=pk, history_type="-")
    response = client.post(admin_url(Organisation, "restore_deleted", record.history_id))
    assert response.status_code == 302

    restored = Organisation.objects.get(pk=pk)
    assert restored.slug == slug and restored.status == Status.PUBLISHED
    assert sorted(restored.themes.values_list("slug", flat=True)) == ["environment", "health"]
    assert list(restored.sdgs.values_list("number", flat=True)) == [4]
    back = Participation.objects.get(pk=participation.pk)
    assert (back.organisation_id, back.role, back.note_en) == (pk, "lead", "Leads")
    centre.refresh_from_db()
    hosted.refresh_from_db()
    assert centre.parent_id == pk and hosted.host_id == pk
    assert restored.history.first().history_change_reason == "Restored after deletion"
    assert slug not in client.get(admin_url(Organisation, "deleted")).content.decode()


def test_a_deleted_programme_comes_back_with_events_and_partners(reviewer):
    programme = ProgrammeFactory(themes=["health"])
    event = EventFactory(programme=programme)
    participation = ParticipationFactory(programme=programme)
    pk = programme.pk
    client_for(curator("Admin")).post(admin_url(Programme, "delete", pk), {"post": "yes"})
    assert not Event.objects.filter(pk=event.pk).exists()
    record = Programme.history.get(id=pk, history_type="-")
    client_for(reviewer).post(admin_url(Programme, "restore_deleted", record.history_id))
    programme = Programme.objects.get(pk=pk)
    assert list(programme.themes.values_list("slug", flat=True)) == ["health"]
    assert list(programme.events.all()) == [Event.objects.get(pk=event.pk)]
    assert list(programme.participations.all()) == [Participation.objects.get(pk=participation.pk)]


def test_restoring_refuses_a_slug_taken_meanwhile(reviewer):
    organisation = OrganisationFactory(slug="taken-later")
    pk = organisation.pk
    organisation.delete()
    OrganisationFactory(slug="taken-later")
    record = Organisation.history.get(id=pk, history_type="-")
    response = client_for(reviewer).post(
        admin_url(Organisation, "restore_deleted", record.history_id), follow=True
    )
    assert "taken-later" in response.content.decode()
    assert not Organisation.objects.filter(pk=pk).exists()


def test_editors_cannot_bring_back_deleted_entries():
    editor = client_for(curator("Editor"))
    organisation = OrganisationFactory()
    pk = organisation.pk
    organisation.delete()
    record = Organisation.history.get(id=pk, history_type="-")
    assert editor.get(admin_url(Organisation, "deleted")).status_code == 403
    response = editor.post(admin_url(Organisation, "restore_deleted", record.history_id))
    assert response.status_code == 403


def test_every_curated_model_keeps_history():
    for model in (Organisation, Programme, Participation, Event, Theme):
        assert hasattr(model, "history"), model
    assert not hasattr(SDG, "history")  # reference data is fixed
