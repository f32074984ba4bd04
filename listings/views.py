"""The views behind every public list: the filtered page, its embed and its download.

Each entity app subclasses these and says only what is particular to it: its FilterSet, its
published queryset, its templates and the URL names of its embed, download and feed.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponseBadRequest
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils.cache import patch_vary_headers
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import get_language, override
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.generic import ListView

from curation.aggregates import cached_count

from . import search
from .throttle import too_many_exports

#: A query that finds fewer entries than this also gets "Did you mean …?" suggestions.
SUGGEST_BELOW = 3
#: The page parameter that turns the clear-typo correction off: the query exactly as typed.
AS_TYPED = "as_typed"

#: Embeds show `count` entries per page (default PAGE_SIZE, larger values are reduced to this)
#: as `style=full` cards (with the summary, the default) or `style=compact` ones.
EMBED_COUNT_MAX = 50
EMBED_STYLES = ("full", "compact")


class EmbedOptionError(ValueError):
    """A malformed `count` or `style` on an embed address; the message is for the partner."""


def embed_options(params):
    """(count, style) of an embed from its query string; EmbedOptionError when malformed.

    `count` is a whole number of entries per page, 1 or more; values above EMBED_COUNT_MAX are
    reduced to it. `style` is `full` or `compact`. Absent parameters take the defaults.
    """
    count, style = settings.PAGE_SIZE, "full"
    if "count" in params:
        text = params.get("count", "")
        if not (text.isascii() and text.isdigit() and len(text) < 10 and int(text) > 0):
            raise EmbedOptionError(
                _("count: a whole number from 1 to %(max)d (entries per page) was expected.")
                % {"max": EMBED_COUNT_MAX}
            )
        count = min(int(text), EMBED_COUNT_MAX)
    if "style" in params:
        style = params.get("style", "")
        if style not in EMBED_STYLES:
            raise EmbedOptionError(_("style: “full” or “compact” was expected."))
    return count, style


def filter_pairs(filterset):
    """(parameter, value) of every filter in the query string, in its order (no `page`)."""
    data = filterset.data
    return [
        (key, value)
        for key in data
        if key in filterset.filters
        for value in data.getlist(key)
        if value
    ]


def embed_query(pairs, count, style):
    """The query string of an embed: its filters, then `count` and `style` when not default."""
    pairs = list(pairs)
    if count != settings.PAGE_SIZE:
        pairs.append(("count", count))
    if style != "full":
        pairs.append(("style", style))
    return urlencode(pairs)


class CachedCountPaginator(Paginator):
    """Counts the matches once per filter state and data version (curation/aggregates.py)."""

    @cached_property
    def count(self):
        return cached_count(self.object_list)

    @cached_property
    def num_pages(self):
        """No deeper than LIST_MAX_DEPTH entries: an OFFSET of tens of thousands of rows reads
        them all, and nobody pages that far (the filters and the downloads are the way on)."""
        if self.count == 0 and not self.allow_empty_first_page:
            return 0
        pages = max(1, -(-self.count // self.per_page))
        return min(pages, max(1, settings.LIST_MAX_DEPTH // self.per_page))

    @property
    def reach(self):
        """How many matches the pages show, at most."""
        return min(self.count, self.num_pages * self.per_page)

    @property
    def truncated(self):
        """True when the pages stop before the last match."""
        return self.reach < self.count


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

    #: A `q` that finds nothing shows the results of the one name clearly meant, said as such
    #: (not in embeds, whose filters are the partner's; never in the API or downloads).
    shows_clear_suggestion = True

    def get_queryset(self):
        self.filterset = self.filterset_class(
            self.request.GET, queryset=self.base_queryset(), request=self.request
        )
        self.corrected = None
        if self.shows_clear_suggestion and AS_TYPED not in self.request.GET:
            self.correct_clear_typo()
        return self.filterset.qs

    def correct_clear_typo(self):
        """When `q` finds nothing and one name is clearly meant, list that name's entries
        instead, with a link to the query as typed (`as_typed=1`)."""
        filterset = self.filterset
        if not filterset.is_valid() or not search.words(filterset.form.cleaned_data.get("q")):
            return
        if cached_count(filterset.qs):
            return
        name = filterset.clear_suggestion()
        if not name:
            return
        data = self.request.GET.copy()
        data["q"] = name
        typed = self.request.GET.copy()
        typed[AS_TYPED] = "1"
        typed.pop("page", None)
        self.corrected = {
            "typed": filterset.form.cleaned_data["q"],
            "shown": name,
            "typed_query": typed.urlencode(),
        }
        self.filterset = self.filterset_class(
            data, queryset=self.base_queryset(), request=self.request
        )

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
            corrected=self.corrected,
        )
        if not self.corrected:
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
        """The current filters as an embed, downloads and a feed (for partner sites).

        The embed builder's choices come from `embed_lang`, `embed_count`, `embed_style` and
        `embed_keep` (the filters to keep) in the page's own query string, so that it works
        without JavaScript as a plain form; static/js/embed-builder.js then updates the code in
        place from the same template (`embed_template`).
        """
        if not self.embed_url_name:
            return None
        query = self.filterset.query_string()
        suffix = f"?{query}" if query else ""
        try:
            reverse(self.embed_url_name)
        except NoReverseMatch:  # a site that does not mount the partner pages offers none
            return None
        builder = self.embed_builder()
        embed_url = builder["urls"][builder["lang"]] + (
            f"?{builder['query']}" if builder["query"] else ""
        )
        return {
            "embed_url": embed_url,
            "embed_snippet": self.embed_snippet(embed_url, builder["titles"][builder["lang"]]),
            "embed_template": self.embed_snippet("{url}", "{title}"),
            "builder": builder,
            "csv_url": reverse(self.export_url_name, kwargs={"fmt": "csv"}) + suffix,
            "json_url": reverse(self.export_url_name, kwargs={"fmt": "json"}) + suffix,
            "xlsx_url": reverse(self.export_url_name, kwargs={"fmt": "xlsx"}) + suffix,
            "feed_url": reverse(self.feed_url_name) + suffix,
        }

    def embed_snippet(self, embed_url, title):
        return render_to_string(
            "includes/embed_snippet.html",
            {
                "embed_url": embed_url,
                "title": title,
                # The unhashed name, so that a pasted snippet keeps working after a deploy.
                "script_url": self.request.build_absolute_uri(
                    f"{settings.STATIC_URL}js/embed-resize.js"
                ),
            },
        ).strip()

    def embed_builder(self):
        """The partner's choices for the embed: language, filters kept, count and style."""
        get = self.request.GET
        languages = [code for code, _name in settings.LANGUAGES]
        lang = get.get("embed_lang")
        if lang not in languages:
            lang = get_language() if get_language() in languages else languages[0]
        try:
            count, _style = embed_options({"count": get.get("embed_count", "")})
        except EmbedOptionError:
            count = settings.PAGE_SIZE
        style = get.get("embed_style") if get.get("embed_style") in EMBED_STYLES else "full"
        # Until the form is sent, every active filter is kept.
        chosen = "embed_lang" in get
        keep = set(get.getlist("embed_keep"))
        labels = {(a["name"], a["value"]): a["label"] for a in self.filterset.active_filters()}
        pairs = []
        for key, value in filter_pairs(self.filterset):
            pair = urlencode([(key, value)])
            label = labels.get((key, value))  # None: kept always (sort, programme, …)
            kept = label is None or not chosen or pair in keep
            pairs.append({"name": key, "value": value, "pair": pair, "label": label, "kept": kept})
        urls, titles = {}, {}
        plural = self.object_list.model._meta.verbose_name_plural
        for code in languages:
            with override(code):
                urls[code] = self.request.build_absolute_uri(reverse(self.embed_url_name))
                titles[code] = "{} · {}".format(capfirst(str(plural)), _("SSE Directory Thailand"))
        return {
            "lang": lang,
            "languages": [
                {"code": code, "name": name, "selected": code == lang}
                for code, name in settings.LANGUAGES
            ],
            "count": count,
            "default_count": settings.PAGE_SIZE,
            "max_count": EMBED_COUNT_MAX,
            "style": style,
            "pairs": pairs,
            "keepable": any(p["label"] for p in pairs),
            "query": embed_query(
                [(p["name"], p["value"]) for p in pairs if p["kept"]], count, style
            ),
            "urls": urls,
            "titles": titles,
            "open": chosen,
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
    shows_clear_suggestion = False  # the partner's filters, exactly
    embed_count = settings.PAGE_SIZE
    embed_style = "full"

    def get(self, request, *args, **kwargs):
        try:
            self.embed_count, self.embed_style = embed_options(request.GET)
        except EmbedOptionError as error:
            return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")
        return super().get(request, *args, **kwargs)

    def get_paginate_by(self, queryset):
        return self.embed_count

    def get_template_names(self):
        return [self.template_name]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = context["query_string"]
        context["full_list_url"] = self.request.build_absolute_uri(
            reverse(self.list_url_name) + (f"?{query}" if query else "")
        )
        # Links between the embed's pages keep its count and style.
        context["query_string"] = embed_query(
            filter_pairs(self.filterset), self.embed_count, self.embed_style
        )
        context["compact"] = self.embed_style == "compact"
        return context

    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        response._csp_replace = {"frame-ancestors": embed_frame_ancestors()}
        return response


class FilteredExportView(View):
    """A filtered list as a CSV, XLSX or JSON download: the page's filters, every page at once;
    the readable columns in the page's language."""

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
        limited = too_many_exports(request)
        if limited:
            return limited
        list_url = reverse(self.list_url_name)
        query = filterset.query_string()
        source = request.build_absolute_uri(list_url + (f"?{query}" if query else ""))
        if not query:
            # The whole list, in the list's order: a file built once per data version.
            return self.dataset.whole_response(
                fmt, filterset.qs, source=source, stem=f"{self.dataset.name}-list"
            )
        return self.dataset.response(fmt, filterset.qs, source=source)
