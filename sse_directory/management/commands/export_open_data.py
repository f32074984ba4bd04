from django.core.management.base import BaseCommand

from sse_directory.open_data import write_dump


class Command(BaseCommand):
    help = (
        "Write the open-data dump (published data only) to DIR: CSV and JSON for organisations, "
        "programmes, participations, events and reference data, with README.md and LICENSE "
        "(CC BY 4.0)."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", metavar="DIR")
        parser.add_argument(
            "--source", default="", help="Address of the site, named in README.md and the JSON."
        )

    def handle(self, directory, source, **options):
        written = write_dump(directory, source=source)
        for path in written:
            self.stdout.write(str(path))
        self.stdout.write(self.style.SUCCESS(f"{len(written)} files written to {directory}"))
