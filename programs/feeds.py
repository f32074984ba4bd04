from django.core.exceptions import BadRequest
from django.utils.translation import gettext_lazy as _

from listings.feeds import FEED_LENGTH, UpdatesFeed, filtered, newest

from .filters import ProgrammeFilter
from .models import Programme
from .organisations import OrganisationFeed


class ProgrammeFeed(UpdatesFeed):
    list_url_name = "programs:programme_list"
    filterset_class = ProgrammeFilter
    model = Programme
    title_text = _("SSE Directory Thailand: recently updated programmes")
    description = _("Programmes recently published or updated in the SSE Directory Thailand.")


class CombinedFeed(UpdatesFeed):
    """Organisations and programmes together, with the same filter parameters.

    A value that only one of them understands (`kind=cooperative` names no programme kind) leaves
    the other out; a value that neither understands is a 400.
    """

    list_url_name = "home"
    parts = (OrganisationFeed, ProgrammeFeed)

    def find(self, request):
        items, understood = [], False
        for part in self.parts:
            queryset, _filterset = filtered(
                part.filterset_class, part.model.objects.published(), request
            )
            if queryset is not None:
                understood = True
                items += newest(queryset)
        if not understood:
            raise BadRequest(_("Some filter values are not valid."))
        items.sort(key=lambda item: item.updated, reverse=True)
        return items[:FEED_LENGTH], ""
