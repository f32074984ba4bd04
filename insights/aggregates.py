"""The numbers behind the insights page, counted in a few aggregate queries.

Counts go through the lists' own FilterSets, so a parameter means here exactly what it means
on /organisations/ and /programmes/, and each count is the total of the list a chart links to:
a bar for theme T counts `filtered_without(filterset, "theme")` restricted to T, and links to
the list with `theme=T` in place of the current theme values (the facet counts of the list's
filter form work the same way).
"""

from django.db.models import Count, F, Q

from curation.models import Status
from orgs.models import Organisation
from programs.filters import ProgrammeFilter
from programs.models import Event, Participation, Programme
from programs.organisations import OrganisationFilter

#: Programmes on the timeline (the most recently started ones that match).
TIMELINE_LIMIT = 20
#: Pairs of organisations the network draws and lists (the strongest ties first).
EDGE_LIMIT = 300
#: Organisations the network drawing shows (the most connected ones); the list shows all ties.
NODE_LIMIT = 40
#: The founding-year parameters of the organisation list; the founded chart reads them itself.
FOUNDED_BOUNDS = ("founded_min", "founded_max")
#: Roles that make a tie "working together" rather than "in the same cohort".
STRONG_ROLES = ("lead", "co-host", "host", "funder", "facilitator")
#: Roles that run a programme: a tie through them weighs most.
LEADING_ROLES = ("lead", "co-host", "host")
#: What one shared programme adds to a tie's weight, by the strongest role either organisation
#: has in it: leads, hosts or co-hosts 3, funds or facilitates 2, partners or participants 1
#: (docs/insights.md).
ROLE_WEIGHTS = {"leading": 3, "strong": 2, "other": 1}


def organisation_filter(params):
    return OrganisationFilter(params, queryset=Organisation.objects.published())


#: Parameters of the organisation list that mean something else on the programme list (a kind
#: of organisation; programmes an organisation takes part in): the timeline reads them itself.
ORGANISATION_ONLY = ("kind", "programme")


def programme_filter(params):
    """The programme list's FilterSet over the parameters the two lists share."""
    shared = params.copy()
    for name in ORGANISATION_ONLY:
        shared.pop(name, None)
    return ProgrammeFilter(shared, queryset=Programme.objects.published())


def filtered_without(filterset, *names):
    """The filterset's queryset with every valid filter applied except `names` (and sort).

    Malformed values are left out, as the list pages leave them out (and report them).
    """
    filterset.errors  # noqa: B018 - validates the form, filling cleaned_data
    queryset = filterset.queryset.all()
    for field, value in filterset.form.cleaned_data.items():
        if field not in (*names, "sort"):
            queryset = filterset.filters[field].filter(queryset, value)
    return queryset.order_by()


def counts_by(filterset, name, *paths):
    """{value(s): entries} grouped by `paths`, with the filters of `name` (and of the other
    parameters a combined link replaces) left out: see the module docstring."""
    names = name if isinstance(name, tuple) else (name,)
    rows = (
        filtered_without(filterset, *names)
        .values(*paths)
        .annotate(n=Count("pk", distinct=True))
        .order_by()
    )
    if len(paths) == 1:
        return {row[paths[0]]: row["n"] for row in rows if row[paths[0]] is not None}
    return {
        tuple(row[p] for p in paths): row["n"]
        for row in rows
        if all(row[p] is not None for p in paths)
    }


def organisation_counts(filterset, gap_columns):
    """Every organisation count of the page (one query each).

    `gap_columns` is "region", or "province" when the filter names exactly one region.
    """
    # Founding years without the year bounds (each point links to its own years); the total
    # of the page is the part of them inside the bounds, so it costs no query of its own.
    founded = dict(
        filtered_without(filterset, *FOUNDED_BOUNDS)
        .values_list("founded_year")
        .annotate(n=Count("pk", distinct=True))
        .order_by()
    )
    low, high = (filterset.form.cleaned_data.get(name) for name in FOUNDED_BOUNDS)

    def within(year):
        if low is None and high is None:
            return True
        return year is not None and (low is None or year >= low) and (high is None or year <= high)

    gap_path = "province__region__slug" if gap_columns == "region" else "province__code"
    return {
        "total": sum(n for year, n in founded.items() if within(year)),
        "founded_total": sum(founded.values()),
        "founded": {year: n for year, n in founded.items() if year is not None},
        "founded_unknown": founded.get(None, 0),
        "region": counts_by(filterset, "region", "province__region__slug"),
        "province": counts_by(filterset, "province", "province__code"),
        "kind": counts_by(filterset, "kind", "kind"),
        "theme": counts_by(filterset, "theme", "themes__slug"),
        "sdg": counts_by(filterset, "sdg", "sdgs__number"),
        "gaps": counts_by(filterset, ("theme", gap_columns), "themes__slug", gap_path),
    }


def timeline(filterset, params):
    """The programmes on the timeline (dated ones, latest TIMELINE_LIMIT) and their events.

    Top-level programmes only; with `programme=`, that programme and its units.
    """
    queryset = filtered_without(filterset)
    slug = params.get("programme")
    if slug:
        queryset = queryset.filter(Q(slug=slug) | Q(parent__slug=slug, parent__status="published"))
    else:
        queryset = queryset.top_level()
    dated = queryset.exclude(start_date=None)
    programmes = list(
        dated.order_by("-start_date", "slug").only(
            "pk", "slug", "name_th", "name_en", "start_date", "end_date", "date_precision", "stage"
        )[:TIMELINE_LIMIT]
    )
    programmes.reverse()
    total = queryset.count()
    events = (
        Event.objects.published()
        .filter(Q(programme__in=programmes) | Q(programme__parent__in=programmes))
        .values(
            "programme_id",
            "programme__parent_id",
            "start_date",
            "end_date",
            "date_precision",
            "title_th",
            "title_en",
        )
        .order_by("start_date")
    )
    by_programme = {}
    ids = {p.pk for p in programmes}
    for event in events:
        key = (
            event["programme_id"] if event["programme_id"] in ids else event["programme__parent_id"]
        )
        by_programme.setdefault(key, []).append(event)
    return {"programmes": programmes, "events": by_programme, "total": total}


def network(filterset, params):
    """Ties between the filtered organisations through the published programmes they share.

    Returns (edges, organisations): edges as (a, b, weight, shared programmes, strong),
    heaviest first, at most EDGE_LIMIT. Each shared programme adds ROLE_WEIGHTS by the strongest
    role either organisation has in it; a tie is strong when, in some programme they share,
    either organisation has one of STRONG_ROLES. With `programme=` only that programme's ties
    count.
    """
    members = filtered_without(filterset).values("pk")
    participations = Participation.objects.filter(
        programme__status=Status.PUBLISHED,
        organisation__in=members,
        programme__participations__organisation__in=members,
        programme__participations__organisation__gt=F("organisation"),
    )
    if params.get("programme") and "programme" in filterset.form.cleaned_data:
        participations = participations.filter(programme__slug=params["programme"])

    def either(roles):
        return Q(role__in=roles) | Q(programme__participations__role__in=roles)

    # Programmes counted once each (an organisation may have two roles in one programme):
    # every shared programme, those with a strong role, those with a leading role.
    weights = ROLE_WEIGHTS
    rows = (
        participations.values("organisation", "programme__participations__organisation")
        .annotate(
            shared=Count("programme", distinct=True),
            strong=Count("programme", distinct=True, filter=either(STRONG_ROLES)),
            leading=Count("programme", distinct=True, filter=either(LEADING_ROLES)),
        )
        .annotate(
            weight=F("shared") * weights["other"]
            + F("strong") * (weights["strong"] - weights["other"])
            + F("leading") * (weights["leading"] - weights["strong"])
        )
        .order_by("-weight", "-shared", "organisation", "programme__participations__organisation")[
            :EDGE_LIMIT
        ]
    )
    edges = [
        (
            row["organisation"],
            row["programme__participations__organisation"],
            row["weight"],
            row["shared"],
            row["strong"] > 0,
        )
        for row in rows
    ]
    keys = {key for a, b, *_ in edges for key in (a, b)}
    organisations = {
        o.pk: o
        for o in Organisation.objects.filter(pk__in=keys).only(
            "pk", "slug", "name_th", "name_en", "short_name_th", "short_name_en"
        )
    }
    return edges, organisations
