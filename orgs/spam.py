"""Spam resistance for the public forms, without a third-party service.

- A honeypot field people never see: a form that fills it is dropped quietly.
- A signed timestamp in the form: a form sent back faster than SUGGESTION_MIN_SECONDS, or with
  a missing or forged stamp, is refused. Each stamp carries a random nonce and is accepted once:
  the nonce is remembered in Django's cache for the stamp's lifetime, so a captured form cannot
  be posted again and again.
- A limit per address: SUGGESTION_RATE_LIMIT sendings per SUGGESTION_RATE_WINDOW seconds,
  counted in Django's cache.
"""

import hashlib
import secrets
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

SALT = "orgs.suggestion-form"
#: A form shown more than a day ago is stale: reload it.
MAX_AGE = 24 * 60 * 60


def client_ip(request):
    """The visitor's address: REMOTE_ADDR, or the header named by CLIENT_IP_HEADER behind a
    proxy (for X-Forwarded-For, its last entry: the one our own proxy added)."""
    header = getattr(settings, "CLIENT_IP_HEADER", "")
    if header:
        value = request.META.get(header, "")
        if value:
            return value.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def issue_stamp():
    return signing.dumps({"t": time.time(), "n": secrets.token_urlsafe(12)}, salt=SALT)


def stamp_age(stamp):
    """Seconds since the form was shown, or None when the stamp is missing, forged or stale."""
    try:
        issued = signing.loads(stamp or "", salt=SALT, max_age=MAX_AGE)
        return time.time() - float(issued["t"] if isinstance(issued, dict) else issued)
    except (signing.BadSignature, TypeError, ValueError, KeyError):
        return None


def use_stamp(stamp):
    """Spend a (valid) stamp: True the first time, False when it was already used."""
    key = "stamp:" + hashlib.sha256(stamp.encode()).hexdigest()
    # add() sets the key only when it is absent: atomic in Redis (SET NX) and in local memory.
    return cache.add(key, 1, timeout=MAX_AGE)


def too_many(request, scope="suggest"):
    """Count one sending from this address; True when the limit is passed."""
    key = f"rate:{scope}:{client_ip(request)}"
    window = settings.SUGGESTION_RATE_WINDOW
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count > settings.SUGGESTION_RATE_LIMIT
