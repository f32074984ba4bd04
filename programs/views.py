"""Programme pages: the list, its embed and download, and the programme's page."""

from itertools import groupby

from django.db.models import Prefetch
from django.views.generic import DetailView

from curation.language import name_sort_key
from curation.permalinks import PermalinkMixin
from listings.views import EmbedMixin, FilteredExportView, FilteredListView
from orgs.models import Organisation, Province

from . import datasets
from .filters import ProgrammeFilter
from .linked_data import programme_json_ld
from .models import Event, Participation, Programme


class ProgrammeListView(FilteredListView):
    template_name = "programs/programme_list.html"
    partial_template_name = "programs/includes/programme_results.html"
    context_object_name = "programmes"
    filterset_class = ProgrammeFilter
    extra_context = {"nav": "programmes"}
    embed_url_name = "embed_programmes"
    export_url_name = "programs:programme_export"
    feed_url_name = "feed_programmes"

    def base_queryset(self):
        return Programme.objects.published().select_related("host", "parent")


class ProgrammeEmbedView(EmbedMixin, ProgrammeListView):
    template_name = "programs/programme_embed.html"
    list_url_name = "programs:programme_list"


class ProgrammeExportView(FilteredExportView):
    filterset_class = ProgrammeFilter
    dataset = datasets.PROGRAMMES
    list_url_name = "programs:programme_list"


class ProgrammeDetailView(PermalinkMixin, DetailView):
    template_name = "programs/programme_detail.html"
    context_object_name = "programme"
    extra_context = {"nav": "programmes"}
    list_url_name = "programs:programme_list"

    def get_queryset(self):
        published = Programme.objects.published()
        public_participations = Participation.objects.filter(
            organisation__in=Organisation.objects.published()
        ).select_related("organisation__province")
        return published.select_related("parent", "host", "province__region").prefetch_related(
            "themes",
            "sdgs",
            # In the page language's dictionary order (Thai order on Thai pages), not by code.
            Prefetch("provinces", queryset=Province.objects.order_by(name_sort_key())),
            Prefetch(
                "units",
                queryset=published.select_related("host", "province").order_by_name(),
                to_attr="published_units",
            ),
            Prefetch(
                "events",
                queryset=Event.objects.select_related("province").order_by("start_date", "slug"),
                to_attr="ordered_events",
            ),
            Prefetch(
                "participations", queryset=public_participations, to_attr="public_participations"
            ),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        role_order = {value: index for index, value in enumerate(Participation.Role.values)}
        participations = sorted(
            self.object.public_participations,
            key=lambda p: (role_order[p.role], str(p.organisation)),
        )
        context["roles"] = [
            (members[0].get_role_display(), members)
            for _, members in (
                (role, list(group)) for role, group in groupby(participations, key=lambda p: p.role)
            )
        ]
        programme = self.object
        context.update(
            json_ld=programme_json_ld(
                self.request, programme, participations, programme.ordered_events
            ),
            meta_title=programme.name,
            meta_description=programme.summary or programme.name,
        )
        return context
