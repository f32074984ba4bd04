import csv

import pytest
from django.db.models import Count, Q

from orgs.models import SDG, Province, Region, Theme
from orgs.reference_data import PROVINCES_CSV

pytestmark = pytest.mark.django_db


def test_six_regions_with_the_official_province_counts():
    counts = dict(Region.objects.annotate(n=Count("provinces")).values_list("slug", "n"))
    assert counts == {
        "northern": 9,
        "northeastern": 20,
        "central": 22,
        "eastern": 7,
        "western": 5,
        "southern": 14,
    }
    assert Province.objects.count() == 77


@pytest.mark.parametrize(
    "code, region",
    [
        ("TH-10", "central"),  # Bangkok
        ("TH-73", "central"),  # Nakhon Pathom
        ("TH-50", "northern"),  # Chiang Mai
        ("TH-57", "northern"),  # Chiang Rai
        ("TH-53", "northern"),  # Uttaradit
        ("TH-65", "central"),  # Phitsanulok: central in the six-region scheme
        ("TH-40", "northeastern"),  # Khon Kaen
        ("TH-35", "northeastern"),  # Yasothon
        ("TH-34", "northeastern"),  # Ubon Ratchathani
        ("TH-20", "eastern"),  # Chon Buri
        ("TH-22", "eastern"),  # Chanthaburi
        ("TH-71", "western"),  # Kanchanaburi
        ("TH-63", "western"),  # Tak
        ("TH-76", "western"),  # Phetchaburi
        ("TH-90", "southern"),  # Songkhla
        ("TH-83", "southern"),  # Phuket
        ("TH-96", "southern"),  # Narathiwat
    ],
)
def test_known_provinces_sit_in_their_region(code, region):
    assert Province.objects.get(code=code).region.slug == region


def test_every_province_of_the_reference_file_is_loaded_with_its_names():
    with PROVINCES_CSV.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 77
    for row in rows:
        province = Province.objects.get(code=row["iso_3166_2"])
        assert (province.name_th, province.name_en) == (row["name_th"], row["name_en"])
    assert Province.objects.get(code="TH-10").name_th == "กรุงเทพมหานคร"


@pytest.mark.parametrize("model", [Region, Province, Theme, SDG])
def test_reference_rows_have_thai_and_english_names(model):
    missing = model.objects.filter(
        Q(name_th__isnull=True) | Q(name_th="") | Q(name_en__isnull=True) | Q(name_en="")
    )
    assert not missing.exists()
    # Thai names really are Thai, not copies of the English ones.
    for name_th, name_en in model.objects.values_list("name_th", "name_en"):
        assert name_th != name_en
        assert any("\u0e00" <= ch <= "\u0e7f" for ch in name_th), name_th


def test_nine_themes_and_seventeen_sdgs():
    assert set(Theme.objects.values_list("slug", flat=True)) == {
        "environment",
        "food-water-energy",
        "government-education",
        "finance-employment-welfare",
        "sustainable-agriculture",
        "urbanisation",
        "health",
        "tourism-culture",
        "disaster-management",
    }
    assert list(SDG.objects.values_list("number", flat=True)) == list(range(1, 18))


def test_reference_models_have_natural_keys():
    assert Region.objects.get_by_natural_key("southern").natural_key() == ("southern",)
    assert Province.objects.get_by_natural_key("TH-50").natural_key() == ("TH-50",)
    assert Theme.objects.get_by_natural_key("health").natural_key() == ("health",)
    assert SDG.objects.get_by_natural_key(17).natural_key() == (17,)


def test_reference_data_loader_is_idempotent():
    from django.apps import apps

    from orgs.reference_data import load

    before = (Region.objects.count(), Province.objects.count(), Theme.objects.count())
    load(apps)
    assert (Region.objects.count(), Province.objects.count(), Theme.objects.count()) == before
