"""Which fields exist in Thai and English (django-modeltranslation reads this module)."""

from modeltranslation.translator import TranslationOptions, register

from .models import SDG, Organisation, Province, Region, Theme


@register(Region)
class RegionTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("th", "en")


@register(Province)
class ProvinceTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("th", "en")


@register(Theme)
class ThemeTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("th", "en")


@register(SDG)
class SDGTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("th", "en")


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ("name", "short_name", "summary", "description", "address")
    empty_values = "both"


# The history models copy the model's columns, so they are built once the language columns
# exist: right after the registrations above.
from . import history  # noqa: E402, F401
