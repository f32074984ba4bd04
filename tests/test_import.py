"""Spreadsheet import and export: docs/import.md columns, every mistake reported, all or nothing."""

import csv
import io

import pytest
import tablib
from django.core.management import CommandError, call_command
from django.utils.translation import override

from curation.models import PendingChange, Status
from orgs import importing
from orgs.models import Organisation

from .curators import admin_url, client_for, curator
from .factories import OrganisationFactory
from .sheets import good_rows, row, sheet_bytes, upload

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """Messages in English, to read them in assertions (the curator's language applies)."""
    with override("en"):
        yield


def write(tmp_path, rows, fmt="csv", **kwargs):
    path = tmp_path / f"organisations.{fmt}"
    path.write_bytes(sheet_bytes(rows, fmt, **kwargs))
    return path


def run(path, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_orgs", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def snapshot():
    """Everything the import touches, to compare before and after."""
    return [
        (
            o.slug,
            o.kind,
            o.name_th,
            o.name_en,
            o.province_id,
            o.summary_th,
            o.summary_en,
            o.website,
            o.email,
            o.phone,
            o.founded_year,
            o.status,
            sorted(o.themes.values_list("slug", flat=True)),
            sorted(o.sdgs.values_list("number", flat=True)),
        )
        for o in Organisation.objects.order_by("slug")
    ]


# --- the command ----------------------------------------------------------------------------


def test_a_clean_file_creates_the_organisations_with_history(tmp_path):
    rows = good_rows(5)
    rows.append(row(kind="cooperative", name_en="Khlong Farmers Co-op", province="TH-12"))
    rows.append(row(kind="community-enterprise", name_th="วิสาหกิจชุมชนทอผ้า", province="th-50"))
    out, _ = run(write(tmp_path, rows))
    assert "7" in out
    assert Organisation.objects.count() == 7
    first = Organisation.objects.get(slug="sheet-1")
    assert first.province.code == "TH-50"
    assert list(first.themes.values_list("slug", flat=True)) == ["environment", "health"]
    assert list(first.sdgs.values_list("number", flat=True)) == [2]
    assert first.status == Status.DRAFT
    version = first.history.get()
    assert version.history_change_reason == "Spreadsheet import: organisations.csv"
    # Blank slugs are made from the English name, or from kind and province for a Thai name.
    assert Organisation.objects.filter(slug="khlong-farmers-co-op").exists()
    assert Organisation.objects.get(slug="community-enterprise-th-50").name_th == ("วิสาหกิจชุมชนทอผ้า")


def test_the_same_import_from_xlsx(tmp_path):
    run(write(tmp_path, good_rows(3), fmt="xlsx"))
    assert Organisation.objects.get(slug="sheet-2").founded_year == 1992
    assert Organisation.objects.get(slug="sheet-1").phone == "02 555 0001"


MISTAKES = [
    ("province", "TH-99", "Unknown province “TH-99”: write its name in Thai or English"),
    ("themes", "health;not-a-theme", "Unknown theme"),
    ("sdgs", "3;18", "not an SDG"),
    ("sdgs", "three", "not an SDG"),
    ("founded", "19x5", "Not a year"),
    ("founded", "2560", "Buddhist Era"),
    ("founded", "1700", "between 1800"),
    ("kind", "charity", "Unknown kind"),
    ("kind", "", "kind is required"),
    ("status", "live", "Unknown status"),
    ("email", "not-an-email", "Not an email address"),
    ("website", "http://exa mple", "Not a web address"),
    ("slug", "Bad Slug!", "not a valid slug"),
]


@pytest.mark.parametrize(("column", "value", "message"), MISTAKES)
def test_each_kind_of_mistake_is_reported_with_row_and_column(column, value, message):
    rows = good_rows(3)
    rows[1][column] = value
    plan = importing.check(importing.read_dataset(sheet_bytes(rows), "file.csv"))
    problems = [(p.line, p.column) for p in plan.problems()]
    assert problems == [(3, column)], plan.problems()
    assert message in plan.problems()[0].message


def test_names_duplicates_and_missing_columns_are_reported():
    rows = good_rows(3)
    rows[0]["name_th"] = rows[0]["name_en"] = ""
    rows[2]["slug"] = rows[1]["slug"]
    plan = importing.check(importing.read_dataset(sheet_bytes(rows), "f.csv"))
    found = {(p.line, p.column): p.message for p in plan.problems()}
    assert "in Thai, in English, or both" in found[(2, "name_th, name_en")]
    assert "also on line 3" in found[(4, "slug")]

    headers = [c for c in importing.COLUMNS if c != "sdgs"] + ["notes"]
    plan = importing.check(importing.read_dataset(sheet_bytes(rows, headers=headers), "f.csv"))
    assert plan.rows == []
    assert any("Missing columns: sdgs" in e for e in plan.file_errors)
    assert any("Unknown columns: notes" in e for e in plan.file_errors)


def test_a_bad_file_writes_nothing_and_exits_with_a_report(tmp_path):
    rows = good_rows(20)
    rows[4]["province"] = "TH-00"
    rows[11]["sdgs"] = "0"
    path = write(tmp_path, rows)
    for args in ([], ["--dry-run"]):
        with pytest.raises(CommandError) as failure:
            run(path, *args)
        assert "2 problems" in str(failure.value)
        assert Organisation.objects.count() == 0
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_orgs", str(path), stderr=err)
    report = err.getvalue()
    assert "Row 6, column province" in report and "Row 13, column sdgs" in report


def test_the_command_rejects_other_files(tmp_path):
    path = tmp_path / "organisations.ods"
    path.write_bytes(b"x")
    with pytest.raises(CommandError, match=r"\.csv"):
        run(path)
    path = tmp_path / "latin1.csv"
    path.write_bytes(",".join(importing.COLUMNS).encode() + b"\nx,\xe9\n")
    with pytest.raises(CommandError, match="UTF-8"):
        run(path)
    with pytest.raises(CommandError):
        run(tmp_path / "missing.csv")


def test_a_dry_run_reports_and_writes_nothing(tmp_path):
    out, _ = run(write(tmp_path, good_rows(4)), "--dry-run")
    assert "4 new" in out
    assert Organisation.objects.count() == 0


def test_a_row_with_an_existing_slug_updates_it_and_history_says_so(tmp_path):
    existing = OrganisationFactory(slug="sheet-1", name_en="Before", themes=["health"])
    untouched = OrganisationFactory(slug="sheet-2")
    versions = untouched.history.count()
    rows = good_rows(1)
    rows.append(importing.export_row(untouched))  # the same values: nothing to do
    run(write(tmp_path, rows))
    existing.refresh_from_db()
    assert existing.name_en == "Spreadsheet organisation sheet 1"
    assert existing.history.first().history_change_reason.startswith("Spreadsheet import")
    assert untouched.history.count() == versions


def test_a_new_row_named_like_an_existing_entry_must_use_its_slug():
    existing = OrganisationFactory(name_en="Ban Na Weavers")
    rows = [row(kind="cooperative", name_en="ban na weavers", province="TH-10")]
    plan = importing.check(importing.read_dataset(sheet_bytes(rows), "f.csv"))
    assert existing.slug in plan.problems()[0].message


def test_an_editor_cannot_publish_by_import_and_proposes_changes_to_live_entries():
    editor = curator("Editor")
    live = OrganisationFactory(slug="live-one", name_en="Live")
    rows = good_rows(1)
    rows[0]["status"] = "published"
    plan = importing.check(importing.read_dataset(sheet_bytes(rows), "f.csv"), user=editor)
    assert [(p.column, "Reviewer" in p.message) for p in plan.problems()] == [("status", True)]

    changed = {**importing.export_row(live), "name_en": "Live, renamed"}
    plan = importing.check(importing.read_dataset(sheet_bytes([changed]), "f.csv"), user=editor)
    assert not plan.has_errors
    assert importing.apply(plan, user=editor) == {"propose": 1}
    live.refresh_from_db()
    assert live.name_en == "Live"
    assert PendingChange.objects.get().data["fields"] == {"name_en": "Live, renamed"}


# --- the admin ------------------------------------------------------------------------------


def admin_import(client, rows, fmt="csv"):
    return client.post(
        admin_url(Organisation, "import"),
        {"resource": "0", "format": "0" if fmt == "csv" else "1", "import_file": upload(rows, fmt)},
    )


def confirm(client, response):
    form = response.context["confirm_form"]
    data = {name: form[name].value() for name in form.fields}
    return client.post(admin_url(Organisation, "process_import"), data)


def test_the_admin_preview_lists_every_bad_row_before_writing(tmp_path):
    client = client_for(curator("Editor"))
    rows = good_rows(10)
    rows[2]["province"] = "XX-1"
    rows[7]["themes"] = "health;space"
    response = admin_import(client, rows)
    assert response.status_code == 200
    assert "confirm_form" not in response.context
    html = response.content.decode()
    assert "2 problems to correct" in html
    assert "<td>4</td><td><code>province</code></td>" in html
    assert "<td>9</td><td><code>themes</code></td>" in html
    assert Organisation.objects.count() == 0


def test_the_admin_imports_after_a_preview_and_a_confirmation():
    editor = curator("Editor")
    client = client_for(editor)
    response = admin_import(client, good_rows(6), fmt="xlsx")
    assert "Confirming will add 6 new organisations" in response.content.decode()
    assert Organisation.objects.count() == 0  # the preview wrote nothing
    done = confirm(client, response)
    assert done.status_code == 302
    assert Organisation.objects.count() == 6
    version = Organisation.objects.get(slug="sheet-3").history.get()
    assert version.history_user == editor
    assert version.history_change_reason == "Spreadsheet import: organisations.xlsx"


def test_export_of_a_filtered_list_uses_the_import_columns():
    OrganisationFactory(slug="published-one", themes=["health", "environment"], sdgs=[3, 1])
    OrganisationFactory(slug="draft-one", status=Status.DRAFT, name_th="ร่าง", summary_en="")
    client = client_for(curator("Editor"))
    url = admin_url(Organisation, "export") + "?status__exact=draft"
    response = client.post(url, {"format": "0", "resource": "0"})
    assert response.status_code == 200
    text = response.content.decode("utf-8-sig")
    records = list(csv.reader(io.StringIO(text)))
    assert records[0] == list(importing.COLUMNS)
    assert [r[0] for r in records[1:]] == ["draft-one"]
    response = client.post(admin_url(Organisation, "export"), {"format": "0", "resource": "0"})
    records = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    published = next(r for r in records if r["slug"] == "published-one")
    assert (published["themes"], published["sdgs"]) == ("environment;health", "1;3")


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_round_trip_export_then_import_changes_nothing(fmt):
    OrganisationFactory(themes=["health"], sdgs=[3, 5], founded_year=2001, website="https://a.org")
    OrganisationFactory(name_en="", summary_en="", status=Status.DRAFT, province=None)
    OrganisationFactory(email="x@example.org", phone="081 234 5678", status=Status.ARCHIVED)
    before, versions = snapshot(), [o.history.count() for o in Organisation.objects.all()]
    client = client_for(curator("Reviewer"))
    exported = client.post(
        admin_url(Organisation, "export"), {"format": "0" if fmt == "csv" else "1", "resource": "0"}
    )
    content = exported.content
    file = importing.read_dataset(content, f"export.{fmt}")
    plan = importing.check(file)
    assert not plan.has_errors, plan.problems()
    assert plan.counts() == {"unchanged": 3}
    response = client.post(
        admin_url(Organisation, "import"),
        {
            "resource": "0",
            "format": "0" if fmt == "csv" else "1",
            "import_file": tablib_upload(content, fmt),
        },
    )
    confirm(client, response)
    assert snapshot() == before
    assert [o.history.count() for o in Organisation.objects.all()] == versions


def tablib_upload(content, fmt):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(f"export.{fmt}", content)


def test_the_sample_file_in_the_docs_imports_cleanly():
    from django.conf import settings

    sample = settings.BASE_DIR / "docs" / "sample-import.csv"
    plan = importing.check(importing.read_dataset(sample.read_bytes(), sample.name))
    assert not plan.has_errors, plan.problems()
    assert plan.counts()["new"] >= 3


def test_dataset_headers_may_differ_in_case_and_order():
    rows = good_rows(2)
    headers = list(reversed([c.upper() for c in importing.COLUMNS]))
    data = tablib.Dataset(headers=headers)
    for values in rows:
        data.append([values[h.lower()] for h in headers])
    plan = importing.check(data)
    assert not plan.has_errors and plan.counts() == {"new": 2}


def test_the_admin_reports_a_file_with_wrong_columns():
    client = client_for(curator("Reviewer"))
    headers = [c for c in importing.COLUMNS if c != "kind"] + ["remarks"]
    response = client.post(
        admin_url(Organisation, "import"),
        {"resource": "0", "format": "0", "import_file": upload(good_rows(2), headers=headers)},
    )
    html = response.content.decode()
    assert "confirm_form" not in response.context
    assert "Missing columns: kind." in html and "Unknown columns: remarks." in html
    assert "Traceback" not in html
    assert Organisation.objects.count() == 0
