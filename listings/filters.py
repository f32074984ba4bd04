"""The FilterSet base of every public list: the filter contract of docs/filters.md.

Pages, embeds, exports, feeds and the API all filter through subclasses of `DirectoryFilterSet`,
so a parameter means the same everywhere: repeated values of one parameter are OR, different
parameters are AND, unknown parameters are ignored and malformed values are reported through
`filterset.errors`.
"""

from urllib.parse import urlencode

import django_filters
from django import forms
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import Count
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from curation.aggregates import cached_list
from curation.language import name_sort_key

from . import search

#: A value that matches no option; Thai puts it the other way round: ไม่พบ “…”.
NOT_FOUND = _("“%(value)s” not found")

#: Parameters the pages understand besides the filters themselves.
PASSTHROUGH = ("page",)


def text_without_nul(value):
    if "\x00" in value:
        raise forms.ValidationError(_("The text contains a character that is not allowed."))


class SlugMultipleChoiceFilter(django_filters.ModelMultipleChoiceFilter):
    """A repeatable parameter matched against a natural key (slug, ISO code, number)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("conjoined", False)  # repeated values are OR
        kwargs.setdefault("distinct", True)
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        """Without DISTINCT: SELECT DISTINCT over whole rows must read and sort every match
        before ORDER BY … LIMIT, where a plain filter reads the sort index up to one page.
        A path through a to-one relation cannot repeat a row; one through a to-many relation
        is matched in a subquery (`pk IN (…)`), which cannot repeat one either."""
        if not value or not self.distinct:
            return super().filter(qs, value)
        self.distinct = False
        try:
            if not crosses_to_many(qs.model, self.field_name):
                return super().filter(qs, value)
            matched = super().filter(qs.model._default_manager.all(), value)
            return qs.filter(pk__in=matched.values("pk"))
        finally:
            self.distinct = True


def crosses_to_many(model, path):
    """True when the lookup `path` (e.g. "themes__slug") goes through a to-many relation."""
    for part in path.split("__"):
        try:
            field = model._meta.get_field(part)
        except FieldDoesNotExist:
            return False  # a lookup such as `in` or `iexact`
        if field.many_to_many or field.one_to_many:
            return True
        if not field.is_relation:
            return False
        model = field.related_model
    return False


class NaturalKeyMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Rejects NUL bytes and non-numeric numbers before they reach the database."""

    def _check_values(self, value):
        key = self.queryset.model._meta.get_field(self.to_field_name or "pk")
        numeric = isinstance(key, models.IntegerField)
        for item in value:
            text = str(item)
            # NUL bytes fail on PostgreSQL, numbers past 64 bits on SQLite: both are no choice.
            if "\x00" in text or (
                numeric and not (text.isascii() and text.isdigit() and len(text) < 10)
            ):
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": text.replace("\x00", "")},
                )
        return super()._check_values(value)


SlugMultipleChoiceFilter.field_class = NaturalKeyMultipleChoiceField


class YearFilter(django_filters.NumberFilter):
    """A whole year (Common Era, as stored), `lookup_expr` `gte` or `lte`, within
    `min_value`–`max_value`: anything else is a malformed value, never a database error."""

    field_class = forms.IntegerField


class DirectoryFilterSet(django_filters.FilterSet):
    """What organisation and programme lists share: search, facets, sorting, active filters."""

    #: facet parameter → the path whose values count entries for each option
    FACETS = {}

    q = django_filters.CharFilter(
        method="filter_q",
        label=_("Search"),
        max_length=100,
        validators=[text_without_nul, search.validate_query],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Say what was not found, not Django's "Select a valid choice. … is not one of the
        # available choices."; the page puts the filter's label in front (labelled_errors()).
        for field in self.form.fields.values():
            if "invalid_choice" in field.error_messages:
                field.error_messages["invalid_choice"] = NOT_FOUND

    def labelled_errors(self):
        """[(label, messages)] of the values that could not be used, each named by the
        filter's label in the page language (not the parameter): "ภาค: ไม่พบ “nowhere”"."""
        return [
            (self.filters[name].label if name in self.filters else name, list(messages))
            for name, messages in self.errors.items()
        ]

    def filter_q(self, queryset, name, value):
        # Every word must occur (listings/search.py: the one implementation of `q`).
        return queryset.search(value)

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if not self.form.cleaned_data.get("sort"):
            queryset = self.sort_queryset(queryset, self.sort_value)
        return queryset

    @property
    def sort_value(self):
        """The order asked for, else relevance (which is name order when there is no `q`)."""
        self.errors  # noqa: B018 - validates the form, filling cleaned_data
        return self.form.cleaned_data.get("sort") or "relevance"

    def filter_sort(self, queryset, name, value):
        return self.sort_queryset(queryset, value)

    def sort_queryset(self, queryset, value):
        if value == "-updated":
            return queryset.order_by("-updated", "slug")
        query = self.form.cleaned_data.get("q") or ""
        if value == "relevance" and search.words(query):
            # Bands (exact name, name prefix, other name, other fields), by name within each.
            return queryset.by_relevance(query, name_sort_key(), "slug")
        return queryset.order_by_name()

    # --- facets ------------------------------------------------------------------------------

    def _filtered_without(self, name):
        """The queryset with every valid filter applied except `name` (validated only once)."""
        self.errors  # noqa: B018 - validates the form, filling cleaned_data
        queryset = self.queryset.all()
        for field, value in self.form.cleaned_data.items():
            if field not in (name, "sort"):
                queryset = self.filters[field].filter(queryset, value)
        return queryset

    def facet_counts(self, name):
        """Entries each option of `name` would give together with the other active filters."""
        path = self.FACETS[name]
        queryset = self._filtered_without(name).order_by()
        # COUNT(DISTINCT) sorts every row; it is needed only when a filter joined a to-many
        # relation (those filters make the queryset distinct). Otherwise each row of the
        # grouping is one entry, or one (entry, option) pair of a many-to-many, which is unique.
        distinct = queryset.query.distinct
        rows = queryset.values(path).annotate(n=Count("pk", distinct=distinct)).order_by()
        # Cached per filter state and data version: one grouped count per facet when the
        # data changed, none on the next requests (curation/aggregates.py).
        return {row[path]: row["n"] for row in cached_list(rows) if row[path] is not None}

    def facet_options(self):
        """Options of every facet with their counts, for the filter form."""
        facets = []
        for name in self.FACETS:
            counts = self.facet_counts(name)
            selected = set(self.data.getlist(name)) if hasattr(self.data, "getlist") else set()
            options = [
                {
                    "value": str(value),
                    "label": label,
                    "count": counts.get(value, 0),
                    "selected": str(value) in selected,
                    "group": group,
                }
                for value, label, group in self.options(name)
            ]
            facets.append({"name": name, "label": self.filters[name].label, "options": options})
        return facets

    def options(self, name):
        """(value, label, group) for each option of a facet, in display order."""
        raise NotImplementedError

    # --- the visitor's view of the active filters --------------------------------------------

    def active_filters(self):
        """[(label, url without this value)] for the summary of active filters."""
        labels = {}
        for facet in self.facet_options_cache:
            for option in facet["options"]:
                labels[(facet["name"], option["value"])] = (facet["label"], option["label"])
        active = []
        for name in self.filters:
            if name == "sort":
                continue
            for value in self.data.getlist(name) if hasattr(self.data, "getlist") else []:
                if not value:
                    continue
                if name == "q":
                    label = (self.filters["q"].label, f"“{value}”")
                else:
                    label = labels.get((name, value))
                    if label is None:
                        continue  # malformed values are reported as errors instead
                active.append(
                    {
                        "name": name,
                        "value": value,
                        "label": label,
                        "remove_query": self.query_without(name, value),
                    }
                )
        return active

    def relaxed_filters(self):
        """The active filters, each with the number of entries there would be without it.

        Shown when nothing matches, so that the visitor sees which filter to drop.
        """
        relaxed = []
        for active in self.active_filters():
            without = type(self)(
                QueryDict(active["remove_query"]), queryset=self.queryset, request=self.request
            )
            relaxed.append({**active, "count": without.qs.count()})
        return relaxed

    def suggestions(self, exclude=()):
        """[(name, query string)] close to `q` among the entries the other filters allow."""
        query = self.form.cleaned_data.get("q") or ""
        if not search.words(query):
            return []
        found = search.suggestions(self._filtered_without("q"), query, exclude=exclude)
        return [(name, self.query_string(q=name)) for name, _entry in found]

    def clear_suggestion(self):
        """The one name clearly meant by a `q` that finds nothing, or None (listings/search.py:
        clear_choice), among the entries the other filters allow."""
        query = self.form.cleaned_data.get("q") or ""
        if not search.words(query):
            return None
        return search.clear_choice(search.scored_suggestions(self._filtered_without("q"), query))

    @property
    def facet_options_cache(self):
        if not hasattr(self, "_facet_options"):
            self._facet_options = self.facet_options()
        return self._facet_options

    def query_without(self, name, value):
        pairs = [
            (key, item)
            for key in self.data
            if key in self.filters
            for item in self.data.getlist(key)
            if item and not (key == name and item == value)
        ]
        return urlencode(pairs)

    def query_string(self, **changes):
        """The current filters as a query string (without `page`), with some values replaced."""
        pairs = [
            (key, item)
            for key in self.data
            if key in self.filters and key not in changes
            for item in self.data.getlist(key)
            if item
        ]
        pairs += [(key, value) for key, value in changes.items() if value not in (None, "")]
        return urlencode(pairs)
