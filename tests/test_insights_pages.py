"""The insights pages in Thai: a complete catalogue of their own, no English left on the page,
and valid HTML (Nu Html Checker) in both languages."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command

from .factories import EventFactory, OrganisationFactory, ParticipationFactory, ProgrammeFactory
from .test_html_valid import vnu_command
from .thai_text import english_words

PO = Path(settings.BASE_DIR) / "insights" / "locale" / "th" / "LC_MESSAGES" / "django.po"
PAGES = {
    "overview": "/insights/",
    "northeast": "/insights/?region=northeastern",
    "disaster": "/insights/?theme=disaster-management&kind=community-enterprise",
    "bad-filters": "/insights/?region=bogus&sdg=99",
    "network": "/insights/network/",
    "network-filtered": "/insights/network/?programme=soil&theme=sustainable-agriculture",
}
#: Names of the file formats, the same in Thai text.
FORMATS = {"SVG", "PNG"}


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


def test_the_insights_catalogue_is_complete():
    catalogue = polib.pofile(str(PO))
    assert [e.msgid for e in catalogue.untranslated_entries()] == []
    assert [e.msgid for e in catalogue.fuzzy_entries()] == []
    for entry in catalogue.translated_entries():
        source = entry.msgid_plural or entry.msgid
        text = entry.msgstr or entry.msgstr_plural.get(0, "")
        assert sorted(re.findall(r"%\(\w+\)s", source)) == sorted(re.findall(r"%\(\w+\)s", text)), (
            entry.msgid
        )
        assert re.search("[\u0e00-\u0e7f]", text), entry.msgid  # real Thai, not a copy


def test_the_insights_catalogue_is_up_to_date(tmp_path, monkeypatch):
    shutil.copytree(
        Path(settings.BASE_DIR) / "insights",
        tmp_path / "insights",
        ignore=shutil.ignore_patterns("*.pyc"),
    )
    monkeypatch.chdir(tmp_path / "insights")
    call_command("makemessages", locale=["th"], no_location=True, verbosity=0)
    extracted = polib.pofile(
        str(tmp_path / "insights" / "locale" / "th" / "LC_MESSAGES" / "django.po")
    )
    current = {e.msgid for e in polib.pofile(str(PO))}
    missing = {e.msgid for e in extracted if not e.obsolete} - current
    assert missing == set(), "run makemessages in insights/ and translate the new strings"


@pytest.mark.django_db
def test_no_english_left_on_thai_insights_pages(client):
    # Entries of our own: the demo data has Thai names with English in them.
    programme = ProgrammeFactory(name_th="โครงการทดสอบ", start_date="2020-01-01", themes=["health"])
    EventFactory(programme=programme, title_th="กิจกรรมทดสอบ", start_date="2020-02-01")
    for i in range(3):
        organisation = OrganisationFactory(
            name_th=f"วิสาหกิจชุมชนทดสอบ {i}", founded_year=2000 + i, themes=["health"], sdgs=[3]
        )
        ParticipationFactory(organisation=organisation, programme=programme, role="lead")
    for name, path in PAGES.items():
        if name == "bad-filters":
            continue  # the error block quotes the parameters and values as they were given
        html = client.get(f"/th{path}").content.decode()
        assert set(english_words(html)) - FORMATS == set(), path


@pytest.mark.django_db
def test_insights_pages_are_valid_html(client, tmp_path):
    command = vnu_command()
    call_command("load_demo", verbosity=0)
    files = {}
    for lang in ("th", "en"):
        for name, path in PAGES.items():
            response = client.get(f"/{lang}{path}")
            assert response.status_code == 200
            page = tmp_path / f"{lang}-{name}.html"
            page.write_bytes(response.content)
            files[page.name] = f"/{lang}{path}"
    result = subprocess.run(
        command + sorted(str(tmp_path / name) for name in files),
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stdout)["messages"]
    errors = [
        f"{files.get(m.get('url', '').rsplit('/', 1)[-1])}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m.get("type") in ("error", "non-document-error")
    ]
    assert not errors, "\n".join(errors)
