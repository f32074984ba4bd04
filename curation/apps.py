from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CurationConfig(AppConfig):
    """What every curated entry shares: status, review workflow, history, permalinks, roles."""

    name = "curation"
    verbose_name = _("Review and history")

    # Curators' roles (curation.roles): what each role may do with this app's models.
    editor_permissions = ["view_pendingchange"]
    reviewer_permissions = ["change_pendingchange"]

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import cache
        from .roles import create_roles

        cache.connect_signals()
        # After every migrate (and test database flush): the curators' groups and permissions,
        # from what the installed apps declare.
        post_migrate.connect(create_roles, sender=self, dispatch_uid="curation-create-roles")
