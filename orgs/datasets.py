"""Open-data tables of organisations and the reference data (see listings/datasets.py)."""

from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from listings.datasets import INTEGER, Dataset

from .models import SDG, Organisation, Province, Region, Theme


def _slugs(related):
    return [item.slug for item in related.all()]


def _numbers(related):
    return [item.number for item in related.all()]


# Readable columns, in the language active when the file is made (listings/datasets.py).


def names(related):
    return [item.name for item in related.all()]


def sdg_names(related):
    return [f"{sdg.number}. {sdg.name}" for sdg in related.all()]


def province_name(province):
    return province.name if province is not None else ""


def latest_update(queryset):
    return queryset.order_by().aggregate(latest=Max("updated"))["latest"]


#: The readable columns of organisations, after the code columns (docs/partners.md).
READABLE_FIELDS = [
    ("kind_label", _("Kind of organisation, in the page's language")),
    ("province_name", _("Province, in the page's language")),
    ("region", _("Region slug, from the province")),
    ("region_name", _("Region, in the page's language")),
    ("theme_names", _("Themes, in the page's language, separated by ; in CSV")),
    ("sdg_names", _("SDGs with their numbers, in the page's language, separated by ; in CSV")),
]


# --- Organisations: the spreadsheet columns of docs/import.md -----------------------------------


def published_organisations():
    return (
        Organisation.objects.published()
        .select_related("province__region")
        .prefetch_related("themes", "sdgs")
        .order_by("slug")
    )


def organisation_row(organisation):
    public = organisation.contact_public
    return {
        "slug": organisation.slug,
        "kind": organisation.kind,
        "name_th": organisation.name_th or "",
        "name_en": organisation.name_en or "",
        "province": organisation.province.code if organisation.province_id else "",
        "themes": _slugs(organisation.themes),
        "sdgs": _numbers(organisation.sdgs),
        "summary_th": organisation.summary_th or "",
        "summary_en": organisation.summary_en or "",
        "website": organisation.website,
        "email": organisation.email if public else "",
        "phone": organisation.phone if public else "",
        "founded": organisation.founded_year,
        "status": organisation.status,
        "kind_label": str(organisation.get_kind_display()),
        "province_name": province_name(organisation.province),
        "region": organisation.province.region.slug if organisation.province_id else "",
        "region_name": organisation.province.region.name if organisation.province_id else "",
        "theme_names": names(organisation.themes),
        "sdg_names": sdg_names(organisation.sdgs),
    }


ORGANISATIONS = Dataset(
    "organisations",
    _("Organisations"),
    [
        ("slug", _("Identifier, also the last part of the profile's address")),
        ("kind", _("Kind of organisation (a kind slug)")),
        ("name_th", _("Name in Thai")),
        ("name_en", _("Name in English")),
        ("province", _("Province where it is based (ISO 3166-2:TH code); empty when abroad")),
        ("themes", _("Theme slugs, separated by ; in CSV")),
        ("sdgs", _("SDG numbers, separated by ; in CSV")),
        ("summary_th", _("Short summary in Thai")),
        ("summary_en", _("Short summary in English")),
        ("website", _("Website")),
        ("email", _("Email, only when the organisation publishes it")),
        ("phone", _("Phone, only when the organisation publishes it")),
        ("founded", _("Year founded (CE)")),
        ("status", _("Always “published” in open data")),
        *READABLE_FIELDS,
    ],
    published_organisations,
    organisation_row,
    types={"founded": INTEGER},
    updated=latest_update,
)

#: Columns of an organisation download that only repeat codes in words: an import ignores them.
READABLE_COLUMNS = [name for name, _description in READABLE_FIELDS]


# --- Reference data -----------------------------------------------------------------------------

REGIONS = Dataset(
    "regions",
    _("Regions"),
    [
        ("slug", _("Identifier")),
        ("name_th", _("Name in Thai")),
        ("name_en", _("Name in English")),
    ],
    lambda: Region.objects.all(),
    lambda region: {"slug": region.slug, "name_th": region.name_th, "name_en": region.name_en},
)

PROVINCES = Dataset(
    "provinces",
    _("Provinces"),
    [
        ("code", _("ISO 3166-2:TH code")),
        ("dopa_code", _("Code of the Department of Provincial Administration")),
        ("name_th", _("Name in Thai")),
        ("name_en", _("Name in English")),
        ("abbreviation", _("English abbreviation")),
        ("region", _("Region slug")),
    ],
    lambda: Province.objects.select_related("region"),
    lambda province: {
        "code": province.code,
        "dopa_code": province.dopa_code,
        "name_th": province.name_th,
        "name_en": province.name_en,
        "abbreviation": province.abbreviation,
        "region": province.region.slug,
    },
    types={"dopa_code": INTEGER},
)

THEMES = Dataset(
    "themes",
    _("Themes"),
    [
        ("slug", _("Identifier")),
        ("name_th", _("Name in Thai")),
        ("name_en", _("Name in English")),
        ("description_th", _("Description in Thai")),
        ("description_en", _("Description in English")),
    ],
    lambda: Theme.objects.all(),
    lambda theme: {
        "slug": theme.slug,
        "name_th": theme.name_th,
        "name_en": theme.name_en,
        "description_th": theme.description_th or "",
        "description_en": theme.description_en or "",
    },
)

SDGS = Dataset(
    "sdgs",
    _("Sustainable Development Goals"),
    [
        ("number", _("Goal number (1–17)")),
        ("name_th", _("Short name in Thai")),
        ("name_en", _("Short name in English")),
    ],
    lambda: SDG.objects.all(),
    lambda sdg: {"number": sdg.number, "name_th": sdg.name_th, "name_en": sdg.name_en},
    types={"number": INTEGER},
)

REFERENCE_DATASETS = [REGIONS, PROVINCES, THEMES, SDGS]
