"""Atom feeds of recently published or updated entries, filtered like the lists (the base).

`/<lang>/feeds/organisations/?region=northern` follows the same parameters as
`/<lang>/organisations/?region=northern`; a malformed value is a 400 rather than a silent
"everything" (a feed reader shows no message).
"""

from dataclasses import dataclass, field

from django.contrib.syndication.views import Feed
from django.core.exceptions import BadRequest
from django.http import HttpResponseBadRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

#: Entries in one feed.
FEED_LENGTH = 30


@dataclass
class FeedRequest:
    """What one request asked for: the list it mirrors and the entries found."""

    link: str
    query: str
    feed_url: str
    items: list = field(default_factory=list)


def filtered(filterset_class, queryset, request):
    """(filtered queryset, filterset), or (None, filterset) when a value is malformed."""
    filterset = filterset_class(request.GET, queryset=queryset, request=request)
    if not filterset.is_valid():
        return None, filterset
    return filterset.qs, filterset


def newest(queryset):
    return list(queryset.order_by("-updated", "slug")[:FEED_LENGTH])


class UpdatesFeed(Feed):
    """A feed of one kind of entry: Atom, newest first, text in the page's language."""

    feed_type = Atom1Feed
    list_url_name = None
    filterset_class = None
    model = None
    title_text = _("SSE Directory Thailand: recent updates")
    description = _(
        "Organisations and programmes recently published or updated in the SSE Directory Thailand."
    )

    def __call__(self, request, *args, **kwargs):
        try:
            return super().__call__(request, *args, **kwargs)
        except BadRequest as error:
            return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")

    def get_object(self, request, *args, **kwargs):
        items, query = self.find(request)
        link = reverse(self.list_url_name) + (f"?{query}" if query else "")
        return FeedRequest(link=link, query=query, feed_url=request.get_full_path(), items=items)

    def find(self, request):
        queryset, filterset = filtered(
            self.filterset_class, self.model.objects.published(), request
        )
        if queryset is None:
            raise BadRequest(_("Some filter values are not valid."))
        return newest(queryset), filterset.query_string()

    def title(self, obj):
        return str(self.title_text)

    def subtitle(self, obj):
        return str(self.description)

    def link(self, obj):
        return obj.link

    def feed_url(self, obj):
        return obj.feed_url

    def items(self, obj):
        return obj.items

    def item_title(self, item):
        return item.name

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_absolute_url()

    def item_updateddate(self, item):
        return item.updated

    def item_pubdate(self, item):
        return item.status_changed or item.created

    def item_categories(self, item):
        return [item.get_kind_display()]
