"""The import template curators download: CSV, or XLSX with instructions in Thai and English.

Both are made from `importing.COLUMN_SPECS`, the column list the importer itself reads, and from
the reference tables (kinds, themes, SDGs, provinces), so the template never drifts from what an
import accepts. The first sheet holds the columns and one example row, which imports cleanly.
"""

import io

import tablib
from django.utils import translation
from django.utils.translation import gettext_lazy
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from curation.models import Status

from .importing import ALL_COLUMNS, COLUMN_SPECS
from .models import SDG, Organisation, Province, Theme

LANGUAGES = ("th", "en")


def example_row():
    return {column.name: column.example for column in COLUMN_SPECS}


def template_csv():
    """The header and the example row, UTF-8 with a byte order mark (spreadsheets read Thai)."""
    data = tablib.Dataset(headers=list(ALL_COLUMNS))
    example = example_row()
    data.append([example[name] for name in ALL_COLUMNS])
    return ("\ufeff" + data.export("csv")).encode("utf-8")


def in_both(text):
    """A translatable text in Thai and in English, in that order."""
    result = []
    for language in LANGUAGES:
        with translation.override(language):
            result.append(str(text))
    return result


def choice_sheets():
    """(sheet title, header, rows) for each list of allowed values, in both languages."""

    def labelled(items):
        rows = []
        for code, label in items:
            rows.append([code, *in_both(label)])
        return rows

    provinces = []
    for province in Province.objects.order_by("code"):
        provinces.append([province.code, province.name_th, province.name_en])
    themes = [[t.slug, t.name_th, t.name_en] for t in Theme.objects.order_by("order", "slug")]
    sdgs = [[str(s.number), s.name_th, s.name_en] for s in SDG.objects.order_by("number")]
    return [
        ("kind", labelled(Organisation.Kind.choices)),
        ("themes", themes),
        ("sdgs", sdgs),
        ("province", provinces),
        ("status", labelled(Status.choices)),
    ]


def write_rows(sheet, rows, bold_first=True):
    for row in rows:
        sheet.append(row)
    if bold_first:
        for cell in sheet[1]:
            cell.font = Font(bold=True)
    for index, _cell in enumerate(sheet[1], start=1):
        longest = max((len(str(row[index - 1])) for row in rows if len(row) >= index), default=10)
        sheet.column_dimensions[get_column_letter(index)].width = min(max(longest + 2, 10), 80)


def template_xlsx():
    """The workbook: the columns with an example row, then instructions and the lists."""
    book = Workbook()
    sheet = book.active
    sheet.title = "organisations"
    example = example_row()
    write_rows(sheet, [list(ALL_COLUMNS), [example[name] for name in ALL_COLUMNS]])

    instructions = book.create_sheet("คำแนะนำ - instructions")
    intro = [
        in_both(
            gettext_lazy(
                "Fill in the first sheet, one organisation a row, and import it in the admin "
                "(Organisations → Import). Keep the first row as it is; replace the example row."
            )
        ),
        in_both(
            gettext_lazy(
                "Save as .xlsx, or as CSV UTF-8. Lists on separate sheets: kind, themes, sdgs, "
                "province, status."
            )
        ),
    ]
    column_th, column_en = in_both(gettext_lazy("Column"))
    example_th, example_en = in_both(gettext_lazy("Example"))
    rows = [
        [
            f"{column_th} / {column_en}",
            *in_both(gettext_lazy("What to write")),
            f"{example_th} / {example_en}",
        ]
    ]
    for column in COLUMN_SPECS:
        rows.append([column.name, *in_both(column.help), column.example])
    for thai, english in intro:
        instructions.append([thai])
        instructions.append([english])
    instructions.append([])
    start = instructions.max_row + 1
    for row in rows:
        instructions.append(row)
    for cell in instructions[start]:
        cell.font = Font(bold=True)
    for letter, width in zip("ABCD", (16, 60, 60, 30), strict=True):
        instructions.column_dimensions[letter].width = width
    for row in instructions.iter_rows(min_row=start):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")

    for title, values in choice_sheets():
        name_th, name_en = in_both(gettext_lazy("Name"))
        header = [title, f"{name_th} (ไทย)", f"{name_en} (English)"]
        write_rows(book.create_sheet(title), [header, *values])

    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
