from django.urls import path

from . import views

app_name = "programs"

urlpatterns = [
    path("", views.ProgrammeListView.as_view(), name="programme_list"),
    path("<slug:slug>/", views.ProgrammeDetailView.as_view(), name="programme_detail"),
]
