from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgramsConfig(AppConfig):
    name = "programs"
    #: Its models are public data: saving one changes the data version (curation.cache).
    public_data = True
    verbose_name = _("Programmes")

    def ready(self):
        from orgs.views import PROFILE_CONTRIBUTORS

        from .views import organisation_programmes

        PROFILE_CONTRIBUTORS.append(organisation_programmes)

        from orgs.permalinks import track_slug_changes

        from .models import Programme

        track_slug_changes(Programme)
