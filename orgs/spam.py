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

from listings.throttle import count_hit

SALT = "orgs.suggestion-form"
#: A form shown more than a day ago is stale: reload it.
MAX_AGE = 24 * 60 * 60


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
    sent = count_hit(request, scope, settings.SUGGESTION_RATE_WINDOW)
    return sent > settings.SUGGESTION_RATE_LIMIT
