from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ListingsConfig(AppConfig):
    """Base classes for public lists of curated entries: the filtered list view, the FilterSet
    base with facets and sorting, embeds, exports and datasets, feeds, the API base classes,
    sitemaps, and the template tags every public page uses. No models."""

    name = "listings"
    verbose_name = _("Public lists")
