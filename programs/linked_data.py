"""schema.org Project (programme) and Event descriptions, embedded as JSON-LD."""

from listings.templatetags.directory import machine_date
from orgs.linked_data import (
    SCHEMA_CONTEXT,
    absolute,
    alternate_name,
    area_served,
    compact,
    organisation_reference,
    place,
)

from .models import Participation


def event_json_ld(request, event, programme, context=False):
    """schema.org Event; on the event's own page (`context`) the top-level object."""
    precision = event.date_precision
    return compact(
        {
            "@context": SCHEMA_CONTEXT if context else None,
            "@type": "Event",
            "name": event.title,
            "alternateName": alternate_name(event, "title"),
            "description": event.summary or None,
            # Only as much as is known: 2019-04 for an event dated to the month (ISO 8601).
            "startDate": machine_date(event.start_date, precision),
            "endDate": machine_date(event.end_date, precision) or None,
            "location": place(event.province, event.country, event.city or None),
            "organizer": {
                "@type": "Project",
                "name": programme.name,
                "url": absolute(request, programme),
            },
            "url": absolute(request, event),
        }
    )


def _distinct_organisations(participations):
    seen = {}
    for participation in participations:
        seen.setdefault(participation.organisation_id, participation.organisation)
    return list(seen.values())


def programme_json_ld(request, programme, participations, events):
    """schema.org Project for a programme page, with its events and the organisations in it."""
    funders = _distinct_organisations(
        p for p in participations if p.role == Participation.Role.FUNDER
    )
    members = _distinct_organisations(
        p for p in participations if p.role != Participation.Role.FUNDER
    )
    parent = programme.parent
    host = programme.host
    return compact(
        {
            "@context": SCHEMA_CONTEXT,
            "@type": "Project",
            "@id": absolute(request, programme) + "#programme",
            "url": absolute(request, programme),
            "name": programme.name,
            "alternateName": alternate_name(programme),
            "description": programme.summary or None,
            "sameAs": [programme.website] if programme.website else [],
            "foundingDate": machine_date(programme.start_date, programme.date_precision) or None,
            "dissolutionDate": machine_date(programme.end_date, programme.date_precision) or None,
            "location": place(programme.province) if programme.province_id else None,
            "areaServed": area_served(programme, programme.provinces.all()),
            "knowsAbout": [theme.name for theme in programme.themes.all()],
            "parentOrganization": (
                {"@type": "Project", "name": parent.name, "url": absolute(request, parent)}
                if parent is not None and parent.is_published
                else None
            ),
            "sponsor": (
                organisation_reference(request, host)
                if host is not None and host.is_published
                else None
            ),
            "funder": [organisation_reference(request, org) for org in funders],
            "member": [organisation_reference(request, org) for org in members],
            "event": [event_json_ld(request, event, programme) for event in events],
        }
    )
