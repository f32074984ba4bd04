"""/<lang>/organisations/…: the list, its download, profiles and the correction form.

`organisation_patterns()` takes the views, so that the site can mount orgs' own or an extension
of them (docs/architecture.md) under the same names.
"""

from django.urls import path, re_path

from . import claims, suggestions, views

app_name = "orgs"


def organisation_patterns(
    list_view=views.OrganisationListView,
    export_view=views.OrganisationExportView,
    detail_view=views.OrganisationDetailView,
):
    return [
        re_path(
            r"^export\.(?P<fmt>csv|json|xlsx)$",
            export_view.as_view(),
            name="organisation_export",
        ),
        path("", list_view.as_view(), name="organisation_list"),
        path("<slug:slug>/", detail_view.as_view(), name="organisation_detail"),
        path("<slug:slug>/suggest/", suggestions.suggest, name="suggest_correction"),
        path("<slug:slug>/claim/", claims.request_claim, name="claim"),
        path("<slug:slug>/claim/sent/", claims.claim_sent, name="claim_sent"),
        path("<slug:slug>/claim/verify/<str:token>/", claims.verify, name="claim_verify"),
        path("<slug:slug>/claim/edit/<str:token>/", claims.edit, name="claim_edit"),
    ]


urlpatterns = organisation_patterns()
