"""Spreadsheets at real sizes: limits with clear messages, no live formulas, no repeated
proposals, and read errors in the page's language."""

import io
import zipfile

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.translation import override

from curation.models import PendingChange
from orgs import importing
from orgs.models import Organisation

from .curators import admin_url, client_for, curator
from .factories import OrganisationFactory
from .sheets import good_rows, sheet_bytes, upload

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with override("en"):
        yield


def admin_upload(client, file, fmt="csv", lang="en"):
    return client.post(
        admin_url(Organisation, "import", lang=lang),
        {"resource": "0", "format": "0" if fmt == "csv" else "1", "import_file": file},
        follow=True,
    )


def bomb(unpacked_bytes):
    """A small valid-looking XLSX whose sheet XML unpacks to `unpacked_bytes`."""
    buffer = io.BytesIO(sheet_bytes(good_rows(1), "xlsx"))
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in source.infolist():
            z.writestr(info, source.read(info))
        z.writestr("xl/padding.xml", b" " * unpacked_bytes)
    return out.getvalue()


def test_a_workbook_that_unpacks_too_far_is_refused_before_it_is_read(settings):
    settings.IMPORT_MAX_UNPACKED_BYTES = 2_000_000
    data = bomb(5_000_000)
    assert len(data) < 100_000  # small on disk
    with pytest.raises(importing.ImportFileError, match="unpacks to 4.8\xa0MB; at most 1.9\xa0MB"):
        importing.read_dataset(data, "big.xlsx")


def test_the_admin_refuses_a_zip_bomb_in_thai(settings):
    settings.IMPORT_MAX_UNPACKED_BYTES = 2_000_000
    client = client_for(curator("Editor"))
    from django.core.files.uploadedfile import SimpleUploadedFile

    file = SimpleUploadedFile("big.xlsx", bomb(5_000_000))
    html = admin_upload(client, file, fmt="xlsx", lang="th").content.decode()
    assert "ไฟล์ Excel นี้เมื่อแตกออกมีขนาด" in html
    assert Organisation.objects.count() == 0


def test_too_big_an_upload_is_refused_with_the_limit(settings):
    settings.IMPORT_MAX_UPLOAD_BYTES = 1000
    client = client_for(curator("Editor"))
    response = admin_upload(client, upload(good_rows(30)))
    assert "at most 1000\xa0bytes can be imported at once" in response.content.decode()
    with pytest.raises(importing.ImportFileError):
        importing.read_dataset(sheet_bytes(good_rows(30)), "f.csv")


def test_too_many_rows_are_refused_with_the_limit(settings):
    settings.IMPORT_MAX_ROWS = 5
    plan = importing.check(importing.read_dataset(sheet_bytes(good_rows(6)), "f.csv"))
    assert plan.file_errors == [
        "The file has 6 rows; at most 5 can be imported at once. Split it into smaller files."
    ]


def test_an_unreadable_file_is_explained_in_the_pages_language():
    client = client_for(curator("Editor"))
    from django.core.files.uploadedfile import SimpleUploadedFile

    broken = SimpleUploadedFile("broken.xlsx", b"PK\x03\x04 not really a workbook")
    html = admin_upload(client, broken, fmt="xlsx", lang="th").content.decode()
    assert "ไม่ใช่ไฟล์ Excel" in html
    assert "BadZipFile" not in html and "encountered" not in html


@pytest.mark.parametrize("fmt", ["0", "1"])
def test_admin_exports_escape_formula_looking_cells(fmt):
    OrganisationFactory(slug="formula", name_en='=HYPERLINK("https://x.example","click")')
    client = client_for(curator("Editor"))
    response = client.post(admin_url(Organisation, "export"), {"format": fmt, "resource": "0"})
    if fmt == "0":
        text = response.content.decode("utf-8-sig")
        assert "'=HYPERLINK" in text
    else:
        sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
        names = [row[3].value for row in sheet.iter_rows(min_row=2)]
        assert names == ['\'=HYPERLINK("https://x.example","click")']
        assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_importing_the_same_file_twice_proposes_once():
    editor = curator("Editor")
    live = OrganisationFactory(slug="live-one", name_en="Live")
    changed = {**importing.export_row(live), "name_en": "Live, renamed"}
    for _ in range(2):
        plan = importing.check(importing.read_dataset(sheet_bytes([changed]), "f.csv"), editor)
        importing.apply(plan, user=editor)
    assert PendingChange.objects.count() == 1
    assert plan.counts() == {"unchanged": 1}


def test_checking_reads_the_directory_once_not_per_row():
    """The organisations table is read a fixed number of times, whatever the rows (linear)."""
    OrganisationFactory.create_batch(3)
    reads = []
    for count in (10, 200):
        data = importing.read_dataset(sheet_bytes(good_rows(count)), "f.csv")
        with CaptureQueriesContext(connection) as queries:
            plan = importing.check(data)
        assert not plan.has_errors
        reads.append(sum('FROM "orgs_organisation"' in q["sql"] for q in queries))
    assert reads[0] == reads[1]


def test_an_escaped_formula_cell_round_trips_unchanged():
    live = OrganisationFactory(slug="formula", name_en="=1+1 Collective")
    exported = importing.export_dataset(Organisation.objects.filter(pk=live.pk))
    plan = importing.check(importing.read_dataset(exported.export("csv").encode(), "f.csv"))
    assert plan.counts() == {"unchanged": 1}
