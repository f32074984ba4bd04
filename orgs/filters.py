"""FilterSets over organisations, and the reference-data filters every entity app shares
(docs/filters.md)."""

import django_filters
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from curation.language import name_sort_key
from listings.filters import DirectoryFilterSet, SlugMultipleChoiceFilter, YearFilter
from listings.templatetags.directory import display_year

from .models import SDG, Organisation, Province, Region, Theme


def region_filter(path):
    """`region=<slug>` (repeatable) over the region reached through `path`."""
    return SlugMultipleChoiceFilter(
        field_name=f"{path}__slug",
        to_field_name="slug",
        queryset=Region.objects.all(),
        label=_("Region"),
    )


def province_filter(path):
    """`province=<ISO code>` (repeatable) over the province(s) at `path`."""
    return SlugMultipleChoiceFilter(
        field_name=f"{path}__code",
        to_field_name="code",
        queryset=Province.objects.all(),
        label=_("Province"),
    )


def theme_filter():
    return SlugMultipleChoiceFilter(
        field_name="themes__slug",
        to_field_name="slug",
        queryset=Theme.objects.all(),
        label=_("Theme"),
    )


def sdg_filter():
    return SlugMultipleChoiceFilter(
        field_name="sdgs__number",
        to_field_name="number",
        queryset=SDG.objects.all(),
        label=_("Sustainable Development Goal"),
    )


SORT_CHOICES = [
    ("relevance", _("Relevance")),
    ("name", _("Name")),
    ("-updated", _("Recently updated")),
    ("founded", _("Year founded")),
]


#: Founding years the data allows (the check constraint on Organisation.founded_year).
FOUNDED_RANGE = (1800, 2100)


class OrganisationFilter(DirectoryFilterSet):
    FACETS = {
        "region": "province__region__slug",
        "province": "province__code",
        "theme": "themes__slug",
        "sdg": "sdgs__number",
        "kind": "kind",
        "consortium": "is_consortium_member",
    }

    region = region_filter("province__region")
    province = province_filter("province")
    theme = theme_filter()
    sdg = sdg_filter()
    kind = django_filters.MultipleChoiceFilter(choices=Organisation.Kind.choices, label=_("Kind"))
    consortium = django_filters.ChoiceFilter(
        method="filter_consortium",
        choices=[("1", _("Consortium members only"))],
        label=_("University SSE consortium"),
    )
    founded_min = YearFilter(
        field_name="founded_year",
        lookup_expr="gte",
        label=_("Founded in or after"),
        min_value=FOUNDED_RANGE[0],
        max_value=FOUNDED_RANGE[1],
    )
    founded_max = YearFilter(
        field_name="founded_year",
        lookup_expr="lte",
        label=_("Founded in or before"),
        min_value=FOUNDED_RANGE[0],
        max_value=FOUNDED_RANGE[1],
    )
    sort = django_filters.ChoiceFilter(
        method="filter_sort", choices=SORT_CHOICES, label=_("Sort by"), empty_label=None
    )

    class Meta:
        model = Organisation
        fields = []

    def filter_consortium(self, queryset, name, value):
        return queryset.filter(is_consortium_member=True) if value == "1" else queryset

    def sort_queryset(self, queryset, value):
        if value == "founded":
            return queryset.order_by(F("founded_year").asc(nulls_last=True), name_sort_key())
        return super().sort_queryset(queryset, value)

    def active_filters(self):
        """The facets' chips, and one per valid founding-year bound (Buddhist Era on Thai
        pages)."""
        active = super().active_filters()
        for name in ("founded_min", "founded_max"):
            year = self.form.cleaned_data.get(name)
            if year is None or not hasattr(self.data, "getlist"):
                continue
            value = self.data.get(name)
            active.append(
                {
                    "name": name,
                    "value": value,
                    "label": (self.filters[name].label, display_year(year)),
                    "remove_query": self.query_without(name, value),
                }
            )
        return active

    def facet_counts(self, name):
        counts = super().facet_counts(name)
        if name == "consortium":
            return {"1": counts.get(True, 0)}
        return counts

    def options(self, name):
        if name == "kind":
            return [(value, label, None) for value, label in Organisation.Kind.choices]
        if name == "consortium":
            return [("1", _("Consortium members only"), None)]
        return reference_options(name)


def reference_options(name):
    """(value, label, group) for the facets over reference data, in display order."""
    if name == "region":
        return [(r.slug, r.name, None) for r in Region.objects.all()]
    if name == "province":
        provinces = Province.objects.select_related("region").order_by(
            "region__order", name_sort_key()
        )
        return [(p.code, p.name, p.region.name) for p in provinces]
    if name == "theme":
        return [(t.slug, t.name, None) for t in Theme.objects.all()]
    if name == "sdg":
        return [(s.number, f"{s.number}. {s.name}", None) for s in SDG.objects.all()]
    raise KeyError(name)
