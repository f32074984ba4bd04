"""Buddhist Era (พ.ศ.) in the Thai admin: dates shown, typed and drilled into in the Thai year.

The database and the English pages keep the Common Era; only what a curator reads and types on
a Thai admin page is in the Buddhist Era (CE + 543):

- Dates and date-times the admin formats (lists, history, diffs, date drill-downs): Django's
  date formats for Thai ("j F Y") print the year with the "Y" code; while a Thai admin page is
  rendered (`in_thai_admin`, set by `CuratorsAdminSite.admin_view`), "Y" prints the Buddhist
  Era year. Public pages and machine-readable formats ("c", ISO dates) are never affected.
- Date inputs (`EraDateField`, `EraDateInput`) show 01/11/2569 on Thai pages and read a
  four-digit year from 2400 on as Buddhist Era, any other as CE, on every page.
- Years (`EraYearField`): 2562 is stored as 2019; 2019 stays 2019.
"""

import contextlib
import datetime
import re
from contextvars import ContextVar

from django import forms
from django.contrib.admin.widgets import AdminDateWidget
from django.utils import dateformat
from django.utils.formats import get_format
from django.utils.translation import gettext_lazy as _

from .language import current_language

#: Years from here on are read as Buddhist Era (2400 BE is 1857 CE).
FIRST_BE_YEAR = 2400
BE_OFFSET = 543

_thai_admin = ContextVar("thai_admin", default=False)


@contextlib.contextmanager
def in_thai_admin():
    """Within: a Thai admin page is being rendered (the "Y" date code gives the BE year)."""
    token = _thai_admin.set(True)
    try:
        yield
    finally:
        _thai_admin.reset(token)


def era_active():
    return _thai_admin.get() and current_language() == "th"


def to_ce(year):
    """A year typed in either era, as CE: 2562 → 2019; 2019 → 2019."""
    return year - BE_OFFSET if year >= FIRST_BE_YEAR else year


def display_year(year):
    """A CE year as a Thai admin page shows it (BE), else unchanged."""
    return year + BE_OFFSET if era_active() else year


class EraDateFormat(dateformat.DateFormat):
    """Django's date formatting, with "Y" (and "y") in the Buddhist Era on Thai admin pages."""

    def Y(self):  # noqa: N802 (Django's name for the format code)
        return f"{display_year(self.data.year):04d}"

    def y(self):
        return f"{display_year(self.data.year) % 100:02d}"


def install():
    """Make Django's date formatting use `EraDateFormat` (called once, from AppConfig.ready)."""
    dateformat.DateFormat = EraDateFormat


def year_title(title):
    """A date drill-down link that is a bare year ("2026") as the page shows years."""
    text = str(title)
    return str(display_year(int(text))) if text.isdigit() and len(text) == 4 else title


_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def date_text_to_ce(text):
    """A typed date with its four-digit year in CE: "01/11/2569" → "01/11/2026"."""
    return _YEAR.sub(lambda m: str(to_ce(int(m[1]))), text)


class EraDateInput(AdminDateWidget):
    """The admin's date input (with its calendar), showing the year in BE on Thai pages."""

    class Media:
        js = ["js/admin-buddhist-era.js"]

    def format_value(self, value):
        if isinstance(value, datetime.date) and current_language() == "th":
            fmt = self.format or get_format(self.format_key)[0]
            return value.strftime(fmt.replace("%Y", str(value.year + BE_OFFSET)))
        return super().format_value(value)


class EraDateField(forms.DateField):
    """A date typed with a BE year (from 2400) or a CE one; the value is a CE date."""

    widget = EraDateInput

    def to_python(self, value):
        if isinstance(value, str):
            value = date_text_to_ce(value.strip())
        return super().to_python(value)


class EraYearInput(forms.TextInput):
    """A year as the page's era (BE on Thai pages); text, so the browser sets no CE maximum."""

    def __init__(self, attrs=None):
        super().__init__({"inputmode": "numeric", "size": 6, **(attrs or {})})

    def format_value(self, value):
        if isinstance(value, int) and current_language() == "th":
            value += BE_OFFSET
        return super().format_value(value)


class EraYearField(forms.IntegerField):
    """A year typed in either era (2562 or 2019), stored as CE (2019)."""

    widget = EraYearInput
    default_error_messages = {"invalid": _("Enter a year, e.g. 2562 (BE) or 2019 (CE).")}

    def to_python(self, value):
        value = super().to_python(value)
        return None if value is None else to_ce(value)


DATE_HELP = _(
    "Day/month/year. On Thai pages type the year in the Buddhist Era (BE), e.g. 01/11/2569; "
    "a year before 2400 is read as CE."
)
YEAR_HELP = _(
    "Type the year in either era: a year from 2400 on is read as Buddhist Era (BE), e.g. "
    "2562 is saved as 2019 CE."
)
