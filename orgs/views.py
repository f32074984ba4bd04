"""Organisation pages: the list, its embed and download, and the profile."""

from django.db.models import Prefetch
from django.views.generic import DetailView

from curation.language import name_sort_key
from curation.permalinks import PermalinkMixin
from listings.views import EmbedMixin, FilteredExportView, FilteredListView

from . import datasets
from .filters import OrganisationFilter
from .linked_data import organisation_json_ld
from .models import Organisation, Province


class OrganisationListView(FilteredListView):
    template_name = "orgs/organisation_list.html"
    partial_template_name = "orgs/includes/organisation_results.html"
    context_object_name = "organisations"
    filterset_class = OrganisationFilter
    extra_context = {"nav": "organisations"}
    embed_url_name = "embed_organisations"
    export_url_name = "orgs:organisation_export"
    feed_url_name = "feed_organisations"

    def base_queryset(self):
        return Organisation.objects.published().select_related("province__region")


class OrganisationEmbedView(EmbedMixin, OrganisationListView):
    template_name = "orgs/organisation_embed.html"
    list_url_name = "orgs:organisation_list"


class OrganisationExportView(FilteredExportView):
    filterset_class = OrganisationFilter
    dataset = datasets.ORGANISATIONS
    list_url_name = "orgs:organisation_list"


class OrganisationDetailView(PermalinkMixin, DetailView):
    template_name = "orgs/organisation_detail.html"
    context_object_name = "organisation"
    extra_context = {"nav": "organisations"}
    list_url_name = "orgs:organisation_list"

    def get_queryset(self):
        published = Organisation.objects.published()
        return published.select_related("province__region", "parent").prefetch_related(
            "themes",
            "sdgs",
            # In the page language's dictionary order (Thai order on Thai pages), not by code.
            Prefetch("area_provinces", queryset=Province.objects.order_by(name_sort_key())),
            Prefetch("children", queryset=published.order_by_name(), to_attr="published_children"),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        organisation = self.object
        context.update(
            json_ld=organisation_json_ld(self.request, organisation),
            meta_title=organisation.name,
            meta_description=organisation.summary or organisation.name,
            meta_image=(
                self.request.build_absolute_uri(organisation.logo.url) if organisation.logo else ""
            ),
        )
        return context
