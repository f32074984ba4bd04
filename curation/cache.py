"""The data version: one number that changes whenever public data may have changed.

Cached pages, fragments and aggregates put `data_version()` in their keys. Every save or delete
of a model in an app that declares `public_data = True` on its AppConfig (and every change of its
many-to-many links) bumps the version at once and again when the transaction commits, so the
very next request builds fresh content, and nothing read before the commit stays current.

The version lives in Django's default cache: local memory by default (right for one process),
Redis when `REDIS_URL` is set (needed as soon as several processes serve the site).
"""

import time

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

KEY = "data-version"


def data_version():
    """The current version (an integer); started from the clock so that it never repeats."""
    version = cache.get(KEY)
    if version is None:
        cache.add(KEY, time.time_ns() // 1000, timeout=None)
        version = cache.get(KEY)
    return version


def bump_data_version():
    """Move to a new version now (callers in a transaction use `on_commit`)."""
    try:
        cache.incr(KEY)
    except ValueError:  # not set yet, or evicted
        cache.add(KEY, time.time_ns() // 1000, timeout=None)


def is_public_data(model):
    config = model._meta.app_config
    return bool(config is not None and getattr(config, "public_data", False))


def _changed(sender, **kwargs):
    if kwargs.get("raw"):
        return
    model = sender
    if kwargs.get("signal") is m2m_changed:
        if not kwargs.get("action", "").startswith("post_"):
            return
        model = type(kwargs["instance"])
    if is_public_data(model):
        # Now, for this connection's next read, and again after the commit, so that a page
        # built by another request from the not yet committed state is not kept.
        bump_data_version()
        transaction.on_commit(bump_data_version, using=kwargs.get("using"))


def connect_signals():
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_changed, dispatch_uid=f"curation-data-version-{id(signal)}")
