"""Background jobs: large spreadsheets checked and imported by `manage.py db_worker`.

The admin's import page hands a file over IMPORT_INLINE_MAX_ROWS rows to `start_import_job`,
which stores it in an `ImportJob` and enqueues `run_import_job` (Django's tasks framework, the
django-tasks backport, with the database backend). The worker checks every row and, if no row
has a problem, writes them all in one transaction — the same `orgs.importing` code as the
admin's own preview and the `import_orgs` command.

The rows done are written through a connection of their own, outside the import's transaction,
so the progress page sees them while the rows themselves stay uncommitted until the end.
"""

import csv
import io
import logging
from pathlib import Path

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from . import importing
from .models import ImportJob

logger = logging.getLogger(__name__)

#: Problems kept with a job (a file can have one per cell; the count is kept in full).
MAX_PROBLEMS = 5000


def count_rows(data, name):
    """The data rows of a file, read cheaply (0 when it cannot be read: the check says why)."""
    suffix = Path(name).suffix.lower()
    try:
        if suffix == ".csv":
            rows = csv.reader(io.StringIO(data.decode("utf-8-sig")))
            return max(sum(1 for cells in rows if any(cell.strip() for cell in cells)) - 1, 0)
        if suffix == ".xlsx":
            import openpyxl

            importing.check_xlsx(data)
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                sheet = book.worksheets[0]
                rows = sheet.max_row
                if rows is None:  # no dimension recorded: count them
                    rows = sum(1 for _row in sheet.iter_rows(values_only=True))
            finally:
                book.close()
            return max(rows - 1, 0)
    except Exception:  # noqa: BLE001 - an unreadable file is reported by the check itself
        return 0
    return 0


def needs_job(row_count):
    return row_count > settings.IMPORT_INLINE_MAX_ROWS


def start_import_job(user, data, file_name, language):
    """Store the file as a job of `user` and queue it for the worker; returns the job."""
    job = ImportJob.objects.create(
        owner=user, file_name=Path(file_name).name[:255], data=data, language=language
    )
    result = run_import_job.enqueue(job.pk)
    ImportJob.objects.filter(pk=job.pk).update(task_id=str(result.id))
    job.task_id = str(result.id)
    return job


class Progress:
    """Writes a job's state and rows done through a separate autocommit connection."""

    def __init__(self, job):
        self.job = job
        self.connection = connections.create_connection(DEFAULT_DB_ALIAS)
        self.table = ImportJob._meta.db_table

    def __call__(self, stage, done, total):
        state = ImportJob.State.CHECKING if stage == "check" else ImportJob.State.WRITING
        self.set(state=state, rows_done=done, rows_total=total)

    def set(self, **values):
        quote = self.connection.ops.quote_name
        columns = ", ".join(f"{quote(name)} = %s" for name in values)
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {quote(self.table)} SET {columns} WHERE id = %s",  # noqa: S608 - names only
                [*values.values(), self.job.pk],
            )

    def close(self):
        self.connection.close()


@task()
def run_import_job(job_id):
    """Check the job's file and, when no row has a problem, import it (all rows or none)."""
    job = ImportJob.objects.select_related("owner").get(pk=job_id)
    if job.state != ImportJob.State.QUEUED:
        return job.state  # run once only (a retried task finds the job already done)
    job.state, job.started = ImportJob.State.CHECKING, timezone.now()
    job.save(update_fields=["state", "started"])
    progress = Progress(job)
    try:
        with translation.override(job.language):
            finish(job, progress)
    except Exception:
        logger.exception("import job %s failed", job.pk)
        with translation.override(job.language):
            job.error = _(
                "The import stopped on an unexpected error; nothing was written. Try again, and "
                "tell the site's administrators if it happens again."
            )
        job.state = ImportJob.State.FAILED
    finally:
        progress.close()
    job.data = b""
    job.finished = timezone.now()
    job.save()
    return job.state


def finish(job, progress):
    try:
        dataset = importing.read_dataset(bytes(job.data), job.file_name)
    except importing.ImportFileError as exc:
        job.error, job.state = str(exc), ImportJob.State.FAILED
        return
    job.rows_total = len(dataset)
    progress.set(rows_total=job.rows_total)
    plan = importing.check(dataset, user=job.owner, progress=progress)
    job.rows_done = job.rows_total = len([row for row in plan.rows if row.action != "blank"])
    if plan.has_errors:
        problems = plan.problems()
        job.problems = [problem.as_dict() for problem in problems[:MAX_PROBLEMS]]
        job.problem_count = len(problems)
        job.state = ImportJob.State.PROBLEMS
        return
    reason = importing.import_reason(job.file_name)
    # Untranslated columns follow the active language; write in the default one.
    with translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
        counts = importing.apply(plan, user=job.owner, reason=reason, progress=progress)
    job.counts = dict(counts)
    job.state = ImportJob.State.DONE
    proposals = [row.proposal.pk for row in plan.rows if row.proposal is not None]
    job.pending_changes.add(*proposals)
