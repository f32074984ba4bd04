"""schema.org Project (programme) and Event descriptions, embedded as JSON-LD."""

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


def event_json_ld(request, event, programme):
    return compact(
        {
            "@type": "Event",
            "name": event.title,
            "alternateName": alternate_name(event, "title"),
            "description": event.summary or None,
            "startDate": event.start_date.isoformat(),
            "endDate": event.end_date.isoformat() if event.end_date else None,
            "location": place(event.province, event.country, event.city or None),
            "organizer": {
                "@type": "Project",
                "name": programme.name,
                "url": absolute(request, programme),
            },
            "url": absolute(request, programme) + f"#event-{event.slug}",
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
            "foundingDate": programme.start_date.isoformat() if programme.start_date else None,
            "dissolutionDate": programme.end_date.isoformat() if programme.end_date else None,
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
