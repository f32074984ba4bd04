from django.urls import path, re_path

from . import suggestions, views

app_name = "programs"

urlpatterns = [
    re_path(
        r"^export\.(?P<fmt>csv|json)$", views.ProgrammeExportView.as_view(), name="programme_export"
    ),
    path("", views.ProgrammeListView.as_view(), name="programme_list"),
    path("<slug:slug>/", views.ProgrammeDetailView.as_view(), name="programme_detail"),
    path("<slug:slug>/suggest/", suggestions.suggest_correction, name="suggest_correction"),
]
