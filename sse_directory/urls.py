from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from . import views

admin.site.site_header = _("SSE Directory Thailand: curators")
admin.site.site_title = _("SSE Directory Thailand")
admin.site.index_title = _("Directory data")

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
    path("i18n/", include("django.conf.urls.i18n")),
]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("organisations/", include("orgs.urls")),
    path("programmes/", include("programs.urls")),
    path("universities/", views.universities, name="universities"),
    path("regions/<slug:slug>/", views.region_detail, name="region_detail"),
    path("themes/<slug:slug>/", views.theme_detail, name="theme_detail"),
    path("search/", views.search, name="search"),
    path(settings.ADMIN_URL, admin.site.urls),
    prefix_default_language=True,
)
