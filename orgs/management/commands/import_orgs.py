"""Import organisations from a spreadsheet: `manage.py import_orgs FILE [--dry-run]`.

The same checks as the admin's import (orgs.importing): every problem of every row is listed
with its row and column, the exit status is non-zero, and nothing is written unless the whole
file is right.
"""

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from ... import importing


class Command(BaseCommand):
    help = (
        "Import organisations from a .csv (UTF-8) or .xlsx file in the columns of "
        "docs/import.md. All rows or none are written."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the spreadsheet: .csv (UTF-8) or .xlsx")
        parser.add_argument(
            "--dry-run", action="store_true", help="check the file and report; write nothing"
        )
        parser.add_argument(
            "--user",
            help="record the import as made by this user; their role applies (an Editor's "
            "changes to published entries become proposals)",
        )
        parser.add_argument(
            "--language",
            choices=[code for code, _name in settings.LANGUAGES],
            help="language of the report (default: the active one, LANGUAGE_CODE)",
        )

    def handle(self, *args, **options):
        if options["language"]:
            with translation.override(options["language"]):
                return self.run(options)
        return self.run(options)

    def report_progress(self, stage, done, total):
        """A line on standard error every thousand rows, so a long import shows it is moving."""
        if total < importing.PROGRESS_EVERY or self.verbosity < 1:
            return
        # In the report's language, also while rows are written in the default one.
        with translation.override(self.language):
            if stage == "check":
                message = _("Checked %(done)s of %(total)s rows (%(percent)s%%)")
            else:
                message = _("Written %(done)s of %(total)s rows (%(percent)s%%)")
            percent = 100 * done // total
            self.stderr.write(message % {"done": done, "total": total, "percent": percent})

    def run(self, options):
        self.language = translation.get_language()
        self.verbosity = options["verbosity"]
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(_("No such file: %(file)s") % {"file": path})
        user = None
        if options["user"]:
            users = get_user_model().objects
            try:
                user = users.get(username=options["user"])
            except users.model.DoesNotExist as exc:
                raise CommandError(_("No such user: %(user)s") % {"user": options["user"]}) from exc
        try:
            dataset = importing.read_dataset(path.read_bytes(), path.name)
        except importing.ImportFileError as exc:
            raise CommandError(str(exc)) from exc
        plan = importing.check(dataset, user=user, progress=self.report_progress)
        if plan.has_errors:
            problems = plan.problems()
            for problem in problems:
                value = f" [{problem.value}]" if problem.value else ""
                self.stderr.write(f"{path.name}: {problem.describe()}{value}")
            raise CommandError(
                _("%(count)s problems in %(file)s: nothing was imported.")
                % {"count": len(problems), "file": path.name}
            )
        counts = plan.counts()
        summary = _(
            "%(new)s new, %(update)s updated, %(propose)s proposed for review, "
            "%(unchanged)s unchanged"
        ) % {key: counts.get(key, 0) for key in ("new", "update", "propose", "unchanged")}
        if options["dry_run"]:
            if self.verbosity < 1:
                return
            self.stdout.write(
                _("Dry run of %(file)s: no problems; %(summary)s. Nothing was written.")
                % {"file": path.name, "summary": summary}
            )
            return
        reason = importing.import_reason(path.name)
        # Untranslated columns follow the active language; write in the default one.
        with translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
            importing.apply(plan, user=user, reason=reason, progress=self.report_progress)
        self.stdout.write(
            self.style.SUCCESS(
                _("Imported %(file)s: %(summary)s.") % {"file": path.name, "summary": summary}
            )
        )
