from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import override

from sse_directory.open_data import write_dump


class Command(BaseCommand):
    help = (
        "Write the open-data dump (published data only) to DIR: CSV and JSON for organisations, "
        "programmes, participations, events and reference data, with README.md and LICENSE "
        "(CC BY 4.0), and a datapackage.json describing the CSV files."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", metavar="DIR")
        parser.add_argument(
            "--source", default="", help="Address of the site, named in README.md and the JSON."
        )
        parser.add_argument(
            "--language",
            default=settings.LANGUAGE_CODE,
            choices=[code for code, _name in settings.LANGUAGES],
            help="Language of the readable columns (province_name, theme_names …); default th.",
        )

    def handle(self, directory, source, language, **options):
        with override(language):
            written = write_dump(directory, source=source)
        for path in written:
            self.stdout.write(str(path))
        self.stdout.write(self.style.SUCCESS(f"{len(written)} files written to {directory}"))
