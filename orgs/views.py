from django.conf import settings
from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from .models import Organisation


class OrganisationListView(ListView):
    template_name = "orgs/organisation_list.html"
    context_object_name = "organisations"
    paginate_by = settings.PAGE_SIZE
    extra_context = {"nav": "organisations"}

    def get_queryset(self):
        return Organisation.objects.published().select_related("province__region").order_by_name()


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
