"""`create_random_data N`: bulk random data for trying the directory at scale (and bench/)."""

import io

import pytest
from django.core.management import call_command
from django.db import transaction

from curation.models import Status
from orgs.models import Organisation
from programs.models import Event, Participation, Programme

pytestmark = pytest.mark.django_db


def create(count=50, seed=1):
    call_command("create_random_data", count, seed=seed, stdout=io.StringIO())


def first_rows():
    return list(
        Organisation.objects.order_by("pk").values_list("slug", "name_th", "name_en")[:10]
    ) + list(Programme.objects.order_by("pk").values_list("name_th", "name_en")[:5])


def test_counts_and_spread():
    create(50)
    random_orgs = Organisation.objects.filter(slug__startswith="random-")
    assert random_orgs.count() == Organisation.objects.count()
    assert random_orgs.published().count() == 50
    assert random_orgs.filter(status=Status.DRAFT).count() == 2
    assert Programme.objects.filter(slug__startswith="random-").count() == 10
    assert Participation.objects.count() >= 2 * 10
    assert Event.objects.filter(slug__startswith="random-").exists()
    organisation = random_orgs.exclude(province=None).first()
    # The untranslated column holds the Thai name; both languages are filled.
    assert organisation.name_th and organisation.name_en
    assert Organisation.objects.filter(pk=organisation.pk, name=organisation.name_th).exists()
    assert organisation.themes.exists() and organisation.sdgs.exists()


def test_a_second_run_adds_rows_with_new_slugs():
    create(20)
    create(20)
    assert Organisation.objects.published().count() == 40


def test_drafts_stay_out_of_public_pages(client):
    create(50)
    draft = Organisation.objects.filter(status=Status.DRAFT).first()
    published = Organisation.objects.published().first()
    assert client.get(f"/en/organisations/{draft.slug}/").status_code == 404
    assert client.get(f"/en/organisations/{published.slug}/").status_code == 200
    assert client.get("/en/organisations/").context["paginator"].count == 50
    found = client.get("/en/search/", {"q": draft.name_en}).context["organisations"]
    assert draft not in found
    hidden = Programme.objects.exclude(status=Status.PUBLISHED).first()
    if hidden:
        assert client.get(f"/en/programmes/{hidden.slug}/").status_code == 404


def test_same_seed_same_data_on_a_fresh_database():
    with transaction.atomic():
        create(30, seed=7)
        first = first_rows()
        transaction.set_rollback(True)
    assert not Organisation.objects.exists()
    create(30, seed=7)
    assert first_rows() == first
    with transaction.atomic():
        Organisation.objects.all().delete()
        Programme.objects.all().delete()
        create(30, seed=8)
        assert first_rows() != first
        transaction.set_rollback(True)
