"""Error answers: 503 when the database is unavailable, JSON for every error of the API, and
bilingual 400 and 403 pages (a refused CSRF token included) for the rest of the site.

`server_error` is the project's handler500: Django calls it for every uncaught exception, from a
view or a middleware. A database that is down, refuses connections, drops them or times out
(OperationalError, InterfaceError) is not a bug of the site but an outage: the visitor gets a
bilingual 503 page with Retry-After, the API a JSON body, and the next request tries again.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import exception_handler

UNAVAILABLE = (OperationalError, InterfaceError)
#: Seconds a client should wait before trying again.
RETRY_AFTER = "30"
#: Written in both languages, so that it needs neither the database nor the catalogue.
UNAVAILABLE_DETAIL = (
    "ระบบฐานข้อมูลไม่พร้อมให้บริการชั่วคราว โปรดลองใหม่อีกครั้ง · "
    "The directory's database is temporarily unavailable. Please try again shortly."
)
SERVER_ERROR_DETAIL = "เกิดข้อผิดพลาดในระบบ · Server error."

#: Used when the 503 template itself cannot be rendered.
PLAIN_503 = (
    '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>503</title></head><body>'
    f"<h1>{UNAVAILABLE_DETAIL}</h1></body></html>"
)


def is_api(request):
    return request.path_info.startswith("/api/")


def database_unavailable(request):
    if is_api(request):
        response = JsonResponse({"detail": UNAVAILABLE_DETAIL}, status=503)
    else:
        try:
            body = loader.render_to_string("503.html", request=request)
        except Exception:  # the page must not fail in its turn
            body = PLAIN_503
        response = HttpResponse(body, status=503)
    response["Retry-After"] = RETRY_AFTER
    response["Cache-Control"] = "no-store"
    return response


@requires_csrf_token
def server_error(request, template_name="500.html"):
    exc = sys.exc_info()[1]
    if isinstance(exc, UNAVAILABLE):
        return database_unavailable(request)
    if is_api(request):
        return JsonResponse({"detail": SERVER_ERROR_DETAIL}, status=500)
    template = loader.get_template(template_name)
    return HttpResponse(template.render(), status=500)


def api_exception_handler(exc, context):
    """DRF's handler, plus a JSON 503 for an unavailable database."""
    response = exception_handler(exc, context)
    if response is None and isinstance(exc, UNAVAILABLE):
        response = Response(
            {"detail": UNAVAILABLE_DETAIL},
            status=status.HTTP_503_SERVICE_UNAVAILABLE,
            headers={"Retry-After": RETRY_AFTER, "Cache-Control": "no-store"},
        )
    return response


def error_page(request, template_name, status):
    """A bilingual error page in the site's design (both languages on one page, as 503.html).

    It names no canonical address: building one asks for the Host header, which is what a 400
    for a disallowed host is about.
    """
    body = loader.render_to_string(template_name, request=request)
    response = HttpResponse(body, status=status)
    response["Cache-Control"] = "no-store"
    return response


@requires_csrf_token
def bad_request(request, exception, template_name="400.html"):
    if is_api(request):
        return JsonResponse({"detail": "คำขอไม่ถูกต้อง · Bad request."}, status=400)
    return error_page(request, template_name, 400)


@requires_csrf_token
def permission_denied(request, exception, template_name="403.html"):
    if is_api(request):
        return JsonResponse({"detail": "ไม่มีสิทธิ์เข้าถึง · Forbidden."}, status=403)
    return error_page(request, template_name, 403)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a form sent without a valid token (an old page, blocked cookies)."""
    return error_page(request, "403_csrf.html", 403)
