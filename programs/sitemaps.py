from listings.sitemaps import BilingualSitemap

from .models import Event, Programme


class ProgrammeSitemap(BilingualSitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        return Programme.objects.published().order_by("slug").only("slug", "updated")

    def lastmod(self, programme):
        return programme.updated


class EventSitemap(BilingualSitemap):
    """Events of published programmes (events have no change date of their own)."""

    changefreq = "monthly"
    priority = 0.6

    def items(self):
        return Event.objects.published().order_by("slug").only("pk", "slug")
