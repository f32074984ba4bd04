"""The page language, and names sorted in that language's own order.

Every part of the site that needs "the language of this request" asks `current_language()`;
lists sort by `name_sort_key()`, which gives Thai dictionary order on PostgreSQL.
"""

import re

from django.conf import settings
from django.db import connection
from django.db.models import F, Value
from django.db.models.functions import Coalesce, Collate, Lower, NullIf
from django.utils.translation import get_language

#: The languages every text exists in; the first is the default.
LANGUAGES = ("th", "en")

#: ICU collations PostgreSQL ships; th-x-icu sorts Thai in dictionary order (leading vowels
#: เ แ โ ใ ไ are ordered by the consonant after them).
PG_COLLATIONS = {"th": "th-x-icu", "en": "en-x-icu"}


def current_language():
    """The active language as "th" or "en" (the site's default outside a request)."""
    lang = (get_language() or settings.LANGUAGE_CODE)[:2]
    return lang if lang in LANGUAGES else LANGUAGES[0]


def other_language(lang=None):
    lang = lang or current_language()
    return "en" if lang == "th" else "th"


def localized_name(field="name", lang=None):
    """The field in the active language, falling back to the other one when empty."""
    lang = lang or current_language()
    return Coalesce(
        NullIf(F(f"{field}_{lang}"), Value("")),
        NullIf(F(f"{field}_{other_language(lang)}"), Value("")),
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


#: Thai vowels written before the consonant they follow in speech (เ แ โ ใ ไ).
_LEADING_VOWELS = re.compile("([\u0e40-\u0e44])([\u0e01-\u0e2e])")


def text_sort_key(text, lang=None):
    """A Python sort key for short lists of names (the admin index) in the language's order.

    For Thai, as the dictionary does, a leading vowel is ordered by the consonant after it
    (เกษตร sorts under ก); for the database, `name_sort_key` uses the ICU collation instead.
    """
    text = str(text).casefold()
    if (lang or current_language()) == "th":
        text = _LEADING_VOWELS.sub(r"\2\1", text)
    return text
