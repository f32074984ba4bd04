"""Benchmark the public pages on a throw-away database full of random data.

    .venv/bin/python bench/run.py [--rows 10000] [--requests 30] [--database-url postgres://…]
                                  [--seed 0] [--json FILE]

Builds a fresh database (an SQLite file in a temporary directory, or a PostgreSQL database named
sse_bench next to the one --database-url names, dropped again at the end), migrates it, fills it
with `create_random_data ROWS`, then requests each key page in-process with Django's test client
and reports, per page: median and p95 latency, queries per request, response size, the peak of
Python allocations while serving one request (tracemalloc) and the process's maximum RSS so far.
Not part of the test suite: see bench/README.md.
"""

import argparse
import json
import math
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
import warnings
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
BENCH_DATABASE = "sse_bench"


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=10000, help="published organisations")
    parser.add_argument("--requests", type=int, default=30, help="timed requests per page")
    parser.add_argument(
        "--database-url",
        default="",
        help="postgres://user@host:port/any: benchmark on a fresh database named sse_bench there "
        "(default: SQLite in a temporary directory)",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed for create_random_data")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    parser.add_argument(
        "--only", metavar="TEXT", default="", help="measure only the pages whose path has TEXT"
    )
    return parser.parse_args(argv)


# --- the throw-away database -----------------------------------------------------------------


def postgres_url(url, name):
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}", query=""))


def recreate_postgres(url, drop_only=False):
    import psycopg

    with psycopg.connect(postgres_url(url, "postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{BENCH_DATABASE}" WITH (FORCE)')
        if not drop_only:
            conn.execute(f'CREATE DATABASE "{BENCH_DATABASE}"')


def configure_environment(args, tmp):
    if args.database_url:
        if not args.database_url.startswith(("postgres://", "postgresql://")):
            sys.exit("--database-url must be a postgres:// URL")
        recreate_postgres(args.database_url)
        database_url = postgres_url(args.database_url, BENCH_DATABASE)
    else:
        database_url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
    os.environ.update(
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE="sse_directory.settings",
        DEBUG="0",
        PLAIN_STATIC="1",  # no collectstatic needed for {% static %}
        ALLOWED_HOSTS="testserver",
        LOG_LEVEL="WARNING",
    )
    sys.path.insert(0, str(ROOT))


# --- measuring -------------------------------------------------------------------------------


def percentile(values, fraction):
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def max_rss_mib():
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(client, url, requests):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    # The insights pages keep their aggregates in the cache until the data changes: they are
    # measured as the first visitor after a change sees them, with the cache emptied each time.
    cold = "/insights/" in url
    if cold:
        cache.clear()
    # One request with the queries recorded (recording slows requests, so it is not timed).
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    query_count = len(queries)  # read now: the next request clears the connection's log
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    size = len(response.content)
    timings = []
    for _ in range(requests):
        if cold:
            cache.clear()
        started = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
    # One more request under tracemalloc, which also slows everything down.
    if cold:
        cache.clear()
    tracemalloc.start()
    tracemalloc.reset_peak()
    client.get(url)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {
        "url": url,
        "median_ms": round(statistics.median(timings), 1),
        "p95_ms": round(percentile(timings, 0.95), 1),
        "queries": query_count,
        "bytes": size,
        "peak_python_kib": round(peak / 1024),
        "max_rss_mib": round(max_rss_mib(), 1),
    }


def pages():
    """The key pages, with the rows they show picked from the random data."""
    from django.db.models import Count

    from orgs.models import Organisation
    from programs.models import Programme

    # The busiest profile and programme: the most partners and participations to show.
    organisation = (
        Organisation.objects.published()
        .annotate(n=Count("participations"))
        .order_by("-n", "pk")
        .first()
    )
    programme = (
        Programme.objects.published()
        .annotate(n=Count("participations"))
        .order_by("-n", "pk")
        .first()
    )
    return [
        "/th/",
        "/en/organisations/",
        "/th/organisations/?region=northeastern&theme=sustainable-agriculture",
        "/th/organisations/?q=ชุมชน",
        "/en/organisations/?sort=-updated&page=5",
        f"/th/organisations/{organisation.slug}/",
        "/th/programmes/",
        f"/en/programmes/{programme.slug}/",
        "/en/regions/central/",
        "/th/search/?q=กาแฟ",
        "/th/insights/",
        "/en/insights/?region=northeastern&theme=disaster-management",
        "/th/insights/network/",
        "/th/insights/gaps.png",
    ]


def markdown(results):
    lines = [
        "| page | median ms | p95 ms | queries | KiB | peak Python KiB | max RSS MiB |",
        "|---|--:|--:|--:|--:|--:|--:|",
    ]
    for row in results:
        lines.append(
            f"| `{row['url']}` | {row['median_ms']} | {row['p95_ms']} | {row['queries']} "
            f"| {row['bytes'] / 1024:.0f} | {row['peak_python_kib']} | {row['max_rss_mib']} |"
        )
    return "\n".join(lines)


def main(argv=None):
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="sse-bench-") as tmp:
        configure_environment(args, tmp)
        import django

        warnings.filterwarnings("ignore", message="No directory at")
        django.setup()
        from django.core.management import call_command
        from django.db import connection, connections
        from django.test import Client

        try:
            started = time.perf_counter()
            call_command("migrate", verbosity=0, skip_checks=True)
            migrated = time.perf_counter() - started
            started = time.perf_counter()
            call_command("create_random_data", args.rows, seed=args.seed, verbosity=0)
            loaded = time.perf_counter() - started
            with connection.cursor() as cursor:
                if connection.vendor == "postgresql":
                    cursor.execute("ANALYZE")  # fresh statistics, as autovacuum would give
                    cursor.execute("SHOW server_version")
                else:
                    cursor.execute("SELECT sqlite_version()")
                database_version = cursor.fetchone()[0].split()[0]
            client = Client()
            results = [measure(client, url, args.requests) for url in pages() if args.only in url]
            meta = {
                "date": datetime.now(UTC).strftime("%Y-%m-%d"),
                "database": f"{connection.vendor} {database_version}",
                "rows": args.rows,
                "requests": args.requests,
                "seed": args.seed,
                "migrate_s": round(migrated, 1),
                "create_random_data_s": round(loaded, 1),
                "cpus": os.cpu_count(),
                "python": platform.python_version(),
                "django": django.get_version(),
            }
        finally:
            connections.close_all()
            if args.database_url:
                recreate_postgres(args.database_url, drop_only=True)
    print(
        f"\n{meta['date']}, {meta['database']}, {meta['rows']} organisations, "
        f"{meta['requests']} requests per page, {meta['cpus']} CPUs, Python {meta['python']}, "
        f"Django {meta['django']}; migrate {meta['migrate_s']} s, "
        f"create_random_data {meta['create_random_data_s']} s\n"
    )
    print(markdown(results))
    if args.json:
        Path(args.json).write_text(json.dumps({"meta": meta, "pages": results}, indent=2) + "\n")


if __name__ == "__main__":
    main()
