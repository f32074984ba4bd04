"""Staff can already edit every model in the admin, with Thai/English tabs and no CDN."""

import re

import pytest
from django.contrib import admin
from django.urls import reverse
from django.utils.translation import override

from orgs.models import Organisation
from programs.models import Event, Participation, Programme

from .factories import EventFactory, ParticipationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(admin_client):
    return admin_client


def admin_url(model, view, *args, lang="en"):
    with override(lang):
        return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def test_every_model_is_registered():
    from orgs.models import SDG, Province, Region, Theme

    for model in [Region, Province, Theme, SDG, Organisation, Programme, Participation, Event]:
        assert admin.site.is_registered(model), model


def test_changelists_and_forms_render_with_translation_tabs(staff):
    participation = ParticipationFactory()
    event = EventFactory(programme=participation.programme)
    objects = [participation.organisation, participation.programme, participation, event]
    for obj in objects:
        model = type(obj)
        for url in (
            admin_url(model, "changelist"),
            admin_url(model, "add"),
            admin_url(model, "change", obj.pk),
        ):
            response = staff.get(url)
            assert response.status_code == 200, url
            html = response.content.decode()
            # Every script and stylesheet comes from this site.
            for src in re.findall(r'(?:src|href)="([^"]+\.(?:js|css))"', html):
                assert src.startswith("/static/"), src
            if not url.endswith("changelist") and "/change/" in url or url.endswith("/add/"):
                assert re.search(r'name="(name|title|note)_th"', html), url
                assert re.search(r'name="(name|title|note)_en"', html), url
                assert "tabbed_translation_fields.js" in html, url


def test_admin_speaks_thai_under_the_thai_prefix(staff):
    html = staff.get(admin_url(Organisation, "changelist", lang="th")).content.decode()
    assert "องค์กร" in html
    assert '<html lang="th"' in html


def test_admin_search_finds_thai_and_english_names(staff):
    organisation = ParticipationFactory().organisation
    organisation.name_th = "สหกรณ์บ้านนา"
    organisation.save()
    for term in ("บ้านนา", organisation.name_en.split()[0]):
        response = staff.get(admin_url(Organisation, "changelist"), {"q": term})
        assert organisation in response.context["cl"].result_list, term


def test_a_curator_can_create_an_organisation_in_both_languages(staff):
    response = staff.post(
        admin_url(Organisation, "add"),
        {
            "name_th": "วิสาหกิจชุมชนทอผ้า",
            "name_en": "Weaving Community Enterprise",
            "slug": "weaving-community-enterprise",
            "kind": "community-enterprise",
            "status": "draft",
            "country": "TH",
            "province": "",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    created = Organisation.objects.get(slug="weaving-community-enterprise")
    assert (created.name_th, created.name_en) == ("วิสาหกิจชุมชนทอผ้า", "Weaving Community Enterprise")
