from django.urls import path, re_path

from . import views

app_name = "insights"

urlpatterns = [
    path("", views.overview_page, name="overview"),
    path("network/", views.network_page, name="network"),
    re_path(r"^(?P<chart>[a-z]+)\.(?P<fmt>csv|svg|png)$", views.download, name="download"),
]
