import simple_history
from modeltranslation.translator import TranslationOptions, register

from listings.search import COLUMNS as SEARCH_COLUMNS

from .history import CuratedHistoricalRecords
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


# History is registered here, after the translation fields exist: declaring HistoricalRecords on
# the model would build the history model without name_th/name_en and every save would fail.
simple_history.register(Theme, records_class=CuratedHistoricalRecords)
simple_history.register(
    Organisation,
    m2m_fields=["themes", "sdgs", "area_provinces"],
    records_class=CuratedHistoricalRecords,
    excluded_fields=SEARCH_COLUMNS,
)
