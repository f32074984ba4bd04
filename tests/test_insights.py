"""The insights page: its numbers are the lists' numbers, drafts never count, charts are
well-formed SVG with CSV, SVG and PNG downloads, and the page is cached until data changes."""

import csv
import io
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from curation.models import Status
from insights.overview import CHARTS
from orgs.models import Organisation
from programs.models import Participation

from .curators import client_for, curator, run_action
from .factories import EventFactory, OrganisationFactory, ParticipationFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def demo():
    call_command("load_demo", verbosity=0)


def chart(response, slug):
    return next(c for c in response.context["charts"] if c["slug"] == slug)


def list_count(client, href):
    response = client.get(href)
    assert response.status_code == 200, href
    return response.context["paginator"].count


FILTERS = [
    "",
    "region=northeastern",
    "theme=disaster-management",
    "region=central&theme=sustainable-agriculture&kind=community-enterprise",
    "sdg=2&sdg=12&consortium=1",
    "q=university",
    "region=bogus&theme=health",  # a malformed value is left out, on both sides
]


@pytest.mark.parametrize("query", FILTERS)
def test_every_count_is_the_count_of_the_list_it_links_to(client, demo, query):
    response = client.get(f"/en/insights/?{query}")
    assert response.status_code == 200
    checked = 0
    for item in response.context["charts"]:
        if item["slug"] == "timeline":  # links to programme pages
            continue
        cells = [c for row in item["rows"] for c in row if c["num"] and c["href"]]
        to_lists = [c for c in cells if urlsplit(c["href"]).path == "/en/organisations/"]
        # Every non-zero cell, and a few zero ones (zero cells of the gap table go to the
        # suggestion form instead).
        sample = [c for c in to_lists if c["text"] != "0"] + [
            c for c in to_lists if c["text"] == "0"
        ][:3]
        for cell in sample:
            assert list_count(client, cell["href"]) == int(cell["text"]), (item["slug"], cell)
            checked += 1
        if item["slug"] == "gaps":
            for cell in cells:
                if cell["text"] == "0":
                    assert urlsplit(cell["href"]).path == "/en/suggest/"
    assert checked > 10
    # The page's total is the list's total for the same filters.
    assert list_count(client, f"/en/organisations/?{query}") == response.context["total"]


def svg_links(svg):
    root = ET.fromstring(svg)
    return {a.get("href") for a in root.iter(f"{SVG}a")}


def test_the_drawn_bars_link_where_the_table_does(client, demo):
    response = client.get("/th/insights/?region=northern")
    for item in response.context["charts"]:
        assert item["svg"], item["slug"]
        root = ET.fromstring(item["svg"])  # well-formed XML, in the SVG namespace
        assert root.tag == f"{SVG}svg"
        table_links = {c["href"] for row in item["rows"] for c in row if c["href"]}
        assert svg_links(item["svg"]) <= table_links | {"/th/suggest/"}, item["slug"]
        assert item["svg"] in response.content.decode()


def test_the_gap_table_answers_which_regions_lack_disaster_management(client):
    OrganisationFactory(province_id=None, themes=["health"])
    OrganisationFactory(province=_province("TH-50"), themes=["disaster-management"])
    OrganisationFactory(province=_province("TH-90"), themes=["disaster-management"])
    OrganisationFactory(
        province=_province("TH-40"), themes=["disaster-management"], status=Status.DRAFT
    )
    response = client.get("/en/insights/")
    gaps = chart(response, "gaps")
    assert gaps["headers"][1:] == [
        "Northern", "Northeastern", "Central", "Eastern", "Western", "Southern"
    ]  # fmt: skip
    row = next(r for r in gaps["rows"] if r[0]["text"] == "Disaster management")
    counts = [int(c["text"]) for c in row[1:]]
    assert counts == [1, 0, 0, 0, 0, 1]  # the draft in Khon Kaen (northeast) does not count
    assert all(c["gap"] for c in row[1:])
    # For one region: its provinces.
    response = client.get("/en/insights/?region=northern")
    gaps = chart(response, "gaps")
    assert "Chiang Mai" in gaps["headers"] and "Songkhla" not in gaps["headers"]
    row = next(r for r in gaps["rows"] if r[0]["text"] == "Disaster management")
    chiang_mai = gaps["headers"].index("Chiang Mai")
    assert row[chiang_mai]["text"] == "1"
    assert list_count(client, row[chiang_mai]["href"]) == 1


def _province(code):
    from orgs.models import Province

    return Province.objects.get(code=code)


def test_drafts_never_count_anywhere(client):
    published = OrganisationFactory(
        themes=["health"], sdgs=[3], founded_year=2015, kind="cooperative"
    )
    for status in (Status.DRAFT, Status.REVIEW, Status.ARCHIVED):
        OrganisationFactory(
            status=status, themes=["health"], sdgs=[3], founded_year=2015, kind="cooperative"
        )
    programme = ProgrammeFactory(start_date="2024-01-01")
    hidden = ProgrammeFactory(status=Status.DRAFT, start_date="2023-01-01")
    EventFactory(programme=hidden, start_date="2023-02-01")
    partner = OrganisationFactory()
    draft_partner = OrganisationFactory(status=Status.DRAFT)
    for organisation in (published, partner, draft_partner):
        ParticipationFactory(organisation=organisation, programme=programme)
        ParticipationFactory(organisation=organisation, programme=hidden)
    response = client.get("/en/insights/")
    assert response.context["total"] == 2
    assert chart(response, "kinds")["rows"][0][1]["text"] == "1"  # one cooperative
    themes = {r[0]["text"]: r[1]["text"] for r in chart(response, "themes")["rows"]}
    assert themes["Health"] == "1"
    sdgs = {r[0]["text"]: r[1]["text"] for r in chart(response, "sdgs")["rows"]}
    assert sdgs["3. Good health and well-being"] == "1"
    founded = chart(response, "founded")["rows"]
    assert [[c["text"] for c in row] for row in founded] == [["2015", "1", "1"]]
    timeline = chart(response, "timeline")
    assert [r[0]["text"] for r in timeline["rows"]] == [programme.name_en]
    network = client.get("/en/insights/network/")
    rows = network.context["chart"]["rows"]
    assert [(r[0]["text"], r[1]["text"], r[2]["text"]) for r in rows] == [
        (published.name_en, partner.name_en, "1")
    ]  # not the draft partner, not the draft programme
    content = network.content.decode()
    assert draft_partner.name_en not in content and hidden.name_en not in content


def test_a_curators_publication_shows_on_the_next_request(client):
    reviewer = curator("Reviewer")
    OrganisationFactory(themes=["disaster-management"], province=_province("TH-50"))
    waiting = OrganisationFactory(
        themes=["disaster-management"], province=_province("TH-40"), status=Status.REVIEW
    )

    def northeast_disaster():
        response = client.get("/en/insights/?region=northeastern")
        return response.context["total"], chart(response, "themes")["rows"]

    assert northeast_disaster()[0] == 0
    assert northeast_disaster()[0] == 0  # from the cache now
    run_action(client_for(reviewer), Organisation, "publish", [waiting])
    assert Organisation.objects.get(pk=waiting.pk).status == Status.PUBLISHED
    total, themes = northeast_disaster()
    assert total == 1
    assert dict((r[0]["text"], r[1]["text"]) for r in themes)["Disaster management"] == "1"
    # And a plain save (here: moving it to another region) shows as well.
    waiting.province = _province("TH-50")
    waiting.save()
    assert northeast_disaster()[0] == 0


def test_the_page_is_served_from_the_cache_until_data_changes(client, demo):
    client.get("/th/insights/?region=southern")
    with CaptureQueriesContext(connection) as cached:
        client.get("/th/insights/?region=southern")
    with CaptureQueriesContext(connection) as other_query:
        client.get("/th/insights/?region=northern")
    assert len(cached.captured_queries) < 4 < len(other_query.captured_queries)


def test_a_parameter_that_filters_nothing_reuses_the_cached_page(client, demo):
    """A link shared with a tracking parameter is the same page: not built again."""
    client.get("/en/insights/?region=southern")
    with CaptureQueriesContext(connection) as shared:
        response = client.get("/en/insights/?region=southern&utm_source=line")
    assert response.status_code == 200
    assert len(shared.captured_queries) < 4


def populate(count):
    programme = ProgrammeFactory(start_date="2022-05-01", themes=["health"])
    EventFactory(programme=programme, start_date="2022-06-01")
    kinds = list(Organisation.Kind.values)
    provinces = ["TH-10", "TH-50", "TH-40", "TH-90", "TH-20", "TH-71"]
    for i in range(count):
        organisation = OrganisationFactory(
            kind=kinds[i % len(kinds)],
            province=_province(provinces[i % len(provinces)]),
            themes=["health", "disaster-management"][: 1 + i % 2],
            sdgs=[1 + i % 17],
            founded_year=1990 + i,
        )
        Participation.objects.create(
            organisation=organisation, programme=programme, role="participant"
        )


@pytest.mark.parametrize("path", ["/th/insights/?theme=health", "/en/insights/network/"])
def test_queries_do_not_grow_with_rows(client, path, django_assert_max_num_queries):
    populate(3)
    with CaptureQueriesContext(connection) as few:
        assert client.get(path).status_code == 200
    populate(27)
    cache.clear()
    with django_assert_max_num_queries(20):
        with CaptureQueriesContext(connection) as many:
            assert client.get(path).status_code == 200
    assert len(many.captured_queries) == len(few.captured_queries)


def test_each_chart_downloads_as_csv_svg_and_png(client, demo):
    query = "?region=central"
    for slug in [*CHARTS, "network"]:
        check_downloads(client, slug, query)


def check_downloads(client, slug, query):
    response = client.get(f"/th/insights/{slug}.csv{query}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) > 1 and len(rows[0]) >= 2

    response = client.get(f"/th/insights/{slug}.svg{query}")
    assert response["Content-Type"].startswith("image/svg+xml")
    root = ET.fromstring(response.content)
    # Links in a downloaded file are absolute, so they still lead to the lists.
    assert all(href.startswith("http://testserver/th/") for href in svg_links(response.content))
    assert "SSE" in "".join(root.itertext()) or "ทำเนียบ" in "".join(root.itertext())

    response = client.get(f"/th/insights/{slug}.png{query}")
    assert response["Content-Type"] == "image/png"
    assert response.content[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_png_draws_thai_letters():
    """With fonts-thai-tlwg the PNG font draws Thai; without it fontconfig substitutes a font
    with no Thai glyphs, and the PNG is the same as one drawn in DejaVu Sans (empty boxes)."""
    from insights.charts import FONT, bar_chart
    from insights.views import PNG_FONT, render_png

    svg = bar_chart("ภาค", [{"label": "การจัดการภัยพิบัติ", "value": 3}])
    without_thai = svg.replace(f'font-family="{FONT}"', 'font-family="DejaVu Sans"', 1)
    assert without_thai != svg
    assert render_png(svg) != render_png(without_thai), (
        f"{PNG_FONT} does not draw Thai: install fonts-thai-tlwg"
    )


def test_bad_filters_are_reported_and_downloads_refuse_them(client, demo):
    response = client.get("/en/insights/?region=bogus&sdg=99&kind=nothing")
    assert response.status_code == 200
    content = response.content.decode()
    assert 'role="alert"' in content and "Region: “bogus” not found" in content
    for fmt in ("csv", "svg", "png"):
        response = client.get(f"/en/insights/sdgs.{fmt}?sdg=99")
        assert response.status_code == 400
        assert b"sdg" in response.content
    assert client.get("/en/insights/nothing.csv").status_code == 404
    assert client.get("/en/insights/?q=%00").status_code == 200
    assert client.get("/en/insights/network/?region=%00").status_code == 200


def test_thai_pages_show_buddhist_era_years_and_thai_labels(client):
    OrganisationFactory(founded_year=2019)
    ProgrammeFactory(start_date="2024-03-01", end_date="2024-09-30")
    th = client.get("/th/insights/")
    founded = chart(th, "founded")
    assert founded["rows"][0][0]["text"] == "2562"
    assert ">2562<" in founded["svg"]
    timeline = chart(th, "timeline")
    assert "มี.ค. 2567" in timeline["svg"]  # a short span: Thai month names
    assert timeline["rows"][0][1]["text"] == "1 มีนาคม – 30 กันยายน 2567"
    assert "องค์กรตามภูมิภาค" in th.content.decode()
    en = client.get("/en/insights/")
    assert chart(en, "founded")["rows"][0][0]["text"] == "2019"
    assert "Mar 2024" in chart(en, "timeline")["svg"]


def test_the_network_links_organisations_through_shared_programmes(client):
    soil, other = ProgrammeFactory(), ProgrammeFactory()
    lead, a, b, c = (OrganisationFactory() for _ in range(4))
    ParticipationFactory(organisation=lead, programme=soil, role="lead")
    for organisation in (a, b):
        ParticipationFactory(organisation=organisation, programme=soil, role="participant")
        ParticipationFactory(organisation=organisation, programme=other, role="participant")
    ParticipationFactory(organisation=c, programme=other, role="partner")
    response = client.get("/en/insights/network/")
    ties = {
        frozenset((r[0]["text"], r[1]["text"])): (r[2]["text"], r[3]["text"], r[4]["text"])
        for r in response.context["chart"]["rows"]
    }
    # (shared programmes, weight, strong): each shared programme adds 3 through a lead, 1
    # between participants.
    assert ties[frozenset((a.name_en, b.name_en))] == ("2", "2", "no")  # two programmes
    assert ties[frozenset((lead.name_en, a.name_en))] == ("1", "3", "yes")  # a lead
    assert frozenset((lead.name_en, c.name_en)) not in ties
    listing = {entry["name"]: entry for entry in response.context["listing"]}
    # Partners heaviest first: the lead (one programme, weight 3) before b (two, weight 2).
    assert [p["name"] for p in listing[a.name_en]["partners"]][:2] == [lead.name_en, b.name_en]
    assert len(listing[a.name_en]["partners"]) == 3
    ET.fromstring(response.context["chart"]["svg"])
    # Filtered by programme: only its ties.
    response = client.get(f"/en/insights/network/?programme={other.slug}")
    pairs = {frozenset((r[0]["text"], r[1]["text"])) for r in response.context["chart"]["rows"]}
    assert pairs == {
        frozenset((a.name_en, b.name_en)),
        frozenset((a.name_en, c.name_en)),
        frozenset((b.name_en, c.name_en)),
    }
    assert list(
        client.get(f"/en/insights/network/?programme={other.slug}").context["chart"]["rows"]
    )


def test_home_and_lists_link_to_the_overview_with_their_filters(client, demo):
    assert 'href="/th/insights/"' in client.get("/th/").content.decode()
    content = client.get("/th/organisations/?region=northern&sort=-updated&page=2").content
    assert 'href="/th/insights/?region=northern"' in content.decode()
    content = client.get("/en/programmes/?kind=training&theme=health").content.decode()
    assert 'href="/en/insights/?theme=health"' in content  # a programme kind is not an org kind
    assert "ดูภาพรวม" in client.get("/th/").content.decode()
    content = client.get("/th/regions/northeastern/").content.decode()
    assert 'href="/th/insights/?region=northeastern"' in content
    content = client.get("/en/themes/disaster-management/").content.decode()
    assert 'href="/en/insights/?theme=disaster-management"' in content


def test_roles_weigh_in_the_network(client):
    """One programme led together outweighs two attended together: the heavier tie is drawn
    thicker and listed first."""
    led, cohort, other = ProgrammeFactory(), ProgrammeFactory(), ProgrammeFactory()
    a, b, c, d = (OrganisationFactory() for _ in range(4))
    ParticipationFactory(organisation=a, programme=led, role="lead")
    ParticipationFactory(organisation=b, programme=led, role="partner")
    ParticipationFactory(organisation=b, programme=led, role="funder")  # two roles: one programme
    for programme in (cohort, other):
        ParticipationFactory(organisation=c, programme=programme, role="participant")
        ParticipationFactory(organisation=d, programme=programme, role="partner")
    ParticipationFactory(organisation=a, programme=other, role="funder")
    response = client.get("/en/insights/network/")
    rows = [[c["text"] for c in row] for row in response.context["chart"]["rows"]]
    weights = {frozenset(row[:2]): (int(row[2]), int(row[3])) for row in rows}
    assert weights[frozenset((a.name_en, b.name_en))] == (1, 3)  # led: 3
    assert weights[frozenset((c.name_en, d.name_en))] == (2, 2)  # 1 + 1
    assert weights[frozenset((a.name_en, c.name_en))] == (1, 2)  # a funds `other`: 2
    assert frozenset(rows[0][:2]) == frozenset((a.name_en, b.name_en))  # heaviest first
    svg = ET.fromstring(response.context["chart"]["svg"])
    widths = sorted(float(line.get("stroke-width")) for line in svg.iter(f"{SVG}line"))
    assert widths[-1] > widths[0]


def test_each_founding_year_links_to_the_list_with_the_same_number(client):
    for year, n in ((2001, 2), (2005, 1), (2010, 3)):
        OrganisationFactory.create_batch(n, founded_year=year, province=_province("TH-50"))
    OrganisationFactory(founded_year=2005, status=Status.DRAFT)
    OrganisationFactory(founded_year=None)
    for query in ("", "region=northern", "founded_min=2004"):
        response = client.get(f"/th/insights/?{query}")
        founded = chart(response, "founded")
        rows = [[c["text"] for c in row] for row in founded["rows"]]
        # Thai pages count in Buddhist Era years; the links carry the stored (CE) year.
        assert rows == [["2544", "2", "2"], ["2548", "1", "3"], ["2553", "3", "6"]]
        for row in founded["rows"]:
            for item in row[1:]:
                assert list_count(client, item["href"]) == int(item["text"]), item
        # The drawn points are links to the same lists as the "founded that year" column.
        assert svg_links(founded["svg"]) == {row[1]["href"] for row in founded["rows"]}
    year_2005 = chart(client.get("/en/insights/"), "founded")["rows"][1][1]["href"]
    assert urlsplit(year_2005).query == "founded_min=2005&founded_max=2005"
    # The page's total follows the year bounds like the list does.
    response = client.get("/en/insights/?founded_min=2004&founded_max=2009")
    assert response.context["total"] == 1
    assert list_count(client, "/en/organisations/?founded_min=2004&founded_max=2009") == 1
