"""Data quality: stale entries, missing translations, possible duplicates and merging."""

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.translation import override

from curation.models import SlugHistory, Status
from orgs.models import Organisation, Suggestion
from orgs.quality import merge, possible_duplicates
from programs.models import Participation

from .curators import admin_url, client_for, curator, run_action
from .factories import OrganisationFactory, ParticipationFactory, ProgrammeFactory, url_in

pytestmark = pytest.mark.django_db


def listed(client, model=Organisation, **params):
    response = client.get(admin_url(model, "changelist"), params)
    assert response.status_code == 200
    return {o.slug for o in response.context["cl"].result_list}


def test_stale_entries_are_filtered():
    today = timezone.localdate()
    fresh = OrganisationFactory(last_verified=today - timedelta(days=30))
    old = OrganisationFactory(last_verified=today - timedelta(days=400))
    never = OrganisationFactory(last_verified=None)
    client = client_for(curator("Editor"))
    assert listed(client, stale="yes") == {old.slug, never.slug}
    assert listed(client, stale="never") == {never.slug}
    assert fresh.slug in listed(client)


def test_entries_missing_thai_or_english_are_filtered():
    complete = OrganisationFactory()
    no_thai = OrganisationFactory(name_th="", summary_th="")
    no_english_summary = OrganisationFactory(summary_en=None)
    client = client_for(curator("Editor"))
    assert listed(client, missing="any") == {no_thai.slug, no_english_summary.slug}
    assert listed(client, missing="th") == {no_thai.slug}
    assert listed(client, missing="en") == {no_english_summary.slug}
    assert complete.slug not in listed(client, missing="any")


def test_programmes_have_the_same_filters():
    stale = ProgrammeFactory(last_verified=None, summary_en="")
    client = client_for(curator("Editor"))
    assert stale.slug in listed(client, stale="yes", model=stale.__class__)
    assert stale.slug in listed(client, missing="en", model=stale.__class__)


def test_the_changelist_query_count_does_not_grow_with_rows():
    client = client_for(curator("Reviewer"))
    OrganisationFactory.create_batch(3)
    client.get(admin_url(Organisation, "changelist"))
    with CaptureQueriesContext(connection) as few:
        client.get(admin_url(Organisation, "changelist"))
    OrganisationFactory.create_batch(20)
    with CaptureQueriesContext(connection) as many:
        client.get(admin_url(Organisation, "changelist"))
    assert len(many) == len(few)


def org(**values):
    """An organisation with no Thai name unless given (factory names all look alike)."""
    values.setdefault("name_th", "")
    return OrganisationFactory(**values)


def test_possible_duplicates_by_website_email_and_similar_names():
    a = org(website="https://www.localalike.com/th", name_en="Local Alike")
    b = org(website="http://localalike.com", name_en="Community tours")
    c = org(email="Info@Weavers.example.org", name_en="Weavers")
    d = org(email="info@weavers.example.org", name_en="Spinners")
    e = org(name_th="วิสาหกิจชุมชนกลุ่มทอผ้าบ้านนาเหนือ", name_en="North weavers")
    f = org(name_th="กลุ่มทอผ้าบ้านนาเหนือ", name_en="Ban Na Nuea group")
    g = org(name_en="Chiang Mai Organic Farmers Cooperative")
    h = org(name_en="Chiangmai Organic Farmer Cooperative", status=Status.DRAFT)
    # Different places with a shared word, a shared social-media host, a centre of its university
    org(name_th="วิสาหกิจชุมชนกลุ่มทอผ้าบ้านดอนแก้ว", name_en="Don Kaeo")
    org(website="https://facebook.com/groupone", name_en="Group one")
    org(website="https://facebook.com/grouptwo", name_en="Group two")
    university = org(website="https://www.chula.ac.th", name_en="Chula")
    org(website="https://chula.ac.th/centre", parent=university, name_en="Centre")
    archived = org(email="info@weavers.example.org", name_en="Zebra", status=Status.ARCHIVED)

    with override("en"):
        found = possible_duplicates()
    pairs = {frozenset((p.first.pk, p.second.pk)): p.reasons for p in found}
    assert pairs == {
        frozenset((a.pk, b.pk)): ["same website"],
        frozenset((c.pk, d.pk)): ["same email"],
        frozenset((e.pk, f.pk)): ["similar Thai name"],
        frozenset((g.pk, h.pk)): ["similar English name"],
    }
    assert archived.pk not in {pk for pair in pairs for pk in pair}


def test_the_data_quality_page_lists_duplicates_and_counts():
    OrganisationFactory(email="same@example.org", last_verified=None)
    OrganisationFactory(email="same@example.org", name_th="")
    editor = client_for(curator("Editor"))
    html = editor.get(admin_url(Organisation, "quality")).content.decode()
    assert "same email" in html
    assert "?stale=yes" in html and "?missing=any" in html
    assert "Merge" not in html  # Editors do not merge
    html = client_for(curator("Reviewer")).get(admin_url(Organisation, "quality")).content
    assert b"Merge" in html


def test_merging_moves_relations_archives_and_redirects():
    reviewer = curator("Reviewer")
    keep = OrganisationFactory(themes=["health"], sdgs=[3], website="", phone="")
    other = OrganisationFactory(
        themes=["environment"], sdgs=[3, 13], website="https://dup.example.org", phone="02 1"
    )
    shared = ProgrammeFactory()
    ParticipationFactory(organisation=keep, programme=shared, role="partner")
    duplicate_link = ParticipationFactory(organisation=other, programme=shared, role="partner")
    moved_link = ParticipationFactory(organisation=other, role="lead")
    centre = OrganisationFactory(parent=other)
    hosted = ProgrammeFactory(host=other)
    suggestion = Suggestion.objects.create(kind="correction", organisation=other, message="x")
    old_slug = other.slug

    client = client_for(reviewer)
    url = admin_url(Organisation, "merge") + f"?ids={keep.pk},{other.pk}"
    assert client.get(url).status_code == 200
    response = client.post(url, {"keep": str(keep.pk)})
    assert response.status_code == 302

    keep.refresh_from_db()
    other.refresh_from_db()
    assert sorted(keep.themes.values_list("slug", flat=True)) == ["environment", "health"]
    assert sorted(keep.sdgs.values_list("number", flat=True)) == [3, 13]
    assert (keep.website, keep.phone) == ("https://dup.example.org", "02 1")
    assert other.status == Status.ARCHIVED and other.slug != old_slug
    assert set(keep.participations.values_list("programme_id", "role")) == {
        (shared.pk, "partner"),
        (moved_link.programme_id, "lead"),
    }
    assert not Participation.objects.filter(pk=duplicate_link.pk).exists()
    centre.refresh_from_db()
    hosted.refresh_from_db()
    suggestion.refresh_from_db()
    assert centre.parent == keep and hosted.host == keep and suggestion.organisation == keep
    record = SlugHistory.objects.get(old_slug=old_slug)
    assert (record.object_id, record.content_type) == (
        keep.pk,
        ContentType.objects.get_for_model(Organisation),
    )
    # Every row touched keeps its history, with the merge as the reason.
    assert other.history.first().history_change_reason.startswith("Merged")
    assert keep.history.first().history_user == reviewer
    assert Participation.history.filter(id=duplicate_link.pk, history_type="-").exists()


def test_a_merge_is_undone_by_bringing_the_other_back():
    reviewer = curator("Reviewer")
    keep = OrganisationFactory()
    other = OrganisationFactory(themes=["environment"])
    link = ParticipationFactory(organisation=other, role="lead")
    old_slug = other.slug
    merge(keep, other, user=reviewer)
    run_action(client_for(reviewer), Organisation, "restore_from_archive", [other])
    other.refresh_from_db()
    assert (other.status, other.slug) == (Status.PUBLISHED, old_slug)
    assert Participation.objects.get(pk=link.pk).organisation == other
    assert not SlugHistory.objects.filter(old_slug=old_slug).exists()


def test_the_merge_action_needs_two_entries_and_a_reviewer():
    first, second, third = OrganisationFactory.create_batch(3)
    reviewer = client_for(curator("Reviewer"))
    response = run_action(reviewer, Organisation, "merge_selected", [first, second])
    assert response.redirect_chain[0][0].endswith(f"?ids={first.pk},{second.pk}")
    response = run_action(reviewer, Organisation, "merge_selected", [first, second, third])
    assert "exactly two" in response.content.decode()
    editor = client_for(curator("Editor"))
    url = admin_url(Organisation, "merge") + f"?ids={first.pk},{second.pk}"
    assert editor.get(url).status_code == 403


def test_the_merged_entrys_address_leads_to_the_kept_one(client):
    keep, other = OrganisationFactory(), OrganisationFactory()
    old_address = url_in("en", other)
    merge(keep, other, user=curator("Reviewer"))
    response = client.get(old_address)
    assert response.status_code == 301
    assert response["Location"] == url_in("en", keep)
