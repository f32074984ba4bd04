"""The insights charts: numbers from `aggregates`, drawn by `charts`, in the page's language.

`overview(params)` and `network_view(params)` return plain data (SVG text, table rows, filter
errors), which `views` caches under the data version, the language and the query string.
Every chart comes with the table of its numbers, which is also its CSV download.
"""

import datetime

from django.db.models import Count
from django.urls import reverse
from django.utils.translation import get_language, gettext, ngettext, pgettext

from curation.models import Status
from orgs import thailand_map
from orgs.map_scale import QuantileScale
from orgs.models import SDG, Organisation, Province, Region, Theme
from programs.models import Participation, Programme

from . import aggregates, charts
from .dates import daterange, display_year, field_value, month_label


def event_dates(event):
    return daterange(event["start_date"], event["end_date"], event["date_precision"])


#: The official colours of the 17 SDGs (UN SDG communications guidelines).
SDG_COLOURS = {
    1: "#E5243B", 2: "#DDA63A", 3: "#4C9F38", 4: "#C5192D", 5: "#FF3A21", 6: "#26BDE2",
    7: "#FCC30B", 8: "#A21942", 9: "#FD6925", 10: "#DD1367", 11: "#FD9D24", 12: "#BF8B2E",
    13: "#3F7E44", 14: "#0A97D9", 15: "#56C02B", 16: "#00689D", 17: "#19486A",
}  # fmt: skip

#: Charts of the overview page, in page order; `network` is on its own page.
CHARTS = ["gaps", "provinces", "regions", "kinds", "themes", "sdgs", "founded", "timeline"]
#: Organisations of the network drawing that carry their name (the most connected ones); the
#: others name themselves in their tooltip and in the list of partners.
LABELLED = 18
#: In a gap table, counts up to this many are "few" (highlighted as well as zeros).
FEW = 2


def cell(text, href=None, num=False, gap=False, lang=None):
    """One table cell; `lang` when the text falls back to the other language."""
    return {"text": str(text), "href": href, "num": num, "gap": gap, "lang": lang}


def translated(obj, field="name"):
    """(text, lang or None): the page's language, else the other one, marked for `lang`."""
    value, lang = field_value(obj, field)
    return value, (lang if lang != (get_language() or "th")[:2] else None)


def organisations_label(count):
    return ngettext("%(count)s organisation", "%(count)s organisations", count) % {"count": count}


def list_url(filterset, **changes):
    query = filterset.query_string(**changes)
    return reverse("orgs:organisation_list") + (f"?{query}" if query else "")


def error_dict(*filtersets):
    """Filter errors as plain {parameter: {"label", "messages"}} (cacheable), from every
    filterset: pages name the filter by its label in the page language, downloads by parameter."""
    errors = {}
    for filterset in filtersets:
        for field, messages in filterset.errors.items():
            label = filterset.filters[field].label if field in filterset.filters else field
            entry = errors.setdefault(field, {"label": str(label), "messages": []})
            for message in messages:
                if str(message) not in entry["messages"]:
                    entry["messages"].append(str(message))
    return errors


def single_region(filterset):
    """The region when the filter names exactly one valid region, else None."""
    regions = filterset.form.cleaned_data.get("region") or []
    return regions[0] if len(regions) == 1 else None


def bar_chart(slug, title, caption, filterset, param, options, counts, colours=None):
    """One bar per option (value, label): the count, linked to the list with `param=value`."""
    selected = set(filterset.data.getlist(param)) if hasattr(filterset.data, "getlist") else set()
    rows, table = [], []
    for value, label in options:
        count = counts.get(value, 0)
        href = list_url(filterset, **{param: value})
        rows.append(
            {
                "label": label,
                "value": count,
                "href": href,
                "aria": f"{label}: {organisations_label(count)}",
                "colour": (colours or {}).get(value),
                "selected": str(value) in selected,
            }
        )
        table.append([cell(label), cell(count, href, num=True)])
    return {
        "slug": slug,
        "title": title,
        "caption": caption,
        "svg": charts.bar_chart(title, rows),
        "headers": [title.split(" · ")[0], gettext("Organisations")],
        "rows": table,
    }


def gaps_chart(filterset, counts, regions, provinces, themes):
    region = single_region(filterset)
    if region is None:
        columns = [(r.slug, r.name, "region") for r in regions]
        title = gettext("Gaps: organisations by theme and region")
    else:
        columns = [(p.code, p.name, "province") for p in provinces if p.region_id == region.pk]
        title = gettext("Gaps: organisations by theme and province, %(region)s") % {
            "region": region.name
        }
    suggest = reverse("suggest")
    values = [counts.get((t.slug, key), 0) for t in themes for key, _, _ in columns]
    scale = QuantileScale(values)
    cells, table = [], []
    for theme in themes:
        row, table_row = [], [cell(theme.name)]
        for key, name, param in columns:
            count = counts.get((theme.slug, key), 0)
            href = list_url(filterset, theme=theme.slug, **{param: key}) if count else suggest
            aria = f"{theme.name}, {name}: {organisations_label(count)}"
            if not count:
                aria = "{}. {}".format(aria, gettext("Suggest an organisation"))
            row.append({"value": count, "href": href, "aria": aria})
            table_row.append(cell(count, href, num=True, gap=count <= FEW))
        cells.append(row)
        table.append(table_row)
    svg = charts.heat_table(
        title,
        [t.name for t in themes],
        [name for _, name, _ in columns],
        cells,
        scale,
        gettext("Organisations per cell"),
        gettext("no organisation yet: suggest one"),
    )
    caption = gettext(
        "Each cell counts the organisations working on a theme in a region (or, for one region, "
        "in a province). Empty cells, outlined, have no actor yet: select one to suggest an "
        "organisation; counts of %(few)s or fewer are marked in the table."
    ) % {"few": FEW}
    return {
        "slug": "gaps",
        "title": title,
        "caption": caption,
        "svg": svg,
        "headers": [gettext("Theme")] + [name for _, name, _ in columns],
        "rows": table,
        # The province view of each region, and back to all regions, keeping the other filters.
        "region_links": [
            (r.name, filterset.query_string(region=r.slug), r == region) for r in regions
        ],
        "all_regions_query": filterset.query_string(region=None, province=None),
        "region": region.name if region else "",
    }


def province_chart(filterset, counts, provinces):
    title = gettext("Organisations by province")
    # The home map's shapes, scale, legend and Bangkok inset (orgs.thailand_map, map_scale),
    # zoomed to the region when the filter names exactly one.
    shaped = thailand_map.build(provinces, counts, region=single_region(filterset))
    scale = shaped["scale"] if shaped else QuantileScale([counts.get(p.code, 0) for p in provinces])
    table = []
    for province in sorted(provinces, key=lambda p: (-counts.get(p.code, 0), p.dopa_code)):
        count = counts.get(province.code, 0)
        table.append(
            [
                cell(province.name),
                cell(province.region.name),
                cell(count, list_url(filterset, province=province.code), num=True),
            ]
        )

    def chart_shapes(items):
        drawn = []
        for shape in items:
            if shape["water"]:
                drawn.append(shape)
                continue
            province = shape["province"]
            drawn.append(
                {
                    "water": False,
                    "faded": shape["faded"],
                    "path": shape["path"],
                    "count": shape["count"],
                    "step": shape["step"],
                    "name": province.name,
                    "href": None if shape["faded"] else list_url(filterset, province=province.code),
                    "aria": f"{province.name}: {organisations_label(shape['count'])}",
                }
            )
        return drawn

    svg = None
    if shaped:
        inset = shaped["inset"]
        if inset:
            inset = {**inset, "shapes": chart_shapes(inset["shapes"])}
        svg = charts.choropleth(
            title,
            shaped["view_box"],
            chart_shapes(shaped["shapes"]),
            scale,
            gettext("Organisations per province"),
            gettext("Map: svg-maps / Thailand, CC BY 4.0"),
            inset=inset,
            inset_caption=gettext("Bangkok area"),
        )
    return {
        "slug": "provinces",
        "title": title,
        "caption": gettext(
            "Where organisations are based. The colours follow a quantile scale, so that "
            "provinces with a few organisations differ from those with none; the legend gives "
            "the counts of each colour. Select a province to list its organisations."
        ),
        "svg": svg,
        "headers": [gettext("Province"), gettext("Region"), gettext("Organisations")],
        "rows": table,
        "legend": [(step.colour, step.label) for step in scale.steps()],
    }


def founded_chart(filterset, counts):
    """The cumulative line; each year's point links to the organisations founded that year,
    and the table's "up to that year" to those founded in or before it."""
    title = gettext("Organisations founded, cumulative")
    lang = (get_language() or "th")[:2]
    running = 0
    points, table = [], []
    for founded in sorted(counts["founded"]):
        that_year = counts["founded"][founded]
        running += that_year
        label = display_year(founded, lang)
        year_href = list_url(filterset, founded_min=founded, founded_max=founded)
        up_to_href = list_url(filterset, founded_min=None, founded_max=founded)
        tip = gettext("%(year)s: %(that_year)s founded that year, %(running)s up to then") % {
            "year": label,
            "that_year": that_year,
            "running": running,
        }
        points.append((founded, running, tip, year_href))
        table.append(
            [
                cell(label),
                cell(that_year, year_href, num=True),
                cell(running, up_to_href, num=True),
            ]
        )
    svg = charts.line_chart(
        title,
        points,
        lambda founded: display_year(founded, lang),
        (
            gettext("Year founded (B.E.)") if lang == "th" else gettext("Year founded"),
            gettext("Organisations"),
        ),
    )
    caption = gettext(
        "How the field has grown: organisations founded up to each year, by the year they were "
        "founded. %(unknown)s of %(total)s organisations have no founding year and are not "
        "counted. Select a year's point to list the organisations founded that year."
    ) % {"unknown": counts["founded_unknown"], "total": counts["founded_total"]}
    return {
        "slug": "founded",
        "title": title,
        "caption": caption,
        "svg": svg,
        "headers": [gettext("Year"), gettext("Founded that year"), gettext("Up to that year")],
        "rows": table,
    }


def timeline_axis(first, last):
    """Ticks for the timeline: years (Buddhist Era on Thai pages), or months for short spans."""
    lang = (get_language() or "th")[:2]
    ticks = []
    if (last - first).days <= 2 * 366:
        day = datetime.date(first.year, first.month, 1)
        while day <= last:
            ticks.append((day.toordinal(), month_label(day)))
            month = day.month + 3
            day = datetime.date(day.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
        ticks.append((day.toordinal(), month_label(day)))
        return ticks
    step = charts.nice_step(last.year + 1 - first.year, 5)
    year = first.year - first.year % step
    while year <= last.year + step:
        ticks.append((datetime.date(year, 1, 1).toordinal(), display_year(year, lang)))
        if year > last.year:
            break
        year += step
    return ticks


def timeline_chart(data):
    title = gettext("Timeline of programmes and events")
    today = datetime.date.today()
    programmes = data["programmes"]
    rows, table = [], []
    for programme in programmes:
        end = programme.end_date or max(today, programme.start_date)
        events = data["events"].get(programme.pk, [])
        name, lang = translated(programme)
        rows.append(
            {
                "label": name,
                "start": programme.start_date.toordinal(),
                "end": end.toordinal(),
                "ongoing": programme.end_date is None,
                "href": reverse("programs:programme_detail", kwargs={"slug": programme.slug}),
                "aria": name,
                "events": [
                    (
                        event["start_date"].toordinal(),
                        f"{event_dates(event)}: "
                        f"{event['title_' + (get_language() or 'th')[:2]] or event['title_th']}",
                    )
                    for event in events
                ],
            }
        )
        table.append(
            [
                cell(name, rows[-1]["href"], lang=lang),
                cell(
                    daterange(programme.start_date, programme.end_date, programme.date_precision)
                    if programme.end_date
                    else gettext("since %(date)s")
                    % {"date": daterange(programme.start_date, None, programme.date_precision)}
                ),
                cell(len(events), num=True),
            ]
        )
    svg = None
    if programmes:
        first = min(p.start_date for p in programmes)
        last = max(max(p.end_date or today, p.start_date) for p in programmes)
        svg = charts.timeline(title, rows, timeline_axis(first, last))
    caption = gettext(
        "The %(shown)s most recently started of %(total)s matching programmes, from start to end "
        "(pale: still running), with their events as dots. Select a programme to open it."
    ) % {"shown": len(programmes), "total": data["total"]}
    return {
        "slug": "timeline",
        "title": title,
        "caption": caption,
        "svg": svg,
        "headers": [gettext("Programme"), gettext("Dates"), gettext("Events")],
        "rows": table,
    }


def overview(params):
    """Every chart of the overview page for the query `params`, as plain data."""
    organisation_filter = aggregates.organisation_filter(params)
    programme_filter = aggregates.programme_filter(params)
    errors = error_dict(organisation_filter, programme_filter)
    region = single_region(organisation_filter)
    counts = aggregates.organisation_counts(organisation_filter, "province" if region else "region")
    regions = list(Region.objects.all())
    provinces = list(Province.objects.select_related("region"))
    themes = list(Theme.objects.all())
    sdgs = list(SDG.objects.all())
    kinds = sorted(Organisation.Kind.choices, key=lambda kind: -counts["kind"].get(kind[0], 0))
    result = {
        "errors": errors,
        "total": counts["total"],
        "charts": [
            gaps_chart(organisation_filter, counts["gaps"], regions, provinces, themes),
            province_chart(organisation_filter, counts["province"], provinces),
            bar_chart(
                "regions",
                gettext("Organisations by region"),
                gettext("Where organisations are based, by region. Select a bar to list them."),
                organisation_filter,
                "region",
                [(r.slug, r.name) for r in regions],
                counts["region"],
            ),
            bar_chart(
                "kinds",
                gettext("Organisations by kind"),
                gettext("What kind of organisation they are, most common first."),
                organisation_filter,
                "kind",
                [(value, str(label)) for value, label in kinds],
                counts["kind"],
            ),
            bar_chart(
                "themes",
                gettext("Organisations by theme"),
                gettext(
                    "The social-innovation themes organisations work on; one organisation can "
                    "work on several, so the bars add up to more than the total."
                ),
                organisation_filter,
                "theme",
                [(t.slug, t.name) for t in themes],
                counts["theme"],
            ),
            bar_chart(
                "sdgs",
                gettext("Organisations by Sustainable Development Goal"),
                gettext(
                    "The SDGs organisations contribute to, in the official SDG colours; one "
                    "organisation can name several."
                ),
                organisation_filter,
                "sdg",
                [(s.number, f"{s.number}. {s.name}") for s in sdgs],
                counts["sdg"],
                colours=SDG_COLOURS,
            ),
            founded_chart(organisation_filter, counts),
            timeline_chart(aggregates.timeline(programme_filter, params)),
        ],
        "choices": filter_choices(),
    }
    return result


# --- the network page ------------------------------------------------------------------------


def short_name(organisation):
    lang = (get_language() or "th")[:2]
    other = "en" if lang == "th" else "th"
    for field in (f"short_name_{lang}", f"name_{lang}", f"short_name_{other}", f"name_{other}"):
        value = getattr(organisation, field, "")
        if value:
            return value if len(value) <= 28 else value[:26] + "…"
    return organisation.slug


def network_view(params):
    from .layout import layout

    organisation_filter = aggregates.organisation_filter(params)
    errors = error_dict(organisation_filter)
    edges, organisations = aggregates.network(organisation_filter, params)
    title = gettext("Who works with whom: organisations that share programmes")
    degree = {}
    # A node's size and place follow the weight of its ties (shared programmes and roles).
    for a, b, weight, *_ in edges:
        degree[a] = degree.get(a, 0) + weight
        degree[b] = degree.get(b, 0) + weight
    shown = set(sorted(degree, key=lambda k: (-degree[k], k))[: aggregates.NODE_LIMIT])
    drawn = [edge for edge in edges if edge[0] in shown and edge[1] in shown]
    positions, aspect = layout(shown, [(a, b, weight) for a, b, weight, *_ in drawn])
    labelled = set(sorted(shown, key=lambda k: (-degree[k], k))[:LABELLED])

    names = {key: translated(organisation) for key, organisation in organisations.items()}

    def profile(key):
        return reverse("orgs:organisation_detail", kwargs={"slug": organisations[key].slug})

    nodes = [
        {
            "key": key,
            "label": short_name(organisations[key]) if key in labelled else "",
            "x": positions[key][0],
            "y": positions[key][1],
            "href": profile(key),
            "aria": names[key][0],
            "degree": degree[key],
        }
        for key in sorted(shown)
    ]
    width = charts.NETWORK_WIDTH
    height = min(max(round(width * aspect), 300), 720)
    lines = [(a, b, weight, strong) for a, b, weight, _shared, strong in drawn]
    svg = charts.network(title, nodes, lines, width=width, height=height) if nodes else None
    partners = {}
    for a, b, weight, shared, strong in edges:
        partners.setdefault(a, []).append((b, weight, shared, strong))
        partners.setdefault(b, []).append((a, weight, shared, strong))
    listing = []
    for key in sorted(partners, key=lambda k: (-len(partners[k]), names[k][0])):
        listing.append(
            {
                "name": names[key][0],
                "lang": names[key][1],
                "href": profile(key),
                "partners": [
                    {
                        "name": names[p][0],
                        "lang": names[p][1],
                        "href": profile(p),
                        "weight": weight,
                        "shared": shared,
                        "strong": strong,
                    }
                    for p, weight, shared, strong in sorted(
                        partners[key], key=lambda item: (-item[1], names[item[0]][0])
                    )
                ],
            }
        )
    rows = [
        [
            cell(names[a][0], profile(a), lang=names[a][1]),
            cell(names[b][0], profile(b), lang=names[b][1]),
            cell(shared, num=True),
            cell(weight, num=True),
            cell(gettext("yes") if strong else gettext("no")),
        ]
        for a, b, weight, shared, strong in edges
    ]
    caption = gettext(
        "Organisations are linked when they take part in the same published programme. The "
        "thicker the line, the heavier the tie: each shared programme adds 3 when one of them "
        "leads, hosts or co-hosts it, 2 when one funds or facilitates it, and 1 when both are "
        "partners or participants. A solid line means one of them leads, "
        "hosts, co-hosts, funds or facilitates a shared programme; a dashed line, that both "
        "take part as partners or participants. The %(shown)s most connected of %(total)s "
        "organisations with a tie are drawn; the list below gives every tie."
    ) % {"shown": len(nodes), "total": len(partners)}
    return {
        "errors": errors,
        "chart": {
            "slug": "network",
            "title": title,
            "caption": caption,
            "svg": svg,
            "headers": [
                gettext("Organisation"),
                gettext("Partner"),
                gettext("Shared programmes"),
                gettext("Weight"),
                pgettext("network tie", "Leads, hosts or funds together"),
            ],
            "rows": rows,
        },
        "listing": listing,
        "choices": filter_choices(),
    }


def filter_choices():
    """Programmes (with at least two published participants), regions, themes and kinds for the
    filter forms of the insights pages."""
    shared = (
        Participation.objects.filter(organisation__status=Status.PUBLISHED)
        .values("programme")
        .annotate(n=Count("organisation", distinct=True))
        .filter(n__gte=2)
        .values("programme")
    )
    programmes = Programme.objects.published().top_level().filter(pk__in=shared).order_by_name()
    return {
        "programme": [(p.slug, p.name) for p in programmes],
        "region": [(r.slug, r.name) for r in Region.objects.all()],
        "theme": [(t.slug, t.name) for t in Theme.objects.all()],
        "kind": [(value, str(label)) for value, label in Organisation.Kind.choices],
    }
