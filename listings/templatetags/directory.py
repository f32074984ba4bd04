"""Template helpers for a bilingual page: Buddhist Era dates on Thai pages, `lang` on fallbacks."""

import datetime

from django import template
from django.urls import translate_url
from django.utils.formats import date_format
from django.utils.html import format_html, linebreaks
from django.utils.safestring import mark_safe

from curation.language import current_language as _lang
from curation.language import other_language

register = template.Library()

BE_OFFSET = 543


def display_year(year, lang=None):
    """A CE year as the page shows it: Buddhist Era on Thai pages (2019 → 2562)."""
    if year is None or year == "":
        return ""
    year = int(year)
    return str(year + BE_OFFSET) if (lang or _lang()) == "th" else str(year)


@register.filter
def year(value):
    """`{{ organisation.founded_year|year }}` → 2562 on Thai pages, 2019 on English ones."""
    if isinstance(value, datetime.date):
        value = value.year
    return display_year(value)


@register.filter
def longdate(value):
    """A date with the month spelled out and the page's era: 18 ตุลาคม 2562 / 18 October 2019."""
    if not isinstance(value, datetime.date):
        return ""
    return f"{date_format(value, 'j F')} {display_year(value.year)}"


def monthyear(value):
    """A month and the page's era: เมษายน 2562 / April 2019."""
    return f"{date_format(value, 'F')} {display_year(value.year)}"


@register.simple_tag
def daterange(start, end=None, precision="day"):
    """18–20 ตุลาคม 2562; 30 มิถุนายน – 2 กรกฎาคม 2562; dates known only to the month or year
    (`precision`, the `date_precision` of events and programmes) as เมษายน 2562, 2562–2564."""
    if not start:
        return ""
    if precision == "year":
        if not end or end.year == start.year:
            return display_year(start.year)
        return f"{display_year(start.year)}–{display_year(end.year)}"
    if precision == "month":
        if not end or (end.year, end.month) == (start.year, start.month):
            return monthyear(start)
        if start.year == end.year:
            return f"{date_format(start, 'F')} – {monthyear(end)}"
        return f"{monthyear(start)} – {monthyear(end)}"
    if not end or end == start:
        return longdate(start)
    if start.year == end.year and start.month == end.month:
        return f"{start.day}–{end.day} {date_format(end, 'F')} {display_year(end.year)}"
    if start.year == end.year:
        return f"{date_format(start, 'j F')} – {date_format(end, 'j F')} {display_year(end.year)}"
    return f"{longdate(start)} – {longdate(end)}"


@register.filter
def machine_date(value, precision="day"):
    """A date as much as it is known, for `<time datetime>` and JSON-LD: 2019-04-01, 2019-04,
    2019."""
    if not isinstance(value, datetime.date):
        return ""
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def field_value(obj, field):
    """The text of a translated field and the language it is actually in.

    modeltranslation already falls back to the other language when the page's one is empty;
    this also reports which language the visitor is reading, for the `lang` attribute.
    """
    lang = _lang()
    for candidate in (lang, other_language(lang)):
        value = getattr(obj, f"{field}_{candidate}", None)
        if value:
            return value, candidate
    return "", lang


@register.simple_tag
def tr(obj, field):
    """A translated field, marked with `lang` when it falls back to the other language."""
    value, lang = field_value(obj, field)
    if lang != _lang():
        return format_html('<span lang="{}">{}</span>', lang, value)
    return value


@register.simple_tag
def tr_block(obj, field):
    """A translated long text as paragraphs, with `lang` on the block when it falls back."""
    value, lang = field_value(obj, field)
    if not value:
        return ""
    paragraphs = mark_safe(linebreaks(value, autoescape=True))  # escaped by linebreaks
    if lang != _lang():
        return format_html('<div lang="{}">{}</div>', lang, paragraphs)
    return paragraphs


@register.filter
def country_name(code):
    """An ISO 3166-1 country code as the country's name in the page's language (CLDR)."""
    from babel import Locale

    if not code:
        return ""
    return Locale(_lang()).territories.get(str(code).upper(), code)


@register.simple_tag(takes_context=True)
def switch_language_url(context, lang):
    """The same page, with the same query string, in the other language."""
    request = context.get("request")
    if request is None:
        return f"/{lang}/"
    return translate_url(request.get_full_path(), lang)
