"""In-process half of the benchmark: the pages to request and their SQL queries per request.

    DATABASE_URL=postgres://…/sse_bench_1000 .venv/bin/python bench/probe.py

Run by bench/run.py once per size, in its own process (Django is set up for one database per
process). Prints JSON: the pages (with the busiest profile and programme of this database), and
for each page the status, the response size and the SQL queries of one request with the cache
cold (cleared first) and of the same request again (warm), counted with Django's test client and
CaptureQueriesContext. Nothing here runs inside the served site.
"""

import json
import os
import sys
import warnings
from base64 import b64encode
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parents[1]

#: (name, path) of the pages of issue 9; {profile} and {programme} are filled in per database.
PAGES = [
    ("home", "/th/"),
    ("organisations", "/th/organisations/"),
    ("filtered", "/en/organisations/?region=northeastern&theme=health"),
    ("search ชุมชน", "/th/organisations/?q=ชุมชน"),
    ("search farm", "/en/organisations/?q=farm"),
    ("deep page", "/en/organisations/?sort=-updated&page=30"),
    # The deepest list page (LIST_MAX_DEPTH / PAGE_SIZE; the last page at smaller sizes).
    ("deepest page", "/en/organisations/?sort=-updated&page=416"),
    ("programmes", "/th/programmes/"),
    ("api", "/api/v1/organisations/?region=central"),
    ("api cursor (middle)", "/api/v1/organisations/?cursor={cursor}"),
    ("embed", "/th/embed/organisations/?theme=health"),
    ("export.csv", "/en/organisations/export.csv?province=TH-50"),
    ("region", "/th/regions/central/"),
    ("theme", "/en/themes/health/"),
    ("sitemap", "/sitemap.xml"),
    ("profile", "/th/organisations/{profile}/"),
    ("programme", "/en/programmes/{programme}/"),
    ("site search", "/th/search/?q=กาแฟ"),
    ("search rare หนองบัว", "/th/organisations/?q=หนองบัว"),
    ("search two words", "/en/organisations/?q=weaving+cooperative"),
    ("search typo", "/en/organisations/?q=chulalongkon"),
    # The start of most community enterprises' names: a name prefix shared by a third of them.
    ("search prefix วิสาหกิจชุมชน", "/th/organisations/?q=วิสาหกิจชุมชน"),
    ("insights", "/th/insights/"),
    ("insights filtered", "/en/insights/?region=northeastern&theme=disaster-management"),
    ("insights network", "/th/insights/network/"),
    # Full-directory downloads: few requests each (run.py), watched for memory.
    ("export.json (all)", "/en/organisations/export.json"),
    ("open data csv", "/th/data/organisations.csv"),
]

#: Pages left out while they answer 404 (the insights page is being built in another issue).
OPTIONAL = set()

#: Pages requested fewer times (they are large downloads): name → at most this many requests.
HEAVY = {"export.json (all)": 3, "open data csv": 3, "sitemap": 3}


def setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sse_directory.settings")
    os.environ.update(DEBUG="0", PLAIN_STATIC="1", ALLOWED_HOSTS="testserver", LOG_LEVEL="ERROR")
    sys.path.insert(0, str(ROOT))
    warnings.filterwarnings("ignore", message="No directory at")
    import django

    django.setup()


def pages():
    """The pages with this database's busiest profile and programme."""
    from django.db.models import Count

    from orgs.models import Organisation
    from programs.models import Programme

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
    # A cursor at the middle of the slug order, as a harvester half-way through has.
    published = Organisation.objects.published().order_by("slug")
    middle = published.values_list("slug", flat=True)[published.count() // 2]
    cursor = quote(b64encode(urlencode({"p": middle}).encode()).decode())
    only = {n for n in os.environ.get("BENCH_ONLY", "").split(",") if n}
    found = []
    for name, path in PAGES:
        if only and name not in only:
            continue
        path = path.format(profile=organisation.slug, programme=programme.slug, cursor=cursor)
        found.append({"name": name, "path": path, "requests_cap": HEAVY.get(name)})
    return found


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def count(client, path):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cache.clear()
    # Streamed responses run their queries while the body is read: read it inside the count.
    with CaptureQueriesContext(connection) as cold:
        response = client.get(path)
        size = len(body(response))
    cold_count = len(cold)
    with CaptureQueriesContext(connection) as warm:
        body(client.get(path))
    return {
        "status": response.status_code,
        "bytes": size,
        "queries_cold": cold_count,
        "queries_warm": len(warm),
    }


def main():
    setup()
    from django.test import Client

    client = Client()
    result = []
    for page in pages():
        page.update(count(client, page["path"]))
        if page["status"] == 404 and page["name"] in OPTIONAL:
            continue  # not built yet
        result.append(page)
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
