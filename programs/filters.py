import django_filters
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from curation.language import name_sort_key
from curation.models import published_q
from listings.filters import DirectoryFilterSet, text_without_nul
from orgs.filters import (
    province_filter,
    reference_options,
    region_filter,
    sdg_filter,
    theme_filter,
)
from orgs.models import Organisation

from .models import Event, Programme

SORT_CHOICES = [
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


class EventFilter(django_filters.FilterSet):
    """Events by programme, place and kind (repeated values OR, different parameters AND)."""

    programme = django_filters.CharFilter(
        field_name="programme__slug",
        label=_("Programme"),
        max_length=120,
        validators=[text_without_nul],
    )
    region = region_filter("province__region")
    province = province_filter("province")
    kind = django_filters.MultipleChoiceFilter(choices=Event.Kind.choices, label=_("Kind"))

    class Meta:
        model = Event
        fields = []
