"""schema.org descriptions of public entries, embedded in profiles as JSON-LD.

The text is in the page's language (modeltranslation falls back to the other one when empty);
`alternateName` carries the name in the other language.
"""

from curation.language import other_language
from listings.templatetags.directory import country_name

from .models import Organisation

SCHEMA_CONTEXT = "https://schema.org"

#: schema.org type for each kind; every other kind is a plain Organization.
ORGANISATION_TYPES = {
    Organisation.Kind.UNIVERSITY: "EducationalOrganization",
    Organisation.Kind.FOUNDATION: "NGO",
    Organisation.Kind.ASSOCIATION: "NGO",
}


def alternate_name(entry, field="name"):
    """The name in the other language, when it differs from the one shown."""
    shown = getattr(entry, field)
    other = getattr(entry, f"{field}_{other_language()}")
    return other if other and other != shown else None


def absolute(request, entry):
    return request.build_absolute_uri(entry.get_absolute_url())


def place(province=None, country="TH", locality=None):
    """A schema.org Place for a province of Thailand or a city abroad."""
    address = {"@type": "PostalAddress", "addressCountry": country or "TH"}
    if province is not None:
        address["addressRegion"] = province.name
    if locality:
        address["addressLocality"] = locality
    return {
        "@type": "Place",
        "name": locality or (province.name if province else country),
        "address": address,
    }


def area_served(entry, provinces):
    if entry.nationwide:
        return [{"@type": "Country", "name": country_name("TH")}]
    return [{"@type": "AdministrativeArea", "name": province.name} for province in provinces]


def compact(data):
    """Drop empty values, so the JSON-LD says only what is known."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def organisation_reference(request, organisation):
    return compact(
        {
            "@type": ORGANISATION_TYPES.get(organisation.kind, "Organization"),
            "name": organisation.name,
            "url": absolute(request, organisation),
        }
    )


def organisation_json_ld(request, organisation):
    """schema.org Organization / EducationalOrganization / NGO for an organisation's profile."""
    address = None
    if organisation.province_id or organisation.address:
        address = compact(
            {
                "@type": "PostalAddress",
                "streetAddress": organisation.address,
                "addressRegion": organisation.province.name if organisation.province_id else None,
                "addressCountry": organisation.country,
            }
        )
    parent = organisation.parent
    data = {
        "@context": SCHEMA_CONTEXT,
        "@type": ORGANISATION_TYPES.get(organisation.kind, "Organization"),
        "@id": absolute(request, organisation) + "#organisation",
        "url": absolute(request, organisation),
        "name": organisation.name,
        "alternateName": alternate_name(organisation),
        "description": organisation.summary or None,
        "sameAs": [url for url in [organisation.website, *organisation.social_link_list] if url],
        "foundingDate": str(organisation.founded_year) if organisation.founded_year else None,
        "address": address,
        "areaServed": area_served(organisation, organisation.area_provinces.all()),
        "knowsAbout": [theme.name for theme in organisation.themes.all()],
        "parentOrganization": (
            organisation_reference(request, parent)
            if parent is not None and parent.is_published
            else None
        ),
        "logo": request.build_absolute_uri(organisation.logo.url) if organisation.logo else None,
    }
    if organisation.contact_public:
        data["email"] = organisation.email
        data["telephone"] = organisation.phone
    return compact(data)
