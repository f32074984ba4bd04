from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CurationConfig(AppConfig):
    """What every curated entry shares: status, review workflow, history, permalinks, roles."""

    name = "curation"
    verbose_name = _("Curation")

    def ready(self):
        from . import cache

        cache.connect_signals()
