"""/sitemap.xml: the index of the sections, which list every published page in both languages
with hreflang alternates; sections of entries come in pages of 10,000 URLs (`?p=2`, …)."""

import hashlib
from functools import wraps

from django.http import HttpResponse
from django.urls import reverse

from curation.aggregates import cached
from orgs.sitemaps import BilingualSitemap, OrganisationSitemap, RegionSitemap, ThemeSitemap
from programs.sitemaps import EventSitemap, ProgrammeSitemap


class PageSitemap(BilingualSitemap):
    """Pages that are not entries: home, the lists, universities, open data, and the pages about
    the directory itself (about, privacy, accessibility, contact)."""

    changefreq = "daily"
    priority = 1.0

    def items(self):
        return [
            "home",
            "orgs:organisation_list",
            "programs:programme_list",
            "events:event_list",
            "universities",
            "open_data",
            "about",
            "privacy",
            "accessibility",
            "contact",
        ]

    def location(self, name):
        return reverse(name)


SITEMAPS = {
    "pages": PageSitemap,
    "organisations": OrganisationSitemap,
    "programmes": ProgrammeSitemap,
    "events": EventSitemap,
    "regions": RegionSitemap,
    "themes": ThemeSitemap,
}


def cached_sitemap(view):
    """Django's sitemap view, its answer kept until public data changes (per host and page).

    A section page of 10,000 URLs takes a second or more to build; crawlers ask for all of them.
    Errors (an unknown section, a page past the last: 404) are not kept.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        where = repr((request.scheme, request.get_host(), request.path, request.GET.get("p")))
        key = "sitemap:" + hashlib.sha256(where.encode()).hexdigest()

        def build():
            response = view(request, *args, **kwargs)
            response.render()
            headers = {k: v for k, v in response.items() if k.lower() != "content-length"}
            return response.status_code, response.content, headers

        status, content, headers = cached(key, build)
        return HttpResponse(content, status=status, headers=headers)

    return wrapper
