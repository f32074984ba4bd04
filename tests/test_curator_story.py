"""The issue's "done when", step by step, as curators do it in the admin.

Two curators at different universities load a 200-row spreadsheet with mistakes, see every
mistake before anything is written, fix and load it; a reviewer publishes part of it; they change
their minds and get back exactly what was there before.
"""

import pytest

from curation.history import translated_base_fields
from curation.models import Status
from orgs.models import Organisation

from .curators import admin_url, client_for, curator, form_data, run_action
from .factories import OrganisationFactory
from .sheets import good_rows, upload

pytestmark = pytest.mark.django_db

#: `name`, `summary`…: they show the active language's column, compared through name_th/name_en.
LANGUAGE_FOLLOWING = translated_base_fields(Organisation)

#: (index of the row in the file, column, bad value); the spreadsheet row is index + 2.
MISTAKES = [
    (3, "province", "TH-999"),
    (17, "themes", "health;climate"),
    (29, "sdgs", "4;18"),
    (41, "founded", "2563"),
    (58, "founded", "nineteen"),
    (66, "kind", "ngo"),
    (80, "status", "live"),
    (95, "email", "info(at)example.org"),
    (112, "website", "http://bad host"),
    (130, "name_en", ""),  # with name_th emptied too: no name at all
    (151, "slug", "sheet-150"),  # the slug of row 150 again
    (188, "sdgs", "0"),
]


def state(organisation):
    """Everything a curator can see of an entry."""
    organisation = Organisation.objects.get(pk=organisation.pk)
    fields = {
        f.attname: getattr(organisation, f.attname)
        for f in Organisation._meta.concrete_fields
        if f.name not in {"updated", "status_changed", "status_changed_by"} | LANGUAGE_FOLLOWING
    }
    fields["themes"] = sorted(organisation.themes.values_list("slug", flat=True))
    fields["sdgs"] = sorted(organisation.sdgs.values_list("number", flat=True))
    return fields


def import_in_admin(client, rows, name):
    return client.post(
        admin_url(Organisation, "import"),
        {"resource": "0", "format": "0", "import_file": upload(rows, name=name)},
    )


def test_two_curators_load_a_spreadsheet_a_reviewer_publishes_and_they_undo_it(client):
    somchai = curator("Editor", username="somchai-chula")
    malee = curator("Editor", username="malee-mahidol")
    reviewer = curator("Reviewer", username="reviewer-tu")

    # What was there before: published entries, and drafts the spreadsheet will update.
    published = OrganisationFactory.create_batch(5, themes=["health"], sdgs=[3])
    drafts = [
        OrganisationFactory(
            slug=f"sheet-{n}", status=Status.DRAFT, name_en=f"Old name {n}", themes=["environment"]
        )
        for n in (1, 2, 3, 4, 5)
    ]
    before = {o.slug: state(o) for o in [*published, *drafts]}
    public_before = client.get("/en/organisations/").context["paginator"].count
    versions_before = Organisation.history.count()

    rows = good_rows(200)
    broken = [dict(r) for r in rows]
    for index, column, value in MISTAKES:
        broken[index][column] = value
        if column == "name_en":
            broken[index]["name_th"] = ""

    # 1. Somchai loads the file with mistakes: every one is listed; nothing is written.
    response = import_in_admin(client_for(somchai), broken, "chula-list.csv")
    html = response.content.decode()
    assert "confirm_form" not in response.context
    assert f"{len(MISTAKES)} problems to correct" in html
    for index, column, _ in MISTAKES:
        shown = "name_th, name_en" if column == "name_en" else column
        assert f"<td>{index + 2}</td><td><code>{shown}</code></td>" in html, (index, column)
    assert Organisation.objects.count() == 10
    assert Organisation.history.count() == versions_before

    # 2. Malee, at another university, loads the corrected file: preview, then confirm.
    malee_client = client_for(malee)
    response = import_in_admin(malee_client, rows, "mahidol-fixed.csv")
    assert "Confirming will add 195 new organisations, update 5" in response.content.decode()
    assert Organisation.objects.count() == 10
    form = response.context["confirm_form"]
    done = malee_client.post(
        admin_url(Organisation, "process_import"), {n: form[n].value() for n in form.fields}
    )
    assert done.status_code == 302
    assert Organisation.objects.count() == 205
    imported = Organisation.objects.filter(slug__startswith="sheet-").order_by("pk")
    assert imported.count() == 200
    assert Organisation.objects.get(slug="sheet-1").name_en == "Spreadsheet organisation sheet 1"
    version = Organisation.objects.get(slug="sheet-77").history.get()
    assert (version.history_user, version.history_change_reason) == (
        malee,
        "Spreadsheet import: mahidol-fixed.csv",
    )
    assert client.get("/en/organisations/").context["paginator"].count == public_before

    # 3. The reviewer publishes part of it.
    reviewer_client = client_for(reviewer)
    chosen = list(imported.exclude(slug__in=before)[:60])
    run_action(reviewer_client, Organisation, "publish", chosen)
    assert Organisation.objects.published().count() == 5 + 60
    assert client.get("/en/organisations/").context["paginator"].count == public_before + 60

    # 4. They change their minds. The drafts the file updated go back to their earlier
    # version, through the admin's history (revert) view …
    for draft in drafts:
        history = Organisation.objects.get(pk=draft.pk).history.all()
        earlier = next(r for r in history if not r.history_change_reason)
        url = admin_url(Organisation, "simple_history", draft.pk, earlier.history_id)
        page = reviewer_client.get(url)
        assert reviewer_client.post(url, form_data(page)).status_code == 302
    # … and the new entries are archived: nothing is deleted, the public sees none of them.
    new_entries = list(imported.exclude(slug__in=before))
    run_action(reviewer_client, Organisation, "archive", new_entries)

    # Exactly what was there before.
    assert {o.slug: state(o) for o in [*published, *drafts]} == before
    assert set(Organisation.objects.published().values_list("slug", flat=True)) == {
        o.slug for o in published
    }
    assert client.get("/en/organisations/").context["paginator"].count == public_before
    assert set(
        Organisation.objects.filter(pk__in=[o.pk for o in new_entries]).values_list(
            "status", flat=True
        )
    ) == {Status.ARCHIVED}
    # And every step is in the history: import, publication, archiving, revert.
    story = [r.history_change_reason for r in chosen[0].history.order_by("history_date")]
    assert story == ["Spreadsheet import: mahidol-fixed.csv", "Published", "Archived"]
    reverted = Organisation.objects.get(pk=drafts[0].pk).history.first()
    assert reverted.history_user == reviewer
    assert reverted.history_change_reason.startswith("Reverted to the version of")
