"""Thai is a first-class language: every UI string translated, no English left on Thai pages."""

import re
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation

from .factories import OrganisationFactory, ParticipationFactory, ProgrammeFactory, url_in
from .thai_text import english_words

PO = Path(settings.BASE_DIR) / "locale" / "th" / "LC_MESSAGES" / "django.po"


def test_every_ui_string_is_translated_into_thai():
    catalogue = polib.pofile(str(PO))
    untranslated = [e.msgid for e in catalogue.untranslated_entries()]
    fuzzy = [e.msgid for e in catalogue.fuzzy_entries()]
    assert untranslated == [] and fuzzy == []
    for entry in catalogue.translated_entries():
        # Thai has one plural form, used for every count: it carries the plural's placeholders.
        source = entry.msgid_plural or entry.msgid
        text = entry.msgstr or entry.msgstr_plural.get(0, "")
        assert sorted(re.findall(r"%\(\w+\)s", source)) == sorted(re.findall(r"%\(\w+\)s", text)), (
            entry.msgid
        )


def test_the_catalogue_is_up_to_date_with_the_code(tmp_path, monkeypatch):
    """A string added to a template or module but not to django.po fails here.

    makemessages runs on a copy of the source tree, so the real catalogue is never touched.
    """
    base = Path(settings.BASE_DIR)
    for name in (
        "sse_directory",
        "curation",
        "listings",
        "orgs",
        "programs",
        "templates",
        "locale",
    ):
        shutil.copytree(base / name, tmp_path / name, ignore=shutil.ignore_patterns("*.pyc"))
    monkeypatch.chdir(tmp_path)
    call_command("makemessages", locale=["th"], no_location=True, verbosity=0)
    current = {e.msgid for e in polib.pofile(str(PO))}
    extracted = polib.pofile(str(tmp_path / "locale" / "th" / "LC_MESSAGES" / "django.po"))
    missing = {e.msgid for e in extracted if not e.obsolete} - current
    assert missing == set(), "run `make makemessages` and translate the new strings"


def test_a_thai_ui_string_loads():
    with translation.override("th"):
        assert translation.gettext("Organisations") == "องค์กร"
    with translation.override("en"):
        assert translation.gettext("Organisations") == "Organisations"


@pytest.mark.django_db
def test_no_english_left_on_thai_pages(client):
    organisation = OrganisationFactory(
        name_th="สหกรณ์การเกษตรทดสอบ",
        summary_th="สหกรณ์ของเกษตรกรในจังหวัด",
        description_th="รายละเอียดของสหกรณ์",
        founded_year=1990,
        themes=["sustainable-agriculture"],
        sdgs=[2],
        is_consortium_member=True,
    )
    programme = ProgrammeFactory(name_th="โครงการทดสอบ", summary_th="สรุปโครงการ")
    ParticipationFactory(organisation=organisation, programme=programme, role="lead")
    pages = ["/th/", "/th/organisations/", "/th/programmes/"]
    pages += [url_in("th", organisation), url_in("th", programme)]
    for url in pages:
        html = client.get(url).content.decode()
        assert english_words(html) == [], url
