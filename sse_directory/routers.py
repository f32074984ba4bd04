"""Public reads from the read replica; everything a curator does on the primary.

Switched on by DATABASE_REPLICA_URL (sse_directory.db adds the "replica" alias, settings.py this
router and its middleware). `ReplicaMiddleware` decides once per request:

- The replica serves anonymous GET and HEAD requests to public pages only: no session cookie
  (every curator has one), no admin, and not within REPLICA_STICKY_SECONDS after the visitor's
  own write (a cookie set on the response to any POST or write): a visitor reads their writes.
- Read-your-writes for everyone: after a change of public data commits, the primary's WAL
  position is kept in the shared cache; a request uses the replica only once the replica has
  replayed up to it, so a page built (and cached) right after a curator's save is never older
  than the save. The same query is the replica's health check.
- A replica that does not answer is left alone for REPLICA_RETRY_SECONDS, and reads go to the
  primary meanwhile: the site keeps working on the primary alone.

Writes always go to the primary; migrations run on the primary only.
"""

import contextvars
import logging
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connections, transaction

from .db import REPLICA

logger = logging.getLogger(__name__)

#: The shared-cache key of the primary's WAL position after the last public change.
MIN_LSN_KEY = "replica:min-lsn"
#: The cookie that keeps a visitor on the primary for a moment after their own write.
STICKY_COOKIE = "primary"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


@dataclass
class _RequestState:
    use_replica: bool = False
    wrote: bool = False


_state = contextvars.ContextVar("sse_directory_db_state", default=None)
#: time.monotonic() until which this process leaves a failed replica alone.
_replica_down_until = 0.0


def replica_configured():
    return REPLICA in settings.DATABASES


class ReplicaRouter:
    """Reads follow the request's decision (primary outside requests); writes: the primary."""

    def db_for_read(self, model, **hints):
        state = _state.get()
        return REPLICA if state is not None and state.use_replica else "default"

    def db_for_write(self, model, **hints):
        state = _state.get()
        if state is not None:
            state.wrote = True
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # one set of data, two copies

    def allow_migrate(self, db, app_label, **hints):
        return db == "default"


def _admin_path(path):
    return path.split("/", 2)[-1].startswith(settings.ADMIN_URL)


def replica_ready():
    """True when the replica answers and has replayed the last public change."""
    global _replica_down_until
    if time.monotonic() < _replica_down_until:
        return False
    min_lsn = cache.get(MIN_LSN_KEY)
    try:
        with connections[REPLICA].cursor() as cursor:
            if min_lsn:
                cursor.execute("SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", [min_lsn])
            else:
                cursor.execute("SELECT true")
            (ready,) = cursor.fetchone()
    except DatabaseError:
        _replica_down_until = time.monotonic() + settings.REPLICA_RETRY_SECONDS
        logger.warning("read replica unavailable; reading from the primary")
        connections[REPLICA].close_if_unusable_or_obsolete()
        return False
    return bool(ready)


class ReplicaMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not replica_configured():
            return self.get_response(request)
        use_replica = (
            request.method in SAFE_METHODS
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and STICKY_COOKIE not in request.COOKIES
            and not _admin_path(request.path_info)
            and replica_ready()
        )
        request.db_replica = use_replica
        state = _RequestState(use_replica=use_replica)
        token = _state.set(state)
        try:
            response = self.get_response(request)
        finally:
            _state.reset(token)
        if state.wrote or request.method not in SAFE_METHODS:
            response.set_cookie(
                STICKY_COOKIE,
                "1",
                max_age=settings.REPLICA_STICKY_SECONDS,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response


def _record_primary_position():
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT pg_current_wal_lsn()::text")
            (lsn,) = cursor.fetchone()
    except DatabaseError:
        return
    cache.set(MIN_LSN_KEY, lsn, timeout=None)


def public_data_changed(sender, using=None, **kwargs):
    """Signal handler: after the commit, note where the primary's WAL is (see module doc)."""
    if kwargs.get("raw") or not replica_configured():
        return
    from curation.cache import is_public_data

    model = type(kwargs["instance"]) if "action" in kwargs else sender
    if "action" in kwargs and not kwargs["action"].startswith("post_"):
        return
    if is_public_data(model) and connections[using or "default"].vendor == "postgresql":
        transaction.on_commit(_record_primary_position, using=using)
