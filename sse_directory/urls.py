"""The site's URLconf: it composes the apps' pages under /th/ and /en/ (docs/urls.md).

Organisation pages are mounted with what programs adds to them (programs/organisations.py):
orgs itself knows nothing of programmes.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView

from curation.passwords import password_reset_patterns
from orgs import suggestions
from orgs.urls import organisation_patterns
from programs import organisations as with_programmes
from programs.feeds import CombinedFeed, ProgrammeFeed
from programs.urls import event_patterns
from programs.views import ProgrammeEmbedView

from . import api, pages, views
from .sitemaps import SITEMAPS, cached_sitemap

admin.site.site_header = _("SSE Directory Thailand: curators")
admin.site.site_title = _("SSE Directory Thailand")
admin.site.index_title = _("Directory data")

# JSON for the API's errors; a 503 when the database is unavailable (sse_directory.errors).
handler400 = "sse_directory.errors.bad_request"
handler403 = "sse_directory.errors.permission_denied"
handler500 = "sse_directory.errors.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    # Browsers ask for /favicon.ico on pages that name no icon (the admin, files).
    path("favicon.ico", views.favicon, name="favicon"),
    path(
        "sitemap.xml",
        cached_sitemap(sitemap_views.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<slug:section>.xml",
        cached_sitemap(sitemap_views.sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    # The read-only API is outside the language prefix; it chooses its language itself (?lang=).
    # The DCAT catalogue of the open data names both languages: outside the language prefix.
    re_path(r"^data/catalog\.(?P<fmt>ttl|jsonld)$", views.data_catalog, name="data_catalog"),
    path("api/v1/", include((api.urlpatterns, "api"))),
    path("api/", RedirectView.as_view(url="/api/v1/", permanent=False)),
    re_path(r"^api/", api.not_found),
]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path(
        "organisations/",
        include(
            (
                organisation_patterns(
                    list_view=with_programmes.OrganisationListView,
                    export_view=with_programmes.OrganisationExportView,
                    detail_view=with_programmes.OrganisationDetailView,
                ),
                "orgs",
            )
        ),
    ),
    path("programmes/", include("programs.urls")),
    path("events/", include((event_patterns, "events"))),
    path("insights/", include("insights.urls")),
    path("universities/", views.universities, name="universities"),
    path("regions/<slug:slug>/", views.region_detail, name="region_detail"),
    path("themes/<slug:slug>/", views.theme_detail, name="theme_detail"),
    path("search/", views.search, name="search"),
    path("suggest/", suggestions.suggest, name="suggest"),
    path("suggest/thanks/", suggestions.thanks, name="suggest_thanks"),
    path(
        "embed/organisations/",
        with_programmes.OrganisationEmbedView.as_view(),
        name="embed_organisations",
    ),
    path("embed/programmes/", ProgrammeEmbedView.as_view(), name="embed_programmes"),
    path("about/", pages.about, name="about"),
    path("privacy/", pages.privacy, name="privacy"),
    path("accessibility/", pages.accessibility, name="accessibility"),
    path("contact/", pages.contact, name="contact"),
    path("data/", views.open_data, name="open_data"),
    path("data/datapackage.json", views.data_package, name="data_package"),
    re_path(
        r"^data/(?P<name>[a-z]+)\.(?P<fmt>csv|json|xlsx)$",
        views.open_data_file,
        name="open_data_file",
    ),
    path("feeds/updates/", CombinedFeed(), name="feed_updates"),
    path("feeds/organisations/", with_programmes.OrganisationFeed(), name="feed_organisations"),
    path("feeds/programmes/", ProgrammeFeed(), name="feed_programmes"),
    # Before the admin's own URLs: "Forgotten your login credentials?" on the login page.
    *password_reset_patterns(settings.ADMIN_URL),
    path(settings.ADMIN_URL, admin.site.urls),
    prefix_default_language=True,
)
