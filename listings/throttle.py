"""Limits per client for the public endpoints, counted in Django's cache (Redis in production,
so every worker and server shares the count).

The heavy downloads (exports of a filtered list, open-data files) are limited to
EXPORT_RATE_LIMIT per EXPORT_RATE_WINDOW seconds per address; the public forms use the same
counter with their own limit (orgs/spam.py).
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.translation import gettext as _


def client_ip(request):
    """The visitor's address: REMOTE_ADDR, or the header named by CLIENT_IP_HEADER behind a
    proxy (for X-Forwarded-For, its last entry: the one our own proxy added)."""
    header = getattr(settings, "CLIENT_IP_HEADER", "")
    if header:
        value = request.META.get(header, "")
        if value:
            return value.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def count_hit(request, scope, window):
    """Count one request of `scope` from this client in a window of `window` seconds; returns
    the count so far in the current window."""
    key = f"rate:{scope}:{client_ip(request)}"
    cache.add(key, 0, timeout=window)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        return 1


def too_many_exports(request):
    """A 429 response when this client has passed the download limit, else None."""
    limit, window = settings.EXPORT_RATE_LIMIT, settings.EXPORT_RATE_WINDOW
    if not limit or count_hit(request, "export", window) <= limit:
        return None
    message = _(
        "Too many downloads from your address: at most %(limit)s in %(seconds)s seconds. "
        "Please wait a little and try again; the whole directory is also on the data page."
    ) % {"limit": limit, "seconds": window}
    response = HttpResponse(message, status=429, content_type="text/plain; charset=utf-8")
    response["Retry-After"] = str(window)
    response["Cache-Control"] = "no-store"
    return response
