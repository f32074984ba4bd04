"""Open data for programmes, participations and events (see listings/datasets.py)."""

from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from curation.models import published_slug
from listings.datasets import BOOLEAN, DATE, INTEGER, Dataset
from orgs.datasets import latest_update, names, province_name, sdg_names
from orgs.models import Organisation

from .models import Event, Participation, Programme


def _published_slug(entry):
    return published_slug(entry) or ""


def _published_name(entry):
    """The name of a linked entry when the public may see it (like `_published_slug`)."""
    return entry.name if published_slug(entry) else ""


def published_programmes():
    return (
        Programme.objects.published()
        .select_related("parent", "host", "province")
        .prefetch_related("themes", "sdgs", "provinces")
        .order_by("slug")
    )


#: A month or year is stored as its first day (2019-04-01 for April 2019).
DATE_PRECISION_COLUMN = _(
    "How much of the dates is known: day, month or year (a month or year is given as its first day)"
)


def programme_row(programme):
    return {
        "slug": programme.slug,
        "kind": programme.kind,
        "name_th": programme.name_th or "",
        "name_en": programme.name_en or "",
        "parent": _published_slug(programme.parent),
        "host": _published_slug(programme.host),
        "province": programme.province.code if programme.province_id else "",
        "provinces": [province.code for province in programme.provinces.all()],
        "nationwide": programme.nationwide,
        "stage": programme.stage,
        "start_date": programme.start_date.isoformat() if programme.start_date else None,
        "end_date": programme.end_date.isoformat() if programme.end_date else None,
        "date_precision": programme.date_precision,
        "themes": [theme.slug for theme in programme.themes.all()],
        "sdgs": [sdg.number for sdg in programme.sdgs.all()],
        "summary_th": programme.summary_th or "",
        "summary_en": programme.summary_en or "",
        "website": programme.website,
        "status": programme.status,
        "kind_label": str(programme.get_kind_display()),
        "stage_label": str(programme.get_stage_display()),
        "parent_name": _published_name(programme.parent),
        "host_name": _published_name(programme.host),
        "province_name": province_name(programme.province),
        "province_names": names(programme.provinces),
        "theme_names": names(programme.themes),
        "sdg_names": sdg_names(programme.sdgs),
    }


PROGRAMMES = Dataset(
    "programmes",
    _("Programmes"),
    [
        ("slug", _("Identifier, also the last part of the programme's address")),
        ("kind", _("Kind of programme (a kind slug)")),
        ("name_th", _("Name in Thai")),
        ("name_en", _("Name in English")),
        ("parent", _("Slug of the programme this one is a unit of")),
        ("host", _("Slug of the host organisation")),
        ("province", _("Province where a unit is based (ISO 3166-2:TH code)")),
        ("provinces", _("Provinces covered, separated by ; in CSV")),
        ("nationwide", _("Covers the whole country (1 or 0 in CSV)")),
        ("stage", _("planned, ongoing or completed")),
        ("start_date", _("Start date (YYYY-MM-DD)")),
        ("end_date", _("End date (YYYY-MM-DD)")),
        ("date_precision", DATE_PRECISION_COLUMN),
        ("themes", _("Theme slugs, separated by ; in CSV")),
        ("sdgs", _("SDG numbers, separated by ; in CSV")),
        ("summary_th", _("Short summary in Thai")),
        ("summary_en", _("Short summary in English")),
        ("website", _("Website")),
        ("status", _("Always “published” in open data")),
        ("kind_label", _("Kind of programme, in the page's language")),
        ("stage_label", _("Stage, in the page's language")),
        ("parent_name", _("Name of the programme this one is a unit of, in the page's language")),
        ("host_name", _("Name of the host organisation, in the page's language")),
        ("province_name", _("Province where a unit is based, in the page's language")),
        ("province_names", _("Provinces covered, in the page's language, separated by ; in CSV")),
        ("theme_names", _("Themes, in the page's language, separated by ; in CSV")),
        ("sdg_names", _("SDGs with their numbers, in the page's language, separated by ; in CSV")),
    ],
    published_programmes,
    programme_row,
    types={"nationwide": BOOLEAN, "start_date": DATE, "end_date": DATE},
    updated=latest_update,
)


def public_participations():
    """Participations between a published organisation and a published programme."""
    return (
        Participation.objects.filter(
            organisation__in=Organisation.objects.published(),
            programme__in=Programme.objects.published(),
        )
        .select_related("organisation", "programme")
        .order_by("programme__slug", "role", "organisation__slug")
    )


PARTICIPATIONS = Dataset(
    "participations",
    _("Participations"),
    [
        ("programme", _("Programme slug")),
        ("organisation", _("Organisation slug")),
        ("role", _("lead, co-host, funder, facilitator, host, partner or participant")),
        ("note_th", _("Note in Thai")),
        ("note_en", _("Note in English")),
        ("programme_name", _("Programme, in the page's language")),
        ("organisation_name", _("Organisation, in the page's language")),
        ("role_label", _("Role, in the page's language")),
    ],
    public_participations,
    lambda participation: {
        "programme": participation.programme.slug,
        "organisation": participation.organisation.slug,
        "role": participation.role,
        "note_th": participation.note_th or "",
        "note_en": participation.note_en or "",
        "programme_name": participation.programme.name,
        "organisation_name": participation.organisation.name,
        "role_label": str(participation.get_role_display()),
    },
    # Participations are edited with their programme, whose save marks the change.
    updated=lambda queryset: queryset.order_by().aggregate(latest=Max("programme__updated"))[
        "latest"
    ],
)


def published_events():
    return (
        Event.objects.published()
        .select_related("programme", "province")
        .order_by("start_date", "slug")
    )


EVENTS = Dataset(
    "events",
    _("Events"),
    [
        ("slug", _("Identifier")),
        ("programme", _("Programme slug")),
        ("kind", _("Kind of event")),
        ("title_th", _("Title in Thai")),
        ("title_en", _("Title in English")),
        ("start_date", _("Start date (YYYY-MM-DD)")),
        ("end_date", _("End date (YYYY-MM-DD)")),
        ("date_precision", DATE_PRECISION_COLUMN),
        ("province", _("Province (ISO 3166-2:TH code); empty for an event abroad")),
        ("city_th", _("City abroad, in Thai")),
        ("city_en", _("City abroad, in English")),
        ("country", _("Country (ISO 3166-1 code)")),
        ("participants", _("Number of participants")),
        ("summary_th", _("Summary in Thai")),
        ("summary_en", _("Summary in English")),
        ("kind_label", _("Kind of event, in the page's language")),
        ("programme_name", _("Programme, in the page's language")),
        ("province_name", _("Province, in the page's language")),
    ],
    published_events,
    lambda event: {
        "slug": event.slug,
        "programme": event.programme.slug,
        "kind": event.kind,
        "title_th": event.title_th or "",
        "title_en": event.title_en or "",
        "start_date": event.start_date.isoformat(),
        "end_date": event.end_date.isoformat() if event.end_date else None,
        "date_precision": event.date_precision,
        "province": event.province.code if event.province_id else "",
        "city_th": event.city_th or "",
        "city_en": event.city_en or "",
        "country": event.country,
        "participants": event.participants,
        "summary_th": event.summary_th or "",
        "summary_en": event.summary_en or "",
        "kind_label": str(event.get_kind_display()),
        "programme_name": event.programme.name,
        "province_name": province_name(event.province),
    },
    types={"start_date": DATE, "end_date": DATE, "participants": INTEGER},
)
