"""Drafts, pages in review and archived entries never reach the public."""

import pytest

from curation.models import Status
from orgs.models import Organisation
from programs.models import Event, Programme

from .factories import (
    EventFactory,
    OrganisationFactory,
    ParticipationFactory,
    ProgrammeFactory,
    url_in,
)

pytestmark = pytest.mark.django_db

HIDDEN = [Status.DRAFT, Status.REVIEW, Status.ARCHIVED]


def test_published_is_the_only_public_status():
    visible = OrganisationFactory(status=Status.PUBLISHED)
    for status in HIDDEN:
        OrganisationFactory(status=status)
    assert list(Organisation.objects.published()) == [visible]


@pytest.mark.parametrize("status", HIDDEN)
def test_hidden_organisation_is_absent_from_pages(client, status):
    hidden = OrganisationFactory(status=status, name_en="Hidden Draft Cooperative")
    OrganisationFactory(name_en="Visible Cooperative")
    for lang in ("th", "en"):
        # An archived entry was public once: it answers 410 Gone (tests/test_permalinks.py).
        expected = 410 if status == Status.ARCHIVED else 404
        assert client.get(url_in(lang, hidden)).status_code == expected
        listing = client.get(f"/{lang}/organisations/").content.decode()
        assert "Hidden Draft Cooperative" not in listing
        home = client.get(f"/{lang}/").content.decode()
        assert "Hidden Draft Cooperative" not in home
    assert client.get("/en/organisations/").context["paginator"].count == 1


def test_hidden_programme_and_its_events_are_absent(client):
    draft = ProgrammeFactory(status=Status.DRAFT, name_en="Secret Programme")
    EventFactory(programme=draft, title_en="Secret Workshop")
    assert client.get(url_in("th", draft)).status_code == 404
    assert "Secret Programme" not in client.get("/en/programmes/").content.decode()
    assert not Event.objects.published().exists()
    assert Programme.objects.published().count() == 0


def test_draft_partners_do_not_show_on_a_published_profile(client):
    programme = ProgrammeFactory(name_en="Shared Programme")
    public = ParticipationFactory(programme=programme).organisation
    ParticipationFactory(
        programme=programme,
        organisation=OrganisationFactory(status=Status.DRAFT, name_en="Unreviewed Partner"),
    )
    for obj in (public, programme):
        page = client.get(url_in("en", obj)).content.decode()
        assert "Shared Programme" in page
        assert "Unreviewed Partner" not in page


def test_home_totals_count_only_published(client):
    OrganisationFactory.create_batch(3)
    OrganisationFactory.create_batch(2, status=Status.DRAFT)
    ProgrammeFactory(status=Status.DRAFT)
    context = client.get("/en/").context
    assert context["organisation_count"] == 3
    assert context["programme_count"] == 0
