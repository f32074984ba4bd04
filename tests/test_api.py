"""The read-only JSON API: published data, the pages' filters, both languages, never a 500."""

import json
import os

import hypothesis
import pytest
import schemathesis
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openapi_spec_validator import validate

from curation.models import Status

from .factories import (
    EventFactory,
    OrganisationFactory,
    ParticipationFactory,
    ProgrammeFactory,
    province,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory():
    coop = OrganisationFactory(
        slug="northern-rice",
        kind="cooperative",
        name_th="สหกรณ์ข้าวภาคเหนือ",
        name_en="Northern Rice Cooperative",
        province=province("TH-50"),
        themes=["sustainable-agriculture"],
        sdgs=[2, 12],
        email="office@rice.example",
        phone="+66 53 000 000",
        contact_public=True,
    )
    private = OrganisationFactory(
        slug="quiet-foundation",
        kind="foundation",
        name_en="Quiet Foundation",
        province=province("TH-10"),
        themes=["health"],
        sdgs=[3],
        email="someone@private.example",
        phone="081 000 0000",
        contact_public=False,
    )
    thai_only = OrganisationFactory(
        slug="thai-only",
        kind="community-enterprise",
        name_th="วิสาหกิจชุมชนบ้านทดสอบ",
        name_en="",
        summary_en="",
        province=province("TH-40"),
        themes=["sustainable-agriculture"],
        is_consortium_member=True,
    )
    draft = OrganisationFactory(
        slug="draft-coop", kind="cooperative", status=Status.DRAFT, name_en="Draft Cooperative"
    )
    programme = ProgrammeFactory(slug="village", kind="village", name_en="Innovation Village")
    hidden_programme = ProgrammeFactory(
        slug="hidden", status=Status.DRAFT, name_en="Hidden Programme"
    )
    ParticipationFactory(organisation=coop, programme=programme, role="lead")
    ParticipationFactory(organisation=draft, programme=programme, role="partner")
    ParticipationFactory(organisation=thai_only, programme=programme, role="participant")
    EventFactory(slug="public-event", programme=programme, title_en="Harvest workshop")
    EventFactory(slug="hidden-event", programme=hidden_programme, title_en="Hidden workshop")
    return {
        "coop": coop,
        "private": private,
        "thai_only": thai_only,
        "draft": draft,
        "programme": programme,
        "hidden_programme": hidden_programme,
    }


def slugs(response):
    return [entry["slug"] for entry in response.json()["results"]]


# --- Published data only ------------------------------------------------------------------------


def test_lists_hold_only_published_entries(client, directory):
    organisations = client.get("/api/v1/organisations/")
    assert organisations.status_code == 200
    assert organisations["Content-Type"] == "application/json"
    assert set(slugs(organisations)) == {"northern-rice", "quiet-foundation", "thai-only"}
    assert slugs(client.get("/api/v1/programmes/")) == ["village"]
    assert slugs(client.get("/api/v1/events/")) == ["public-event"]


def test_drafts_are_not_found_by_slug_either(client, directory):
    for path in (
        "/api/v1/organisations/draft-coop/",
        "/api/v1/programmes/hidden/",
        "/api/v1/events/hidden-event/",
    ):
        response = client.get(path)
        assert response.status_code == 404
        assert "detail" in response.json()


def test_participations_only_between_published_entries(client, directory):
    programme = client.get("/api/v1/programmes/village/").json()
    assert {p["organisation"] for p in programme["participations"]} == {
        "northern-rice",
        "thai-only",
    }
    assert "Draft Cooperative" not in json.dumps(programme)


def test_parent_and_host_are_given_only_when_published(client, directory):
    unit = ProgrammeFactory(slug="unit", parent=directory["hidden_programme"])
    unit.host = directory["draft"]
    unit.save()
    body = client.get("/api/v1/programmes/unit/").json()
    assert body["parent"] is None and body["host"] is None


# --- Entries and reference data ---------------------------------------------------------------


def test_an_organisation_in_both_languages(client, directory):
    body = client.get("/api/v1/organisations/northern-rice/").json()
    assert body["name"] == {"th": "สหกรณ์ข้าวภาคเหนือ", "en": "Northern Rice Cooperative"}
    assert body["html_url"] == {
        "th": "http://testserver/th/organisations/northern-rice/",
        "en": "http://testserver/en/organisations/northern-rice/",
    }
    assert body["url"] == "http://testserver/api/v1/organisations/northern-rice/"
    assert body["province"] == "TH-50" and body["region"] == "northern"
    assert body["themes"] == ["sustainable-agriculture"] and body["sdgs"] == [2, 12]
    assert body["kind"] == "cooperative"


def test_one_language_with_fallback(client, directory):
    body = client.get("/api/v1/organisations/thai-only/?lang=en").json()
    assert body["name"] == "วิสาหกิจชุมชนบ้านทดสอบ"  # no English name: the Thai one
    assert body["html_url"] == "http://testserver/en/organisations/thai-only/"
    body = client.get("/api/v1/organisations/northern-rice/?lang=th").json()
    assert body["name"] == "สหกรณ์ข้าวภาคเหนือ"
    listing = client.get("/api/v1/organisations/?lang=en").json()["results"]
    assert all(isinstance(entry["name"], str) for entry in listing)


def test_email_and_phone_only_when_the_organisation_publishes_them(client, directory):
    public = client.get("/api/v1/organisations/northern-rice/").json()
    assert public["email"] == "office@rice.example" and public["phone"] == "+66 53 000 000"
    private = client.get("/api/v1/organisations/quiet-foundation/").json()
    assert private["email"] == "" and private["phone"] == ""
    assert "private.example" not in client.get("/api/v1/organisations/").content.decode()


def test_events_and_programmes(client, directory):
    event = client.get("/api/v1/events/public-event/?lang=en").json()
    assert event["title"] == "Harvest workshop" and event["programme"] == "village"
    assert slugs(client.get("/api/v1/events/?programme=village")) == ["public-event"]
    assert slugs(client.get("/api/v1/events/?programme=hidden")) == []
    programme = client.get("/api/v1/programmes/village/").json()
    assert programme["name"]["en"] == "Innovation Village"


def test_reference_data_by_natural_key(client):
    regions = client.get("/api/v1/regions/").json()
    assert [r["slug"] for r in regions] == [
        "northern",
        "northeastern",
        "central",
        "eastern",
        "western",
        "southern",
    ]
    assert len(regions[0]["provinces"]) == 9
    assert len(client.get("/api/v1/provinces/").json()) == 77
    chiang_mai = client.get("/api/v1/provinces/TH-50/").json()
    assert chiang_mai["region"] == "northern" and chiang_mai["name"]["en"] == "Chiang Mai"
    assert len(client.get("/api/v1/sdgs/").json()) == 17
    assert client.get("/api/v1/sdgs/13/?lang=en").json()["name"] == "Climate action"
    assert client.get("/api/v1/themes/health/").json()["slug"] == "health"
    assert client.get("/api/v1/regions/northern/").json()["slug"] == "northern"


def test_the_api_root_lists_the_endpoints(client):
    body = client.get("/api/v1/").json()
    for name in ("organisations", "programmes", "events", "regions", "provinces", "themes", "sdgs"):
        assert body[name] == f"http://testserver/api/v1/{name}/"
    assert client.get("/api/")["Location"] == "/api/v1/"


# --- The same filters as the pages ------------------------------------------------------------

FILTERS = [
    "",
    "region=northern",
    "region=northern&region=northeastern",
    "kind=cooperative&theme=sustainable-agriculture",
    "kind=cooperative&region=northern&theme=sustainable-agriculture",
    "province=TH-10",
    "sdg=3",
    "sdg=2&sdg=3",
    "consortium=1",
    "programme=village",
    "q=rice",
    "q=สหกรณ์",
    "sort=-updated",
    "sort=founded",
    "theme=health&unknown=ignored",
]


@pytest.mark.parametrize("query", FILTERS)
def test_api_filters_give_the_page_results(client, directory, query):
    page = client.get(f"/th/organisations/?{query}")
    api = client.get(f"/api/v1/organisations/?{query}&page_size=100&lang=th")
    assert api.status_code == 200
    assert slugs(api) == [o.slug for o in page.context["organisations"]], query


@pytest.mark.parametrize(
    "query", ["", "kind=village", "region=northern", "theme=health", "consortium=1", "q=village"]
)
def test_programme_filters_give_the_page_results(client, directory, query):
    ProgrammeFactory(slug="health-training", kind="training", themes=["health"])
    page = client.get(f"/en/programmes/?{query}")
    api = client.get(f"/api/v1/programmes/?{query}&lang=en")
    assert slugs(api) == [p.slug for p in page.context["programmes"]], query


# --- Malformed parameters: a 400 with a JSON body, never a 500 ---------------------------------

MALFORMED = [
    "q=%00",
    "region=%00",
    "region=bogus",
    "province=%00",
    "province=TH-999",
    "theme=%00",
    "sdg=abc",
    "sdg=99",
    "sdg=99999999999999999999999",
    "kind=%00",
    "kind=bogus",
    "consortium=2",
    "sort=%00",
    "programme=%00",
    "q=" + "x" * 101,
    "lang=fr",
    "lang=%00",
    "page=abc",
    "page=0",
    "page=-1",
    "page=%00",
    "page_size=0",
    "page_size=abc",
    "page_size=%00",
]


@pytest.mark.parametrize("query", MALFORMED)
def test_malformed_parameters_are_a_json_400(client, directory, query):
    for path in ("/api/v1/organisations/", "/api/v1/programmes/"):
        response = client.get(f"{path}?{query}")
        assert response.status_code == 400, (path, query)
        assert response["Content-Type"] == "application/json"
        assert isinstance(response.json(), dict)


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/organisations/%00/",
        "/api/v1/provinces/%00/",
        "/api/v1/sdgs/99999999999999999999/",
        "/api/v1/events/?region=%00",
        "/api/v1/events/?programme=%00",
        "/api/v1/regions/?lang=xx",
        "/api/v1/no-such-endpoint/",
    ],
)
def test_odd_paths_never_fail(client, path):
    response = client.get(path)
    assert 400 <= response.status_code < 500
    assert response["Content-Type"] == "application/json"


def test_error_messages_follow_lang(client, directory):
    english = client.get("/api/v1/organisations/?region=bogus&lang=en").json()
    assert english["region"] == ["“bogus” not found"]
    thai = client.get("/api/v1/organisations/?region=bogus&lang=th").json()
    assert thai["region"] == ["ไม่พบ “bogus”"]
    assert client.get("/api/v1/organisations/?lang=en")["Content-Language"] == "en"


def test_a_page_past_the_end_is_not_found(client, directory):
    response = client.get("/api/v1/organisations/?page=99")
    assert response.status_code == 404
    assert "detail" in response.json()


# --- Pagination and cost ----------------------------------------------------------------------


def test_pagination_with_a_maximum_page_size(client, settings):
    settings.PAGE_SIZE = 2
    settings.API_MAX_PAGE_SIZE = 3
    OrganisationFactory.create_batch(5)
    first = client.get("/api/v1/organisations/").json()
    assert first["count"] == 5 and len(first["results"]) == 2
    assert first["next"] == "http://testserver/api/v1/organisations/?page=2"
    assert len(client.get("/api/v1/organisations/?page_size=100").json()["results"]) == 3
    last = client.get("/api/v1/organisations/?page=3").json()
    assert len(last["results"]) == 1 and last["next"] is None


def test_query_count_does_not_grow_with_the_rows(client, directory):
    def queries(path):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path).status_code == 200
        return len(captured)

    paths = ["/api/v1/organisations/", "/api/v1/programmes/", "/api/v1/events/"]
    before = [queries(path) for path in paths]
    for _ in range(4):
        organisation = OrganisationFactory(themes=["health"], sdgs=[3])
        programme = ProgrammeFactory(themes=["health"])
        ParticipationFactory(organisation=organisation, programme=programme)
        EventFactory(programme=programme)
    assert [queries(path) for path in paths] == before


# --- The schema and its docs page -------------------------------------------------------------


def test_the_schema_is_valid_openapi(client):
    response = client.get("/api/v1/schema/?format=json")
    assert response.status_code == 200
    schema = json.loads(response.content)
    validate(schema)
    assert schema["openapi"].startswith("3.")
    assert "/api/v1/organisations/" in schema["paths"]
    parameters = {p["name"] for p in schema["paths"]["/api/v1/organisations/"]["get"]["parameters"]}
    assert {"q", "region", "province", "theme", "sdg", "kind", "programme", "consortium"} <= (
        parameters
    )
    assert {"sort", "page", "page_size", "lang"} <= parameters


def test_the_schema_generates_without_warnings(tmp_path):
    call_command(
        "spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "schema.yaml")
    )


def test_the_docs_page_is_served_from_this_site(client):
    response = client.get("/api/v1/docs/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in body
    assert "cdn" not in body.lower()
    script = client.get("/api/v1/docs/?script=")
    assert script.status_code == 200
    assert "/api/v1/schema/" in script.content.decode()


# --- Property-based: whatever the schema allows (or not), never a 5xx ----------------------------


@pytest.mark.parametrize(
    "mode", [schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE]
)
def test_the_api_never_answers_with_a_server_error(directory, mode):
    """Requests built from the OpenAPI schema (valid ones, then invalid ones) by schemathesis.

    Bounded (a fixed number of examples, derandomized) so that it runs in seconds.
    """
    from django.core import signals
    from django.core.wsgi import get_wsgi_application
    from django.db import close_old_connections

    # Called through WSGI, Django would close the test's database connection after each
    # request (inside the test's transaction); its own test client switches this off too.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    schema = schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json", get_wsgi_application())

    @hypothesis.given(case=schema.as_strategy(mode))
    @hypothesis.settings(
        max_examples=int(os.environ.get("FUZZ_EXAMPLES", "60")),  # `make fuzz`: more
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(hypothesis.HealthCheck),
        phases=[hypothesis.Phase.explicit, hypothesis.Phase.generate],
    )
    def never_a_server_error(case):
        # Every check schemathesis has: no 5xx, status codes and bodies as documented, invalid
        # input rejected, valid input accepted, headers and content types as declared.
        # (identity: the WSGI transport does not undo the gzip the site applies.)
        response = case.call_and_validate(headers={"Accept-Encoding": "identity"})
        assert response.status_code < 500, (case.path, case.query, response.text[:300])
        assert response.headers["content-type"][0].startswith("application/json")

    try:
        never_a_server_error()
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)
