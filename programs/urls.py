from django.urls import path, re_path

from . import events, suggestions, views

app_name = "programs"

urlpatterns = [
    re_path(
        r"^export\.(?P<fmt>csv|json|xlsx)$",
        views.ProgrammeExportView.as_view(),
        name="programme_export",
    ),
    path("", views.ProgrammeListView.as_view(), name="programme_list"),
    path("<slug:slug>/", views.ProgrammeDetailView.as_view(), name="programme_detail"),
    path("<slug:slug>/suggest/", suggestions.suggest_correction, name="suggest_correction"),
]

#: Mounted at /<lang>/events/ under the namespace "events" (sse_directory/urls.py).
event_patterns = [
    path("calendar.ics", events.EventListCalendarView.as_view(), name="calendar"),
    path("", events.EventListView.as_view(), name="event_list"),
    path("<slug:slug>/calendar.ics", events.EventCalendarView.as_view(), name="event_calendar"),
    path("<slug:slug>/", events.EventDetailView.as_view(), name="event_detail"),
]
