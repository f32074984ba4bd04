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

from django.http import HttpResponse
from django.utils import timezone

LICENCE = {
    "name": "CC BY 4.0",
    "title": "Creative Commons Attribution 4.0 International",
    "url": "https://creativecommons.org/licenses/by/4.0/",
}
ATTRIBUTION = "SSE Directory Thailand (university SSE consortium)"

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
        for entry in self.queryset() if queryset is None else queryset:
            yield self._row(entry)

    def write_csv(self, stream, queryset=None):
        """CSV with a byte-order mark, so that spreadsheet programs read the Thai as UTF-8."""
        stream.write("\ufeff")
        writer = csv.writer(stream)
        writer.writerow(self.columns)
        for row in self.rows(queryset):
            writer.writerow([csv_cell(row[column]) for column in self.columns])

    def document(self, queryset=None, source=""):
        """The JSON form: the same columns, with lists kept as lists, and the licence."""
        results = list(self.rows(queryset))
        return {
            "dataset": self.name,
            "licence": LICENCE,
            "attribution": ATTRIBUTION,
            "source": source,
            "generated": timezone.now().replace(microsecond=0).isoformat(),
            "count": len(results),
            "results": results,
        }

    def write_json(self, stream, queryset=None, source=""):
        json.dump(self.document(queryset, source), stream, ensure_ascii=False, indent=2)
        stream.write("\n")

    def response(self, fmt, queryset=None, source="", filename=None):
        """A download of the dataset (or of `queryset`, a filtered part of it)."""
        buffer = io.StringIO()
        if fmt == "csv":
            self.write_csv(buffer, queryset)
        else:
            self.write_json(buffer, queryset, source)
        response = HttpResponse(buffer.getvalue(), content_type=FORMATS[fmt])
        filename = filename or f"{self.name}.{fmt}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Access-Control-Allow-Origin"] = "*"
        return response
