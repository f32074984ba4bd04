"""Dates as the page shows them, from the site's `directory` template helpers (Buddhist Era
years and Thai month names on Thai pages), in one place for the charts to import."""

from django.utils.formats import date_format

from listings.templatetags.directory import daterange, display_year, field_value, longdate

__all__ = ["daterange", "display_year", "field_value", "longdate", "month_label"]


def month_label(day):
    """A tick of a short timeline: ม.ค. 2567 on Thai pages, Jan 2024 on English ones."""
    return f"{date_format(day, 'M')} {display_year(day.year)}"
