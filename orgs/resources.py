"""django-import-export's view of the spreadsheet: a thin adapter over orgs.importing.

The admin's import screens (upload, dry-run preview, confirm) and its export come from
django-import-export; what a row means, how it is checked and how it is written is
`orgs.importing`, the same code the `import_orgs` command runs.
"""

from diff_match_patch import diff_match_patch
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.encoding import force_str
from django.utils.safestring import mark_safe
from import_export import fields, resources
from import_export.formats.base_formats import XLSX
from import_export.results import RowResult

from . import importing
from .models import Organisation

IMPORT_TYPES = {
    "new": RowResult.IMPORT_TYPE_NEW,
    "update": RowResult.IMPORT_TYPE_UPDATE,
    "propose": RowResult.IMPORT_TYPE_UPDATE,
    "unchanged": RowResult.IMPORT_TYPE_SKIP,
    "blank": RowResult.IMPORT_TYPE_SKIP,
}


def html_diff(before, after):
    """Each cell's change, marked up like django-import-export's own preview."""
    engine = diff_match_patch()
    cells = []
    for old, new in zip(before, after, strict=True):
        changes = engine.diff_main(force_str(old), force_str(new))
        engine.diff_cleanupSemantic(changes)
        cells.append(mark_safe(engine.diff_prettyHtml(changes)))  # noqa: S308 - escaped by it
    return cells


class CheckedXLSX(XLSX):
    """XLSX that refuses a workbook unpacking to more than the limit before openpyxl opens it."""

    def create_dataset(self, in_stream):
        importing.check_xlsx(in_stream)
        return super().create_dataset(in_stream)


class OrganisationResource(resources.ModelResource):
    # One field per spreadsheet column (importing.COLUMNS), so that the admin lists exactly the
    # columns of docs/import.md; reading and writing them is importing's work.
    slug = fields.Field(column_name="slug")
    kind = fields.Field(column_name="kind")
    name_th = fields.Field(column_name="name_th")
    name_en = fields.Field(column_name="name_en")
    province = fields.Field(column_name="province")
    themes = fields.Field(column_name="themes")
    sdgs = fields.Field(column_name="sdgs")
    summary_th = fields.Field(column_name="summary_th")
    summary_en = fields.Field(column_name="summary_en")
    website = fields.Field(column_name="website")
    email = fields.Field(column_name="email")
    phone = fields.Field(column_name="phone")
    founded = fields.Field(column_name="founded")
    status = fields.Field(column_name="status")

    class Meta:
        model = Organisation
        fields = importing.COLUMNS
        import_order = importing.COLUMNS
        export_order = importing.COLUMNS
        import_id_fields = ("slug",)
        use_transactions = True
        report_skipped = True

    @classmethod
    def get_display_name(cls):
        return Organisation._meta.verbose_name_plural

    # --- import ---------------------------------------------------------------------------

    def before_import(self, dataset, **kwargs):
        self.user = kwargs.get("user")
        self.reason = importing.import_reason(kwargs.get("file_name") or "")
        self.plan = importing.check(dataset, user=self.user)
        if self.plan.file_errors:
            raise ValidationError(self.plan.file_errors)

    def _check_import_id_fields(self, headers):
        """The checker reports missing columns itself, in the curator's words."""

    def import_row(self, row, instance_loader, **kwargs):
        result = self.get_row_result_class()()
        plan = getattr(self, "plan", None)
        number = kwargs["row_number"]
        if plan is None or plan.file_errors or number > len(plan.rows):
            result.import_type = RowResult.IMPORT_TYPE_SKIP
            return result
        row_plan = plan.rows[number - 1]
        if row_plan.errors:
            result.import_type = RowResult.IMPORT_TYPE_INVALID
            result.validation_error = ValidationError(row_plan.errors)
            return result
        if plan.has_errors or row_plan.action == "blank":
            # All or nothing: while any row is wrong, no row is written.
            result.import_type = RowResult.IMPORT_TYPE_SKIP
            return result
        blank = dict.fromkeys(importing.COLUMNS, "")
        before = importing.export_row(row_plan.existing) if row_plan.existing else blank
        try:
            with transaction.atomic():
                obj, action = importing.apply_row(row_plan, user=self.user, reason=self.reason)
        except Exception as exc:  # reported on the page; the whole import is rolled back
            result.import_type = RowResult.IMPORT_TYPE_ERROR
            result.errors.append(self.get_error_result_class()(exc, row=row, number=number))
            return result
        if action == "propose":
            after = {**before, **{c: row_plan.values.get(c, "") for c in row_plan.changed}}
        else:
            after = importing.export_row(
                importing.export_queryset(Organisation.objects.filter(pk=obj.pk)).get()
            )
        result.import_type = IMPORT_TYPES[action]
        result.diff = html_diff(
            [before[c] for c in importing.COLUMNS], [after[c] for c in importing.COLUMNS]
        )
        result.add_instance_info(obj)
        result.instance = obj  # the admin's log entries need it
        return result

    def after_import(self, dataset, result, **kwargs):
        super().after_import(dataset, result, **kwargs)
        plan = getattr(self, "plan", None)
        result.problems = plan.problems() if plan else []
        result.counts = plan.counts() if plan and not plan.has_errors else {}

    # --- export ---------------------------------------------------------------------------

    def export(self, queryset=None, **kwargs):
        if queryset is None:
            queryset = Organisation.objects.all()
        return importing.export_dataset(queryset)
