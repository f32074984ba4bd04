"""Spreadsheets for import tests: rows in the docs/import.md columns, as CSV or XLSX bytes."""

import tablib
from django.core.files.uploadedfile import SimpleUploadedFile

from orgs.importing import COLUMNS

PROVINCES = ["TH-10", "TH-50", "TH-40", "TH-90", "TH-57", "TH-30", "TH-83", "TH-20"]
THEMES = ["environment", "health", "sustainable-agriculture", "tourism-culture", "urbanisation"]
KINDS = ["social-enterprise", "cooperative", "community-enterprise", "foundation", "network"]


def row(**values):
    base = dict.fromkeys(COLUMNS, "")
    base.update(values)
    return base


def good_rows(count, prefix="sheet"):
    """`count` valid rows of new organisations, varied in kind, province, themes and SDGs."""
    rows = []
    for n in range(1, count + 1):
        rows.append(
            row(
                slug=f"{prefix}-{n}",
                kind=KINDS[n % len(KINDS)],
                name_th=f"องค์กรจากตาราง {prefix} {n}",
                name_en=f"Spreadsheet organisation {prefix} {n}",
                province=PROVINCES[n % len(PROVINCES)],
                themes=";".join(THEMES[: 1 + n % 3]),
                sdgs=";".join(str(1 + (n + k) % 17) for k in range(n % 3)),
                summary_th=f"สรุปขององค์กรที่ {n}",
                summary_en=f"Summary of organisation {n}.",
                website=f"https://org{n}.{prefix}.example.org" if n % 2 else "",
                email=f"contact{n}@{prefix}.example.org" if n % 3 else "",
                phone=f"02 555 {n:04d}" if n % 4 else "",
                founded=str(1990 + n % 30) if n % 5 else "",
                status="draft",
            )
        )
    return rows


def dataset(rows, headers=COLUMNS):
    data = tablib.Dataset(headers=list(headers))
    for values in rows:
        data.append([values.get(column, "") for column in headers])
    return data


def sheet_bytes(rows, fmt="csv", headers=COLUMNS):
    data = dataset(rows, headers)
    if fmt == "csv":
        return data.export("csv").encode("utf-8")
    return data.export("xlsx")


def upload(rows, fmt="csv", name=None, headers=COLUMNS):
    return SimpleUploadedFile(name or f"organisations.{fmt}", sheet_bytes(rows, fmt, headers))
