"""Aggregates (totals, facet counts, map figures) cached per data version.

Counting is what grows with the table: a facet is one grouped count over every matching row, a
paginator counts the matches, the home page counts per region and theme. Each such query is
cached under a key made of the current `data_version()` and the query's own SQL and parameters,
so that:

- the same filter state gives the same key in any language and on any page (list, embed);
- a curator's save, publish, archive or revert bumps the version (cache.py), so the very next
  request counts afresh: nothing stale is ever read, and entries of old versions simply expire;
- only what the query itself selects is cached: the querysets passed here are the public ones
  (`published()`), so a draft can never enter.
"""

import hashlib

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet

from .cache import data_version

#: Entries of a version are never read after the next bump; this only bounds their lifetime.
TIMEOUT = 24 * 3600


def cached(key, build):
    """`build()`, kept under `key` until public data changes."""
    full_key = f"aggregate:{data_version()}:{key}"
    value = cache.get(full_key)
    if value is None:
        value = build()
        cache.set(full_key, value, TIMEOUT)
    return value


def query_key(queryset, kind):
    """A key for one evaluation (`kind`) of exactly this query, or None when it has no SQL."""
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:
        return None
    text = repr((queryset.db, kind, sql, params))
    return hashlib.sha256(text.encode()).hexdigest()


def cached_list(queryset):
    """The rows of a (small) aggregate query: grouped counts, annotated reference rows."""
    key = query_key(queryset, "list")
    return list(queryset) if key is None else cached(key, lambda: list(queryset))


def cached_count(queryset):
    key = query_key(queryset, "count")
    return queryset.count() if key is None else cached(key, queryset.count)
