"""What programmes add to organisations: the `programme=` filter, the profile's programme
sections, and the same for the organisation list's embed, download, feed and API.

`orgs` knows nothing of programmes. This app, which knows both, extends orgs' FilterSet and
views here, and the site's URLconf (sse_directory/urls.py) mounts these classes in place of
orgs' own (docs/architecture.md says why).
"""

import django_filters
from django.utils.translation import gettext_lazy as _

from listings.api import describe_filters
from listings.filters import text_without_nul
from orgs import api, feeds, views
from orgs import filters as orgs_filters
from orgs.models import Organisation

from .models import Participation, Programme


class OrganisationFilter(orgs_filters.OrganisationFilter):
    """orgs' parameters, and `programme=<slug>`: organisations taking part in that programme."""

    programme = django_filters.CharFilter(
        method="filter_programme",
        label=_("Programme"),
        max_length=120,
        validators=[text_without_nul],
    )

    class Meta(orgs_filters.OrganisationFilter.Meta):
        pass

    def filter_programme(self, queryset, name, value):
        programmes = Programme.objects.published().filter(slug=value)
        return queryset.filter(participations__programme__in=programmes).distinct()


def organisation_programmes(organisation):
    """Profile context for an organisation: its programmes with roles, and partners met there."""
    participations = list(
        Participation.objects.filter(
            organisation=organisation, programme__in=Programme.objects.published()
        )
        .select_related("programme")
        .order_by("programme__start_date", "programme__slug", "role")
    )
    programme_ids = {p.programme_id for p in participations}
    partners = (
        Organisation.objects.published()
        .filter(participations__programme__in=programme_ids)
        .exclude(pk=organisation.pk)
        .distinct()
        .select_related("province")
        .order_by_name()
    )
    hosted_units = (
        Programme.objects.published().filter(host=organisation).select_related("province")
    )
    return {
        "participations": participations,
        "partners": list(partners),
        "hosted_units": list(hosted_units.order_by_name()),
    }


class OrganisationListView(views.OrganisationListView):
    filterset_class = OrganisationFilter


class OrganisationEmbedView(views.OrganisationEmbedView):
    filterset_class = OrganisationFilter


class OrganisationExportView(views.OrganisationExportView):
    filterset_class = OrganisationFilter


class OrganisationDetailView(views.OrganisationDetailView):
    """The profile with the organisation's programmes, hosted units and partners."""

    template_name = "programs/organisation_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(organisation_programmes(self.object))
        return context


class OrganisationFeed(feeds.OrganisationFeed):
    filterset_class = OrganisationFilter


class OrganisationViewSet(api.OrganisationViewSet):
    __doc__ = api.OrganisationViewSet.__doc__
    filterset_class = describe_filters(OrganisationFilter)
