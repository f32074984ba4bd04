"""Open data: published entries as flat tables, written as CSV, XLSX or JSON.

One `Dataset` per table (organisations in orgs/datasets.py, programmes and their parts in
programs/datasets.py) says which columns it has and how a row is read from an entry. The same
datasets serve the filtered downloads on list pages (`…/export.csv?<filters>`), the files on the
data page and `manage.py export_open_data DIR`, so a column means the same everywhere. Only
published data goes in; an organisation's email and phone only when it marks them public.

Code columns (slugs, ISO codes, numbers) come first, in a fixed order, for programs; the readable
columns after them (`kind_label`, `province_name`, `theme_names` …) are in the language active
when the file is made, that is the page's language (`/th/…` or `/en/…`).
"""

import csv
import io
import json
import re
import tempfile

from django.db.models import QuerySet
from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import get_language, override
from django.utils.translation import gettext_lazy as _

from .prebuilt import prebuilt_response

LICENCE = {
    "name": "CC BY 4.0",
    "title": "Creative Commons Attribution 4.0 International",
    "url": "https://creativecommons.org/licenses/by/4.0/",
}
ATTRIBUTION = "SSE Directory Thailand (university SSE consortium)"

#: Rows read from the database (and written out) at a time.
CHUNK = 1000

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMATS = {"csv": "text/csv; charset=utf-8", "json": "application/json", "xlsx": XLSX_TYPE}

#: A made workbook stays in memory up to this size, then moves to a temporary file.
XLSX_IN_MEMORY = 2 * 1024 * 1024

#: Table Schema types of columns that are not text (https://specs.frictionlessdata.io/).
INTEGER, BOOLEAN, DATE = "integer", "boolean", "date"

# A spreadsheet runs a cell that starts with one of these as a formula; phone numbers such as
# "+66 2 123 4567" and negative numbers are left alone.
_FORMULA_START = re.compile(r"^(?:[=@\t\r]|[+-](?![\d\s().-]*$))")


def looks_like_formula(text):
    return bool(_FORMULA_START.match(text))


def csv_cell(value):
    """A value as spreadsheet text: lists joined by ;, 1/0 for yes/no, formulas defused."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, list | tuple):
        return ";".join(str(item) for item in value)
    text = str(value)
    return "'" + text if looks_like_formula(text) else text


# Characters XML 1.0 cannot carry (an XLSX is XML): control characters other than tab and line
# ends. CSV and JSON keep them; the workbook leaves them out.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def xlsx_cell(value):
    """A value for a workbook cell: numbers stay numbers; everything else is the CSV text,
    written as a text cell, so that even a formula-looking value is never run."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return value
    return _NOT_XML.sub("", csv_cell(value))


def column_width(texts):
    """A width (in characters) that shows most values whole, between 8 and 60. Thai vowel and
    tone marks sit above or below a letter and take no width of their own."""
    longest = 0
    for text in texts:
        longest = max(longest, len(_THAI_MARKS.sub("", text)))
    return min(max(longest + 2, 8), 60)


_THAI_MARKS = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


class Dataset:
    """A published table: `name`, a title, its columns (name, description) and how to read rows.

    `types` gives the Table Schema type of columns that are not text (datapackage.json);
    `updated` maps the table's queryset to the date of its latest change, when one is kept.
    """

    def __init__(self, name, title, fields, queryset, row, types=None, updated=None):
        self.name = name
        self.title = title
        self.fields = fields
        self.types = types or {}
        self._queryset = queryset
        self._row = row
        self._updated = updated

    @property
    def columns(self):
        return [name for name, _description in self.fields]

    def queryset(self):
        return self._queryset()

    def last_updated(self, queryset=None):
        """When an entry of the table last changed (a datetime), or None when not kept."""
        if self._updated is None:
            return None
        return self._updated(self.queryset() if queryset is None else queryset)

    def rows(self, queryset=None):
        """Rows read in chunks (prefetching per chunk), so memory stays flat at any size."""
        queryset = self.queryset() if queryset is None else queryset
        entries = (
            queryset.iterator(chunk_size=CHUNK) if isinstance(queryset, QuerySet) else queryset
        )
        for entry in entries:
            yield self._row(entry)

    def csv_chunks(self, queryset=None):
        """CSV with a byte-order mark, so that spreadsheet programs read the Thai as UTF-8; as
        text pieces of about CHUNK rows."""
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        buffer.write("\ufeff")
        writer.writerow(self.columns)
        for number, row in enumerate(self.rows(queryset), 1):
            writer.writerow([csv_cell(row[column]) for column in self.columns])
            if number % CHUNK == 0:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue()

    def json_chunks(self, queryset=None, source=""):
        """The JSON form: the same columns, with lists kept as lists, and the licence. Written
        row by row; `count` comes after the results, when it is known."""
        head = {
            "dataset": self.name,
            "licence": LICENCE,
            "attribution": ATTRIBUTION,
            "source": source,
            "generated": timezone.now().replace(microsecond=0).isoformat(),
        }
        text = json.dumps(head, ensure_ascii=False, indent=2)
        yield text[:-2] + ',\n  "results": ['
        count = 0
        pieces = []
        for count, row in enumerate(self.rows(queryset), 1):
            item = json.dumps(row, ensure_ascii=False, indent=2).replace("\n", "\n    ")
            pieces.append(("," if count > 1 else "") + "\n    " + item)
            if count % CHUNK == 0:
                yield "".join(pieces)
                pieces = []
        pieces.append(("\n  " if count else "") + f'],\n  "count": {count}\n}}\n')
        yield "".join(pieces)

    def document(self, queryset=None, source=""):
        return json.loads("".join(self.json_chunks(queryset, source)))

    def write_csv(self, stream, queryset=None):
        for chunk in self.csv_chunks(queryset):
            stream.write(chunk)

    def write_json(self, stream, queryset=None, source=""):
        for chunk in self.json_chunks(queryset, source):
            stream.write(chunk)

    def write_xlsx(self, stream, queryset=None, source=""):
        """The workbook: a sheet with the table (bold, frozen header row; columns as wide as
        their first values) and a sheet that explains the columns and names the licence.

        openpyxl's write-only mode writes each row to a temporary file as it comes, and text
        as inline strings, so memory stays flat at any number of rows."""
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(_sheet_title(self.name))
        bold = Font(bold=True)
        rows = self.rows(queryset)
        # The first chunk is read before writing, to size the columns.
        first = []
        for row in rows:
            first.append([xlsx_cell(row[column]) for column in self.columns])
            if len(first) == CHUNK:
                break
        for index, column in enumerate(self.columns):
            texts = [column] + [str(values[index]) for values in first[:200]]
            sheet.column_dimensions[_letter(index)].width = column_width(texts)
        sheet.freeze_panes = "A2"

        def header_cell(value):
            cell = WriteOnlyCell(sheet, value=value)
            cell.font = bold
            return cell

        sheet.append([header_cell(column) for column in self.columns])
        for values in first:
            sheet.append(_text_cells(sheet, values, WriteOnlyCell))
        for row in rows:
            values = [xlsx_cell(row[column]) for column in self.columns]
            sheet.append(_text_cells(sheet, values, WriteOnlyCell))

        about = workbook.create_sheet(_sheet_title(str(_ABOUT_SHEET)))
        about.column_dimensions["A"].width = 22
        about.column_dimensions["B"].width = 90
        wrap = Alignment(wrap_text=True, vertical="top")
        about.append([header_cell(str(self.title))])
        for label, value in (
            (_LICENCE_LABEL, f"{LICENCE['name']}: {LICENCE['url']}"),
            (_CREDIT_LABEL, ATTRIBUTION),
            (_SOURCE_LABEL, source),
            (_GENERATED_LABEL, timezone.now().replace(microsecond=0).isoformat()),
        ):
            about.append([str(label), xlsx_cell(value)])
        about.append([])
        about.append([header_cell(str(_COLUMN_LABEL)), header_cell(str(_MEANING_LABEL))])
        for name, description in self.fields:
            cell = WriteOnlyCell(about, value=xlsx_cell(str(description)))
            cell.alignment = wrap
            about.append([name, cell])
        workbook.save(stream)

    def xlsx_response(self, queryset=None, source="", filename=None):
        """The workbook as a download: made into a spooled temporary file (in memory while
        small, on disk beyond XLSX_IN_MEMORY), then sent from it."""
        stream = tempfile.SpooledTemporaryFile(max_size=XLSX_IN_MEMORY)
        self.write_xlsx(stream, queryset, source)
        stream.seek(0)
        response = FileResponse(
            stream,
            as_attachment=True,
            filename=filename or f"{self.name}.xlsx",
            content_type=XLSX_TYPE,
        )
        response["Access-Control-Allow-Origin"] = "*"
        return response

    def response(self, fmt, queryset=None, source="", filename=None):
        """A download of the dataset (or of `queryset`, a filtered part of it), streamed: the
        rows are read and sent in chunks, so a worker's memory does not grow with the table.
        The readable columns are in the language of the request, also while streaming."""
        if fmt == "xlsx":
            return self.xlsx_response(queryset, source, filename)
        if fmt == "csv":
            chunks = self.csv_chunks(queryset)
        else:
            chunks = self.json_chunks(queryset, source)
        response = StreamingHttpResponse(
            _in_language(get_language(), chunks), content_type=FORMATS[fmt]
        )
        filename = filename or f"{self.name}.{fmt}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Access-Control-Allow-Origin"] = "*"
        return response

    def whole_response(self, fmt, queryset=None, source="", filename=None, stem=None):
        """A download of the whole dataset (or of `queryset`, the whole of it in another order,
        kept under another `stem`), built once per data version (listings/prebuilt.py)."""

        def write(stream):
            if fmt == "xlsx":
                self.write_xlsx(stream, queryset, source=source)
                return
            chunks = (
                self.csv_chunks(queryset) if fmt == "csv" else self.json_chunks(queryset, source)
            )
            for chunk in chunks:
                stream.write(chunk.encode())

        filename = filename or f"{self.name}.{fmt}"
        return prebuilt_response(stem or self.name, fmt, FORMATS[fmt], write, filename)


def _in_language(language, chunks):
    """Encoded chunks, made with `language` active: a streamed body is read after the view
    has returned, when another request may have changed the active language."""
    with override(language):
        for chunk in chunks:
            yield chunk.encode()


def _text_cells(sheet, values, cell_class):
    """Row values for a write-only sheet, text forced to a text cell (openpyxl would otherwise
    store a value starting with = as a formula)."""
    cells = []
    for value in values:
        if isinstance(value, str) and value:
            cell = cell_class(sheet, value=value)
            cell.data_type = "s"
            cells.append(cell)
        else:
            cells.append(value)
    return cells


def _letter(index):
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _sheet_title(text):
    """A sheet name Excel accepts: at most 31 characters, none of []:*?/\\."""
    return re.sub(r"[\[\]:*?/\\]", " ", text)[:31]


# Labels of the workbook's second sheet (in the page's language when the file is made).
_ABOUT_SHEET = _("About this file")
_LICENCE_LABEL = _("Licence")
_CREDIT_LABEL = _("Credit")
_SOURCE_LABEL = _("Source")
_GENERATED_LABEL = _("Made")
_COLUMN_LABEL = _("Column")
_MEANING_LABEL = _("Meaning")
