"""/sitemap.xml: every published page in both languages, with hreflang alternates."""

from django.urls import reverse

from orgs.sitemaps import BilingualSitemap, OrganisationSitemap, RegionSitemap, ThemeSitemap
from programs.sitemaps import ProgrammeSitemap


class PageSitemap(BilingualSitemap):
    """Pages that are not entries: home, the lists, universities, open data."""

    changefreq = "daily"
    priority = 1.0

    def items(self):
        return [
            "home",
            "orgs:organisation_list",
            "programs:programme_list",
            "universities",
            "open_data",
        ]

    def location(self, name):
        return reverse(name)


SITEMAPS = {
    "pages": PageSitemap,
    "organisations": OrganisationSitemap,
    "programmes": ProgrammeSitemap,
    "regions": RegionSitemap,
    "themes": ThemeSitemap,
}
