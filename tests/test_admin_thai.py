"""The curators' admin on /th/: Thai words only, Buddhist Era dates and years, Thai order."""

import datetime
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import django.contrib.admin
import polib
import pytest
from axes.models import AccessLog
from django.conf import settings
from django.contrib.auth.hashers import identify_hasher
from django.contrib.auth.models import Group, User
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from curation.models import PendingChange
from orgs.models import Organisation, Province, Suggestion, Theme
from programs.models import Event, Participation, Programme

from .curators import PASSWORD, admin_url, client_for, curator, form_data
from .factories import EventFactory, OrganisationFactory, ParticipationFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db

ADMIN = f"/th/{settings.ADMIN_URL}"

#: Tokens that are the same on a Thai page: file formats, codes, key names, the [th]/[en]
#: language tags of the translation tabs, and the spreadsheet's column names ("slug").
ALLOWED = {
    "th",
    "en",
    "SDG",
    "SDGs",
    "ISO",
    "CSV",
    "XLSX",
    "csv",
    "xlsx",
    "UTF",
    "URL",
    "TH",
    "slug",
}
ALLOWED |= {"JP", "SID", "SSE", "Control", "Command", "Mac", "JSON", "sha"}
#: Thai that Django's own catalogue gets wrong ("busy" for "None available", "change the
#: history" for "Change history") or leaves half English.
WRONG_THAI = ["ไม่ว่าง", "เปลี่ยนแปลงประวัติ", "sorting", "selected"]
#: Elements whose text is entry data or code, not interface text.
DATA_ELEMENTS = {"script", "style", "textarea", "code", "svg"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class InterfaceText(HTMLParser):
    """The text a curator reads or hears: visible text, titles, labels, placeholders, buttons."""

    def __init__(self):
        super().__init__()
        self.stack, self.chunks = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("title", "aria-label", "placeholder", "alt"):
            if attrs.get(name):
                self.chunks.append(attrs[name])
        if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.chunks.append(attrs["value"])
        if tag not in VOID:
            hidden = tag in DATA_ELEMENTS or bool(self.stack and self.stack[-1][1])
            self.stack.append((tag, hidden))

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data):
        if not (self.stack and self.stack[-1][1]):
            self.chunks.append(data)


def interface_text(html):
    parser = InterfaceText()
    parser.feed(html)
    return " ".join(parser.chunks)


def english_left(html, data=()):
    """English words on a page, with the entry data in `data`, addresses and codes removed."""
    text = interface_text(html)
    for value in sorted(data, key=len, reverse=True):
        text = text.replace(value, " ")
    text = re.sub(r"\S+@\S+|https?://\S+|/\S*/|TH-\d+|\b[a-z]+(?:[_-][a-z0-9]+)+\b", " ", text)
    return sorted({w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in ALLOWED})


@pytest.fixture
def thai_directory():
    """Entries whose data is Thai, so that any English left is the interface's."""
    user = curator("Admin", username="สมชาย")
    participation = ParticipationFactory(
        organisation__name_en="", programme__name_en="", organisation__short_name_en=""
    )
    organisation, programme = participation.organisation, participation.programme
    event = EventFactory(programme=programme, title_en="")
    other = OrganisationFactory(name_en="")
    organisation.name_th = "กลุ่มเกษตรอินทรีย์บ้านนา"
    organisation.save()
    change = PendingChange.objects.create(
        content_type=ContentType.objects.get_for_model(Organisation),
        object_id=organisation.pk,
        data={"fields": {"name_th": "กลุ่มใหม่"}, "m2m": {}, "inlines": []},
    )
    suggestion = Suggestion.objects.create(kind="new", name="ร้านค้าชุมชน", message="สวัสดี")
    return {
        "user": user,
        "organisation": organisation,
        "other": other,
        "programme": programme,
        "participation": participation,
        "event": event,
        "change": change,
        "suggestion": suggestion,
    }


def entry_data():
    """Data shown as entered: slugs, province codes and abbreviations, group and user names."""
    values = set(Group.objects.values_list("name", flat=True))
    values |= set(Organisation.objects.values_list("slug", flat=True))
    values |= set(Programme.objects.values_list("slug", flat=True))
    values |= set(Theme.objects.values_list("slug", flat=True))
    # django-axes' own records: "Access Log for <user> @ <time>", the browser's user agent.
    values |= {str(log) for log in AccessLog.objects.all()}
    values |= set(AccessLog.objects.values_list("user_agent", flat=True))
    # The password summary on a user's page: the hasher's name and masked salt and hash.
    for user in User.objects.all():
        values |= {
            str(v) for v in identify_hasher(user.password).safe_summary(user.password).values()
        }
    for code, abbreviation in Province.objects.values_list("code", "abbreviation"):
        values |= {code, abbreviation}
    return {v for v in values if v}


def curator_pages(d):
    o, p = d["organisation"], d["programme"]
    version = o.history.first()
    return [
        ADMIN,
        f"{ADMIN}orgs/",
        f"{ADMIN}password_change/",
        f"{ADMIN}password_change/done/",
        f"{ADMIN}recovery-codes/",
        f"{ADMIN}auth/user/",
        f"{ADMIN}orgs/claim/",
        f"{ADMIN}curation/notificationpreference/",
        f"{ADMIN}auth/user/{d['user'].pk}/change/",
        f"{ADMIN}auth/group/{Group.objects.get(name='Editor').pk}/change/",
        f"{ADMIN}axes/accessattempt/",
        f"{ADMIN}axes/accessfailurelog/",
        f"{ADMIN}axes/accesslog/",
        admin_url(Organisation, "changelist", lang="th"),
        admin_url(Organisation, "changelist", lang="th") + "?stale=yes&missing=any",
        admin_url(Organisation, "add", lang="th"),
        admin_url(Organisation, "change", o.pk, lang="th"),
        admin_url(Organisation, "history", o.pk, lang="th"),
        admin_url(Organisation, "simple_history", o.pk, version.history_id, lang="th"),
        admin_url(Organisation, "import", lang="th"),
        admin_url(Organisation, "export", lang="th"),
        admin_url(Organisation, "quality", lang="th"),
        admin_url(Organisation, "deleted", lang="th"),
        admin_url(Organisation, "merge", lang="th") + f"?ids={o.pk},{d['other'].pk}",
        admin_url(Programme, "changelist", lang="th"),
        admin_url(Programme, "change", p.pk, lang="th"),
        admin_url(Programme, "history", p.pk, lang="th"),
        admin_url(Event, "changelist", lang="th"),
        admin_url(Event, "change", d["event"].pk, lang="th"),
        admin_url(Participation, "changelist", lang="th"),
        admin_url(Province, "changelist", lang="th"),
        admin_url(Theme, "changelist", lang="th"),
        admin_url(PendingChange, "changelist", lang="th"),
        admin_url(PendingChange, "change", d["change"].pk, lang="th"),
        admin_url(Suggestion, "changelist", lang="th"),
        admin_url(Suggestion, "change", d["suggestion"].pk, lang="th"),
    ]


def test_every_curator_page_is_in_thai(thai_directory):
    client = client_for(thai_directory["user"])
    data = entry_data()
    problems = {}
    for url in curator_pages(thai_directory):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        words = english_left(html, data)
        wrong = [w for w in WRONG_THAI if w in interface_text(html)]
        if words or wrong:
            problems[url] = words + wrong
    assert problems == {}


def test_login_steps_and_logout_are_in_thai():
    user = curator("Editor", username="มาลี")
    device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    client = Client()
    page = client.get(f"{ADMIN}login/?next={ADMIN}").content.decode()
    assert english_left(page) == []
    failed = client.post(f"{ADMIN}login/", {"username": user.username, "password": "wrong"})
    html = failed.content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S)[1]
    assert title.startswith("ข้อผิดพลาด:"), title
    assert english_left(html) == []
    step = client.post(
        f"{ADMIN}login/", {"username": user.username, "password": PASSWORD, "next": ADMIN}
    )
    code_page = client.get(step["Location"]).content.decode()
    assert "รหัส" in code_page and english_left(code_page) == []
    code = f"{totp(device.bin_key, step=device.step, digits=device.digits):06d}"
    assert client.post(step["Location"], {"code": code})["Location"] == ADMIN
    logout = client.post(f"{ADMIN}logout/").content.decode()
    assert english_left(logout, {user.username}) == []


def test_the_index_table_headers_for_screen_readers_are_thai(thai_directory):
    html = client_for(thai_directory["user"]).get(ADMIN).content.decode()
    assert "ชื่อชนิดข้อมูล" in html and "ลิงก์เพิ่ม" in html
    assert "Model name" not in html and "Add link" not in html
    assert "ยังไม่มีรายการ" in html  # "None available" (recent actions) in real Thai


def test_the_javascript_catalogue_has_thai_for_every_admin_string(thai_directory):
    client = client_for(thai_directory["user"])
    script = client.get(f"{ADMIN}jsi18n/").content.decode()
    catalog = json.loads(re.search(r"const newcatalog = (\{.*?\});\n", script, re.S)[1])
    source = Path(django.contrib.admin.__file__).parent / "locale/en/LC_MESSAGES/djangojs.po"
    untranslated = []
    for entry in polib.pofile(str(source)):
        key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        value = catalog.get(key)
        value = value[0] if isinstance(value, list) else value
        text = re.sub(r"%\(\w+\)s|%s", "", value or "")
        if not re.search("[\u0e00-\u0e7f]", text) or re.search(r"[A-Za-z]{3,}", text):
            untranslated.append(entry.msgid)
    assert untranslated == []


def test_the_admin_stays_english_on_english_pages():
    client = client_for(curator("Admin", username="somchai"))
    participation = ParticipationFactory()
    organisation, programme = participation.organisation, participation.programme
    index = client.get(f"/en/{settings.ADMIN_URL}").content.decode()
    assert "Directory entries" in index and "Reference data" in index
    for url in (
        f"/en/{settings.ADMIN_URL}",
        admin_url(Organisation, "changelist", lang="en"),
        admin_url(Organisation, "change", organisation.pk, lang="en"),
        admin_url(Organisation, "history", organisation.pk, lang="en"),
        admin_url(Programme, "change", programme.pk, lang="en"),
    ):
        text = interface_text(client.get(url).content.decode())
        assert not re.search("[\u0e00-\u0e7f]", text), (url, re.findall("[\u0e00-\u0e7f]+", text))


# --- Buddhist Era --------------------------------------------------------------------------


def this_year_be():
    return timezone.localdate().year + 543


def test_lists_drill_downs_and_history_show_buddhist_era_years(thai_directory):
    client = client_for(thai_directory["user"])
    organisation = thai_directory["organisation"]
    year, month = timezone.localdate().year, timezone.localdate().month
    changelist = admin_url(Organisation, "changelist", lang="th")
    listing = client.get(changelist).content.decode()
    assert str(this_year_be()) in listing
    assert not re.search(rf"\b{year}\b", english_free(listing))
    drill = client.get(f"{changelist}?updated__year={year}&updated__month={month}")
    assert f"‹ {this_year_be()}" in drill.content.decode()
    history = client.get(admin_url(Organisation, "history", organisation.pk, lang="th"))
    assert str(this_year_be()) in history.content.decode()
    english = client.get(admin_url(Organisation, "changelist", lang="en")).content.decode()
    assert str(year) in english and str(this_year_be()) not in english


def english_free(html):
    """The visible text of a page (no attributes, scripts or addresses, where CE stays)."""
    parser = InterfaceText()
    parser.feed(html)
    return " ".join(c for c in parser.chunks if not c.startswith(("/", "http")))


def test_a_thai_date_input_shows_and_takes_the_buddhist_era(thai_directory):
    client = client_for(thai_directory["user"])
    organisation = thai_directory["organisation"]
    organisation.last_verified = datetime.date(2025, 3, 9)
    organisation.save()
    url = admin_url(Organisation, "change", organisation.pk, lang="th")
    page = client.get(url)
    assert 'value="09/03/2568"' in page.content.decode()
    data = form_data(page)
    data["last_verified"] = "01/11/2569"
    assert client.post(url, data).status_code == 302
    organisation.refresh_from_db()
    assert organisation.last_verified == datetime.date(2026, 11, 1)
    data["last_verified"] = "29/02/2567"  # 2024 CE is a leap year; 2567 itself is not
    assert client.post(url, data).status_code == 302
    organisation.refresh_from_db()
    assert organisation.last_verified == datetime.date(2024, 2, 29)


def test_founded_year_takes_either_era_on_a_thai_page(thai_directory):
    client = client_for(thai_directory["user"])
    organisation = thai_directory["organisation"]
    url = admin_url(Organisation, "change", organisation.pk, lang="th")
    page = client.get(url)
    assert "2562 บันทึกเป็น ค.ศ. 2019" in page.content.decode()  # the help text names the era
    for typed, stored in [("2562", 2019), ("2019", 2019)]:
        data = form_data(client.get(url))
        data["founded_year"] = typed
        assert client.post(url, data).status_code == 302, typed
        organisation.refresh_from_db()
        assert organisation.founded_year == stored
    assert 'value="2562"' in client.get(url).content.decode()
    data = form_data(client.get(url))
    data["founded_year"] = "๒๕๖๒x"
    answer = client.post(url, data)
    assert answer.status_code == 200 and "กรอกปี" in answer.content.decode()


# --- Thai order ----------------------------------------------------------------------------


def names_in_order(html, names):
    return sorted(names, key=html.index)


def test_admin_lists_sort_in_thai_dictionary_order(thai_directory, on_postgres):
    client = client_for(thai_directory["user"])
    # Code-point order puts ข before เ; the dictionary orders เก… by its consonant ก, before ข.
    for name in ("ขนมไทยบ้านสวน", "เกษตรกรรมยั่งยืน"):
        OrganisationFactory(name_th=name)
        ProgrammeFactory(name_th=name)
    for model in (Organisation, Programme):
        html = client.get(admin_url(model, "changelist", lang="th")).content.decode()
        assert names_in_order(html, ["ขนมไทยบ้านสวน", "เกษตรกรรมยั่งยืน"]) == [
            "เกษตรกรรมยั่งยืน",
            "ขนมไทยบ้านสวน",
        ], model
    provinces = client.get(admin_url(Province, "changelist", lang="th")).content.decode()
    assert names_in_order(provinces, ["ตาก", "เชียงใหม่"]) == ["เชียงใหม่", "ตาก"]


def test_the_index_groups_models_as_curators_work(thai_directory):
    html = client_for(thai_directory["user"]).get(ADMIN).content.decode()
    groups = ["ข้อมูลในทำเนียบ", "การตรวจทาน", "ข้อมูลอ้างอิง", "บัญชีผู้ใช้และความปลอดภัย"]
    assert names_in_order(html, groups) == groups
    directory = html[html.index(groups[0]) : html.index(groups[1])]
    assert "องค์กร" in directory and "โครงการ" in directory
    assert "อื่น ๆ" not in html  # every model the site registers has its place


def test_an_unsafe_next_lands_on_the_admin_index():
    user = curator("Reviewer", username="somsri")
    device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    client = Client()
    for unsafe in ("https://evil.example/", "//evil.example/admin/"):
        step = client.post(
            f"{ADMIN}login/", {"username": user.username, "password": PASSWORD, "next": unsafe}
        )
        code = f"{totp(device.bin_key, step=device.step, digits=device.digits):06d}"
        answer = client.post(step["Location"], {"code": code})
        assert answer["Location"] == ADMIN, unsafe
        assert "/accounts/profile/" not in answer["Location"]
        client.post(f"{ADMIN}logout/")
        TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1)


def preview_rows_and_data():
    from orgs.importing import COLUMNS

    from .sheets import good_rows

    rows = good_rows(3)
    # The preview's column headers are the file's own (docs/import.md), like its values.
    return rows, entry_data() | set(COLUMNS) | {str(v) for r in rows for v in r.values() if v}


def test_the_import_preview_is_in_thai(thai_directory):
    from .sheets import upload

    client = client_for(thai_directory["user"])
    url = admin_url(Organisation, "import", lang="th")
    rows, data = preview_rows_and_data()
    preview = client.post(url, {"resource": "0", "format": "0", "import_file": upload(rows)})
    assert preview.status_code == 200 and "confirm_form" in preview.context
    assert english_left(preview.content.decode(), data) == []
    rows[1]["province"] = "XX-1"
    refused = client.post(url, {"resource": "0", "format": "0", "import_file": upload(rows)})
    assert "confirm_form" not in refused.context
    # The message gives an English province name as an example of what may be typed.
    assert english_left(refused.content.decode(), data | {"XX", "Chiang Mai"}) == []
