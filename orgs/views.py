from django.conf import settings
from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from .filters import OrganisationFilter
from .models import Organisation


class FilteredListView(ListView):
    """A public list driven by a FilterSet: all state in the query string.

    A request from the page's own script (header `X-Requested-With: fetch`) gets only the
    results block, which the script swaps in; every other request gets the whole page.
    """

    filterset_class = None
    partial_template_name = None

    def get_paginate_by(self, queryset):
        return settings.PAGE_SIZE

    def base_queryset(self):
        raise NotImplementedError

    def get_queryset(self):
        self.filterset = self.filterset_class(
            self.request.GET, queryset=self.base_queryset(), request=self.request
        )
        return self.filterset.qs

    def paginate_queryset(self, queryset, page_size):
        # Out-of-range or malformed page numbers show the nearest real page instead of failing.
        paginator = self.get_paginator(queryset, page_size)
        try:
            number = int(self.request.GET.get("page", 1))
        except (TypeError, ValueError):
            number = 1
        page = paginator.page(min(max(number, 1), paginator.num_pages))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_template_names(self):
        if self.request.headers.get("X-Requested-With") == "fetch":
            return [self.partial_template_name]
        return super().get_template_names()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = self.filterset
        context.update(
            filterset=filterset,
            facets=filterset.facet_options_cache,
            active_filters=filterset.active_filters(),
            filter_errors=filterset.errors,
            query_string=filterset.query_string(),
            sort_value=filterset.form.cleaned_data.get("sort") or "name",
        )
        return context


class OrganisationListView(FilteredListView):
    template_name = "orgs/organisation_list.html"
    partial_template_name = "orgs/includes/organisation_results.html"
    context_object_name = "organisations"
    filterset_class = OrganisationFilter
    extra_context = {"nav": "organisations"}

    def base_queryset(self):
        return Organisation.objects.published().select_related("province__region")


class OrganisationDetailView(DetailView):
    template_name = "orgs/organisation_detail.html"
    context_object_name = "organisation"
    extra_context = {"nav": "organisations"}

    def get_queryset(self):
        published = Organisation.objects.published()
        return published.select_related("province__region", "parent").prefetch_related(
            "themes",
            "sdgs",
            "area_provinces",
            Prefetch("children", queryset=published.order_by_name(), to_attr="published_children"),
        )

    def get_context_data(self, **kwargs):
        # Programmes live in the programs app, which depends on this one; it contributes the
        # organisation's programmes and partners through a hook rather than an import here.
        context = super().get_context_data(**kwargs)
        for contribute in PROFILE_CONTRIBUTORS:
            context.update(contribute(self.object))
        return context


#: Callables (organisation → dict of extra context) registered by apps that build on this one.
PROFILE_CONTRIBUTORS = []
