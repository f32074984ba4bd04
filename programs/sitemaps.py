from listings.sitemaps import BilingualSitemap

from .models import Programme


class ProgrammeSitemap(BilingualSitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        return Programme.objects.published().order_by("slug").only("slug", "updated")

    def lastmod(self, programme):
        return programme.updated
