"""Query helpers shared by organisations and programmes."""

from django.db import connection
from django.db.models import F, Value
from django.db.models.functions import Coalesce, Collate, Lower, NullIf
from django.utils.translation import get_language

#: ICU collations PostgreSQL ships; th-x-icu sorts Thai in dictionary order (leading vowels
#: เ แ โ ใ ไ are ordered by the consonant after them).
PG_COLLATIONS = {"th": "th-x-icu", "en": "en-x-icu"}


def current_language():
    lang = (get_language() or "th")[:2]
    return lang if lang in ("th", "en") else "th"


def localized_name(field="name", lang=None):
    """The field in the active language, falling back to the other one when empty."""
    lang = lang or current_language()
    other = "en" if lang == "th" else "th"
    return Coalesce(
        NullIf(F(f"{field}_{lang}"), Value("")), NullIf(F(f"{field}_{other}"), Value(""))
    )


def name_sort_key(field="name", lang=None):
    """An expression that sorts by the localized name in the language's own order.

    On PostgreSQL the ICU collation gives Thai dictionary order; SQLite has no such collation,
    so there the name is only lower-cased (the collation must be applied at query time).
    """
    lang = lang or current_language()
    expression = localized_name(field, lang)
    if connection.vendor == "postgresql":
        return Collate(expression, PG_COLLATIONS[lang])
    return Lower(expression)
