"""The province map as a visitor reads it: colours on a quantile scale with the counts in the
legend, every province with entries a link named with its count, the same numbers in the table
under the map (in Thai order on Thai pages), a Bangkok inset, and region pages zoomed to their
region. The insights choropleth uses the same scale and legend."""

import json
import re
import subprocess
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command

from orgs import thailand_map
from orgs.map_scale import LEGEND_OUTLINE, PALETTE, QuantileScale
from orgs.models import Province

from .factories import OrganisationFactory, province
from .test_html_valid import vnu_command

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


class MapPage(HTMLParser):
    """The map of a page: its links (accessible name, href, whether an inset copy), the province
    shapes that are not links (their tooltip), the legend's labels and the table's rows."""

    def __init__(self, html):
        super().__init__()
        self.view_box = None
        self.links, self.plain, self.legend, self.rows = [], [], [], []
        self.inset_links = []
        self._stack, self._text, self._row = [], "", None
        self.feed(html)

    def inside(self, name):
        return any(name in item for item in self._stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = attrs.get("class", "") or ""
        if tag == "svg" and "map-svg" in classes:
            self.view_box = attrs["viewbox"]
        marks = {tag, *classes.split()}
        if tag == "a" and "map-link" in classes:
            target = self.inset_links if self.inside("map-inset") else self.links
            target.append(attrs)
        if tag == "path" and self.inside("map-svg") and not self.inside("a"):
            plain = not self.inside("map-inset") and "water" not in classes
            if plain and "faded" not in classes:
                self.plain.append(attrs)
        if tag == "tr" and self.inside("map-table"):
            self._row = []
        if tag in ("th", "td", "li"):
            self._text = ""
        if tag not in ("path", "rect", "input", "br", "meta", "link", "img"):
            self._stack.append(marks)

    def handle_endtag(self, tag):
        if tag in ("path", "rect"):
            return
        if tag in ("th", "td") and self._row is not None and self.inside("tbody"):
            self._row.append(self._text.strip())
        if tag == "li" and self.inside("map-legend"):
            self.legend.append(self._text.strip())
        if tag == "tr" and self._row is not None and self._row:
            self.rows.append(tuple(self._row))
            self._row = None
        while self._stack:
            if tag in self._stack.pop():
                break

    def handle_data(self, data):
        self._text += data


def map_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return MapPage(response.content.decode())


def list_count(client, href):
    response = client.get(href)
    assert response.status_code == 200, href
    return response.context["paginator"].count


@pytest.fixture
def spread():
    """Organisations in a few provinces, Bangkok far ahead, as in the real directory."""
    counts = {"TH-10": 12, "TH-50": 4, "TH-40": 2, "TH-90": 1, "TH-57": 1, "TH-20": 3}
    for code, n in counts.items():
        OrganisationFactory.create_batch(n, province=province(code))
    OrganisationFactory(province=province("TH-83"), status="draft")  # Phuket: a draft only
    return counts


# --- the scale -------------------------------------------------------------------------------


def test_quantile_classes_on_known_counts():
    scale = QuantileScale([0, 0, 1, 1, 2, 3, 5, 8, 13, 40])
    assert [step.label for step in scale.steps()] == ["0", "1", "2–3", "4–5", "6–13", "14–40"]
    assert scale.step(0).index == 0
    assert scale.step(3).label == "2–3"
    assert scale.step(40).colour == PALETTE[-1]


def test_one_big_province_does_not_wash_out_the_others():
    # 60 provinces with none, most with one or two, Bangkok with 500: a linear scale would paint
    # everything but Bangkok in the palest step.
    counts = [0] * 60 + [1] * 10 + [2] * 4 + [3] * 2 + [500]
    scale = QuantileScale(counts)
    assert scale.step(1).index < scale.step(2).index < scale.step(500).index
    assert scale.step(0).index == 0 < scale.step(1).index
    assert [step.label for step in scale.steps()] == ["0", "1", "2", "3–500"]
    assert scale.step(3).colour == scale.step(500).colour == PALETTE[-1]  # not Bangkok alone


def test_fewer_distinct_counts_give_fewer_steps_ending_dark():
    scale = QuantileScale([0, 3, 3, 3])
    assert [step.label for step in scale.steps()] == ["0", "1–3"]
    assert scale.step(3).colour == PALETTE[-1]


def contrast(a, b):
    def luminance(colour):
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_legend_swatches_and_colours_meet_non_text_contrast():
    css = (settings.BASE_DIR / "static" / "css" / "site.css").read_text(encoding="utf-8")
    for index, colour in enumerate(PALETTE):  # the stylesheet paints the scale's colours
        assert f".fill-{index} {{ fill: {colour};" in css
    swatch = re.search(r"\.swatch \{[^}]*\}", css).group(0)
    assert f"border: 1px solid {LEGEND_OUTLINE}" in swatch
    for page in ("#fbfaf7", "#ffffff"):  # the page and the card backgrounds
        assert contrast(LEGEND_OUTLINE, page) >= 3
    # The darkest steps, which stand for the most organisations, stand out from the page.
    assert contrast(PALETTE[-1], "#fbfaf7") >= 3
    assert contrast(PALETTE[-2], "#fbfaf7") >= 3


# --- the home map ----------------------------------------------------------------------------


def test_legend_shows_the_counts_of_each_colour(client, spread):
    page = map_of(client, "/en/")
    expected = QuantileScale(
        [spread.get(p.code, 0) for p in Province.objects.all()]
    ).steps()  # the draft in Phuket counts nowhere
    assert page.legend == [step.label for step in expected]
    assert page.legend[0] == "0" and page.legend[-1].endswith("12")


@pytest.mark.parametrize(
    ("lang", "name", "label"),
    [("en", "Chiang Mai", "Chiang Mai: 4 organisations"), ("th", "เชียงใหม่", "เชียงใหม่: 4 องค์กร")],
)
def test_each_province_with_entries_is_a_link_named_with_its_count(
    client, spread, lang, name, label
):
    page = map_of(client, f"/{lang}/")
    names = {link["aria-label"]: link["href"] for link in page.links}
    assert len(names) == len(spread)
    assert names[label] == f"/{lang}/organisations/?province=TH-50"
    for accessible_name, href in names.items():
        count = int(re.search(r": (\d+)", accessible_name).group(1))
        assert list_count(client, href) == count, accessible_name
    # No province without published entries is a link, Phuket (a draft only) included; it
    # still names itself in its tooltip.
    assert not any("TH-83" in href for href in names.values())
    assert len(page.plain) == 77 - len(spread)


def test_the_table_gives_the_same_numbers_as_the_map(client, spread):
    page = map_of(client, "/en/")
    table = {name: int(count) for name, count in page.rows}
    assert len(table) == 77
    from_map = {}
    for link in page.links:
        name, count = re.match(r"(.+): (\d+) organisations?$", link["aria-label"]).groups()
        from_map[name] = int(count)
    assert {name: n for name, n in table.items() if n} == from_map
    assert table["Bangkok"] == 12 and table["Phuket"] == 0


def test_the_table_follows_thai_dictionary_order_on_thai_pages(client, spread):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("Thai dictionary order needs PostgreSQL's ICU collation")
    names = [name for name, _count in map_of(client, "/th/").rows]
    # Leading vowels sort by the consonant after them: เชียงใหม่ with the ช, before ตาก (code
    # point order would put every เ… name after ฮ).
    assert names[0] == "กระบี่"
    assert names.index("ชุมพร") < names.index("เชียงราย") < names.index("เชียงใหม่")
    assert names.index("เชียงใหม่") < names.index("ตาก")
    assert names.index("พะเยา") < names.index("แพร่") < names.index("ภูเก็ต")
    english = [name for name, _count in map_of(client, "/en/").rows]
    assert english[:2] == ["Amnat Charoen", "Ang Thong"]


def test_bangkok_has_an_enlarged_inset(client, spread):
    page = map_of(client, "/en/")
    inset = {urlsplit(link["href"]).query for link in page.inset_links}
    assert "province=TH-10" in inset
    for link in page.inset_links:  # a copy for the pointer: skipped by keyboard and readers
        assert link["tabindex"] == "-1" and link["aria-hidden"] == "true"
    built = thailand_map.build(list(Province.objects.select_related("region")), spread)
    bangkok = next(s for s in built["inset"]["shapes"] if s["province"].code == "TH-10")
    box = thailand_map.bounding_box(bangkok["path"])
    zoom = built["inset"]["width"] / float(built["inset"]["view_box"].split()[2])
    # On a 375 px phone the 560-unit wide map is about 340 px wide.
    assert (box[2] - box[0]) * zoom * 340 / 560 >= 24
    assert (box[3] - box[1]) * zoom * 340 / 560 >= 24


# --- region pages ----------------------------------------------------------------------------


def boxes():
    """{ISO code: bounding box} of every province's outline."""
    by_abbreviation = {
        thailand_map.ID_EXCEPTIONS.get(loc["id"], loc["id"].upper()): loc["box"]
        for loc in thailand_map._shapes()["locations"]
    }
    return {p.code: by_abbreviation[p.abbreviation.upper()] for p in Province.objects.all()}


@pytest.mark.parametrize("slug", ["northern", "southern", "central"])
def test_a_region_page_shows_its_region_only(client, spread, slug):
    page = map_of(client, f"/en/regions/{slug}/")
    x, y, width, height = (float(v) for v in page.view_box.split())
    assert width * height < 560 * 1025 / 2.5  # zoomed in from the whole country
    shapes = boxes()
    for p in Province.objects.select_related("region"):
        box = shapes[p.code]
        inside = x <= box[0] and box[2] <= x + width and y <= box[1] and box[3] <= y + height
        if p.region.slug == slug:
            assert inside, p.code
    # Only the region's provinces with entries are links; there is no inset.
    region_codes = set(Province.objects.filter(region__slug=slug).values_list("code", flat=True))
    linked = {urlsplit(link["href"]).query.split("=")[1] for link in page.links}
    assert linked == {code for code in spread if code in region_codes}
    assert page.inset_links == []
    assert {name for name, _ in page.rows} == set(
        Province.objects.filter(region__slug=slug).values_list("name_en", flat=True)
    )


def test_the_insights_map_uses_the_same_scale_and_legend(client, spread):
    home = map_of(client, "/en/")
    response = client.get("/en/insights/")
    provinces = next(c for c in response.context["charts"] if c["slug"] == "provinces")
    assert [label for _colour, label in provinces["legend"]] == home.legend
    built = thailand_map.build(list(Province.objects.select_related("region")), spread)
    bangkok = next(s for s in built["shapes"] if not s["water"] and s["province"].code == "TH-10")
    assert f'fill="{bangkok["step"].colour}"' in provinces["svg"]
    for label in home.legend:
        assert f">{label}<" in provinces["svg"]


# --- valid HTML ------------------------------------------------------------------------------


def test_map_pages_are_valid_html(client, tmp_path):
    command = vnu_command()
    call_command("load_demo", verbosity=0)
    files = []
    for lang in ("th", "en"):
        for path in ("/", "/regions/central/", "/regions/southern/", "/themes/health/"):
            response = client.get(f"/{lang}{path}")
            assert response.status_code == 200
            name = tmp_path / f"{lang}-{path.strip('/').replace('/', '-') or 'home'}.html"
            name.write_bytes(response.content)
            files.append(str(name))
    result = subprocess.run([*command, *files], capture_output=True, text=True, timeout=300)
    messages = json.loads(result.stdout)["messages"]
    errors = [
        f"{m.get('url', '').rsplit('/', 1)[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m.get("type") in ("error", "non-document-error")
    ]
    assert not errors, "\n".join(errors)
