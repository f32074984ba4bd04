"""Sitemap sections for organisations and the landing pages, in both languages."""

from listings.sitemaps import BilingualSitemap

from .models import Organisation, Region, Theme


class OrganisationSitemap(BilingualSitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        return Organisation.objects.published().order_by("slug").only("slug", "updated")

    def lastmod(self, organisation):
        return organisation.updated


class RegionSitemap(BilingualSitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self):
        return Region.objects.all()


class ThemeSitemap(BilingualSitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self):
        return Theme.objects.all()
