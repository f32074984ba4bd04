from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgramsConfig(AppConfig):
    name = "programs"
    verbose_name = _("Programmes")
    #: Its models are public data: saving one changes the data version (curation.cache).
    public_data = True

    # Curators' roles (curation.roles): what each role may do with this app's models.
    editor_permissions = [
        "view_programme",
        "add_programme",
        "change_programme",
        "view_participation",
        "add_participation",
        "change_participation",
        "view_event",
        "add_event",
        "change_event",
    ]
    reviewer_permissions = ["publish_programme"]

    def ready(self):
        from curation.permalinks import track_slug_changes

        from .models import Programme

        # A changed slug keeps its old address working (301 to the new one).
        track_slug_changes(Programme)
