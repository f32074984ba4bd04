from django.db import connection
from django.db.models import Count, Q
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from orgs.models import Organisation, Status, Theme
from programs.models import Programme


def home(request):
    organisations = Organisation.objects.published()
    published = Q(organisations__status=Status.PUBLISHED)
    context = {
        "organisation_count": organisations.count(),
        "programme_count": Programme.objects.published().count(),
        "province_count": organisations.exclude(province=None)
        .values("province")
        .distinct()
        .count(),
        "themes": Theme.objects.annotate(
            organisation_count=Count("organisations", filter=published, distinct=True)
        ),
        "consortium": organisations.consortium().select_related("province").order_by_name(),
        "recent": organisations.select_related("province").order_by("-updated", "slug")[:6],
    }
    return render(request, "home.html", context)


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
