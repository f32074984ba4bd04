"""Event pages: the list (upcoming first, then past), each event's page, and their iCalendar
files (docs/urls.md, docs/filters.md)."""

import datetime

from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import DetailView
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from listings.templatetags.directory import country_name, field_value
from listings.views import FilteredListView

from .filters import EventFilter
from .linked_data import event_json_ld
from .models import DatePrecision, Event

#: How long browsers and shared caches may keep a calendar file (a draft leaves it after this).
CALENDAR_MAX_AGE = 15 * 60
#: At most this many events in one calendar file (upcoming ones first, then the latest past).
CALENDAR_LIMIT = 2000


def published_events():
    return Event.objects.published().select_related("programme", "province__region")


class EventListView(FilteredListView):
    template_name = "programs/event_list.html"
    partial_template_name = "programs/includes/event_results.html"
    context_object_name = "events"
    filterset_class = EventFilter
    extra_context = {"nav": "events"}

    def base_queryset(self):
        return published_events()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        events = list(context["events"])
        if self.filterset.sort_value == "date":
            # The page's events split where the upcoming ones end (the order puts them first).
            context["sections"] = [
                ("upcoming", _("Upcoming events"), [e for e in events if e.is_upcoming]),
                ("past", _("Past events"), [e for e in events if not e.is_upcoming]),
            ]
        else:
            context["sections"] = [("all", None, events)]
        query = context["query_string"]
        context["calendar_url"] = reverse("events:calendar") + (f"?{query}" if query else "")
        return context


class EventDetailView(DetailView):
    template_name = "programs/event_detail.html"
    context_object_name = "event"
    extra_context = {"nav": "events"}

    def get_queryset(self):
        return published_events()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        event = self.object
        context.update(
            json_ld=event_json_ld(self.request, event, event.programme, context=True),
            meta_title=event.title,
            meta_description=event.summary or event.title,
        )
        return context


# --- iCalendar (RFC 5545) -----------------------------------------------------------------------


def calendar_span(event):
    """(first day, day after the last) of an all-day event: DTEND is exclusive.

    An event dated only to the month covers that whole month (to the end's month when it has an
    end date), one dated to the year the whole year: what is known, no more precise.
    """
    start, end = event.start_date, event.end_date or event.start_date
    if event.date_precision == DatePrecision.YEAR:
        return datetime.date(start.year, 1, 1), datetime.date(end.year + 1, 1, 1)
    if event.date_precision == DatePrecision.MONTH:
        after = datetime.date(end.year + end.month // 12, end.month % 12 + 1, 1)
        return datetime.date(start.year, start.month, 1), after
    return start, end + datetime.timedelta(days=1)


def location(event):
    if event.province_id:
        return f"{event.province.name}, {country_name('TH')}"
    city = field_value(event, "city")[0]
    return ", ".join(part for part in (city, country_name(event.country)) if part)


def calendar_event(request, event, stamp):
    item = CalendarEvent()
    first, after = calendar_span(event)
    url = request.build_absolute_uri(event.get_absolute_url())
    programme = field_value(event.programme, "name")[0]
    summary = field_value(event, "summary")[0]
    # The id stays when a curator changes the slug, so calendars update the event in place.
    item.add("uid", f"event-{event.pk}@{request.get_host().split(':')[0]}")
    item.add("dtstamp", stamp)
    item.add("dtstart", first)
    item.add("dtend", after)
    item.add("summary", field_value(event, "title")[0])
    description = [summary, _("Programme: %(name)s") % {"name": programme}, url]
    item.add("description", "\n\n".join(part for part in description if part))
    place = location(event)
    if place:
        item.add("location", place)
    item.add("url", url)
    item.add("categories", [event.get_kind_display()])
    item.add("transp", "TRANSPARENT")  # an all-day event does not block a day
    return item


def calendar_response(request, events, name, filename):
    calendar = Calendar()
    calendar.add("prodid", "-//SSE Directory Thailand//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    stamp = timezone.now().replace(microsecond=0)
    for event in events:
        calendar.add_component(calendar_event(request, event, stamp))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    patch_cache_control(response, public=True, max_age=CALENDAR_MAX_AGE)
    return response


class EventListCalendarView(View):
    """The filtered list as one calendar file: the page's filters, without pages."""

    def get(self, request):
        filterset = EventFilter(request.GET, queryset=published_events(), request=request)
        if not filterset.is_valid():
            lines = [
                f"{filterset.filters[name].label if name in filterset.filters else name}: "
                f"{' '.join(errors)}"
                for name, errors in filterset.errors.items()
            ]
            return HttpResponseBadRequest(
                "\n".join([_("Some filter values are not valid."), *lines]),
                content_type="text/plain; charset=utf-8",
            )
        events = filterset.qs[:CALENDAR_LIMIT]
        name = _("SSE Directory Thailand: events")
        return calendar_response(request, events, name, "events.ics")


class EventCalendarView(View):
    """One event as a calendar file (the page's "Add to calendar")."""

    def get(self, request, slug):
        events = list(published_events().filter(slug=slug))
        if not events:
            raise Http404
        title = field_value(events[0], "title")[0]
        return calendar_response(request, events, title, f"{slug}.ics")
