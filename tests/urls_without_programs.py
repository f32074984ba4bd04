"""A site made of orgs alone: its list as the home page, profiles, suggestions and the admin."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from orgs import suggestions
from orgs.views import OrganisationListView

urlpatterns = i18n_patterns(
    path("", OrganisationListView.as_view(), name="home"),
    path("organisations/", include("orgs.urls")),
    path("suggest/", suggestions.suggest, name="suggest"),
    path("suggest/thanks/", suggestions.thanks, name="suggest_thanks"),
    path("admin/", admin.site.urls),
)
