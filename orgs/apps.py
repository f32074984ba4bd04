from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrgsConfig(AppConfig):
    name = "orgs"
    #: Its models are public data: saving one changes the data version (curation.cache).
    public_data = True
    verbose_name = _("Organisations and reference data")

    def ready(self):
        from django.db.models.signals import post_migrate

        from .roles import create_roles

        # After every migrate (and test database flush): the curators' groups and permissions.
        post_migrate.connect(create_roles, sender=self, dispatch_uid="orgs-create-roles")

        from .models import Organisation
        from .permalinks import track_slug_changes

        # A changed slug keeps its old address working (301 to the new one).
        track_slug_changes(Organisation)
