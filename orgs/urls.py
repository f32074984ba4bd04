from django.urls import path, re_path

from . import suggestions, views

app_name = "orgs"

urlpatterns = [
    re_path(
        r"^export\.(?P<fmt>csv|json)$",
        views.OrganisationExportView.as_view(),
        name="organisation_export",
    ),
    path("", views.OrganisationListView.as_view(), name="organisation_list"),
    path("<slug:slug>/", views.OrganisationDetailView.as_view(), name="organisation_detail"),
    path("<slug:slug>/suggest/", suggestions.suggest, name="suggest_correction"),
]
