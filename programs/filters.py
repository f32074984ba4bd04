import re

import django_filters
from django import forms
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from curation.aggregates import cached_count, cached_list
from curation.language import name_sort_key
from curation.models import published_q
from listings import search
from listings.filters import DirectoryFilterSet, SlugMultipleChoiceFilter, text_without_nul
from listings.templatetags.directory import display_year
from orgs.filters import (
    province_filter,
    reference_options,
    region_filter,
    sdg_filter,
    theme_filter,
)
from orgs.models import Organisation, Theme

from .models import Event, Programme

SORT_CHOICES = [
    ("relevance", _("Relevance")),
    ("name", _("Name")),
    ("-updated", _("Recently updated")),
    ("founded", _("Start date")),
]


class ProgrammeFilter(DirectoryFilterSet):
    """The same parameters as organisations, read for programmes.

    `region` and `province` match the provinces a programme covers; `kind` is the programme's
    kind; `programme` gives the units of a programme; `consortium=1` keeps programmes in which
    a consortium university takes part.
    """

    FACETS = {
        "region": "provinces__region__slug",
        "province": "provinces__code",
        "theme": "themes__slug",
        "sdg": "sdgs__number",
        "kind": "kind",
    }

    region = region_filter("provinces__region")
    province = province_filter("provinces")
    theme = theme_filter()
    sdg = sdg_filter()
    kind = django_filters.MultipleChoiceFilter(choices=Programme.Kind.choices, label=_("Kind"))
    programme = django_filters.CharFilter(
        method="filter_programme",
        label=_("Part of programme"),
        max_length=120,
        validators=[text_without_nul],
    )
    consortium = django_filters.ChoiceFilter(
        method="filter_consortium",
        choices=[("1", _("With consortium members"))],
        label=_("University SSE consortium"),
    )
    sort = django_filters.ChoiceFilter(
        method="filter_sort", choices=SORT_CHOICES, label=_("Sort by"), empty_label=None
    )

    class Meta:
        model = Programme
        fields = []

    def filter_programme(self, queryset, name, value):
        return queryset.filter(published_q("parent"), parent__slug=value)

    def filter_consortium(self, queryset, name, value):
        if value != "1":
            return queryset
        members = Organisation.objects.published().consortium()
        return queryset.filter(participations__organisation__in=members).distinct()

    def sort_queryset(self, queryset, value):
        if value == "founded":
            return queryset.order_by(F("start_date").asc(nulls_last=True), name_sort_key())
        return super().sort_queryset(queryset, value)

    def options(self, name):
        if name == "kind":
            return [(value, label, None) for value, label in Programme.Kind.choices]
        return reference_options(name)


class YearField(forms.MultipleChoiceField):
    """Years as four digits (repeatable); anything else is an invalid choice, not a 500."""

    def valid_value(self, value):
        text = str(value)
        return text.isascii() and text.isdigit() and len(text) == 4


class YearFilter(django_filters.MultipleChoiceFilter):
    field_class = YearField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("choices", [])
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        return super().filter(qs, [int(year) for year in value])


class SlugListField(forms.MultipleChoiceField):
    """Any slugs (repeatable): an unknown one simply matches nothing."""

    def valid_value(self, value):
        text = str(value)
        return bool(text) and len(text) <= 120 and re.fullmatch(r"[-a-zA-Z0-9_]+", text) is not None


class ProgrammeSlugFilter(django_filters.MultipleChoiceFilter):
    """`programme=<slug>`: the programme's events and those of its (published) units."""

    field_class = SlugListField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("choices", [])
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(
            Q(programme__slug__in=value)
            | (Q(programme__parent__slug__in=value) & published_q("programme__parent"))
        )


EVENT_SORT_CHOICES = [
    ("date", _("Date: upcoming first")),
    ("relevance", _("Relevance")),
    ("name", _("Title")),
]


class EventFilter(DirectoryFilterSet):
    """Events by time, place, theme, year and kind (repeated values OR, different parameters
    AND), and by programme.

    `when` is `upcoming` (the event's last day, the whole month or year for events dated only
    so far, is today or later) or `past`. `region` and `province` are where the event takes
    place; `theme` is a theme of the event's programme (events have no themes of their own);
    `year` is the year the event starts; `programme` gives the events of a programme and of
    its units.
    """

    FACETS = {
        "when": None,
        "region": "province__region__slug",
        "province": "province__code",
        "theme": "programme__themes__slug",
        "year": "start_date__year",
        "kind": "kind",
    }

    when = django_filters.MultipleChoiceFilter(
        method="filter_when",
        choices=[("upcoming", _("Upcoming")), ("past", _("Past"))],
        label=_("When"),
    )
    region = region_filter("province__region")
    province = province_filter("province")
    theme = SlugMultipleChoiceFilter(
        field_name="programme__themes__slug",
        to_field_name="slug",
        queryset=Theme.objects.all(),
        label=_("Theme"),
    )
    year = YearFilter(field_name="start_date__year", label=_("Year"))
    kind = django_filters.MultipleChoiceFilter(choices=Event.Kind.choices, label=_("Kind"))
    programme = ProgrammeSlugFilter(label=_("Programme"))
    sort = django_filters.ChoiceFilter(
        method="filter_sort", choices=EVENT_SORT_CHOICES, label=_("Sort by"), empty_label=None
    )

    class Meta:
        model = Event
        fields = []

    def filter_when(self, queryset, name, value):
        if set(value) >= {"upcoming", "past"}:
            return queryset
        return queryset.upcoming() if "upcoming" in value else queryset.past()

    @property
    def sort_value(self):
        self.errors  # noqa: B018 - validates the form, filling cleaned_data
        return self.form.cleaned_data.get("sort") or "date"

    def sort_queryset(self, queryset, value):
        title = name_sort_key("title")
        query = self.form.cleaned_data.get("q") or ""
        if value == "relevance" and search.words(query):
            return queryset.by_relevance(query, title, "slug")
        if value == "name":
            return queryset.order_by(title, "slug")
        return queryset.by_date()

    def facet_counts(self, name):
        if name == "when":
            queryset = self._filtered_without(name).order_by()
            return {
                "upcoming": cached_count(queryset.upcoming()),
                "past": cached_count(queryset.past()),
            }
        return super().facet_counts(name)

    def options(self, name):
        if name == "when":
            return [(value, label, None) for value, label in self.filters["when"].extra["choices"]]
        if name == "kind":
            return [(value, label, None) for value, label in Event.Kind.choices]
        if name == "year":
            years = Event.objects.published().dates("start_date", "year", order="DESC")
            return [(day.year, display_year(day.year), None) for day in cached_list(years)]
        return reference_options(name)

    def active_filters(self):
        """Also the programme asked for, by its name."""
        active = super().active_filters()
        slugs = [value for value in self.data.getlist("programme") if value]
        if slugs and self.is_valid():
            names = {
                programme.slug: programme.name
                for programme in Programme.objects.published().filter(slug__in=slugs)
            }
            for slug in slugs:
                if slug in names:
                    active.append(
                        {
                            "name": "programme",
                            "value": slug,
                            "label": (self.filters["programme"].label, names[slug]),
                            "remove_query": self.query_without("programme", slug),
                        }
                    )
        return active
