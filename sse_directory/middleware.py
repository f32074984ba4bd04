"""Site-wide middleware for production: request ids, allowed methods, the public page cache."""

import re
import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_finished
from django.http import HttpResponseNotAllowed, JsonResponse
from django.utils.cache import get_cache_key, learn_cache_key

from curation.cache import data_version

from .logging import request_id_var

#: An id from the proxy (nginx's $request_id) is kept when it looks like one.
REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


class RequestIDMiddleware:
    """Give each request an id: on every log line it causes and in `X-Request-ID`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get("X-Request-ID", "")
        request.id = incoming if REQUEST_ID.match(incoming) else uuid.uuid4().hex
        # Not reset on the way out: Django logs "Not Found" and the like after the middleware
        # has returned. The id is dropped when the response is closed (request_finished).
        request_id_var.set(request.id)
        response = self.get_response(request)
        response["X-Request-ID"] = request.id
        return response


def _forget_request_id(**kwargs):
    request_id_var.set(None)


request_finished.connect(_forget_request_id, dispatch_uid="sse-directory-request-id")


ALLOWED_METHODS = ("GET", "HEAD", "POST", "OPTIONS")


class AllowedMethodsMiddleware:
    """405 for TRACE, PUT, DELETE, PATCH, CONNECT and invented methods, on every path."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ALLOWED_METHODS:
            return self.get_response(request)
        if request.path_info.startswith("/api/"):
            response = JsonResponse({"detail": "Method not allowed."}, status=405)
            response["Allow"] = ", ".join(ALLOWED_METHODS)
            return response
        return HttpResponseNotAllowed(ALLOWED_METHODS)


class PublicPageCacheMiddleware:
    """Whole public pages from the cache, for anonymous visitors.

    The key is Django's page-cache key (full URL with its query, the active language, the
    request headers the response varies on) under a prefix holding `data_version()`: a curator's
    save moves every page to a new key at once, in every process sharing the cache.

    Cached: GET and HEAD without a session cookie (curators always get fresh pages), answers 200
    that set no cookie, used no CSRF token (a form's token belongs to one visitor), did not touch
    the session and are not marked private or no-store. Never the admin, /i18n/ or the health
    checks. The lists, which choose a partial template by `X-Requested-With`, say `Vary` on it
    (listings.views), so the partial and the whole page are two entries.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if seconds <= 0 or not self.cacheable_request(request):
            return self.get_response(request)
        prefix = f"page.{data_version()}"
        key = get_cache_key(request, prefix, "GET", cache=cache)
        if key is not None:
            cached = cache.get(key)
            if cached is not None:
                cached["X-Cache"] = "hit"
                return cached
        response = self.get_response(request)
        if self.cacheable_response(request, response):
            key = learn_cache_key(request, response, seconds, prefix, cache=cache)
            cache.set(key, response, seconds)
        response["X-Cache"] = "miss"
        return response

    @staticmethod
    def cacheable_request(request):
        if request.method not in ("GET", "HEAD"):
            return False
        if settings.SESSION_COOKIE_NAME in request.COOKIES or "Authorization" in request.headers:
            return False
        path = request.path_info
        if path.startswith(("/i18n/", "/healthz", "/readyz")):
            return False
        return not path.split("/", 2)[-1].startswith(settings.ADMIN_URL)

    @staticmethod
    def cacheable_response(request, response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            return False
        session = getattr(request, "session", None)
        if session is not None and (session.accessed or session.modified):
            return False
        cache_control = response.get("Cache-Control", "").lower()
        if any(word in cache_control for word in ("private", "no-store", "no-cache")):
            return False
        return "*" not in response.get("Vary", "")
