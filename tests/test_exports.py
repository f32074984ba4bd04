"""Downloads of filtered lists, the open-data dump and the data page: published data only."""

import csv
import io
import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from curation.models import Status

from .factories import (
    EventFactory,
    OrganisationFactory,
    ParticipationFactory,
    ProgrammeFactory,
    province,
)

pytestmark = pytest.mark.django_db

SPREADSHEET_COLUMNS = [
    "slug",
    "kind",
    "name_th",
    "name_en",
    "province",
    "themes",
    "sdgs",
    "summary_th",
    "summary_en",
    "website",
    "email",
    "phone",
    "founded",
    "status",
]
#: After the code columns (unchanged, for programs), the same facts in the page's language.
READABLE_COLUMNS = [
    "kind_label",
    "province_name",
    "region",
    "region_name",
    "theme_names",
    "sdg_names",
]
ORGANISATION_COLUMNS = SPREADSHEET_COLUMNS + READABLE_COLUMNS


@pytest.fixture
def directory():
    coop = OrganisationFactory(
        slug="northern-rice",
        kind="cooperative",
        name_th="สหกรณ์ข้าวภาคเหนือ",
        name_en="Northern Rice Cooperative",
        province=province("TH-50"),
        themes=["sustainable-agriculture", "food-water-energy"],
        sdgs=[2, 12],
        founded_year=1998,
        website="https://rice.example",
        email="office@rice.example",
        phone="+66 53 000 000",
        contact_public=True,
    )
    private = OrganisationFactory(
        slug="quiet-foundation",
        kind="foundation",
        province=province("TH-10"),
        email="someone@private.example",
        phone="081 000 0000",
        contact_public=False,
    )
    draft = OrganisationFactory(slug="draft-coop", kind="cooperative", status=Status.DRAFT)
    programme = ProgrammeFactory(slug="village", kind="village")
    hidden = ProgrammeFactory(slug="hidden-programme", status=Status.DRAFT)
    ParticipationFactory(organisation=coop, programme=programme, role="lead")
    ParticipationFactory(organisation=draft, programme=programme, role="partner")
    ParticipationFactory(organisation=coop, programme=hidden, role="funder")
    EventFactory(slug="public-event", programme=programme)
    EventFactory(slug="hidden-event", programme=hidden)
    return {"coop": coop, "private": private, "draft": draft, "programme": programme}


def read_csv(content):
    text = content.decode("utf-8")
    assert text.startswith("\ufeff"), "UTF-8 with a byte-order mark, for Excel"
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_organisation_csv_has_the_spreadsheet_columns(client, directory):
    response = client.get("/th/organisations/export.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="organisations.csv"'
    assert response.streaming  # sent as it is read, whatever the size of the directory
    content = response.getvalue()
    text = content.decode("utf-8")
    assert text[1:].splitlines()[0] == ",".join(ORGANISATION_COLUMNS)
    rows = {row["slug"]: row for row in read_csv(content)}
    assert set(rows) == {"northern-rice", "quiet-foundation"}  # no draft
    coop = rows["northern-rice"]
    assert coop["name_th"] == "สหกรณ์ข้าวภาคเหนือ"
    assert coop["province"] == "TH-50" and coop["kind"] == "cooperative"
    assert coop["themes"] == "food-water-energy;sustainable-agriculture"
    assert coop["sdgs"] == "2;12" and coop["founded"] == "1998"
    assert coop["status"] == "published"


def test_email_and_phone_only_when_marked_public(client, directory):
    rows = {
        row["slug"]: row for row in read_csv(client.get("/en/organisations/export.csv").getvalue())
    }
    assert rows["northern-rice"]["email"] == "office@rice.example"
    assert rows["northern-rice"]["phone"] == "+66 53 000 000"  # a phone number is not a formula
    assert rows["quiet-foundation"]["email"] == "" and rows["quiet-foundation"]["phone"] == ""
    body = client.get("/en/organisations/export.json").getvalue().decode()
    assert "private.example" not in body and "081 000 0000" not in body


@pytest.mark.parametrize(
    "query",
    ["region=northern", "kind=cooperative&theme=sustainable-agriculture", "q=rice", "sdg=12"],
)
def test_a_filtered_download_has_the_entries_of_the_page(client, directory, query):
    page = client.get(f"/en/organisations/?{query}")
    expected = [o.slug for o in page.context["organisations"]]
    rows = read_csv(client.get(f"/en/organisations/export.csv?{query}").getvalue())
    assert [row["slug"] for row in rows] == expected
    document = json.loads(client.get(f"/en/organisations/export.json?{query}").getvalue())
    assert [entry["slug"] for entry in document["results"]] == expected
    assert document["count"] == len(expected)


def test_the_json_download_names_the_licence_and_keeps_lists(client, directory):
    response = client.get("/th/organisations/export.json?region=northern&page=3")
    assert response["Content-Type"] == "application/json"
    document = json.loads(response.getvalue())
    assert document["licence"]["name"] == "CC BY 4.0"
    assert document["source"] == "http://testserver/th/organisations/?region=northern"
    coop = document["results"][0]
    assert list(coop) == ORGANISATION_COLUMNS
    assert coop["themes"] == ["food-water-energy", "sustainable-agriculture"]
    assert coop["sdgs"] == [2, 12] and coop["founded"] == 1998


def test_programme_downloads(client, directory):
    rows = read_csv(client.get("/en/programmes/export.csv").getvalue())
    assert [row["slug"] for row in rows] == ["village"]
    document = json.loads(client.get("/en/programmes/export.json?kind=village").getvalue())
    assert [entry["slug"] for entry in document["results"]] == ["village"]
    assert (
        client.get("/en/programmes/export.csv?kind=training").getvalue().decode().count("\n") == 1
    )


@pytest.mark.parametrize("query", ["region=bogus", "q=%00", "sdg=abc", "kind=%00"])
def test_a_malformed_filter_is_a_400_not_a_silent_everything(client, directory, query):
    response = client.get(f"/en/organisations/export.csv?{query}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")


def test_only_csv_and_json(client):
    assert client.get("/en/organisations/export.xml").status_code == 404


def test_cells_that_a_spreadsheet_would_run_are_defused(client):
    OrganisationFactory(
        slug="formula", name_en='=HYPERLINK("http://evil.example","x")', summary_en="@SUM(1)"
    )
    rows = read_csv(client.get("/en/organisations/export.csv").getvalue())
    assert rows[0]["name_en"].startswith("'=HYPERLINK")
    assert rows[0]["summary_en"] == "'@SUM(1)"
    # JSON is data, not a spreadsheet: it keeps the text as it is.
    entry = json.loads(client.get("/en/organisations/export.json").getvalue())["results"][0]
    assert entry["name_en"].startswith("=HYPERLINK")


@pytest.mark.parametrize(
    ("path", "export"), [("organisations", "organisations"), ("programmes", "programmes")]
)
def test_list_pages_link_to_downloads_with_the_current_filters(client, directory, path, export):
    body = client.get(f"/en/{path}/?region=northern&page=2").getvalue().decode()
    assert f'href="/en/{export}/export.csv?region=northern"' in body
    assert f'href="/en/{export}/export.json?region=northern"' in body


def test_query_count_does_not_grow_with_the_rows(client, directory):
    def queries(path):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path).status_code == 200
        return len(captured)

    paths = ["/en/organisations/export.csv", "/en/programmes/export.json", "/en/data/events.csv"]
    paths += ["/en/data/participations.json"]
    before = [queries(path) for path in paths]
    for _ in range(4):
        programme = ProgrammeFactory(themes=["health"])
        ParticipationFactory(programme=programme, organisation=OrganisationFactory(sdgs=[3]))
        EventFactory(programme=programme)
    assert [queries(path) for path in paths] == before


# --- The open-data dump -------------------------------------------------------------------------


def test_export_open_data_writes_every_table_with_readme_and_licence(tmp_path, directory):
    call_command(
        "export_open_data", str(tmp_path / "dump"), "--language", "en", stdout=io.StringIO()
    )
    dump = tmp_path / "dump"
    names = ["organisations", "programmes", "participations", "events"]
    names += ["regions", "provinces", "themes", "sdgs"]
    for name in names:
        assert (dump / f"{name}.csv").exists() and (dump / f"{name}.json").exists(), name
    assert (dump / "datapackage.json").exists()
    assert "CC BY 4.0" in (dump / "README.md").read_text()
    assert "creativecommons.org/licenses/by/4.0" in (dump / "LICENSE").read_text()

    everything = "".join(path.read_text(encoding="utf-8") for path in dump.iterdir())
    for hidden in ("draft-coop", "hidden-programme", "hidden-event", "private.example"):
        assert hidden not in everything, hidden

    def slugs(name, key="slug"):
        return [row[key] for row in json.loads((dump / f"{name}.json").read_text())["results"]]

    assert slugs("organisations") == ["northern-rice", "quiet-foundation"]
    assert slugs("events") == ["public-event"]
    participations = json.loads((dump / "participations.json").read_text())["results"]
    assert participations == [
        {
            "programme": "village",
            "organisation": "northern-rice",
            "role": "lead",
            "note_th": "",
            "note_en": "",
            "programme_name": directory["programme"].name_en,
            "organisation_name": "Northern Rice Cooperative",
            "role_label": "Lead",
        }
    ]
    assert len(slugs("provinces", "code")) == 77 and len(slugs("sdgs", "number")) == 17
    header = (dump / "organisations.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header == ",".join(ORGANISATION_COLUMNS)


def test_the_filtered_download_and_the_dump_agree(tmp_path, client, directory):
    call_command("export_open_data", str(tmp_path), "--language", "en", stdout=io.StringIO())
    dumped = (tmp_path / "organisations.csv").read_bytes().decode("utf-8")
    downloaded = client.get("/en/organisations/export.csv?sort=name").getvalue().decode("utf-8")
    assert sorted(dumped.splitlines()) == sorted(downloaded.splitlines())


# --- The data page ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_data_page_explains_downloads_fields_and_licence(client, lang):
    response = client.get(f"/{lang}/data/")
    assert response.status_code == 200
    body = response.getvalue().decode()
    assert f'<html lang="{lang}">' in body
    assert "https://creativecommons.org/licenses/by/4.0/" in body
    for name in ("organisations", "programmes", "participations", "events", "provinces"):
        assert f'href="/{lang}/data/{name}.csv"' in body
        assert f'href="/{lang}/data/{name}.json"' in body
    assert ">summary_en<" in body  # the columns are explained
    assert 'href="/api/v1/docs/"' in body


def test_data_page_downloads(client, directory):
    rows = read_csv(client.get("/th/data/participations.csv").getvalue())
    assert [(row["programme"], row["organisation"]) for row in rows] == [
        ("village", "northern-rice")
    ]
    document = json.loads(client.get("/en/data/regions.json").getvalue())
    assert document["count"] == 6
    assert client.get("/en/data/secrets.csv").status_code == 404
