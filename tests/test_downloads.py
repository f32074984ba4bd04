"""Downloads a person can read: names in the page's language beside the codes, Excel workbooks,
the data page's rows and dates, and the descriptions for data catalogues (Data Package, DCAT)."""

import csv
import datetime
import io
import json
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.db import connection
from django.template.defaultfilters import filesizeformat
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.translation import override
from openpyxl import load_workbook

from curation.models import Status
from orgs import importing
from orgs.models import SDG, Organisation, Theme
from sse_directory.open_data import DATASETS

from .factories import (
    EventFactory,
    OrganisationFactory,
    ParticipationFactory,
    ProgrammeFactory,
    province,
)

pytestmark = pytest.mark.django_db

CODE_COLUMNS = ["slug", "kind", "name_th", "name_en", "province", "themes", "sdgs"]
CODE_COLUMNS += ["summary_th", "summary_en", "website", "email", "phone", "founded", "status"]
READABLE_COLUMNS = ["kind_label", "province_name", "region", "region_name", "theme_names"]
READABLE_COLUMNS += ["sdg_names"]


@pytest.fixture
def directory():
    coop = OrganisationFactory(
        slug="northern-rice",
        kind="cooperative",
        name_th="สหกรณ์ข้าวภาคเหนือ",
        name_en="Northern Rice Cooperative",
        province=province("TH-50"),
        themes=["sustainable-agriculture", "health"],
        sdgs=[2, 12],
        founded_year=1998,
    )
    OrganisationFactory(slug="bangkok-fund", kind="foundation", province=province("TH-10"))
    OrganisationFactory(slug="draft-coop", kind="cooperative", status=Status.DRAFT)
    programme = ProgrammeFactory(slug="village", kind="village", themes=["health"], nationwide=True)
    programme.provinces.set([province("TH-50"), province("TH-57")])
    hidden = ProgrammeFactory(slug="hidden-programme", status=Status.DRAFT)
    ParticipationFactory(organisation=coop, programme=programme, role="lead")
    ParticipationFactory(organisation=coop, programme=hidden, role="funder")
    EventFactory(slug="public-event", programme=programme, province=province("TH-50"))
    EventFactory(slug="hidden-event", programme=hidden)
    return {"coop": coop, "programme": programme}


def read_csv(response):
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def read_xlsx(response):
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    return load_workbook(io.BytesIO(b"".join(response.streaming_content)))


def sheet_rows(workbook):
    sheet = workbook.worksheets[0]
    return [["" if value is None else str(value) for value in row] for row in sheet.values]


def by_slug(rows):
    header = rows[0]
    return {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}


# --- Readable columns ---------------------------------------------------------------------------


def test_codes_first_in_their_old_order_then_names_in_the_page_language(client, directory):
    rows = read_csv(client.get("/th/organisations/export.csv"))
    assert rows[0] == CODE_COLUMNS + READABLE_COLUMNS
    coop = by_slug(rows)["northern-rice"]
    themes = Theme.objects.filter(slug__in=["sustainable-agriculture", "health"])
    assert coop["province"] == "TH-50" and coop["province_name"] == "เชียงใหม่"
    assert coop["region"] == "northern" and coop["region_name"] == "ภาคเหนือ"
    assert coop["kind"] == "cooperative" and coop["kind_label"] == "สหกรณ์"
    assert coop["themes"] == ";".join(t.slug for t in themes)  # the same order as the codes
    assert coop["theme_names"] == ";".join(t.name_th for t in themes)
    assert coop["sdg_names"] == f"2. {SDG.objects.get(number=2).name_th};12. " + (
        SDG.objects.get(number=12).name_th
    )

    english = by_slug(read_csv(client.get("/en/organisations/export.csv")))["northern-rice"]
    assert english["province"] == "TH-50" and english["province_name"] == "Chiang Mai"
    assert english["region_name"] == "Northern" and english["kind_label"] == "Cooperative"
    assert english["theme_names"] == ";".join(t.name_en for t in themes)


def test_programme_events_and_participation_names(client, directory):
    programme = by_slug(read_csv(client.get("/th/programmes/export.csv")))["village"]
    assert programme["provinces"] == "TH-50;TH-57"
    assert programme["province_names"] == "เชียงใหม่;เชียงราย"
    assert programme["nationwide"] == "1" and programme["theme_names"] == (
        Theme.objects.get(slug="health").name_th
    )
    assert programme["kind_label"] and programme["kind_label"] != "village"
    english = by_slug(read_csv(client.get("/en/programmes/export.csv")))["village"]
    assert english["province_names"] == "Chiang Mai;Chiang Rai"

    event = by_slug(read_csv(client.get("/en/data/events.csv")))["public-event"]
    assert event["province_name"] == "Chiang Mai"
    assert event["programme_name"] == directory["programme"].name_en
    participation = read_csv(client.get("/th/data/participations.csv"))
    header = participation[0]
    assert [dict(zip(header, row, strict=True))["role_label"] for row in participation[1:]] == [
        "หน่วยงานหลัก"
    ]


def test_a_streamed_file_keeps_its_language_while_another_is_active(client, directory):
    response = client.get("/th/organisations/export.csv")
    with override("en"):  # another request's language, active while this body is read
        rows = read_csv(response)
    assert by_slug(rows)["northern-rice"]["province_name"] == "เชียงใหม่"


def test_a_public_download_imports_as_it_is(client, directory):
    content = b"".join(client.get("/en/organisations/export.csv").streaming_content)
    plan = importing.check(importing.read_dataset(content, "export.csv"))
    assert not plan.file_errors, plan.file_errors


# --- XLSX ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("organisations", ""),
        ("organisations", "region=northern"),
        ("organisations", "kind=foundation"),
        ("programmes", "theme=health"),
    ],
)
def test_the_workbook_has_the_rows_of_the_csv_and_of_the_page(client, directory, lang, path, query):
    response = client.get(f"/{lang}/{path}/export.xlsx?{query}")
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{path}.xlsx"'
    workbook = read_xlsx(response)
    rows = sheet_rows(workbook)
    assert rows == read_csv(client.get(f"/{lang}/{path}/export.csv?{query}"))
    page = client.get(f"/{lang}/{path}/?{query}")
    assert len(rows) - 1 == page.context["paginator"].count
    assert [row[0] for row in rows[1:]] == [entry.slug for entry in page.context["object_list"]]


def test_the_workbook_is_made_for_people(client, directory):
    workbook = read_xlsx(client.get("/th/organisations/export.xlsx"))
    sheet = workbook.worksheets[0]
    assert sheet.freeze_panes == "A2"  # the header stays in view
    assert all(cell.font.bold for cell in sheet[1])
    widths = {column: sheet.column_dimensions[column].width for column in ("A", "C", "N")}
    assert widths["C"] > widths["N"] >= 8  # a Thai name gets more room than "published"
    names = [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert "สหกรณ์ข้าวภาคเหนือ" in names
    about = workbook.worksheets[1]
    text = " ".join(str(v) for row in about.values for v in row if v)
    assert "CC BY 4.0" in text and "province_name" in text
    assert "จังหวัด" in text  # the columns explained in the page's language
    founded = {row[0]: row[12] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert founded["northern-rice"] == 1998  # numbers stay numbers


def test_every_open_data_table_comes_as_a_workbook(client, directory):
    for dataset in DATASETS:
        response = client.get(f"/en/data/{dataset.name}.xlsx")
        assert response.status_code == 200, dataset.name
        rows = sheet_rows(read_xlsx(response))
        assert rows == read_csv(client.get(f"/en/data/{dataset.name}.csv")), dataset.name


def test_drafts_are_in_no_workbook(client, directory):
    everything = []
    for path in ("/en/organisations/export.xlsx", "/en/programmes/export.xlsx"):
        everything += sheet_rows(read_xlsx(client.get(path)))
    for name in ("participations", "events"):
        everything += sheet_rows(read_xlsx(client.get(f"/th/data/{name}.xlsx")))
    text = repr(everything)
    for hidden in ("draft-coop", "hidden-programme", "hidden-event"):
        assert hidden not in text


@pytest.mark.parametrize("query", ["region=bogus", "sdg=abc", "q=%00"])
def test_a_malformed_filter_is_a_400_for_a_workbook_too(client, directory, query):
    response = client.get(f"/th/organisations/export.xlsx?{query}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")


def test_formula_looking_cells_are_defused_in_csv_and_xlsx(client):
    OrganisationFactory(
        slug="formula",
        name_en='=HYPERLINK("http://evil.example","x")',
        name_th="+cmd|' /C calc'!A0",
        summary_en="@SUM(1)",
        summary_th="\t=1+1",
        phone="+66 2 123 4567",
        contact_public=True,
    )
    OrganisationFactory(slug="control", name_en="Bell\x07 and \x1bescape")
    rows = by_slug(read_csv(client.get("/en/organisations/export.csv")))
    formula = rows["formula"]
    assert formula["name_en"].startswith("'=HYPERLINK")
    assert formula["name_th"].startswith("'+cmd")
    assert formula["summary_en"] == "'@SUM(1)" and formula["summary_th"] == "'\t=1+1"
    assert formula["phone"] == "+66 2 123 4567"  # a phone number is not a formula

    workbook = read_xlsx(client.get("/en/organisations/export.xlsx"))
    sheet = workbook.worksheets[0]
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]  # nothing runs
    cells = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    assert cells["formula"][3].value.startswith("'=HYPERLINK")
    assert cells["formula"][3].data_type == "s"
    assert cells["formula"][8].value == "'@SUM(1)" and cells["formula"][7].value == "'\t=1+1"
    assert cells["control"][3].value == "Bell and escape"  # XML cannot carry these


# --- The data page ------------------------------------------------------------------------------


def test_the_data_page_shows_rows_and_dates_of_published_entries(client, directory):
    Organisation.objects.filter(slug="northern-rice").update(
        updated=timezone.make_aware(datetime.datetime(2025, 3, 4, 10, 0))
    )
    Organisation.objects.filter(slug="bangkok-fund").update(
        updated=timezone.make_aware(datetime.datetime(2024, 1, 2, 10, 0))
    )
    # A draft changed later does not move the date, and is not counted.
    Organisation.objects.filter(slug="draft-coop").update(
        updated=timezone.make_aware(datetime.datetime(2026, 5, 6, 10, 0))
    )
    OrganisationFactory(slug="new-coop")  # a save: the cached figures start afresh

    thai = client.get("/th/data/").getvalue().decode()
    row = thai[thai.index('href="#dataset-organisations"') :].split("</tr>")[0]
    assert 'data-rows="3"' in row
    # the newest published change: new-coop, today, in the Buddhist Era on the Thai page
    today = timezone.localdate()
    assert f"{today.year + 543}</time>" in row and f'datetime="{today.isoformat()}"' in row
    Organisation.objects.filter(slug="new-coop").delete()

    english = client.get("/en/data/").getvalue().decode()
    row = english[english.index('href="#dataset-organisations"') :].split("</tr>")[0]
    assert 'data-rows="2"' in row
    assert '<time datetime="2025-03-04">4 March 2025</time>' in row
    thai = client.get("/th/data/").getvalue().decode()
    assert "4 มีนาคม 2568</time>" in thai
    events = thai[thai.index('href="#dataset-events"') :].split("</tr>")[0]
    assert 'data-rows="1"' in events  # the draft programme's event is not counted
    provinces = thai[thai.index('href="#dataset-provinces"') :].split("</tr>")[0]
    assert 'data-rows="77"' in provinces and "CC BY 4.0" in provinces
    for fmt in ("csv", "xlsx", "json"):
        assert f'href="/th/data/organisations.{fmt}"' in thai
    assert 'href="/th/data/datapackage.json"' in thai
    assert 'href="/data/catalog.ttl"' in thai and 'href="/data/catalog.jsonld"' in thai


def test_the_data_page_counts_once_per_data_version(client, directory):
    client.get("/en/data/")
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/th/data/").status_code == 200
    assert not [q["sql"] for q in captured if "COUNT(" in q["sql"] or "MAX(" in q["sql"]]
    OrganisationFactory(slug="another")
    body = client.get("/en/data/").getvalue().decode()
    row = body[body.index('href="#dataset-organisations"') :].split("</tr>")[0]
    assert 'data-rows="3"' in row


def test_the_data_page_gives_the_size_of_a_file_once_made(client, directory):
    body = client.get("/en/data/").getvalue().decode()
    assert 'class="file-size"' not in body
    csv_size = len(b"".join(client.get("/en/data/organisations.csv").streaming_content))
    xlsx_size = len(b"".join(client.get("/en/data/organisations.xlsx").streaming_content))
    body = client.get("/en/data/").getvalue().decode()
    row = body[body.index('href="#dataset-organisations"') :].split("</tr>")[0]
    assert f'<span class="file-size">({filesizeformat(csv_size)})</span>' in row
    assert f'<span class="file-size">({filesizeformat(xlsx_size)})</span>' in row
    # Sizes belong to the language they were made in, and to the data as it was.
    assert 'class="file-size"' not in client.get("/th/data/").getvalue().decode()
    OrganisationFactory(slug="another")
    assert 'class="file-size"' not in client.get("/en/data/").getvalue().decode()


# --- datapackage.json ---------------------------------------------------------------------------


def test_the_dump_is_a_valid_data_package(tmp_path, directory):
    from frictionless import validate

    call_command("export_open_data", str(tmp_path), stdout=io.StringIO())
    report = validate(str(tmp_path / "datapackage.json"))
    # The reference implementation reads every CSV file against its schema (types, keys).
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "note"])
    package = json.loads((tmp_path / "datapackage.json").read_text())
    assert [r["name"] for r in package["resources"]] == [d.name for d in DATASETS]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_served_data_package_describes_every_csv_file(client, directory, lang):
    from frictionless import Package

    response = client.get(f"/{lang}/data/datapackage.json")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    package = response.json()
    report = Package.validate_descriptor(package)  # the profile of the spec, and field types
    assert report.valid, report.flatten(["type", "note"])
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    assert package["name"] == "sse-directory-thailand"
    assert len(package["resources"]) == len(DATASETS)
    for resource in package["resources"]:
        assert resource["format"] == "csv" and resource["mediatype"] == "text/csv"
        url = urlsplit(resource["path"])
        assert url.path == f"/{lang}/data/{resource['name']}.csv"
        header = read_csv(client.get(url.path))[0]
        assert [field["name"] for field in resource["schema"]["fields"]] == header
    organisations = package["resources"][0]["schema"]
    types = {field["name"]: field["type"] for field in organisations["fields"]}
    assert types["founded"] == "integer" and types["province_name"] == "string"
    assert organisations["primaryKey"] == ["slug"]
    # /data/datapackage.json answers with the visitor's language.
    assert client.get("/data/datapackage.json")["Location"] == "/th/data/datapackage.json"


# --- DCAT ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("fmt", "rdf_format"), [("ttl", "turtle"), ("jsonld", "json-ld")])
def test_the_dcat_catalogue_names_every_file_in_both_languages(client, directory, fmt, rdf_format):
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import DCAT, DCTERMS, RDF

    response = client.get(f"/data/catalog.{fmt}")
    assert response.status_code == 200
    graph = Graph().parse(data=response.content.decode(), format=rdf_format)
    catalogs = list(graph.subjects(RDF.type, DCAT.Catalog))
    assert len(catalogs) == 1
    datasets = set(graph.objects(catalogs[0], DCAT.dataset))
    assert len(datasets) == len(DATASETS) == len(set(graph.subjects(RDF.type, DCAT.Dataset)))
    organisations = URIRef("http://testserver/data/#dataset-organisations")
    titles = {title.language: str(title) for title in graph.objects(organisations, DCTERMS.title)}
    assert titles == {"th": "องค์กร", "en": "Organisations"}
    descriptions = [str(d) for d in graph.objects(organisations, DCTERMS.description)]
    assert any("2" in text for text in descriptions)  # two published organisations
    modified = graph.value(organisations, DCTERMS.modified)
    assert modified.toPython().date() == timezone.localdate()
    licence = URIRef("https://creativecommons.org/licenses/by/4.0/")
    downloads = []
    for dataset in datasets:
        assert graph.value(dataset, DCTERMS.license) == licence
        distributions = list(graph.objects(dataset, DCAT.distribution))
        assert len(distributions) == 6  # CSV, XLSX and JSON, in Thai and in English
        for distribution in distributions:
            assert graph.value(distribution, DCTERMS["format"]) is not None
            media_type = str(graph.value(distribution, DCAT.mediaType))
            assert media_type.startswith("http://www.iana.org/assignments/media-types/")
            languages = {t.language for t in graph.objects(distribution, DCTERMS.title)}
            assert languages == {"th", "en"}
            downloads.append((str(graph.value(distribution, DCAT.downloadURL)), media_type))
    assert Literal("เศรษฐกิจสังคมและสมานฉันท์", lang="th") in set(
        graph.objects(organisations, DCAT.keyword)
    )
    for url, media_type in downloads:
        answer = client.get(urlsplit(url).path)
        assert answer.status_code == 200, url
        assert media_type.endswith("/" + answer["Content-Type"].split(";")[0])
        b"".join(answer.streaming_content)


def test_the_catalogue_counts_no_draft(client, directory):
    text = client.get("/data/catalog.ttl").content.decode()
    assert "hidden-programme" not in text and "draft-coop" not in text
    assert "Events of the SSE Directory Thailand: 1 published rows" in text


# --- Scale --------------------------------------------------------------------------------------


def test_xlsx_query_count_does_not_grow_with_the_rows(client, directory):
    def queries(path):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
            assert response.status_code == 200
            b"".join(response.streaming_content)
        return len(captured)

    paths = ["/en/organisations/export.xlsx", "/th/programmes/export.xlsx"]
    paths += ["/th/data/events.xlsx", "/en/data/participations.xlsx"]
    before = [queries(path) for path in paths]
    for _ in range(5):
        programme = ProgrammeFactory(themes=["health"])
        programme.provinces.set([province("TH-50")])
        organisation = OrganisationFactory(sdgs=[3], themes=["health"], province=province("TH-57"))
        ParticipationFactory(programme=programme, organisation=organisation)
        EventFactory(programme=programme, province=province("TH-50"))
    assert [queries(path) for path in paths] == before


@pytest.mark.parametrize("path", ["organisations", "programmes"])
def test_list_pages_offer_the_workbook_with_the_current_filters(client, directory, path):
    body = client.get(f"/th/{path}/?region=northern&page=2").getvalue().decode()
    assert f'href="/th/{path}/export.xlsx?region=northern" download>ดาวน์โหลด XLSX</a>' in body
