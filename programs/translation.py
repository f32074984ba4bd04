"""Which fields exist in Thai and English (django-modeltranslation reads this module)."""

from modeltranslation.translator import TranslationOptions, register

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


# The history models copy the model's columns, so they are built once the language columns
# exist: right after the registrations above.
from . import history  # noqa: E402, F401
