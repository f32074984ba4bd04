"""The filter contract of docs/filters.md on the public lists."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from curation.models import Status

from .factories import OrganisationFactory, ParticipationFactory, ProgrammeFactory, province

pytestmark = pytest.mark.django_db


@pytest.fixture
def orgs():
    """A small directory across regions, themes, SDGs and kinds."""
    return {
        "cm_agri": OrganisationFactory(
            province=province("TH-50"),  # Chiang Mai, northern
            themes=["sustainable-agriculture"],
            sdgs=[2, 12],
            kind="cooperative",
        ),
        "kk_agri": OrganisationFactory(
            province=province("TH-40"),  # Khon Kaen, northeastern
            themes=["sustainable-agriculture", "health"],
            sdgs=[2],
            kind="community-enterprise",
        ),
        "yst_agri": OrganisationFactory(
            province=province("TH-35"),  # Yasothon, northeastern
            themes=["sustainable-agriculture"],
            kind="network",
        ),
        "kk_health": OrganisationFactory(
            province=province("TH-40"), themes=["health"], sdgs=[3], kind="social-enterprise"
        ),
        "bkk_uni": OrganisationFactory(
            province=province("TH-10"),
            themes=["government-education"],
            sdgs=[4],
            kind="university",
            is_consortium_member=True,
        ),
        "draft_ne": OrganisationFactory(
            province=province("TH-40"),
            themes=["sustainable-agriculture"],
            status=Status.DRAFT,
        ),
    }


def listed(client, query, lang="en"):
    response = client.get(f"/{lang}/organisations/?{query}")
    assert response.status_code == 200, query
    context = response.context
    return {o.slug for o in context["organisations"]}, context


def slugs(orgs, *keys):
    return {orgs[key].slug for key in keys}


@pytest.mark.parametrize(
    "query, expected",
    [
        ("region=northeastern", ["kk_agri", "yst_agri", "kk_health"]),
        ("province=TH-40", ["kk_agri", "kk_health"]),
        ("theme=sustainable-agriculture", ["cm_agri", "kk_agri", "yst_agri"]),
        ("sdg=2", ["cm_agri", "kk_agri"]),
        ("kind=university", ["bkk_uni"]),
        ("consortium=1", ["bkk_uni"]),
        # repeated values of one parameter are OR
        ("region=northern&region=central", ["cm_agri", "bkk_uni"]),
        ("theme=health&theme=government-education", ["kk_agri", "kk_health", "bkk_uni"]),
        ("sdg=3&sdg=4", ["kk_health", "bkk_uni"]),
        ("kind=cooperative&kind=network", ["cm_agri", "yst_agri"]),
        # different parameters are AND
        ("region=northeastern&theme=sustainable-agriculture", ["kk_agri", "yst_agri"]),
        ("region=northeastern&theme=sustainable-agriculture&sdg=2", ["kk_agri"]),
        ("province=TH-40&theme=health&kind=social-enterprise", ["kk_health"]),
        ("region=northern&kind=university", []),
        # unknown parameters are ignored
        ("colour=blue&region=central", ["bkk_uni"]),
    ],
)
def test_each_parameter_alone_and_combined(client, orgs, query, expected):
    found, _ = listed(client, query)
    assert found == slugs(orgs, *expected)


def test_search_matches_thai_and_english_names_and_summaries(client):
    thai = OrganisationFactory(name_th="สหกรณ์ข้าวคุณธรรม", name_en="Moral Rice Cooperative")
    summary = OrganisationFactory(summary_en="Weaving with natural indigo dyes")
    OrganisationFactory(name_en="Unrelated")
    assert listed(client, "q=ข้าวคุณ")[0] == {thai.slug}  # Thai substring, no word breaks
    assert listed(client, "q=moral rice")[0] == {thai.slug}  # case-insensitive
    assert listed(client, "q=indigo", lang="th")[0] == {summary.slug}


def test_programme_parameter_lists_its_participants(client, orgs):
    programme = ProgrammeFactory(slug="soil")
    ParticipationFactory(programme=programme, organisation=orgs["cm_agri"], role="lead")
    ParticipationFactory(programme=programme, organisation=orgs["kk_agri"])
    ParticipationFactory(programme=programme, organisation=orgs["draft_ne"])
    assert listed(client, "programme=soil")[0] == slugs(orgs, "cm_agri", "kk_agri")
    assert listed(client, "programme=no-such-programme")[0] == set()


def test_facet_counts_equal_the_lists_they_lead_to(client, orgs):
    """An option's count is the length of the list for that option with the other filters."""
    active = {"region": "northeastern", "theme": "sustainable-agriculture"}
    _, context = listed(client, "&".join(f"{k}={v}" for k, v in active.items()))
    checked = 0
    for facet in context["facets"]:
        others = "&".join(f"{k}={v}" for k, v in active.items() if k != facet["name"])
        for option in facet["options"]:
            found, _ = listed(client, f"{others}&{facet['name']}={option['value']}")
            assert len(found) == option["count"], (facet["name"], option["value"])
            checked += 1
    assert checked == 6 + 77 + 9 + 17 + 11 + 1  # every option of every facet


def test_zero_options_are_shown_disabled_not_hidden(client, orgs):
    response = client.get("/en/organisations/?region=northern")
    page = response.content.decode()
    regions = next(f for f in response.context["facets"] if f["name"] == "theme")
    assert len(regions["options"]) == 9  # the whole taxonomy is shown
    health = next(o for o in regions["options"] if o["value"] == "health")
    assert health["count"] == 0
    assert 'id="f-theme-health" disabled' in page
    assert 'value="northern" id="f-region-northern" checked' in page


def test_active_filters_each_removable_and_clear_all(client, orgs):
    response = client.get("/en/organisations/?region=northeastern&theme=health")
    active = response.context["active_filters"]
    assert [a["label"] for a in active] == [("Region", "Northeastern"), ("Theme", "Health")]
    assert active[0]["remove_query"] == "theme=health"
    assert active[1]["remove_query"] == "region=northeastern"
    page = response.content.decode()
    assert 'href="/en/organisations/?theme=health"' in page
    assert ">Clear all</a>" in page


def test_thai_page_labels_filters_in_thai(client, orgs):
    response = client.get("/th/organisations/?region=northeastern")
    assert response.context["active_filters"][0]["label"] == ("ภาค", "ภาคตะวันออกเฉียงเหนือ")


@pytest.mark.parametrize(
    "query",
    [
        "region=bogus",
        "province=TH-99",
        "province=50",
        "sdg=0",
        "sdg=18",
        "sdg=abc",
        "sdg=1.5",
        "theme=%00",
        "region=%00",
        "q=%00",
        "q=" + "x" * 500,
        "kind=spaceship",
        "consortium=yes",
        "sort=price",
        "programme=%00",
        "page=0",
        "page=-1",
        "page=abc",
        "page=99999",
        "region=northern&region=",
        "founded_min=abc",
        "founded_max=2015.5",
        "founded_min=1799",
        "founded_max=99999999999999999999",
    ],
)
def test_malformed_parameters_give_a_message_not_a_500(client, orgs, query):
    response = client.get(f"/en/organisations/?{query}")
    assert response.status_code == 200
    if not query.startswith("page=") and not query.endswith("region="):
        assert response.context["filter_errors"], query
        assert 'role="alert"' in response.content.decode()
    programmes = client.get(f"/en/programmes/?{query}")
    assert programmes.status_code == 200


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    params=st.lists(
        st.tuples(
            st.sampled_from(
                [
                    *("q", "region", "province", "theme", "sdg", "kind", "consortium"),
                    *("sort", "page", "founded_min", "founded_max"),
                ]
            ),
            st.text(max_size=20),
        ),
        max_size=5,
    )
)
def test_no_query_string_makes_a_500(client, params):
    response = client.get("/th/organisations/", params)
    assert response.status_code == 200
    assert client.get("/en/programmes/", params).status_code == 200


def test_pages_clamp_to_real_pages(client, settings):
    OrganisationFactory.create_batch(30)
    for page, number in [("0", 1), ("-1", 1), ("abc", 1), ("99999", 2), ("2", 2)]:
        assert client.get(f"/en/organisations/?page={page}").context["page_obj"].number == number


def test_pagination_links_keep_the_filters(client):
    OrganisationFactory.create_batch(30, themes=["health"])
    page = client.get("/en/organisations/?theme=health").content.decode()
    assert 'href="?theme=health&amp;page=2"' in page


def test_sorting(client):
    old = OrganisationFactory(name_en="Zeta", founded_year=1950)
    new = OrganisationFactory(name_en="Alpha", founded_year=2015)
    unknown = OrganisationFactory(name_en="Mu", founded_year=None)

    def order(q):
        return [o.slug for o in client.get(f"/en/organisations/?{q}").context["organisations"]]

    assert order("sort=name") == [new.slug, unknown.slug, old.slug]
    assert order("sort=founded") == [old.slug, new.slug, unknown.slug]
    unknown.save()  # most recently updated
    assert order("sort=-updated")[0] == unknown.slug


def test_live_update_returns_the_results_block_only(client, orgs):
    response = client.get("/en/organisations/?region=northeastern", HTTP_X_REQUESTED_WITH="fetch")
    html = response.content.decode()
    assert html.lstrip().startswith('<div class="browse" id="browse"')
    assert "<html" not in html
    # The page's script sets the tab's title from the block, as a page load would.
    assert 'data-title="Organisations (Northeastern) · SSE Directory Thailand"' in html
    title = client.get("/en/organisations/?region=northeastern").content.decode()
    assert "<title>Organisations (Northeastern) · SSE Directory Thailand</title>" in title


@pytest.mark.parametrize("path", ["/en/organisations/", "/th/programmes/"])
def test_list_pages_say_their_body_depends_on_the_live_update_header(client, orgs, path):
    # Without it, a shared cache could give the results fragment to a visitor as the page.
    for headers in ({}, {"HTTP_X_REQUESTED_WITH": "fetch"}):
        vary = client.get(path, **headers)["Vary"]
        assert "X-Requested-With" in [v.strip() for v in vary.split(",")]


def test_programme_filters(client):
    north = ProgrammeFactory(themes=["health"], kind="training")
    north.provinces.add(province("TH-50"))
    south = ProgrammeFactory(themes=["environment"], kind="exchange")
    south.provinces.add(province("TH-90"))
    unit = ProgrammeFactory(parent=north, kind="driving-unit")
    uni = OrganisationFactory(is_consortium_member=True)
    ParticipationFactory(programme=south, organisation=uni)

    def found(q):
        return {p.slug for p in client.get(f"/en/programmes/?{q}").context["programmes"]}

    assert found("region=northern") == {north.slug}
    assert found("region=northern&region=southern") == {north.slug, south.slug}
    assert found("theme=environment") == {south.slug}
    assert found("kind=driving-unit") == {unit.slug}
    assert found(f"programme={north.slug}") == {unit.slug}
    assert found("consortium=1") == {south.slug}


def test_founding_year_bounds(client):
    for year in (1999, 2005, 2005, 2012):
        OrganisationFactory(founded_year=year)
    OrganisationFactory(founded_year=None)
    OrganisationFactory(founded_year=2005, status=Status.DRAFT)

    def count(query, lang="en"):
        return listed(client, query, lang)[1]["paginator"].count

    assert count("founded_min=2005&founded_max=2005") == 2
    assert count("founded_min=2005") == 3  # unknown years are outside any bound
    assert count("founded_max=2004") == 1
    assert count("founded_min=2013") == 0
    # The chip shows the year in the page's calendar: Buddhist Era on Thai pages.
    html = client.get("/th/organisations/?founded_min=2005").content.decode()
    assert "ก่อตั้งตั้งแต่ปี: 2548" in html
    html = client.get("/en/organisations/?founded_min=2005").content.decode()
    assert "Founded in or after: 2005" in html
    # The API reads the same parameters, and refuses a malformed one.
    api = client.get("/api/v1/organisations/?founded_min=2005&founded_max=2005").json()
    assert api["count"] == 2
    assert client.get("/api/v1/organisations/?founded_min=abc").status_code == 400
