"""Open data: published entries as flat tables, written as CSV or JSON.

One `Dataset` per table (organisations in orgs/datasets.py, programmes and their parts in
programs/datasets.py) says which columns it has and how a row is read from an entry. The same
datasets serve the filtered downloads on list pages (`…/export.csv?<filters>`), the files on the
data page and `manage.py export_open_data DIR`, so a column means the same everywhere. Only
published data goes in; an organisation's email and phone only when it marks them public.
"""

import csv
import io
import json
import re

from django.db.models import QuerySet
from django.http import StreamingHttpResponse
from django.utils import timezone

from .prebuilt import prebuilt_response

LICENCE = {
    "name": "CC BY 4.0",
    "title": "Creative Commons Attribution 4.0 International",
    "url": "https://creativecommons.org/licenses/by/4.0/",
}
ATTRIBUTION = "SSE Directory Thailand (university SSE consortium)"

#: Rows read from the database (and written out) at a time.
CHUNK = 1000

FORMATS = {"csv": "text/csv; charset=utf-8", "json": "application/json"}

# A spreadsheet runs a cell that starts with one of these as a formula; phone numbers such as
# "+66 2 123 4567" and negative numbers are left alone.
_FORMULA_START = re.compile(r"^(?:[=@\t\r]|[+-](?![\d\s().-]*$))")


def csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, list | tuple):
        return ";".join(str(item) for item in value)
    text = str(value)
    return "'" + text if _FORMULA_START.match(text) else text


class Dataset:
    """A published table: `name`, a title, its columns (name, description) and how to read rows."""

    def __init__(self, name, title, fields, queryset, row):
        self.name = name
        self.title = title
        self.fields = fields
        self._queryset = queryset
        self._row = row

    @property
    def columns(self):
        return [name for name, _description in self.fields]

    def queryset(self):
        return self._queryset()

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

    def response(self, fmt, queryset=None, source="", filename=None):
        """A download of the dataset (or of `queryset`, a filtered part of it), streamed: the
        rows are read and sent in chunks, so a worker's memory does not grow with the table."""
        if fmt == "csv":
            chunks = self.csv_chunks(queryset)
        else:
            chunks = self.json_chunks(queryset, source)
        response = StreamingHttpResponse(
            (chunk.encode() for chunk in chunks), content_type=FORMATS[fmt]
        )
        filename = filename or f"{self.name}.{fmt}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Access-Control-Allow-Origin"] = "*"
        return response

    def whole_response(self, fmt, source="", filename=None):
        """A download of the whole dataset, built once per data version (listings/prebuilt.py)."""
        chunks = self.csv_chunks if fmt == "csv" else lambda: self.json_chunks(source=source)

        def write(stream):
            for chunk in chunks():
                stream.write(chunk.encode())

        filename = filename or f"{self.name}.{fmt}"
        return prebuilt_response(self.name, fmt, FORMATS[fmt], write, filename)
