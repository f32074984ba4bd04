"""Addresses partners link to keep working: 301 after a slug change, 410 for archived entries."""

import pytest
from django.contrib.contenttypes.models import ContentType

from curation.models import SlugHistory, Status
from orgs.models import Organisation

from .factories import OrganisationFactory, ProgrammeFactory, url_in

pytestmark = pytest.mark.django_db

LANGS = ["th", "en"]


def rename(entry, slug):
    entry.slug = slug
    entry.save()
    return entry


@pytest.mark.parametrize("lang", LANGS)
def test_the_same_slug_serves_both_languages(client, lang):
    organisation = OrganisationFactory(slug="rice-cooperative")
    response = client.get(f"/{lang}/organisations/rice-cooperative/")
    assert response.status_code == 200
    assert response.context["organisation"] == organisation


@pytest.mark.parametrize("lang", LANGS)
def test_an_old_organisation_slug_redirects_permanently(client, lang):
    organisation = rename(OrganisationFactory(slug="old-name"), "new-name")
    response = client.get(f"/{lang}/organisations/old-name/")
    assert response.status_code == 301
    assert response["Location"] == f"/{lang}/organisations/new-name/"
    assert client.get(response["Location"]).context["organisation"] == organisation


def test_the_redirect_keeps_the_query_string(client):
    rename(OrganisationFactory(slug="before"), "after")
    response = client.get("/en/organisations/before/?utm_source=partner")
    assert response["Location"] == "/en/organisations/after/?utm_source=partner"


def test_every_former_slug_points_at_the_current_one(client):
    organisation = OrganisationFactory(slug="first")
    rename(organisation, "second")
    rename(organisation, "third")
    for old in ("first", "second"):
        assert client.get(f"/th/organisations/{old}/")["Location"] == "/th/organisations/third/"
    content_type = ContentType.objects.get_for_model(Organisation)
    assert set(
        SlugHistory.objects.filter(content_type=content_type).values_list("old_slug", flat=True)
    ) == {"first", "second"}


def test_saving_without_a_slug_change_records_nothing():
    organisation = OrganisationFactory(slug="steady")
    organisation.name_en = "Renamed, same address"
    organisation.save()
    assert not SlugHistory.objects.exists()


def test_a_slug_taken_again_answers_for_its_new_owner(client):
    rename(OrganisationFactory(slug="shared-name", name_en="First owner"), "first-owner")
    newcomer = OrganisationFactory(slug="shared-name", name_en="Second owner")
    response = client.get("/en/organisations/shared-name/")
    assert response.status_code == 200
    assert response.context["organisation"] == newcomer


def test_an_entry_can_take_back_its_own_old_slug(client):
    organisation = rename(OrganisationFactory(slug="original"), "detour")
    rename(organisation, "original")
    assert client.get("/en/organisations/original/").status_code == 200
    assert client.get("/en/organisations/detour/")["Location"] == "/en/organisations/original/"


@pytest.mark.parametrize("lang", LANGS)
def test_an_old_programme_slug_redirects_permanently(client, lang):
    rename(ProgrammeFactory(slug="soil-2019"), "soil")
    response = client.get(f"/{lang}/programmes/soil-2019/")
    assert response.status_code == 301
    assert response["Location"] == f"/{lang}/programmes/soil/"


def test_slug_histories_of_organisations_and_programmes_are_separate(client):
    rename(OrganisationFactory(slug="same-old"), "organisation-now")
    rename(ProgrammeFactory(slug="same-old"), "programme-now")
    assert client.get("/en/organisations/same-old/")["Location"].endswith("/organisation-now/")
    assert client.get("/en/programmes/same-old/")["Location"].endswith("/programme-now/")


@pytest.mark.parametrize("lang", LANGS)
def test_an_archived_organisation_is_gone_with_a_bilingual_page(client, lang):
    archived = OrganisationFactory(status=Status.ARCHIVED, name_en="Closed Cooperative")
    response = client.get(url_in(lang, archived))
    assert response.status_code == 410
    page = response.content.decode()
    assert f'<html lang="{lang}">' in page
    other = "en" if lang == "th" else "th"
    assert f'<section class="gone" lang="{other}">' in page  # the message in the other language
    assert 'href="/th/organisations/"' in page and 'href="/en/organisations/"' in page
    assert "Closed Cooperative" not in page
    assert 'name="robots" content="noindex"' in page


def test_an_archived_programme_is_gone_and_links_to_the_programmes(client):
    archived = ProgrammeFactory(status=Status.ARCHIVED)
    response = client.get(url_in("en", archived))
    assert response.status_code == 410
    assert 'href="/en/programmes/"' in response.content.decode()


def test_an_old_slug_of_an_archived_entry_is_gone_too(client):
    organisation = rename(OrganisationFactory(slug="was-here"), "moved")
    organisation.status = Status.ARCHIVED
    organisation.save()
    assert client.get("/en/organisations/was-here/").status_code == 410


@pytest.mark.parametrize("status", [Status.DRAFT, Status.REVIEW])
def test_drafts_and_entries_in_review_stay_not_found(client, status):
    hidden = OrganisationFactory(status=status)
    assert client.get(url_in("en", hidden)).status_code == 404
    moved = rename(OrganisationFactory(slug="unpublished-old", status=status), "unpublished-new")
    assert client.get("/en/organisations/unpublished-old/").status_code == 404
    assert moved.slug == "unpublished-new"
    assert client.get(url_in("th", ProgrammeFactory(status=status))).status_code == 404


def test_an_unknown_slug_is_not_found(client):
    assert client.get("/en/organisations/no-such-entry/").status_code == 404
    assert client.get("/en/programmes/no-such-entry/").status_code == 404
