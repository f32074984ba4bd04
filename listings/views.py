"""The views behind every public list: the filtered page, its embed and its download.

Each entity app subclasses these and says only what is particular to it: its FilterSet, its
published queryset, its templates and the URL names of its embed, download and feed.
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponseBadRequest
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils.cache import patch_vary_headers
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.generic import ListView

from curation.aggregates import cached_count

from . import search

#: A query that finds fewer entries than this also gets "Did you mean …?" suggestions.
SUGGEST_BELOW = 3


class CachedCountPaginator(Paginator):
    """Counts the matches once per filter state and data version (curation/aggregates.py)."""

    @cached_property
    def count(self):
        return cached_count(self.object_list)


class FilteredListView(ListView):
    """A public list driven by a FilterSet: all state in the query string.

    A request from the page's own script (header `X-Requested-With: fetch`) gets only the
    results block, which the script swaps in; every other request gets the whole page.
    """

    paginator_class = CachedCountPaginator
    filterset_class = None
    partial_template_name = None
    #: URL names of the same list as an embed, a download (with `fmt`) and an Atom feed.
    embed_url_name = export_url_name = feed_url_name = None

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

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        # The body depends on that header: a shared cache must not give the fragment as the page.
        patch_vary_headers(response, ["X-Requested-With"])
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = self.filterset
        context.update(
            filterset=filterset,
            facets=filterset.facet_options_cache,
            active_filters=filterset.active_filters(),
            filter_errors=filterset.labelled_errors(),
            query_string=filterset.query_string(),
            sort_value=filterset.sort_value,
            partner_links=self.partner_links(),
        )
        context.update(self.search_help(context["paginator"].count))
        return context

    def search_help(self, count):
        """Never a dead end: "Did you mean …?" when `q` finds little; when nothing is found,
        what each filter would give without it and what `q` finds among other kinds of entry."""
        filterset = self.filterset
        if not filterset.is_valid():
            return {}
        query = filterset.form.cleaned_data.get("q") or ""
        extra = {}
        if search.words(query) and count < SUGGEST_BELOW:
            found = set(self.object_list.values_list("pk", flat=True)) if count else set()
            extra["did_you_mean"] = filterset.suggestions(exclude=found)
        if count == 0:
            extra["relaxed_filters"] = filterset.relaxed_filters()
            if search.words(query):
                extra["elsewhere"] = search.matches_elsewhere(query, self.object_list.model)
        return extra

    def partner_links(self):
        """The current filters as an embed, downloads and a feed (for partner sites)."""
        if not self.embed_url_name:
            return None
        query = self.filterset.query_string()
        suffix = f"?{query}" if query else ""
        try:
            embed_path = reverse(self.embed_url_name)
        except NoReverseMatch:  # a site that does not mount the partner pages offers none
            return None
        embed_url = self.request.build_absolute_uri(embed_path + suffix)
        snippet = render_to_string(
            "includes/embed_snippet.html",
            {
                "embed_url": embed_url,
                "title": "{} · {}".format(
                    capfirst(self.object_list.model._meta.verbose_name_plural),
                    _("SSE Directory Thailand"),
                ),
                # The unhashed name, so that a pasted snippet keeps working after a deploy.
                "script_url": self.request.build_absolute_uri(
                    f"{settings.STATIC_URL}js/embed-resize.js"
                ),
            },
        ).strip()
        return {
            "embed_url": embed_url,
            "embed_snippet": snippet,
            "csv_url": reverse(self.export_url_name, kwargs={"fmt": "csv"}) + suffix,
            "json_url": reverse(self.export_url_name, kwargs={"fmt": "json"}) + suffix,
            "feed_url": reverse(self.feed_url_name) + suffix,
        }


def embed_frame_ancestors():
    """CSP frame-ancestors of embed pages: this site and EMBED_FRAME_ANCESTORS (or any: `*`)."""
    # A value with a quote, space or ";" would change the policy itself: it is left out.
    origins = [o for o in settings.EMBED_FRAME_ANCESTORS if not set(o) & set(";'\" \t")]
    return ["*"] if "*" in origins else ["'self'", *origins]


@method_decorator(xframe_options_exempt, name="dispatch")
class EmbedMixin:
    """A list for an iframe on a partner site: minimal page, framing allowed (only here)."""

    embed_url_name = None  # no "embed this list" panel inside an embed
    list_url_name = None

    def get_template_names(self):
        return [self.template_name]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = context["query_string"]
        context["full_list_url"] = self.request.build_absolute_uri(
            reverse(self.list_url_name) + (f"?{query}" if query else "")
        )
        return context

    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        response._csp_replace = {"frame-ancestors": embed_frame_ancestors()}
        return response


class FilteredExportView(View):
    """A filtered list as a CSV or JSON download: the page's filters, every page at once."""

    filterset_class = None
    dataset = None

    def base_queryset(self):
        return self.dataset.queryset()

    def get(self, request, fmt):
        filterset = self.filterset_class(
            request.GET, queryset=self.base_queryset(), request=request
        )
        if not filterset.is_valid():
            lines = [f"{field}: {' '.join(errors)}" for field, errors in filterset.errors.items()]
            return HttpResponseBadRequest(
                "\n".join(lines), content_type="text/plain; charset=utf-8"
            )
        list_url = reverse(self.list_url_name)
        query = filterset.query_string()
        source = request.build_absolute_uri(list_url + (f"?{query}" if query else ""))
        return self.dataset.response(fmt, filterset.qs, source=source)
