"""Every page of the curator workspace renders in Thai and English, with local assets only."""

import re

import pytest
from django.contrib.contenttypes.models import ContentType

from curation.models import PendingChange
from orgs.models import Organisation, Suggestion, Theme
from programs.models import Event, Participation, Programme

from .curators import admin_url, client_for, curator
from .factories import EventFactory, OrganisationFactory, ParticipationFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_curator_pages_render(lang):
    client = client_for(curator("Reviewer"))
    participation = ParticipationFactory()
    organisation, programme = participation.organisation, participation.programme
    event = EventFactory(programme=programme)
    other = OrganisationFactory(email=organisation.email or "same@example.org")
    organisation.email = other.email
    organisation.save()
    change = PendingChange.objects.create(
        content_type=ContentType.objects.get_for_model(Organisation),
        object_id=organisation.pk,
        data={"fields": {"name_en": "Proposed"}, "m2m": {}, "inlines": []},
    )
    suggestion = Suggestion.objects.create(kind="new", name="Suggested", message="Hello")
    version = organisation.history.first()
    urls = [
        admin_url(Organisation, "changelist", lang=lang),
        admin_url(Organisation, "changelist", lang=lang) + "?stale=yes&missing=any",
        admin_url(Organisation, "change", organisation.pk, lang=lang),
        admin_url(Organisation, "history", organisation.pk, lang=lang),
        admin_url(Organisation, "simple_history", organisation.pk, version.history_id, lang=lang),
        admin_url(Organisation, "import", lang=lang),
        admin_url(Organisation, "export", lang=lang),
        admin_url(Organisation, "quality", lang=lang),
        admin_url(Organisation, "deleted", lang=lang),
        admin_url(Organisation, "merge", lang=lang) + f"?ids={organisation.pk},{other.pk}",
        admin_url(Programme, "changelist", lang=lang),
        admin_url(Programme, "change", programme.pk, lang=lang),
        admin_url(Programme, "history", programme.pk, lang=lang),
        admin_url(Programme, "deleted", lang=lang),
        admin_url(Participation, "history", participation.pk, lang=lang),
        admin_url(Event, "history", event.pk, lang=lang),
        admin_url(Theme, "history", Theme.objects.first().pk, lang=lang),
        admin_url(PendingChange, "changelist", lang=lang),
        admin_url(PendingChange, "change", change.pk, lang=lang),
        admin_url(Suggestion, "changelist", lang=lang),
        admin_url(Suggestion, "change", suggestion.pk, lang=lang),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert f'<html lang="{lang}"' in html, url
        for src in re.findall(r'(?:src|href)="([^"]+\.(?:js|css))"', html):
            assert src.startswith("/static/") or src.startswith(f"/{lang}/"), (url, src)


def test_the_organisation_list_offers_import_export_quality_and_deleted_entries():
    html = client_for(curator("Reviewer")).get(admin_url(Organisation, "changelist")).content
    html = html.decode()
    for view in ("import", "export", "quality", "deleted"):
        assert admin_url(Organisation, view) in html, view


@pytest.mark.parametrize("model", [PendingChange, Suggestion, Programme, Participation])
def test_curator_lists_do_not_query_per_row(model):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(curator("Reviewer"))
    content_type = ContentType.objects.get_for_model(Organisation)

    def add_rows(count):
        for _ in range(count):
            participation = ParticipationFactory()
            organisation = participation.organisation
            PendingChange.objects.create(
                content_type=content_type, object_id=organisation.pk, data={"fields": {}}
            )
            Suggestion.objects.create(kind="correction", organisation=organisation, message="x")

    add_rows(2)
    url = admin_url(model, "changelist")
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    add_rows(8)
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many) == len(few), model
