from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrgsConfig(AppConfig):
    name = "orgs"
    verbose_name = _("Organisations and reference data")
    #: Its models are public data: saving one changes the data version (curation.cache).
    public_data = True

    # Curators' roles (curation.roles): what each role may do with this app's models.
    editor_permissions = [
        "view_region",
        "view_province",
        "view_sdg",
        "view_theme",
        "view_organisation",
        "add_organisation",
        "change_organisation",
        "view_suggestion",
        "change_suggestion",
        "view_claim",
    ]
    reviewer_permissions = [
        "publish_organisation",
        "merge_organisation",
        "add_theme",
        "change_theme",
        "change_claim",
    ]

    def ready(self):
        from curation.permalinks import track_slug_changes

        from .models import Organisation

        # A changed slug keeps its old address working (301 to the new one).
        track_slug_changes(Organisation)
