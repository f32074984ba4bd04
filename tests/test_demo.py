"""The demo directory: real starting content, loaded idempotently."""

import pytest
from django.core.management import call_command
from django.db.models import Q

from curation.models import Status
from orgs.models import Organisation
from programs.models import Event, Participation, Programme

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "organisations": list(Organisation.objects.order_by("slug").values_list("slug", "updated")),
        "programmes": list(Programme.objects.order_by("slug").values_list("slug", "updated")),
        "participations": Participation.objects.count(),
        "events": list(Event.objects.order_by("slug").values_list("slug", "start_date")),
        "themes": list(Organisation.themes.through.objects.order_by("pk").values_list()),
    }


@pytest.fixture
def demo():
    call_command("load_demo", verbosity=0)


def test_load_demo_twice_changes_nothing(demo):
    before = snapshot()
    call_command("load_demo", verbosity=0)
    assert snapshot() == before


def test_demo_has_the_directory_starting_content(demo):
    assert Organisation.objects.published().count() >= 25
    assert Programme.objects.published().count() >= 8
    consortium = Organisation.objects.published().consortium()
    assert set(consortium.values_list("name_en", flat=True)) >= {
        "Chulalongkorn University",
        "Mahidol University",
        "Srinakharinwirot University",
        "Thammasat University",
    }
    for needle in ["ChangeFusion", "Local Alike", "Litalico", "Ecotourism Japan", "AVPN"]:
        assert Organisation.objects.filter(name_en__icontains=needle).exists(), needle
    sid = Programme.objects.get(slug="sid")
    assert sid.units.published().count() >= 3
    for unit in sid.units.published():
        assert unit.host and unit.province


def test_demo_events_named_by_the_seeds(demo):
    tot = Event.objects.get(start_date="2019-10-18")
    assert (tot.end_date.isoformat(), tot.province.code, tot.participants) == (
        "2019-10-20",
        "TH-10",
        30,
    )
    assert Event.objects.filter(start_date="2023-06-27").exists()
    assert Event.objects.filter(start_date__year=2019, start_date__month=7, country="JP").exists()


def test_every_demo_entry_reads_in_both_languages(demo):
    for model, fields in [(Organisation, ["name", "summary"]), (Programme, ["name", "summary"])]:
        for field in fields:
            empty = Q(**{f"{field}_th__isnull": True}) | Q(**{f"{field}_th": ""})
            empty |= Q(**{f"{field}_en__isnull": True}) | Q(**{f"{field}_en": ""})
            assert list(model.objects.published().filter(empty)) == [], (model, field)
        for entry in model.objects.published():
            assert entry.source_list, entry.slug
            assert any("\u0e00" <= ch <= "\u0e7f" for ch in entry.summary_th), entry.slug


def test_demo_keeps_a_draft_out_of_sight(demo, client):
    draft = Organisation.objects.filter(status=Status.DRAFT).first()
    assert draft is not None
    assert draft.name_en not in client.get("/en/organisations/").content.decode()
