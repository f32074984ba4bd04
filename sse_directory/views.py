"""Site-wide pages that bring organisations and programmes together."""

from django import forms
from django.conf import settings
from django.db import connection
from django.db.models import Count, Prefetch, Q
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from curation.models import published_q
from listings.filters import text_without_nul
from orgs import thailand_map
from orgs.models import Organisation, Province, Region, Theme
from programs.models import Participation, Programme

from .open_data import DATASETS, DATASETS_BY_NAME, LICENCE

PUBLISHED_ORGS = published_q("organisations")


def province_map(organisations):
    """The home/region map: organisations per province, coloured."""
    counts = dict(
        organisations.exclude(province=None)
        .values_list("province__code")
        .annotate(n=Count("pk"))
        .order_by()
    )
    provinces = Province.objects.select_related("region")
    return thailand_map.build(provinces, counts)


def home(request):
    organisations = Organisation.objects.published()
    regions = Region.objects.annotate(
        organisation_count=Count(
            "provinces__organisations",
            filter=published_q("provinces__organisations"),
        )
    )
    context = {
        "organisation_count": organisations.count(),
        "programme_count": Programme.objects.published().count(),
        "province_count": organisations.exclude(province=None)
        .values("province")
        .distinct()
        .count(),
        "regions": regions,
        "map": province_map(organisations),
        "themes": Theme.objects.annotate(
            organisation_count=Count("organisations", filter=PUBLISHED_ORGS, distinct=True)
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
        "organisation_count": organisations.count(),
        "organisations": organisations.select_related("province").order_by_name()[:LANDING_LIMIT],
        "provinces": provinces,
        "themes": themes,
        "programme_count": programmes.count(),
        "programmes": programmes.select_related("host").order_by_name()[:LANDING_LIMIT],
        "map": province_map(organisations),
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
        "organisation_count": organisations.count(),
        "organisations": organisations.select_related("province").order_by_name()[:LANDING_LIMIT],
        "regions": regions,
        "programme_count": programmes.count(),
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
        label=_("Search"), max_length=100, required=False, validators=[text_without_nul]
    )


SEARCH_LIMIT = 50


def search(request):
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    organisations = programmes = []
    organisation_count = programme_count = 0
    if query:
        found = Organisation.objects.published().search(query)
        organisation_count = found.count()
        organisations = found.select_related("province").order_by_name()[:SEARCH_LIMIT]
        found = Programme.objects.published().search(query)
        programme_count = found.count()
        programmes = found.order_by_name()[:SEARCH_LIMIT]
    context = {
        "form": form,
        "query": query,
        "organisations": organisations,
        "programmes": programmes,
        "organisation_count": organisation_count,
        "programme_count": programme_count,
        "limit": SEARCH_LIMIT,
    }
    return render(request, "search.html", context, status=200 if form.is_valid() else 400)


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
    """The data page: downloads, fields, licence, and the API."""
    context = {
        "datasets": DATASETS,
        "licence": LICENCE,
        "api_root": request.build_absolute_uri("/api/v1/"),
        "nav": "data",
    }
    return render(request, "data.html", context)


def open_data_file(request, name, fmt):
    """One dataset of the open-data dump, as CSV or JSON."""
    dataset = DATASETS_BY_NAME.get(name)
    if dataset is None:
        raise Http404
    source = request.build_absolute_uri(reverse("open_data"))
    return dataset.response(fmt, source=source)


def robots_txt(request):
    """Crawlers: everything public, not the admin, the embeds or the downloads."""
    context = {
        "languages": [code for code, _name in settings.LANGUAGES],
        "admin_url": settings.ADMIN_URL,
        "sitemap_url": request.build_absolute_uri(reverse("sitemap")),
    }
    return render(request, "robots.txt", context, content_type="text/plain; charset=utf-8")
