"""Remove a curator's second-factor devices (a lost or replaced phone): they enrol again at the
next login, and their open admin sessions stop being verified at once."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from curation.two_factor import reset_devices


class Command(BaseCommand):
    help = (
        "Remove the authenticator app and recovery codes of the given curators, so that each "
        "sets up a new second step at the next login."
    )

    def add_arguments(self, parser):
        parser.add_argument("usernames", nargs="+", metavar="USERNAME")

    def handle(self, *args, usernames, **options):
        users = get_user_model()._default_manager
        for username in usernames:
            user = users.filter(**{users.model.USERNAME_FIELD: username}).first()
            if user is None:
                raise CommandError(f"No user named {username!r}.")
            count = reset_devices(user)
            self.stdout.write(f"{username}: removed {count} device(s); they set up a new one.")
