"""Curators' spreadsheets: the docs/import.md columns, checked and loaded all or nothing.

This module is the one implementation of the import. The admin (through
`orgs.resources.OrganisationResource`, django-import-export) and the command
`manage.py import_orgs FILE [--dry-run]` both call `check()` to validate a whole file — every
mistake of every row is reported, with its line and column, before anything is written — and
`apply()` to write it in one transaction.

A row whose slug matches an organisation updates it (history records the import as the change
reason); a new slug creates one; a blank slug is made from `name_en`, or — with only a Thai name —
from the kind and province, numbered until unique. A row that changes a published entry, loaded
by someone who cannot publish, becomes a pending change for a Reviewer instead.
"""

import copy
import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import tablib
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email, validate_slug
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from curation.history import save_entry
from curation.models import PendingChange, SlugHistory, Status
from curation.roles import publish_permission
from curation.workflow import propose, same, set_status, to_json
from listings.datasets import csv_cell

from .datasets import READABLE_COLUMNS
from .models import SDG, Organisation, Province, Theme, validate_country
from .province_names import ProvinceNames


@dataclass(frozen=True)
class Column:
    """One spreadsheet column: the importer, the template and docs/import.md follow this list."""

    name: str
    help: str  # what to write, in the curator's words (translated)
    example: str  # the template's example row
    required: bool = True  # every file has the column (an optional one may be left out)
    choices: str = ""  # the template sheet that lists the allowed values


#: The columns of docs/import.md, in their usual order.
COLUMN_SPECS = (
    Column(
        "slug",
        gettext_lazy(
            "The entry's address: lowercase letters, digits and hyphens. An existing slug updates "
            "that organisation, a new one creates it; leave it blank to make one from the name."
        ),
        "ban-na-weavers-example",
    ),
    Column(
        "kind",
        gettext_lazy("Required: one of the kinds on the “kind” sheet."),
        "community-enterprise",
        True,
        "kind",
    ),
    Column(
        "name_th",
        gettext_lazy("The name in Thai. Give it, the English name, or both."),
        "กลุ่มทอผ้าบ้านนา (ตัวอย่าง)",
    ),
    Column(
        "name_en",
        gettext_lazy("The name in English. Give it, the Thai name, or both."),
        "Ban Na Weavers (example)",
    ),
    Column(
        "province",
        gettext_lazy(
            "The province's Thai or English name (เชียงใหม่, Chiang Mai, with or without จ.) or "
            "its ISO code (TH-50). Blank for an organisation abroad."
        ),
        "เชียงใหม่",
        True,
        "province",
    ),
    Column(
        "themes",
        gettext_lazy("Theme slugs from the “themes” sheet, separated by “;”."),
        "tourism-culture;finance-employment-welfare",
        True,
        "themes",
    ),
    Column(
        "sdgs", gettext_lazy("SDG numbers from 1 to 17, separated by “;”."), "5;8", True, "sdgs"
    ),
    Column(
        "summary_th",
        gettext_lazy("One or two sentences in Thai (400 characters at most)."),
        "กลุ่มแม่บ้านทอผ้าฝ้ายย้อมสีธรรมชาติ",
    ),
    Column(
        "summary_en",
        gettext_lazy("One or two sentences in English (400 characters at most)."),
        "Village women weaving naturally dyed cotton.",
    ),
    Column(
        "website",
        gettext_lazy("A web address; https:// is added when missing."),
        "https://bannaweavers.example.org",
    ),
    Column(
        "email",
        gettext_lazy("An email address for curators (published only if marked so)."),
        "info@bannaweavers.example.org",
    ),
    Column(
        "phone",
        gettext_lazy("A phone number for curators (published only if marked so)."),
        "053 000 000",
    ),
    Column(
        "founded", gettext_lazy("The year founded, CE with four digits (2012, not 2555)."), "2012"
    ),
    Column(
        "status",
        gettext_lazy(
            "draft or review; Reviewers also published or archived. Blank keeps an existing "
            "entry's status (draft for a new one)."
        ),
        "draft",
        True,
        "status",
    ),
    Column(
        "country",
        gettext_lazy(
            "Optional column: the two-letter ISO 3166-1 code of the country (TH for Thailand, "
            "JP, LA). Leave the province blank for an organisation abroad."
        ),
        "TH",
        False,
    ),
)

COLUMNS = tuple(column.name for column in COLUMN_SPECS if column.required)
#: Columns a file may have or leave out.
OPTIONAL_COLUMNS = tuple(column.name for column in COLUMN_SPECS if not column.required)
#: Every column the importer reads, in the template's order.
ALL_COLUMNS = COLUMNS + OPTIONAL_COLUMNS

#: Plain text columns and the model field each one sets.
TEXT_COLUMNS = {
    "name_th": "name_th",
    "name_en": "name_en",
    "summary_th": "summary_th",
    "summary_en": "summary_en",
    "phone": "phone",
}

#: Model field → column, for the model's own validation messages.
FIELD_COLUMNS = {
    "slug": "slug",
    "kind": "kind",
    "name_th": "name_th",
    "name_en": "name_en",
    "province": "province",
    "summary_th": "summary_th",
    "summary_en": "summary_en",
    "website": "website",
    "email": "email",
    "phone": "phone",
    "founded_year": "founded",
    "status": "status",
    "country": "country",
}

#: Columns of the public downloads that repeat codes as names (kind_label, province_name …):
#: a downloaded file imports as it is, and these are not read.
IGNORED_COLUMNS = tuple(READABLE_COLUMNS)
#: ISO 3166-1 user-assigned code for "abroad, country not given" (CLDR: Unknown Region).
UNKNOWN_COUNTRY = "ZZ"

NAME_COLUMNS = "name_th, name_en"
LIVE_STATUSES = (Status.PUBLISHED, Status.ARCHIVED)
THAI_BE_OFFSET = 543
#: Rows between two progress reports of a long check or import (manage.py import_orgs).
PROGRESS_EVERY = 1000


class ImportFileError(Exception):
    """The file cannot be read as a spreadsheet (wrong type, not UTF-8, damaged)."""


@dataclass
class Problem:
    line: int  # the spreadsheet's line number (the header is line 1); 0 for the whole file
    column: str
    message: str
    value: str = ""

    def describe(self):
        """The problem in one line, naming its row and column: "Row 6, column province: …"."""
        if not self.line:
            return _("The file: %(message)s") % {"message": self.message}
        return _("Row %(row)s, column %(column)s: %(message)s") % {
            "row": self.line,
            "column": self.column,
            "message": self.message,
        }

    def as_dict(self):
        return {
            "line": self.line,
            "column": self.column,
            "message": str(self.message),
            "value": self.value,
        }


@dataclass
class RowPlan:
    line: int
    values: dict
    slug: str = ""
    existing: Organisation | None = None
    fields: dict = field(default_factory=dict)
    status: str = Status.DRAFT
    m2m: dict = field(default_factory=dict)
    errors: dict = field(default_factory=dict)
    changed: list = field(default_factory=list)
    action: str = ""  # new, update, unchanged, propose, blank
    proposal: object = None  # the PendingChange a "propose" row created, once applied

    def error(self, column, message):
        messages = self.errors.setdefault(column, [])
        if message not in messages:
            messages.append(message)


@dataclass
class ImportPlan:
    rows: list = field(default_factory=list)
    file_errors: list = field(default_factory=list)

    @property
    def has_errors(self):
        return bool(self.file_errors) or any(row.errors for row in self.rows)

    def problems(self):
        found = [Problem(0, "", message) for message in self.file_errors]
        for row in self.rows:
            for column, messages in row.errors.items():
                value = row.values.get(column, "")
                found += [Problem(row.line, column, message, value) for message in messages]
        return found

    def counts(self):
        return Counter(row.action for row in self.rows if row.action != "blank")


# --- reading files --------------------------------------------------------------------------


def megabytes(size):
    return filesizeformat(size)


def check_upload_size(size):
    """Refuse a file over IMPORT_MAX_UPLOAD_BYTES, before anything reads it."""
    limit = settings.IMPORT_MAX_UPLOAD_BYTES
    if size > limit:
        raise ImportFileError(
            _(
                "The file is %(size)s; at most %(limit)s can be imported at once. "
                "Split it into smaller files."
            )
            % {"size": megabytes(size), "limit": megabytes(limit)}
        )


def check_xlsx(data):
    """Refuse an XLSX whose parts unpack to more than IMPORT_MAX_UNPACKED_BYTES.

    An XLSX file is a zip archive: a small file can unpack to gigabytes of XML ("zip bomb").
    The archive's directory declares each part's unpacked size; it is read before openpyxl
    unpacks anything, and zipfile stops reading a part at its declared size.
    """
    limit = settings.IMPORT_MAX_UNPACKED_BYTES
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError) as exc:
        raise ImportFileError(
            _("The file is not an Excel workbook (.xlsx): save it again as .xlsx or CSV UTF-8.")
        ) from exc
    if unpacked > limit:
        raise ImportFileError(
            _(
                "The workbook unpacks to %(size)s; at most %(limit)s can be read. Save "
                "the sheet as CSV UTF-8, or split it into smaller files."
            )
            % {"size": megabytes(unpacked), "limit": megabytes(limit)}
        )


def read_error_message(exc):
    """A reading failure in the curator's words and language (never an exception's name)."""
    if isinstance(exc, ImportFileError):
        return str(exc)
    if isinstance(exc, UnicodeError):
        return _("The CSV file is not in UTF-8: save it as “CSV UTF-8”.")
    return _(
        "The file cannot be read as a spreadsheet. Check that it is a .csv (UTF-8) or .xlsx "
        "file, save it again from your spreadsheet program, and load it again."
    )


def read_dataset(data, name):
    """A tablib Dataset from the bytes of a .csv (UTF-8) or .xlsx file called `name`."""
    suffix = Path(name).suffix.lower()
    check_upload_size(len(data))
    try:
        if suffix == ".csv":
            return tablib.Dataset().load(data.decode("utf-8-sig"), format="csv")
        if suffix == ".xlsx":
            check_xlsx(data)
            return tablib.Dataset().load(data, format="xlsx")
    except Exception as exc:  # tablib and openpyxl raise many kinds of errors on bad files
        raise ImportFileError(read_error_message(exc)) from exc
    raise ImportFileError(_("Use a .csv (UTF-8) or .xlsx file."))


def cell_text(value):
    """A cell as text: numbers from XLSX without a trailing .0, surrounding spaces removed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if text.startswith("'") and csv_cell(text[1:]) == text:
        # The quote an export put before a formula-looking cell: the value is what follows.
        text = text[1:]
    return text


def header_name(value):
    return cell_text(value).lstrip("\ufeff").strip().lower()


def split_list(text):
    return [part.strip() for part in text.split(";") if part.strip()]


# --- checking -------------------------------------------------------------------------------


def new_slug(values, taken):
    """A slug from the English name or, with only a Thai name, from kind and province.

    Numbered (-2, -3, …) until it is not in `taken`, to which it is added.
    """
    base = slugify(values.get("name_en", ""))[:100].strip("-")
    if not base:
        parts = [
            slugify(values.get("kind", "")) or "organisation",
            slugify(values.get("province", "")),
        ]
        base = "-".join(p for p in parts if p)[:100]
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    taken.add(slug)
    return slug


class Checker:
    """Validates every row of a dataset against the database, without writing anything."""

    def __init__(self, user=None, progress=None):
        self.user = user
        self.progress = progress  # called as progress(stage, done, total) every PROGRESS_EVERY
        self.can_publish = user is None or user.has_perm(publish_permission(Organisation))
        provinces = list(Province.objects.all())
        self.provinces = ProvinceNames(provinces)
        self.province_by_pk = {p.pk: p for p in provinces}
        self.themes = dict(Theme.objects.values_list("slug", "pk"))
        self.sdgs = dict(SDG.objects.values_list("number", "pk"))
        self.url = URLValidator(schemes=["http", "https"])
        self.this_year = timezone.localdate().year
        self.lengths = {
            f.name: f.max_length for f in Organisation._meta.concrete_fields if f.max_length
        }
        self.names = None  # (province id, column, casefolded name) → pk, read when needed
        self.pending = {}  # organisation pk → data of its pending proposals

    def check(self, dataset):
        plan = ImportPlan()
        headers = [header_name(h) for h in (dataset.headers or [])]
        missing = [c for c in COLUMNS if c not in headers]
        known = COLUMNS + OPTIONAL_COLUMNS + IGNORED_COLUMNS
        unknown = [h or "?" for h in headers if h not in known]
        repeated = sorted({h for h in headers if h and headers.count(h) > 1})
        if missing:
            plan.file_errors.append(
                _(
                    "Missing columns: %(columns)s. "
                    "Add them to the first row (the template has them all)."
                )
                % {"columns": ", ".join(missing)}
            )
        if unknown:
            plan.file_errors.append(
                _("Unknown columns: %(columns)s. The columns are: %(expected)s.")
                % {"columns": ", ".join(unknown), "expected": ", ".join(COLUMNS)}
            )
        if repeated:
            plan.file_errors.append(
                _("Columns given twice: %(columns)s. Keep one of each.")
                % {"columns": ", ".join(repeated)}
            )
        if plan.file_errors:
            return plan

        if len(dataset) > settings.IMPORT_MAX_ROWS:
            plan.file_errors.append(
                _(
                    "The file has %(rows)s rows; at most %(limit)s can be imported at once. "
                    "Split it into smaller files."
                )
                % {"rows": len(dataset), "limit": settings.IMPORT_MAX_ROWS}
            )
            return plan
        # One pass, keeping the rows with any value (linear in the rows: no list membership).
        rows = []
        for line, cells in enumerate(dataset, start=2):
            values = {
                h: cell_text(v)
                for h, v in zip(headers, cells, strict=False)
                if h not in IGNORED_COLUMNS
            }
            row = RowPlan(line=line, values=values)
            plan.rows.append(row)
            if any(values.values()):
                rows.append(row)
            else:
                row.action = "blank"
        if not rows:
            plan.file_errors.append(_("The file has no rows to import."))
            return plan

        self.check_slugs(rows)
        for number, row in enumerate(rows, start=1):
            self.check_row(row)
            if self.progress and (number % PROGRESS_EVERY == 0 or number == len(rows)):
                self.progress("check", number, len(rows))
        return plan

    def check_slugs(self, rows):
        given = [row.values["slug"] for row in rows if row.values["slug"]]
        existing = Organisation.objects.prefetch_related("themes", "sdgs").in_bulk(
            given, field_name="slug"
        )
        content_type = ContentType.objects.get_for_model(Organisation)
        former = {
            record.old_slug: record.object_id
            for record in SlugHistory.objects.filter(content_type=content_type, old_slug__in=given)
        }
        seen = {}
        for row in rows:
            slug = row.values["slug"]
            if not slug:
                continue
            try:
                validate_slug(slug)
                if slug != slug.lower() or len(slug) > self.lengths["slug"]:
                    raise ValidationError("")
            except ValidationError:
                row.error(
                    "slug",
                    _("“%(value)s” is not a valid slug: use lowercase letters, digits and hyphens.")
                    % {"value": slug},
                )
                continue
            if slug in seen:
                row.error(
                    "slug",
                    _(
                        "The slug “%(slug)s” is also on line %(line)s: give each organisation "
                        "its own slug, or leave it blank to make one."
                    )
                    % {"slug": slug, "line": seen[slug]},
                )
                continue
            seen[slug] = row.line
            row.slug = slug
            row.existing = existing.get(slug)
            if row.existing is None and slug in former:
                current = Organisation.objects.filter(pk=former[slug]).first()
                row.error(
                    "slug",
                    _("“%(slug)s” is the former slug of “%(entry)s”: use “%(current)s”.")
                    % {"slug": slug, "entry": current, "current": current and current.slug},
                )
        # Pending proposals for the entries the file names, to propose nothing twice.
        self.pending = {}
        ids = [row.existing.pk for row in rows if row.existing is not None]
        for object_id, data in PendingChange.objects.filter(
            content_type=content_type, object_id__in=ids, state=PendingChange.State.PENDING
        ).values_list("object_id", "data"):
            self.pending.setdefault(object_id, []).append(data)
        taken = set(Organisation.objects.values_list("slug", flat=True)) | set(former) | set(seen)
        for row in rows:
            if not row.values["slug"]:
                row.slug = new_slug(row.values, taken)

    def check_row(self, row):
        values = row.values
        for column, value in values.items():
            if "\x00" in value:
                row.error(
                    column,
                    _(
                        "The cell contains an invisible control character (NUL): "
                        "type the text again."
                    ),
                )
        if row.errors:
            return

        kind = values["kind"]
        if not kind:
            row.error(
                "kind",
                _("The kind is required: write one of %(choices)s.")
                % {"choices": ", ".join(Organisation.Kind.values)},
            )
        elif kind not in Organisation.Kind.values:
            row.error(
                "kind",
                _("Unknown kind “%(value)s”: write one of %(choices)s.")
                % {"value": kind, "choices": ", ".join(Organisation.Kind.values)},
            )
        else:
            row.fields["kind"] = kind

        if not (values["name_th"] or values["name_en"]):
            row.error(
                NAME_COLUMNS,
                _("Give the name in Thai, in English, or both: write it in name_th or name_en."),
            )
        for column, name in TEXT_COLUMNS.items():
            limit = self.lengths.get(name)
            if limit and len(values[column]) > limit:
                row.error(
                    column,
                    _(
                        "Longer than %(limit)s characters (%(length)s): "
                        "shorten it to %(limit)s at most."
                    )
                    % {"limit": limit, "length": len(values[column])},
                )
            row.fields[name] = values[column]

        province = None
        if values["province"]:
            province = self.provinces.find(values["province"])
            if province is None:
                row.error(
                    "province",
                    _(
                        "Unknown province “%(value)s”: write its name in Thai or English "
                        "(เชียงใหม่, Chiang Mai) or its ISO code (TH-50)."
                    )
                    % {"value": values["province"]},
                )
        row.fields["province_id"] = province.pk if province else None
        self.check_country(row, province)

        theme_ids = []
        for slug in split_list(values["themes"]):
            if slug in self.themes:
                theme_ids.append(self.themes[slug])
            else:
                row.error(
                    "themes",
                    _(
                        "Unknown theme “%(value)s”: write theme slugs such as %(example)s "
                        "(the template's “themes” sheet lists them all)."
                    )
                    % {"value": slug, "example": ", ".join(list(self.themes)[:3])},
                )
        row.m2m["themes"] = sorted(set(theme_ids))

        sdg_ids = []
        for text in split_list(values["sdgs"]):
            number = int(text) if text.isdigit() else None
            if number in self.sdgs:
                sdg_ids.append(self.sdgs[number])
            else:
                row.error(
                    "sdgs",
                    _(
                        "“%(value)s” is not an SDG: write numbers from 1 to 17 "
                        "separated by “;”, such as 3;8."
                    )
                    % {"value": text},
                )
        row.m2m["sdgs"] = sorted(set(sdg_ids))

        website = values["website"]
        if website and "://" not in website:
            website = "https://" + website
        if website:
            try:
                self.url(website)
                if len(website) > self.lengths["website"]:
                    raise ValidationError("")
            except ValidationError:
                row.error(
                    "website",
                    _("Not a web address: “%(value)s”. Write it as https://example.org.")
                    % {"value": website},
                )
        row.fields["website"] = website

        email = values["email"]
        if email:
            try:
                validate_email(email)
            except ValidationError:
                row.error(
                    "email",
                    _("Not an email address: “%(value)s”. Write it as name@example.org.")
                    % {"value": email},
                )
        row.fields["email"] = email

        row.fields["founded_year"] = self.check_year(row, values["founded"])
        self.check_status(row, values["status"].lower())
        if not row.errors:
            self.check_model(row)
        if not row.errors:
            self.check_same_name(row, province)
        if not row.errors:
            self.decide(row)

    def check_country(self, row, province):
        """The optional `country` column; a blank province for kind `international` is abroad.

        Without the column an existing entry keeps its country. An international organisation
        with no province and no country is abroad in a country not given (ZZ, "unknown region"
        in ISO 3166-1's user-assigned range) until a curator names it.
        """
        text = row.values.get("country", "").upper()
        existing = row.existing.country if row.existing else "TH"
        if text:
            try:
                validate_country(text)
            except ValidationError:
                row.error(
                    "country",
                    _(
                        "Unknown country “%(value)s”: write its two-letter ISO 3166-1 code, "
                        "such as JP, LA or DE (TH for Thailand)."
                    )
                    % {"value": row.values["country"]},
                )
                return
            if text != "TH" and province is not None:
                row.error(
                    "province",
                    _("A province is in Thailand: leave it blank for an organisation abroad."),
                )
            row.fields["country"] = text
        elif province is None and row.values["kind"] == Organisation.Kind.INTERNATIONAL:
            row.fields["country"] = existing if existing != "TH" else UNKNOWN_COUNTRY
        elif "country" in row.values or province is not None:
            row.fields["country"] = "TH" if province is not None else existing

    def check_year(self, row, text):
        if not text:
            return None
        if not re.fullmatch(r"\d{4}", text):
            row.error(
                "founded",
                _("Not a year: “%(value)s”. Write the year CE in four digits, such as 2015.")
                % {"value": text},
            )
            return None
        year = int(text)
        if self.this_year < year <= self.this_year + THAI_BE_OFFSET and year >= 1800 + 543:
            row.error(
                "founded",
                _("%(value)s looks like a Buddhist Era year: write the year CE (%(ce)s).")
                % {"value": year, "ce": year - THAI_BE_OFFSET},
            )
        elif not 1800 <= year <= self.this_year:
            row.error(
                "founded",
                _(
                    "The year founded must be between 1800 and %(year)s: "
                    "write the year CE, such as 2015."
                )
                % {"year": self.this_year},
            )
        return year

    def check_status(self, row, status):
        current = row.existing.status if row.existing else None
        if not status:
            status = current or Status.DRAFT
        if status not in Status.values:
            row.error(
                "status",
                _("Unknown status “%(value)s”: write draft, review, published or archived.")
                % {"value": status},
            )
            return
        if (
            not self.can_publish
            and status != current
            and (status in LIVE_STATUSES or current in LIVE_STATUSES)
        ):
            row.error(
                "status",
                _("Only a Reviewer can publish, archive or unpublish: write draft or review."),
            )
        row.status = status

    def candidate(self, row):
        """The organisation as the row would leave it (not saved)."""
        obj = copy.copy(row.existing) if row.existing else Organisation()
        obj.slug = row.slug
        for attname, value in row.fields.items():
            setattr(obj, attname, value)
        if obj.province_id:
            # The province object itself, so that the model's clean() reads it without a query.
            obj.province = self.province_by_pk[obj.province_id]
        obj.status = row.status
        return obj

    def check_model(self, row):
        obj = self.candidate(row)
        imported = set(FIELD_COLUMNS)
        # The province came from this checker's own table of provinces: no query to check it.
        exclude = [f.name for f in Organisation._meta.fields if f.name not in imported]
        exclude.append("province")
        try:
            # No database constraint check either: Django runs each CheckConstraint as a query,
            # one per row, and the only one (founded_year's range) is check_year's, stricter.
            obj.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
        except ValidationError as exc:
            for name, messages in exc.message_dict.items():
                column = FIELD_COLUMNS.get(name, NAME_COLUMNS if name == "__all__" else name)
                for message in messages:
                    row.error(column, message)

    def check_same_name(self, row, province):
        """A new row named like an existing entry in the same province is most likely that one."""
        if row.existing is not None:
            return
        if self.names is None:
            # Every entry's names by province, read once: one query per file, not per row.
            self.names = {}
            for pk, province_id, name_th, name_en in Organisation.objects.values_list(
                "pk", "province_id", "name_th", "name_en"
            ).order_by("-pk"):
                for column, name in (("name_th", name_th), ("name_en", name_en)):
                    if name:
                        self.names[(province_id, column, name.casefold())] = pk
        province_id = province.pk if province else None
        twin_pk = next(
            (
                self.names[key]
                for column in ("name_th", "name_en")
                if row.values[column]
                and (key := (province_id, column, row.values[column].casefold())) in self.names
            ),
            None,
        )
        twin = Organisation.objects.filter(pk=twin_pk).first() if twin_pk else None
        if twin is not None:
            row.error(
                "slug",
                _(
                    "“%(name)s” already exists with the slug “%(slug)s”: put that slug in the row "
                    "to update it."
                )
                % {"name": twin, "slug": twin.slug},
            )

    def decide(self, row):
        if row.existing is None:
            row.action = "new"
            row.changed = [c for c in COLUMNS if row.values.get(c)]
            return
        live = row.existing
        candidate = self.candidate(row)
        changed = []
        for name, column in FIELD_COLUMNS.items():
            model_field = Organisation._meta.get_field(name)
            old = model_field.value_from_object(live)
            new = model_field.value_from_object(candidate)
            if not same(model_field, old, new):
                changed.append(column)
        for name in ("themes", "sdgs"):
            if sorted(item.pk for item in getattr(live, name).all()) != row.m2m[name]:
                changed.append(name)
        row.changed = changed
        if not changed:
            row.action = "unchanged"
        elif live.status == Status.PUBLISHED and not self.can_publish:
            # The same proposal already waits for review (the file imported again): nothing new.
            waiting = self.pending.get(live.pk, [])
            row.action = "unchanged" if proposal_data(row) in waiting else "propose"
        else:
            row.action = "update"


def check(dataset, user=None, progress=None):
    """Validate a whole dataset; nothing is written. `user` limits what the rows may do."""
    return Checker(user, progress).check(dataset)


# --- writing --------------------------------------------------------------------------------


def import_reason(file_name=""):
    if file_name:
        return _("Spreadsheet import: %(file)s") % {"file": Path(file_name).name}
    return _("Spreadsheet import")


def proposal_data(row):
    """The pending change a row proposes, as `curation.workflow.propose` stores it."""
    fields = {}
    for name, column in FIELD_COLUMNS.items():
        if column in row.changed and name not in ("slug", "status"):
            model_field = Organisation._meta.get_field(name)
            fields[model_field.attname] = to_json(row.fields.get(model_field.attname))
    m2m = {name: row.m2m[name] for name in ("themes", "sdgs") if name in row.changed}
    return {"fields": fields, "m2m": m2m, "inlines": []}


def apply_row(row, user=None, reason=""):
    """Write one checked row; returns the organisation (or None) and what happened."""
    if row.action in ("blank", "unchanged"):
        return row.existing, row.action
    if row.action == "propose":
        data = proposal_data(row)
        row.proposal = propose(row.existing, fields=data["fields"], m2m=data["m2m"], user=user)
        return row.existing, row.action
    new = row.existing is None
    obj = Organisation.objects.get(pk=row.existing.pk) if not new else Organisation()
    obj.slug = row.slug
    for attname, value in row.fields.items():
        setattr(obj, attname, value)
    set_status(obj, row.status, user)
    save_entry(obj, user=user, reason=reason or import_reason(), m2m=row.m2m, force_insert=new)
    return obj, row.action


def apply(plan, user=None, reason="", progress=None):
    """Write a checked plan in one transaction; refuses a plan with any error."""
    if plan.has_errors:
        raise ValueError("a plan with errors cannot be applied")
    with transaction.atomic():
        for number, row in enumerate(plan.rows, start=1):
            apply_row(row, user=user, reason=reason)
            if progress and (number % PROGRESS_EVERY == 0 or number == len(plan.rows)):
                progress("write", number, len(plan.rows))
    return plan.counts()


# --- exporting ------------------------------------------------------------------------------


def export_queryset(queryset):
    return queryset.select_related("province").prefetch_related("themes", "sdgs")


def export_row(org):
    """An organisation in the import columns (themes and SDGs prefetched)."""
    return {
        "slug": org.slug,
        "kind": org.kind,
        "name_th": org.name_th or "",
        "name_en": org.name_en or "",
        "province": org.province.code if org.province_id else "",
        "themes": ";".join(sorted(theme.slug for theme in org.themes.all())),
        "sdgs": ";".join(str(n) for n in sorted(sdg.number for sdg in org.sdgs.all())),
        "summary_th": org.summary_th or "",
        "summary_en": org.summary_en or "",
        "website": org.website,
        "email": org.email,
        "phone": org.phone,
        "founded": org.founded_year or "",
        "status": org.status,
    }


def export_dataset(queryset):
    dataset = tablib.Dataset(headers=list(COLUMNS))
    for org in export_queryset(queryset):
        row = export_row(org)
        # Cells that a spreadsheet would run as a formula (=, +, -, @ …) get a leading quote,
        # as in the public downloads: CSV and XLSX alike, so no exported cell is live.
        dataset.append([csv_cell(row[column]) for column in COLUMNS])
    return dataset
