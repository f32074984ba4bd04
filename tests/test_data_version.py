"""The data version that cached pages key on changes with every change to public data."""

import pytest
from django.contrib.auth.models import User

from curation.cache import data_version
from orgs.models import Theme
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def test_saving_an_organisation_changes_the_version():
    before = data_version()
    organisation = OrganisationFactory()
    after_create = data_version()
    assert after_create != before
    organisation.summary_en = "Changed"
    organisation.save()
    assert data_version() != after_create


def test_changing_links_changes_the_version(django_capture_on_commit_callbacks):
    organisation = OrganisationFactory()
    before = data_version()
    with django_capture_on_commit_callbacks(execute=True):
        organisation.themes.set(Theme.objects.filter(slug="health"))
    assert data_version() != before


def test_deleting_changes_the_version():
    organisation = OrganisationFactory()
    before = data_version()
    organisation.delete()
    assert data_version() != before


def test_accounts_are_not_public_data():
    before = data_version()
    User.objects.create_user("someone")
    assert data_version() == before
