"""Print what the public sees, as JSON {address: sha256}: pages, downloads, feeds and the API.

Run with DATABASE_URL pointing at a database: `python tests/snapshot_pages.py`. Two databases
holding the same directory give the same snapshot (tests/test_prod_backup.py). Values that
name the moment of the request ("generated" in JSON downloads) are left out. With
`--milliseconds`, times are compared to the millisecond: Django's JSON serializer (dumpdata)
keeps no more.
"""

import hashlib
import json
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sse_directory.settings")

import django  # noqa: E402

django.setup()

from django.test import Client  # noqa: E402


def without_moments(value):
    if isinstance(value, dict):
        return {k: without_moments(v) for k, v in value.items() if k != "generated"}
    if isinstance(value, list):
        return [without_moments(v) for v in value]
    return value


def main():
    client = Client()
    api = client.get("/api/v1/organisations/?page_size=100").json()["results"]
    programmes = client.get("/api/v1/programmes/?page_size=100").json()["results"]
    paths = [
        "/th/",
        "/en/",
        "/th/organisations/",
        "/en/organisations/?page=2",
        "/en/organisations/?region=northern",
        "/th/programmes/",
        "/en/universities/",
        "/th/search/?q=community",
        "/en/data/",
        "/th/organisations/export.csv",
        "/en/organisations/export.json",
        "/en/programmes/export.csv",
        "/th/feeds/updates/",
        "/sitemap.xml",
        "/api/v1/organisations/?page_size=100",
        "/api/v1/programmes/",
        "/api/v1/events/",
        "/api/v1/regions/",
        "/api/v1/themes/",
    ]
    paths += [f"/en/organisations/{entry['slug']}/" for entry in api]
    paths += [f"/th/programmes/{entry['slug']}/" for entry in programmes]
    paths += [f"/en/data/{name}.json" for name in ("organisations", "programmes", "events")]
    milliseconds = "--milliseconds" in sys.argv
    snapshot = {"counts": [len(api), len(programmes)]}
    for path in paths:
        response = client.get(path)
        body = response.getvalue()  # downloads are streamed
        if response.get("Content-Type", "").startswith("application/json"):
            body = json.dumps(without_moments(json.loads(body)), sort_keys=True).encode()
        if milliseconds:
            body = re.sub(rb"(\d\d:\d\d:\d\d\.\d{3})\d{3}", rb"\1", body)
        snapshot[path] = [response.status_code, hashlib.sha256(body).hexdigest()]
    print(json.dumps(snapshot, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
