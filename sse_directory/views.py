"""Site-wide pages that bring organisations and programmes together."""

from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.db import connection
from django.db.models import Count, Prefetch, Q
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.templatetags.static import static
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from curation.aggregates import cached_count, cached_list
from curation.language import name_sort_key
from curation.models import published_q
from listings import search as search_tools
from listings.filters import text_without_nul
from listings.throttle import too_many_exports
from listings.views import AS_TYPED
from orgs import thailand_map
from orgs.models import Organisation, Province, Region, Theme
from programs.models import Event, Participation, Programme

from . import open_data as data
from .open_data import DATASETS, DATASETS_BY_NAME, LICENCE

PUBLISHED_ORGS = published_q("organisations")


def province_map(organisations, region=None):
    """The home/region/theme map: organisations per province, coloured, with the table under it
    in the page's name order; zoomed to `region` when given."""
    counts = dict(
        cached_list(
            organisations.exclude(province=None)
            .values_list("province__code")
            .annotate(n=Count("pk"))
            .order_by()
        )
    )
    provinces = Province.objects.select_related("region").order_by(name_sort_key(), "code")
    return thailand_map.build(provinces, counts, region=region)


def home(request):
    organisations = Organisation.objects.published()
    regions = Region.objects.annotate(
        organisation_count=Count(
            "provinces__organisations",
            filter=published_q("provinces__organisations"),
        )
    )
    # Totals and the map are aggregates over the whole table: cached per data version
    # (curation/aggregates.py), so a request after the first counts nothing.
    context = {
        "organisation_count": cached_count(organisations),
        "programme_count": cached_count(Programme.objects.published()),
        "province_count": cached_count(
            organisations.exclude(province=None).values("province").distinct()
        ),
        "regions": cached_list(regions),
        "map": province_map(organisations),
        "themes": cached_list(
            Theme.objects.annotate(
                organisation_count=Count("organisations", filter=PUBLISHED_ORGS, distinct=True)
            )
        ),
        "consortium": organisations.consortium().select_related("province").order_by_name(),
        "recent": organisations.select_related("province").order_by("-updated", "slug")[:6],
    }
    return render(request, "home.html", context)


#: Entries of each kind shown on a landing page; the rest are a link to the filtered list.
LANDING_LIMIT = 12


def region_detail(request, slug):
    region = get_object_or_404(Region, slug=slug)
    organisations = Organisation.objects.published().in_region(region.slug)
    provinces = region.provinces.annotate(
        organisation_count=Count("organisations", filter=PUBLISHED_ORGS)
    ).order_by("-organisation_count", "dopa_code")
    themes = (
        Theme.objects.annotate(
            organisation_count=Count(
                "organisations",
                filter=PUBLISHED_ORGS & Q(organisations__province__region=region),
                distinct=True,
            )
        )
        .filter(organisation_count__gt=0)
        .order_by("-organisation_count", "order")
    )
    programmes = Programme.objects.published().filter(provinces__region=region).distinct()
    context = {
        "region": region,
        "organisation_count": cached_count(organisations),
        "organisations": organisations.select_related("province").order_by_name()[:LANDING_LIMIT],
        "provinces": cached_list(provinces),
        "themes": cached_list(themes),
        "programme_count": cached_count(programmes),
        "programmes": programmes.select_related("host").order_by_name()[:LANDING_LIMIT],
        "map": province_map(organisations, region=region),
    }
    return render(request, "landing/region.html", context)


def theme_detail(request, slug):
    theme = get_object_or_404(Theme, slug=slug)
    organisations = Organisation.objects.published().filter(themes=theme)
    regions = Region.objects.annotate(
        organisation_count=Count(
            "provinces__organisations",
            filter=published_q("provinces__organisations")
            & Q(provinces__organisations__themes=theme),
        )
    )
    programmes = Programme.objects.published().filter(themes=theme)
    context = {
        "theme": theme,
        "organisation_count": cached_count(organisations),
        "organisations": organisations.select_related("province").order_by_name()[:LANDING_LIMIT],
        "regions": cached_list(regions),
        "programme_count": cached_count(programmes),
        "programmes": programmes.select_related("host").order_by_name()[:LANDING_LIMIT],
        "map": province_map(organisations),
    }
    return render(request, "landing/theme.html", context)


def universities(request):
    """Universities, consortium members first, each with its SSE programmes."""
    public_participations = (
        Participation.objects.filter(published_q("programme"))
        .select_related("programme")
        .order_by("programme__start_date", "programme__slug")
    )
    base = (
        Organisation.objects.published()
        .filter(kind=Organisation.Kind.UNIVERSITY)
        .select_related("province__region")
        .prefetch_related(
            Prefetch("participations", queryset=public_participations, to_attr="public_roles"),
            Prefetch(
                "children",
                queryset=Organisation.objects.published().order_by_name(),
                to_attr="published_children",
            ),
        )
    )
    context = {
        "members": base.consortium().order_by_name(),
        "others": base.filter(is_consortium_member=False).order_by_name(),
        "nav": "universities",
    }
    return render(request, "landing/universities.html", context)


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        max_length=100,
        required=False,
        validators=[text_without_nul, search_tools.validate_query],
    )


#: Entries of each kind shown on the site search; the rest are a link to the filtered list.
SEARCH_LIMIT = 10
#: Fewer matches than this in all (organisations and programmes) also get suggestions.
SUGGEST_BELOW = 3


def search(request):
    """One search over organisations, programmes and events (the lists' `q`, relevance order).

    A query that finds nothing anywhere, with one name clearly meant, shows that name's results
    instead, said as such, with a link to the query as typed (`as_typed=1`), as the lists do.
    """
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    groups, did_you_mean, corrected = [], [], None
    if search_tools.words(query):
        groups = search_groups(query)
        if sum(group["count"] for group in groups) == 0 and AS_TYPED not in request.GET:
            name = site_clear_suggestion(query)
            if name:
                corrected = {
                    "typed": query,
                    "shown": name,
                    "typed_query": urlencode({"q": query, AS_TYPED: "1"}),
                }
                query, groups = name, search_groups(name)
                form = SearchForm({"q": name})  # the search box shows what is listed
        if not corrected and groups[0]["count"] + groups[1]["count"] < SUGGEST_BELOW:
            did_you_mean = site_suggestions(query, groups[0]["matches"], groups[1]["matches"])
    context = {
        "form": form,
        "query": query,
        "groups": groups,
        "total": sum(group["count"] for group in groups),
        "did_you_mean": did_you_mean,
        "corrected": corrected,
        "limit": SEARCH_LIMIT,
    }
    return render(request, "search.html", context, status=200 if form.is_valid() else 400)


def search_groups(query):
    """Organisations, programmes and events that `query` finds: count, first entries, list link."""
    q_string = urlencode({"q": query})
    organisations = Organisation.objects.published().search(query)
    programmes = Programme.objects.published().search(query)
    events = Event.objects.published().search(query)
    return [
        {
            "name": "organisation",
            "title": _("Organisations"),
            "count": cached_count(organisations),
            "matches": organisations,
            "entries": organisations.select_related("province").by_relevance(
                query, name_sort_key(), "slug"
            )[:SEARCH_LIMIT],
            "list_url": f"{reverse('orgs:organisation_list')}?{q_string}",
        },
        {
            "name": "programme",
            "title": _("Programmes"),
            "count": cached_count(programmes),
            "matches": programmes,
            "entries": programmes.by_relevance(query, name_sort_key(), "slug")[:SEARCH_LIMIT],
            "list_url": f"{reverse('programs:programme_list')}?{q_string}",
        },
        {
            "name": "event",
            "title": _("Events"),
            "count": cached_count(events),
            "matches": events,
            "entries": events.select_related("programme", "province").by_relevance(
                query, "-start_date", "slug"
            )[:SEARCH_LIMIT],
            "list_url": events_list_url(q_string),
        },
    ]


def events_list_url(q_string):
    """The events list filtered by `q`, when the site mounts it."""
    try:
        return f"{reverse('events:event_list')}?{q_string}"
    except NoReverseMatch:
        return None


def _site_scored(query, organisations, programmes):
    scored = []
    for found, public in [
        (organisations, Organisation.objects.published()),
        (programmes, Programme.objects.published()),
    ]:
        exclude = set(found.values_list("pk", flat=True)) if found is not None else set()
        scored += search_tools.scored_suggestions(public, query, exclude)
    scored.sort(key=lambda item: -item[0])
    return scored


def site_suggestions(query, organisations, programmes, limit=3):
    """[(name, query string)]: names of organisations and programmes close to `query`."""
    names = [name for _score, name, _entry in _site_scored(query, organisations, programmes)]
    names = list(dict.fromkeys(names))[:limit]
    return [(name, urlencode({"q": name})) for name in names]


def site_clear_suggestion(query):
    """The one organisation or programme name clearly meant by `query`, or None."""
    scored = search_tools.one_per_name(_site_scored(query, None, None))
    return search_tools.clear_choice(scored)


def favicon(request):
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))


@never_cache
def healthz(request):
    """Liveness: the process answers."""
    return HttpResponse("ok", content_type="text/plain")


@never_cache
def readyz(request):
    """Readiness: the database answers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # any database failure means not ready
        return JsonResponse({"status": "unavailable", "database": "error"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


# --- Open data and discovery ----------------------------------------------------------------


def open_data(request):
    """The data page: each file with its rows, last change, formats and sizes; the columns,
    the licence, the catalogue descriptions and the API. Rows and dates are cached aggregates
    (one count per table and data version), so the page does not read the tables each time."""
    language = get_language()
    files = []
    for dataset in DATASETS:
        facts = data.dataset_facts(dataset)
        updated = facts["updated"]
        formats = [
            {
                "fmt": fmt,
                "label": FORMAT_LABELS[fmt],
                "size": data.file_size(dataset.name, fmt, language),
            }
            for fmt in data.FILE_FORMATS
        ]
        files.append(
            {
                "dataset": dataset,
                "rows": facts["rows"],
                "updated": timezone.localtime(updated).date() if updated else None,
                "formats": formats,
            }
        )
    context = {
        "datasets": DATASETS,
        "files": files,
        "licence": LICENCE,
        "api_root": request.build_absolute_uri("/api/v1/"),
        "nav": "data",
    }
    return render(request, "data.html", context)


FORMAT_LABELS = {"csv": "CSV", "xlsx": _("Excel (XLSX)"), "json": "JSON"}


def open_data_file(request, name, fmt):
    """One dataset of the open data, as CSV, XLSX or JSON, readable columns in the page's
    language; its size is noted for the data page."""
    dataset = DATASETS_BY_NAME.get(name)
    if dataset is None:
        raise Http404
    limited = too_many_exports(request)
    if limited:
        return limited
    source = request.build_absolute_uri(reverse("open_data"))
    response = dataset.whole_response(fmt, source=source)
    return data.remember_size(response, name, fmt, get_language())


def data_package(request):
    """datapackage.json (Frictionless Data Package) of the CSV files in the page's language."""

    def address(dataset):
        path = reverse("open_data_file", kwargs={"name": dataset.name, "fmt": "csv"})
        return request.build_absolute_uri(path)

    package = data.data_package(address, homepage=request.build_absolute_uri(reverse("open_data")))
    response = JsonResponse(package, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Access-Control-Allow-Origin"] = "*"
    return response


def data_catalog(request, fmt):
    """The DCAT catalogue of the open data (Turtle or JSON-LD) for CKAN and other harvesters:
    both languages in one description, so it lives outside /th/ and /en/."""
    root = request.build_absolute_uri("/").rstrip("/")
    text = data.catalog_text(root, fmt)
    response = HttpResponse(text, content_type=data.CATALOG_FORMATS[fmt][1])
    response["Access-Control-Allow-Origin"] = "*"
    return response


def robots_txt(request):
    """Crawlers: everything public, not the admin, the embeds or the downloads."""
    context = {
        "languages": [code for code, _name in settings.LANGUAGES],
        "admin_url": settings.ADMIN_URL,
        "sitemap_url": request.build_absolute_uri(reverse("sitemap")),
    }
    return render(request, "robots.txt", context, content_type="text/plain; charset=utf-8")
