"""The reviewers' daily digest: `manage.py send_digest`, run once a day by cron or a timer."""

from django.core.management.base import BaseCommand

from curation.notifications import send_digest


class Command(BaseCommand):
    help = (
        "Email each reviewer who chose a daily digest what came in for review since the last "
        "one (and retry notices that could not be sent at once)."
    )

    def handle(self, *args, **options):
        sent = send_digest()
        if options["verbosity"]:
            self.stdout.write(f"{sent} digest email(s) sent.")
