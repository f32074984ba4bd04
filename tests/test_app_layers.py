"""The apps' layering (docs/architecture.md): insights → programs → orgs → listings → curation.

orgs knows nothing of programmes, at import time or at run time: a site without the programs
app migrates and serves organisation pages. No app imports the project package.
"""

import ast
import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

BASE = Path(settings.BASE_DIR)

#: What each app may import from the project's own packages.
ALLOWED = {
    "curation": set(),
    "listings": {"curation"},
    "orgs": {"curation", "listings"},
    "programs": {"curation", "listings", "orgs"},
    "insights": {"curation", "listings", "orgs", "programs"},
}

SCRIPT = """
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from django.test import Client
from curation.models import Status
from orgs.models import Organisation, Province
Organisation.objects.create(
    slug="ban-rak-coop", name_th="สหกรณ์บ้านรัก", name_en="Ban Rak Cooperative",
    kind="cooperative", province=Province.objects.get(code="TH-50"), status=Status.PUBLISHED,
)
client = Client()
paths = ["/th/organisations/ban-rak-coop/", "/en/organisations/", "/en/organisations/export.csv"]
for path in paths:
    body = client.get(path)
    text = body.getvalue().decode()  # (exports are streamed)
    print(path, body.status_code, "Ban Rak" in text or "สหกรณ์บ้านรัก" in text)
"""


def imported_packages(app):
    found = set()
    for path in (BASE / app).rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module.split(".")[0])
            elif isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
    return found


def test_apps_import_only_the_layers_below_them():
    own = set(ALLOWED) | {"sse_directory"}
    for app, allowed in ALLOWED.items():
        assert imported_packages(app) & own <= allowed | {app}, app


def test_orgs_names_no_programmes():
    for path in (BASE / "orgs").rglob("*.py"):
        if "migrations" in path.parts:
            continue
        code = path.read_text(encoding="utf-8")
        for word in ("programs", "participations", "hosted_programmes", "programme__"):
            assert word not in code, f"{path.relative_to(BASE)} names {word}"


def test_a_site_without_programs_migrates_and_serves_organisation_pages(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings_without_programs",
        "ORGS_ONLY_DB": str(tmp_path / "orgs-only.sqlite3"),
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=BASE,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.split("\n")
    assert "/th/organisations/ban-rak-coop/ 200 True" in lines
    assert "/en/organisations/ 200 True" in lines
    assert "/en/organisations/export.csv 200 True" in lines
