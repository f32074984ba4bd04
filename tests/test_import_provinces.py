"""Spreadsheets as curators keep them: province names and short forms, organisations abroad."""

import pytest
from django.utils.translation import override

from orgs import importing
from orgs.models import Organisation

from .sheets import row, sheet_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with override("en"):
        yield


def check(rows, headers=importing.COLUMNS):
    return importing.check(importing.read_dataset(sheet_bytes(rows, headers=headers), "f.csv"))


@pytest.mark.parametrize(
    "written, code",
    [
        ("TH-50", "TH-50"),
        ("th-50", "TH-50"),
        ("เชียงใหม่", "TH-50"),
        ("จ.เชียงใหม่", "TH-50"),
        ("จ. เชียงใหม่", "TH-50"),
        ("จังหวัดเชียงใหม่", "TH-50"),
        ("Chiang Mai", "TH-50"),
        ("chiang mai province", "TH-50"),
        ("กรุงเทพฯ", "TH-10"),
        ("กทม.", "TH-10"),
        ("กรุงเทพมหานคร", "TH-10"),
        ("Bangkok", "TH-10"),
        ("โคราช", "TH-30"),
        ("นครราชสีมา", "TH-30"),
    ],
)
def test_the_province_column_takes_names_and_short_forms(written, code):
    plan = check([row(kind="cooperative", name_th="สหกรณ์", province=written)])
    assert not plan.has_errors, plan.problems()
    importing.apply(plan)
    assert Organisation.objects.get().province.code == code


def test_an_unknown_province_says_what_to_type():
    plan = check([row(kind="cooperative", name_th="สหกรณ์", province="Atlantis")])
    problem = plan.problems()[0]
    assert (problem.line, problem.column) == (2, "province")
    assert "Chiang Mai" in problem.message and "TH-50" in problem.message


def test_a_blank_province_with_kind_international_imports_as_abroad():
    rows = [row(kind="international", name_en="Global Partner", status="published")]
    plan = check(rows)
    assert not plan.has_errors, plan.problems()
    importing.apply(plan)
    partner = Organisation.objects.get()
    assert partner.is_abroad and partner.province is None and partner.is_published


def test_the_optional_country_column_names_the_country():
    headers = [*importing.COLUMNS, "country"]
    rows = [
        row(kind="foundation", name_en="Tokyo Friends", country="jp", status="published"),
        row(kind="cooperative", name_th="สหกรณ์", province="TH-50", country="TH"),
    ]
    plan = check(rows, headers)
    assert not plan.has_errors, plan.problems()
    importing.apply(plan)
    assert Organisation.objects.get(name_en="Tokyo Friends").country == "JP"


def test_a_wrong_country_or_a_province_abroad_is_reported():
    headers = [*importing.COLUMNS, "country"]
    rows = [
        row(kind="foundation", name_en="Nowhere", country="XQ"),
        row(kind="foundation", name_en="Both", country="JP", province="TH-50"),
    ]
    problems = [(p.line, p.column) for p in check(rows, headers).problems()]
    assert problems == [(2, "country"), (3, "province")]


def test_import_orgs_reports_progress_on_large_files(tmp_path, monkeypatch):
    import io

    from django.core.management import call_command

    from .sheets import good_rows

    monkeypatch.setattr(importing, "PROGRESS_EVERY", 10)
    path = tmp_path / "many.csv"
    path.write_bytes(sheet_bytes(good_rows(25)))
    err = io.StringIO()
    call_command("import_orgs", str(path), stdout=io.StringIO(), stderr=err)
    lines = err.getvalue().splitlines()
    assert "Checked 10 of 25 rows (40%)" in lines and "Checked 25 of 25 rows (100%)" in lines
    assert "Written 20 of 25 rows (80%)" in lines
    assert Organisation.objects.count() == 25
