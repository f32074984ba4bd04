"""Large spreadsheets: background import jobs run by the real worker, the downloadable template,
progress on the command line, and problems that name their row and column in both languages."""

import io
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.utils.translation import override

from curation.models import PendingChange, Status
from orgs import import_template, importing, tasks
from orgs.models import ImportJob, Organisation

from .curators import admin_url, client_for, curator
from .factories import OrganisationFactory
from .sheets import good_rows, sheet_bytes, upload

ROOT = Path(__file__).resolve().parents[1]


def admin_upload(client, file, lang="en"):
    fmt = "0" if file.name.endswith(".csv") else "1"
    return client.post(
        admin_url(Organisation, "import", lang=lang),
        {"resource": "0", "format": fmt, "import_file": file},
    )


def run_worker():
    """`manage.py db_worker --batch` on the test database: runs what is queued, then exits."""
    db = connection.settings_dict
    env = {
        **os.environ,
        "DEBUG": "0",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "LOG_LEVEL": "WARNING",
    }
    command = [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay"]
    command += ["--no-reload", "--interval", "0"]
    finished = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert finished.returncode == 0, finished.stderr


# --- the worker, for real ---------------------------------------------------------------------


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_large_file_becomes_a_job_that_the_worker_imports(settings, on_postgres):
    settings.IMPORT_INLINE_MAX_ROWS = 5
    editor = curator("Editor")
    live = OrganisationFactory(slug="live-one", name_en="Live", status=Status.PUBLISHED)
    rows = good_rows(8) + [{**importing.export_row(live), "name_en": "Live, renamed"}]
    client = client_for(editor)

    response = admin_upload(client, upload(rows))
    job = ImportJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == admin_url(Organisation, "import_job", job.pk)
    assert Organisation.objects.count() == 1  # nothing written within the request
    page = client.get(response["Location"]).content.decode()
    assert "Waiting for the worker" in page
    assert '<meta http-equiv="refresh" content="3">' in page

    # A second curator's bad file, uploaded from a Thai page: problems in Thai.
    other = client_for(curator("Editor", "somchai"))
    bad = good_rows(7, prefix="bad")
    bad[2]["province"] = "Atlantis"
    bad[5]["founded"] = "2560"
    admin_upload(other, upload(bad), lang="th")
    bad_job = ImportJob.objects.exclude(pk=job.pk).get()

    run_worker()

    job.refresh_from_db()
    assert job.state == ImportJob.State.DONE
    assert job.counts == {"new": 8, "propose": 1}
    assert job.data == b""  # the file is not kept once read
    assert Organisation.objects.filter(slug__startswith="sheet-").count() == 8
    change = PendingChange.objects.get()
    assert list(job.pending_changes.all()) == [change]
    page = client.get(admin_url(Organisation, "import_job", job.pk)).content.decode()
    assert "Imported: 8 new organisations, 0 updated, 1 changes" in page
    assert 'http-equiv="refresh"' not in page
    assert admin_url(PendingChange, "change", change.pk) in page

    bad_job.refresh_from_db()
    assert bad_job.state == ImportJob.State.PROBLEMS
    assert [(p["line"], p["column"]) for p in bad_job.problems] == [(4, "province"), (7, "founded")]
    assert not Organisation.objects.filter(slug__startswith="bad-").exists()
    page = other.get(admin_url(Organisation, "import_job", bad_job.pk, lang="th")).content.decode()
    assert "พบปัญหา" in page and "<td>4</td>" in page and "<code>province</code>" in page
    assert "Atlantis" in page and "ไม่มีการบันทึกข้อมูลใด" in page


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_progress_is_written_outside_the_import_transaction(on_postgres):
    job = ImportJob.objects.create(owner=curator("Editor"), file_name="big.csv")
    progress = tasks.Progress(job)
    try:
        with transaction.atomic():
            progress("write", 3000, 5000)
            transaction.set_rollback(True)  # the rows are rolled back, the progress is not
    finally:
        progress.close()
    job.refresh_from_db()
    assert (job.state, job.rows_done, job.rows_total) == (ImportJob.State.WRITING, 3000, 5000)


# --- the pages --------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_small_file_is_still_previewed_in_the_request(settings):
    settings.IMPORT_INLINE_MAX_ROWS = 5
    client = client_for(curator("Editor"))
    response = admin_upload(client, upload(good_rows(5)))
    assert response.status_code == 200
    assert "Confirm import" in response.content.decode()
    assert not ImportJob.objects.exists()


@pytest.mark.django_db
def test_the_progress_page_shows_rows_checked_and_only_to_its_owner():
    owner = curator("Editor")
    job = ImportJob.objects.create(
        owner=owner,
        file_name="many.csv",
        state=ImportJob.State.CHECKING,
        rows_done=12000,
        rows_total=50000,
    )
    url = admin_url(Organisation, "import_job", job.pk)
    page = client_for(owner).get(url).content.decode()
    assert "Checking the rows" in page and "12000 of 50000 rows" in page
    assert '<progress id="import-progress" max="50000" value="12000">24%</progress>' in page
    listing = client_for(owner).get(admin_url(Organisation, "import_jobs")).content.decode()
    assert "many.csv" in listing and url in listing

    other = client_for(curator("Reviewer"))
    assert other.get(url).status_code == 404
    assert "many.csv" not in other.get(admin_url(Organisation, "import_jobs")).content.decode()
    thai = client_for(owner).get(admin_url(Organisation, "import_job", job.pk, lang="th"))
    assert "12000 จาก 50000 แถว" in thai.content.decode()


@pytest.mark.django_db
def test_the_rows_of_a_file_are_counted_without_checking_it():
    rows = good_rows(12)
    assert tasks.count_rows(sheet_bytes(rows), "f.csv") == 12
    assert tasks.count_rows(sheet_bytes(rows, "xlsx"), "f.xlsx") == 12
    assert tasks.count_rows(b"PK\x03\x04 broken", "f.xlsx") == 0


# --- the template -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_template_has_the_importers_columns_and_its_example_imports_cleanly():
    client = client_for(curator("Editor"))
    page = client.get(admin_url(Organisation, "import")).content.decode()
    xlsx_url = admin_url(Organisation, "import_template", "xlsx")
    csv_url = admin_url(Organisation, "import_template", "csv")
    assert xlsx_url.endswith("/admin/orgs/organisation/import-template.xlsx")
    assert xlsx_url in page and csv_url in page

    for url, name in ((csv_url, "template.csv"), (xlsx_url, "template.xlsx")):
        response = client.get(url)
        assert response.status_code == 200
        assert "attachment" in response["Content-Disposition"]
        dataset = importing.read_dataset(response.content, name)
        assert dataset.headers == list(importing.ALL_COLUMNS)
        assert set(importing.COLUMNS) <= set(dataset.headers)
        plan = importing.check(dataset)
        assert plan.problems() == [] and plan.counts() == {"new": 1}


@pytest.mark.django_db
def test_the_workbook_explains_every_column_in_thai_and_english_and_lists_the_values():
    book = openpyxl.load_workbook(io.BytesIO(import_template.template_xlsx()))
    assert book.sheetnames[0] == "organisations"
    instructions = book["คำแนะนำ - instructions"]
    rows = {row[0]: row for row in instructions.iter_rows(values_only=True) if row and row[0]}
    for column in importing.ALL_COLUMNS:
        assert column in rows
        _name, thai, english, _example = rows[column]
        assert thai and english and thai != english
    assert "ปีที่ก่อตั้ง" in rows["founded"][1] and "year founded" in rows["founded"][2]
    kinds = [row[0] for row in book["kind"].iter_rows(min_row=2, values_only=True)]
    assert kinds == list(Organisation.Kind.values)
    provinces = [row for row in book["province"].iter_rows(min_row=2, values_only=True)]
    assert ("TH-50", "เชียงใหม่", "Chiang Mai") in provinces and len(provinces) == 77
    sdgs = [row[0] for row in book["sdgs"].iter_rows(min_row=2, values_only=True)]
    assert sdgs == [str(n) for n in range(1, 18)]
    assert book["themes"].max_row > 1 and book["status"].max_row == 5


# --- the command line -------------------------------------------------------------------------


@pytest.mark.django_db
def test_import_orgs_shows_progress_and_is_quiet_with_v0(tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "PROGRESS_EVERY", 10)
    path = tmp_path / "many.csv"
    path.write_bytes(sheet_bytes(good_rows(30)))
    err = io.StringIO()
    call_command("import_orgs", str(path), "--dry-run", "--language", "en", stderr=err)
    assert err.getvalue().splitlines() == [
        "Checked 10 of 30 rows (33%)",
        "Checked 20 of 30 rows (66%)",
        "Checked 30 of 30 rows (100%)",
    ]
    err = io.StringIO()
    call_command("import_orgs", str(path), "--dry-run", "--language", "th", stderr=err)
    assert err.getvalue().splitlines()[0] == "ตรวจแล้ว 10 จาก 30 แถว (33%)"
    err, out = io.StringIO(), io.StringIO()
    call_command("import_orgs", str(path), "-v0", stderr=err, stdout=out)
    assert err.getvalue() == ""
    assert Organisation.objects.count() == 30


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "f.csv: Row 3, column website: Not a web address: “https://exa mple”. Write it as"),
        ("th", "f.csv: แถวที่ 3 คอลัมน์ website: ไม่ใช่ที่อยู่เว็บ: “https://exa mple” เขียนเป็น"),
    ],
)
def test_problems_name_the_row_the_column_and_what_to_write(tmp_path, language, expected):
    rows = good_rows(3)
    rows[1]["website"] = "exa mple"
    path = tmp_path / "f.csv"
    path.write_bytes(sheet_bytes(rows))
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_orgs", str(path), "--language", language, stderr=err)
    assert err.getvalue().startswith(expected), err.getvalue()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("column", "value", "advice_en", "advice_th"),
    [
        ("kind", "", "write one of social-enterprise", "เขียนค่าใดค่าหนึ่งต่อไปนี้"),
        ("founded", "19x5", "such as 2015", "เช่น 2015"),
        ("email", "nobody", "name@example.org", "name@example.org"),
        ("sdgs", "18", "such as 3;8", "เช่น 3;8"),
        ("themes", "weaving", "“themes” sheet", "“themes”"),
    ],
)
def test_each_message_says_what_to_write_instead(column, value, advice_en, advice_th):
    rows = good_rows(2)
    rows[0][column] = value
    for language, advice in (("en", advice_en), ("th", advice_th)):
        with override(language):
            plan = importing.check(importing.read_dataset(sheet_bytes(rows), "f.csv"))
            (problem,) = plan.problems()
            assert (problem.line, problem.column) == (2, column)
            assert advice in problem.message, problem.message


@pytest.mark.django_db
def test_an_unreadable_job_file_fails_with_a_message_and_writes_nothing():
    owner = curator("Editor")
    job = ImportJob.objects.create(
        owner=owner, file_name="x.xlsx", data=b"not a zip", language="en"
    )
    tasks.run_import_job.call(job.pk)
    job.refresh_from_db()
    assert job.state == ImportJob.State.FAILED
    assert "not an Excel workbook" in job.error
    page = client_for(owner).get(admin_url(Organisation, "import_job", job.pk)).content.decode()
    assert "not an Excel workbook" in page


def test_a_file_just_over_the_threshold_needs_a_job(settings):
    settings.IMPORT_INLINE_MAX_ROWS = 2000
    assert not tasks.needs_job(2000) and tasks.needs_job(2001)


@pytest.mark.django_db
def test_the_job_pages_are_valid_html(tmp_path):
    import json

    from .test_html_valid import vnu_command

    command = vnu_command()
    owner = curator("Editor")
    jobs = [
        ImportJob.objects.create(
            owner=owner, file_name="a.csv", state=ImportJob.State.WRITING, rows_done=5, rows_total=9
        ),
        ImportJob.objects.create(
            owner=owner, file_name="b.csv", state=ImportJob.State.DONE, counts={"new": 3}
        ),
        ImportJob.objects.create(
            owner=owner,
            file_name="c.csv",
            state=ImportJob.State.PROBLEMS,
            problem_count=1,
            problems=[{"line": 4, "column": "kind", "message": "Unknown kind", "value": "x"}],
        ),
    ]
    client = client_for(owner)
    urls = [
        admin_url(Organisation, "import_job", job.pk, lang=lang)
        for job in jobs
        for lang in "th en".split()
    ]
    urls.append(admin_url(Organisation, "import_jobs"))
    files = []
    for number, url in enumerate(urls):
        response = client.get(url)
        assert response.status_code == 200, url
        files.append(tmp_path / f"{number}.html")
        files[-1].write_bytes(response.content)
    result = subprocess.run(command + [str(f) for f in files], capture_output=True, text=True)
    messages = json.loads(result.stdout)["messages"]
    errors = [(m.get("url"), m["message"]) for m in messages if m.get("type") == "error"]
    assert not errors
