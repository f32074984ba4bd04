"""The demo directory: real starting content, loaded idempotently."""

import io
import json
import os
import re
import subprocess
import sys

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import Q

from curation.models import Status
from orgs.models import Organisation
from programs.models import Event, Participation, Programme
from sse_directory.management.commands.load_demo import demo_fixtures

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "organisations": list(Organisation.objects.order_by("slug").values_list("slug", "updated")),
        "programmes": list(Programme.objects.order_by("slug").values_list("slug", "updated")),
        "participations": Participation.objects.count(),
        "events": list(Event.objects.order_by("slug").values_list("slug", "start_date")),
        "themes": list(Organisation.themes.through.objects.order_by("pk").values_list()),
        "history": [Organisation.history.count(), Programme.history.count()],
    }


@pytest.fixture
def demo():
    call_command("load_demo", verbosity=0)


def test_load_demo_twice_changes_nothing(demo):
    before = snapshot()
    call_command("load_demo", verbosity=0)
    assert snapshot() == before


def test_demo_has_the_directory_starting_content(demo):
    assert Organisation.objects.published().count() >= 25
    assert Programme.objects.published().count() >= 8
    consortium = Organisation.objects.published().consortium()
    assert set(consortium.values_list("name_en", flat=True)) >= {
        "Chulalongkorn University",
        "Mahidol University",
        "Srinakharinwirot University",
        "Thammasat University",
    }
    for needle in ["ChangeFusion", "Local Alike", "Litalico", "Ecotourism Japan", "AVPN"]:
        assert Organisation.objects.filter(name_en__icontains=needle).exists(), needle
    sid = Programme.objects.get(slug="sid")
    assert sid.units.published().count() >= 3
    for unit in sid.units.published():
        assert unit.host and unit.province


def test_demo_events_named_by_the_seeds(demo):
    tot = Event.objects.get(start_date="2019-10-18")
    assert (tot.end_date.isoformat(), tot.province.code, tot.participants) == (
        "2019-10-20",
        "TH-10",
        30,
    )
    assert Event.objects.filter(start_date="2023-06-27").exists()
    assert Event.objects.filter(start_date__year=2019, start_date__month=7, country="JP").exists()


def test_every_demo_entry_reads_in_both_languages(demo):
    for model, fields in [(Organisation, ["name", "summary"]), (Programme, ["name", "summary"])]:
        for field in fields:
            empty = Q(**{f"{field}_th__isnull": True}) | Q(**{f"{field}_th": ""})
            empty |= Q(**{f"{field}_en__isnull": True}) | Q(**{f"{field}_en": ""})
            assert list(model.objects.published().filter(empty)) == [], (model, field)
        for entry in model.objects.published():
            assert entry.source_list, entry.slug
            assert any("\u0e00" <= ch <= "\u0e7f" for ch in entry.summary_th), entry.slug


def test_demo_keeps_a_draft_out_of_sight(demo, client):
    draft = Organisation.objects.filter(status=Status.DRAFT).first()
    assert draft is not None
    assert draft.name_en not in client.get("/en/organisations/").content.decode()


def test_load_demo_saves_only_what_differs(demo):
    changed = Organisation.objects.get(slug="changefusion")
    Organisation.objects.filter(pk=changed.pk).update(summary_en="Edited by hand.")
    Organisation.themes.through.objects.filter(organisation=changed).delete()
    before = snapshot()
    before_others = Organisation.history.exclude(slug="changefusion").count()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert "(0 created, 1 updated)" in out.getvalue()
    changed.refresh_from_db()
    assert changed.summary_en != "Edited by hand."
    assert changed.themes.exists()
    after = snapshot()
    # Only the edited row was saved again; every other timestamp is the one it had.
    stamps = dict(before["organisations"])
    moved = [slug for slug, stamp in after["organisations"] if stamp != stamps[slug]]
    assert moved == ["changefusion"]
    assert after["programmes"] == before["programmes"]
    # History records the change, and only for that organisation.
    assert Organisation.history.exclude(slug="changefusion").count() == before_others
    latest = Organisation.history.filter(slug="changefusion").latest("history_date")
    assert (latest.history_type, latest.summary_en) == ("~", changed.summary_en)


def test_demo_fixtures_come_from_the_installed_apps_in_dependency_order():
    files = demo_fixtures()
    apps_in_order = [path.parent.parent.parent.name for path in files]
    assert set(apps_in_order) == {"orgs", "programs"}
    assert apps_in_order == sorted(apps_in_order, key=["orgs", "programs"].index)
    without_programmes = demo_fixtures([apps.get_app_config("orgs")])
    assert without_programmes and all("programs" not in path.parts for path in without_programmes)


def test_entries_load_in_dependency_order_whatever_the_file_order():
    # Programmes first on the command line: they still find their hosts and parents.
    call_command("load_demo", *[str(path) for path in reversed(demo_fixtures())], verbosity=0)
    assert Programme.objects.get(slug="sid-southern-gulf").parent.slug == "sid"
    assert Programme.objects.get(slug="soil").host.slug == "changefusion"
    lead = Participation.objects.get(programme__slug="soil", role="lead")
    assert lead.organisation.slug == "changefusion"


def test_the_organisations_load_without_the_programmes_fixtures():
    orgs_only = [str(path) for path in demo_fixtures([apps.get_app_config("orgs")])]
    call_command("load_demo", *orgs_only, verbosity=0)
    assert Organisation.objects.published().consortium().count() == 4
    assert not Programme.objects.exists()
    assert Organisation.objects.get(slug="japan-foundation-asia-center").parent.slug == (
        "japan-foundation"
    )


def test_load_demo_with_the_programs_app_uninstalled(tmp_path):
    """The command names no app: without `programs` it loads the organisations alone."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings_without_programs",
        "ORGS_ONLY_DB": str(tmp_path / "orgs-only.sqlite3"),
    }

    def manage(*args):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=settings.BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        return result.stdout

    files = demo_fixtures([apps.get_app_config("orgs")])
    count = sum(len(json.loads(path.read_text(encoding="utf-8"))) for path in files)
    manage("migrate", "--noinput", "-v0")
    assert f"Demo data: {count} organisations ({count} created, 0 updated)" in manage("load_demo")
    assert f"Demo data: {count} organisations (0 created, 0 updated)" in manage("load_demo")


def write_fixture(tmp_path, entries):
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(entries), encoding="utf-8")
    return str(path)


ORGANISATION = {
    "model": "orgs.organisation",
    "fields": {
        "slug": "test-enterprise",
        "kind": "social-enterprise",
        "name_th": "กิจการทดสอบ",
        "name_en": "Test Enterprise",
        "province": ["TH-10"],
        "status": "published",
    },
}


def test_a_bad_entry_is_named_with_its_file_and_number(tmp_path):
    bad = {**ORGANISATION, "fields": {**ORGANISATION["fields"], "slug": "bad-website"}}
    bad["fields"]["website"] = "not a web address"
    path = write_fixture(tmp_path, [ORGANISATION, bad])
    with pytest.raises(CommandError) as error:
        call_command("load_demo", path, verbosity=0)
    message = str(error.value)
    assert "broken.json, entry 2 (orgs.organisation 'bad-website')" in message
    assert "website: Enter a valid URL." in message
    # Nothing is half loaded.
    assert not Organisation.objects.filter(slug="test-enterprise").exists()


def test_an_unknown_reference_is_an_error_not_a_silent_gap(tmp_path):
    unknown = {**ORGANISATION, "fields": {**ORGANISATION["fields"], "province": ["TH-99"]}}
    orphan = {**ORGANISATION, "fields": {**ORGANISATION["fields"], "parent": ["nobody"]}}
    for entry, says in [(unknown, "unknown province ['TH-99']"), (orphan, "unknown parent")]:
        with pytest.raises(CommandError, match=re.escape(says)):
            call_command("load_demo", write_fixture(tmp_path, [entry]), verbosity=0)
    participation = {
        "model": "programs.participation",
        "fields": {"organisation": ["nobody"], "programme": ["soil"], "role": "lead"},
    }
    with pytest.raises(CommandError, match=r"broken.json, entry 1 \(programs.participation\)"):
        call_command("load_demo", write_fixture(tmp_path, [participation]), verbosity=0)


def test_fixture_entries_give_natural_keys_only(tmp_path):
    with pytest.raises(CommandError, match="natural keys, not a primary key"):
        call_command("load_demo", write_fixture(tmp_path, [{**ORGANISATION, "pk": 1}]))
