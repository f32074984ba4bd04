"""Curators' roles: each one can do exactly its part, proved through the admin's own views."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType

from curation import roles
from curation.models import PendingChange, Status
from orgs.models import Organisation, Suggestion, Theme
from programs.models import Programme

from .curators import admin_url, client_for, curator, form_data, run_action
from .factories import OrganisationFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db

ROLES = ["Editor", "Reviewer", "Admin"]


def test_the_roles_exist_in_a_fresh_database_with_exactly_their_permissions():
    declared = roles.declared_permissions()
    for name, codes in declared.items():
        group = Group.objects.get(name=name)
        granted = {
            f"{p.content_type.app_label}.{p.codename}"
            for p in group.permissions.select_related("content_type")
        }
        assert granted == set(codes), name
    editor = set(declared[roles.EDITOR])
    assert not any(code.split(".")[1].startswith(("delete_", "publish_")) for code in editor)
    reviewer = set(declared[roles.REVIEWER])
    assert editor < reviewer
    assert not any(".delete_" in code for code in reviewer)
    # Each app declares its own part of the roles.
    assert {"curation.change_pendingchange", "orgs.publish_organisation"} <= reviewer
    assert {"programs.publish_programme", "programs.change_event"} <= reviewer


def test_create_roles_is_idempotent():
    roles.create_roles()
    roles.create_roles()
    assert Group.objects.filter(name__in=["Editor", "Reviewer"]).count() == 2


# --- what each role can do, one capability at a time ----------------------------------------


def add(client, status, **extra):
    slug = f"new-{Organisation.objects.count()}"
    data = {"name_th": "ใหม่", "slug": slug, "kind": "foundation", "status": status}
    client.post(admin_url(Organisation, "add"), {**data, "country": "TH", **extra})
    return Organisation.objects.filter(slug=slug, status=status).exists()


def add_draft(client):
    return add(client, "draft")


def add_published(client):
    return add(client, "published", province="1")


def edit(client, obj, **changes):
    url = admin_url(type(obj), "change", obj.pk)
    response = client.get(url)
    if response.status_code != 200 or "adminform" not in (response.context or {}):
        return client.post(url, {"name_en": "x"})
    data = form_data(response)
    data.update(changes)
    return client.post(url, data)


def change_draft(client):
    draft = OrganisationFactory(status=Status.DRAFT, name_en="Draft")
    edit(client, draft, name_en="Draft, edited")
    return Organisation.objects.get(pk=draft.pk).name_en == "Draft, edited"


def change_published_directly(client):
    live = OrganisationFactory(name_en="Live")
    edit(client, live, name_en="Live, edited")
    return Organisation.objects.get(pk=live.pk).name_en == "Live, edited"


def propose_change_to_published(client):
    live = OrganisationFactory(name_en="Live")
    edit(client, live, name_en="Live, proposed")
    return PendingChange.objects.filter(object_id=live.pk).exists() or (
        Organisation.objects.get(pk=live.pk).name_en == "Live, proposed"
    )


def action(name, start_status, check):
    def attempt(client):
        entry = OrganisationFactory(status=start_status)
        run_action(client, Organisation, name, [entry])
        return check(Organisation.objects.get(pk=entry.pk))

    return attempt


def publish_programme(client):
    programme = ProgrammeFactory(status=Status.REVIEW)
    run_action(client, Programme, "publish", [programme])
    return Programme.objects.get(pk=programme.pk).status == Status.PUBLISHED


def delete(client):
    entry = OrganisationFactory()
    client.post(admin_url(Organisation, "delete", entry.pk), {"post": "yes"})
    return not Organisation.objects.filter(pk=entry.pk).exists()


def delete_in_bulk(client):
    entry = OrganisationFactory()
    client.post(
        admin_url(Organisation, "changelist"),
        {"action": "delete_selected", "_selected_action": [entry.pk], "post": "yes"},
    )
    return not Organisation.objects.filter(pk=entry.pk).exists()


def merge(client):
    keep, other = OrganisationFactory(), OrganisationFactory()
    url = admin_url(Organisation, "merge") + f"?ids={keep.pk},{other.pk}"
    client.post(url, {"keep": str(keep.pk)})
    return Organisation.objects.get(pk=other.pk).status == Status.ARCHIVED


def accept_pending_change(client):
    live = OrganisationFactory(name_en="Before")
    change = PendingChange.objects.create(
        content_type=ContentType.objects.get_for_model(Organisation),
        object_id=live.pk,
        data={"fields": {"name_en": "After"}, "m2m": {}, "inlines": []},
    )
    client.post(admin_url(PendingChange, "change", change.pk), {"_accept": "1"})
    return Organisation.objects.get(pk=live.pk).name_en == "After"


def edit_theme(client):
    theme = Theme.objects.get(slug="health")
    edit(client, theme, name_en="Health and wellbeing")
    return Theme.objects.get(pk=theme.pk).name_en == "Health and wellbeing"


def bring_back_archived(client):
    entry = OrganisationFactory()
    entry.status = Status.ARCHIVED
    entry.save()
    run_action(client, Organisation, "restore_from_archive", [entry])
    return Organisation.objects.get(pk=entry.pk).status == Status.PUBLISHED


def bring_back_deleted(client):
    entry = OrganisationFactory()
    pk = entry.pk
    entry.delete()
    record = Organisation.history.get(id=pk, history_type="-")
    client.post(admin_url(Organisation, "restore_deleted", record.history_id))
    return Organisation.objects.filter(pk=pk).exists()


def open_import(client):
    return client.get(admin_url(Organisation, "import")).status_code == 200


def answer_suggestion(client):
    suggestion = Suggestion.objects.create(kind="new", name="Suggested", message="Please add")
    client.post(admin_url(Suggestion, "change", suggestion.pk), {"_reject": "1", "note": "Dup"})
    return Suggestion.objects.get(pk=suggestion.pk).state == Suggestion.State.REJECTED


CAPABILITIES = {
    "add a draft": (add_draft, {"Editor", "Reviewer", "Admin"}),
    "add a published entry": (add_published, {"Reviewer", "Admin"}),
    "change a draft": (change_draft, {"Editor", "Reviewer", "Admin"}),
    "change a published entry directly": (change_published_directly, {"Reviewer", "Admin"}),
    "propose a change to a published entry": (
        propose_change_to_published,
        {"Editor", "Reviewer", "Admin"},
    ),
    "propose drafts for review": (
        action("submit_for_review", Status.DRAFT, lambda o: o.status == Status.REVIEW),
        {"Editor", "Reviewer", "Admin"},
    ),
    "publish": (
        action("publish", Status.REVIEW, lambda o: o.status == Status.PUBLISHED),
        {"Reviewer", "Admin"},
    ),
    "publish a programme": (publish_programme, {"Reviewer", "Admin"}),
    "archive": (
        action("archive", Status.PUBLISHED, lambda o: o.status == Status.ARCHIVED),
        {"Reviewer", "Admin"},
    ),
    "mark verified": (
        action("mark_verified", Status.PUBLISHED, lambda o: o.last_verified is not None),
        {"Reviewer", "Admin"},
    ),
    "bring back from the archive": (bring_back_archived, {"Reviewer", "Admin"}),
    "bring back a deleted entry": (bring_back_deleted, {"Reviewer", "Admin"}),
    "accept a proposed change": (accept_pending_change, {"Reviewer", "Admin"}),
    "merge duplicates": (merge, {"Reviewer", "Admin"}),
    "edit a theme": (edit_theme, {"Reviewer", "Admin"}),
    "delete": (delete, {"Admin"}),
    "delete in bulk": (delete_in_bulk, {"Admin"}),
    "import a spreadsheet": (open_import, {"Editor", "Reviewer", "Admin"}),
    "answer a suggestion": (answer_suggestion, {"Editor", "Reviewer", "Admin"}),
}


@pytest.mark.parametrize("capability", CAPABILITIES)
def test_permission_matrix(capability):
    attempt, allowed = CAPABILITIES[capability]
    users = {role: curator(role) for role in ROLES}
    outcome = {role for role, user in users.items() if attempt(client_for(user))}
    assert outcome == allowed


def test_staff_without_a_role_see_nothing():
    from django.contrib.auth.models import User

    nobody = User.objects.create_user("nobody", password="x", is_staff=True)
    client = client_for(nobody)
    assert client.get(admin_url(Organisation, "changelist")).status_code == 403
    assert client.get(admin_url(Organisation, "import")).status_code == 403


def test_editors_see_the_status_of_a_published_entry_read_only():
    editor = client_for(curator("Editor"))
    live = OrganisationFactory()
    form = editor.get(admin_url(Organisation, "change", live.pk)).context["adminform"].form
    assert "status" not in form.fields
    draft = OrganisationFactory(status=Status.DRAFT)
    form = editor.get(admin_url(Organisation, "change", draft.pk)).context["adminform"].form
    assert [value for value, _ in form.fields["status"].choices] == ["draft", "review"]
