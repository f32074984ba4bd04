import simple_history
from modeltranslation.translator import TranslationOptions, register

from listings.search import COLUMNS as SEARCH_COLUMNS
from orgs.history import CuratedHistoricalRecords

from .models import Event, Participation, Programme


@register(Programme)
class ProgrammeTranslationOptions(TranslationOptions):
    fields = ("name", "summary", "description")
    empty_values = "both"


@register(Participation)
class ParticipationTranslationOptions(TranslationOptions):
    fields = ("note",)
    empty_values = "both"


@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "city")
    empty_values = "both"


# After the translation registration (see orgs/translation.py).
simple_history.register(
    Programme,
    m2m_fields=["themes", "sdgs", "provinces"],
    records_class=CuratedHistoricalRecords,
    excluded_fields=SEARCH_COLUMNS,
)
simple_history.register(Participation, records_class=CuratedHistoricalRecords)
simple_history.register(
    Event, records_class=CuratedHistoricalRecords, excluded_fields=SEARCH_COLUMNS
)
