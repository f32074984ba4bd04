"""The Atom feed of recently published or updated organisations."""

from django.utils.translation import gettext_lazy as _

from listings.feeds import UpdatesFeed

from .filters import OrganisationFilter
from .models import Organisation


class OrganisationFeed(UpdatesFeed):
    list_url_name = "orgs:organisation_list"
    filterset_class = OrganisationFilter
    model = Organisation
    title_text = _("SSE Directory Thailand: recently updated organisations")
    description = _("Organisations recently published or updated in the SSE Directory Thailand.")
