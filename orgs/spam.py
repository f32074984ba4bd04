"""Spam resistance for the public forms, without a third-party service.

- A honeypot field people never see: a form that fills it is dropped quietly.
- A signed timestamp in the form: a form sent back faster than SUGGESTION_MIN_SECONDS, or with
  a missing or forged stamp, is refused.
- A limit per address: SUGGESTION_RATE_LIMIT sendings per SUGGESTION_RATE_WINDOW seconds,
  counted in Django's cache.
"""

import time

from django.conf import settings
from django.core import signing

from listings.throttle import count_hit

SALT = "orgs.suggestion-form"
#: A form shown more than a day ago is stale: reload it.
MAX_AGE = 24 * 60 * 60


def issue_stamp():
    return signing.dumps(time.time(), salt=SALT)


def stamp_age(stamp):
    """Seconds since the form was shown, or None when the stamp is missing, forged or stale."""
    try:
        issued = signing.loads(stamp or "", salt=SALT, max_age=MAX_AGE)
    except (signing.BadSignature, TypeError, ValueError):
        return None
    return time.time() - float(issued)


def too_many(request, scope="suggest"):
    """Count one sending from this address; True when the limit is passed."""
    sent = count_hit(request, scope, settings.SUGGESTION_RATE_WINDOW)
    return sent > settings.SUGGESTION_RATE_LIMIT
