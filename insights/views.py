"""The insights pages and the downloads of each chart (CSV numbers, SVG, PNG)."""

import csv
import hashlib
import io

from django.core.cache import cache
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from curation.cache import data_version

from . import aggregates, charts, overview
from .dates import longdate

#: Seconds an aggregate stays cached; the data version in the key retires it sooner on a save.
CACHE_SECONDS = 60 * 60
#: The sans-serif Thai font of fonts-thai-tlwg (it has Latin letters and digits too).
PNG_FONT = "Loma"


#: The parameters that change what the page shows: the two lists' filters. Anything else in
#: the query string (a tracking parameter, a cache-buster) reuses the same cached entry.
KEY_PARAMETERS = frozenset(aggregates.OrganisationFilter.base_filters) | frozenset(
    aggregates.ProgrammeFilter.base_filters
)


def cache_key(kind, request):
    """The data version, the language and the filter parameters (their order ignored)."""
    pairs = sorted(
        (key, value)
        for key, values in request.GET.lists()
        if key in KEY_PARAMETERS
        for value in values
    )
    query = hashlib.sha256(repr(pairs).encode("utf-8")).hexdigest()[:32]
    # "v2": the cached errors carry each filter's label (overview.error_dict); entries of the
    # earlier shape are never read back.
    return f"insights:v2:{kind}:{data_version()}:{get_language()}:{query}"


def cached(kind, request, build):
    key = cache_key(kind, request)
    data = cache.get(key)
    if data is None:
        data = build(request.GET)
        cache.set(key, data, CACHE_SECONDS)
    return data


def query_string(request):
    return request.GET.urlencode()


@require_safe
def overview_page(request):
    data = cached("overview", request, overview.overview)
    context = {
        **data,
        "nav": "insights",
        "query_string": query_string(request),
        "values": {key: request.GET.get(key, "") for key in ("region", "theme", "kind")},
    }
    return render(request, "insights/overview.html", context)


@require_safe
def network_page(request):
    data = cached("network", request, overview.network_view)
    context = {
        **data,
        "nav": "insights",
        "query_string": query_string(request),
        "values": {key: request.GET.get(key, "") for key in ("programme", "region", "theme")},
    }
    return render(request, "insights/network.html", context)


def find_chart(request, chart):
    if chart == "network":
        data = cached("network", request, overview.network_view)
        return data["errors"], data["chart"]
    if chart not in overview.CHARTS:
        raise Http404("No such chart")
    data = cached("overview", request, overview.overview)
    return data["errors"], next(c for c in data["charts"] if c["slug"] == chart)


def standalone(request, chart):
    """The chart with its title and source, and absolute links that work in a downloaded file."""
    origin = request.build_absolute_uri("/").rstrip("/")
    note = "{} · {} · {}".format(
        _("SSE Directory Thailand"),
        longdate(timezone.localdate()),
        request.build_absolute_uri(reverse("insights:overview"))
        + (f"?{request.GET.urlencode()}" if request.GET else ""),
    )
    svg = charts.with_heading(chart["svg"], chart["title"], note)
    return svg.replace('href="/', f'href="{origin}/')


@require_safe
def download(request, chart, fmt):
    errors, data = find_chart(request, chart)
    if errors:
        lines = [f"{field}: {' '.join(error['messages'])}" for field, error in errors.items()]
        return HttpResponseBadRequest("\n".join(lines), content_type="text/plain; charset=utf-8")
    filename = f"sse-insights-{chart}-{get_language()}.{fmt}"
    if fmt == "csv":
        stream = io.StringIO()
        stream.write("\ufeff")  # so that spreadsheet programs read the Thai text as UTF-8
        writer = csv.writer(stream)
        writer.writerow(data["headers"])
        for row in data["rows"]:
            writer.writerow([item["text"] for item in row])
        response = HttpResponse(stream.getvalue(), content_type="text/csv; charset=utf-8")
    else:
        if not data["svg"]:
            raise Http404("Nothing to draw for these filters")
        svg = standalone(request, data)
        if fmt == "svg":
            response = HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")
        else:
            key = f"{cache_key('png-' + chart, request)}"
            png = cache.get(key)
            if png is None:
                png = render_png(svg)
                cache.set(key, png, CACHE_SECONDS)
            response = HttpResponse(png, content_type="image/png")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def render_png(svg):
    """The chart at twice its size, for slides; Thai text in the fonts of fonts-thai-tlwg."""
    import cairosvg

    # CairoSVG uses only the first family of a font list: name one that has Thai glyphs.
    svg = svg.replace(f'font-family="{charts.FONT}"', f'font-family="{PNG_FONT}"')
    return cairosvg.svg2png(bytestring=svg.encode("utf-8"), scale=2, background_color="white")
