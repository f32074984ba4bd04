from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InsightsConfig(AppConfig):
    """Charts, a network and a gap table over the published directory (reads orgs, programs)."""

    name = "insights"
    verbose_name = _("Ecosystem insights")
