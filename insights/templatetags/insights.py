"""`{% overview_query query_string "programmes" %}`: a list's filters for its overview link."""

from urllib.parse import parse_qsl, urlencode

from django import template

register = template.Library()

#: Parameters the insights page does not read: paging, sorting.
DROPPED = {"page", "sort"}
#: Programme-list parameters that mean something else for organisations (kind of programme,
#: units of a programme), so they are not carried over from the programme list.
PROGRAMME_ONLY = {"kind", "programme"}


@register.simple_tag
def overview_query(query_string, list_name=""):
    """ "?…" with the filters the overview reads the same way as the list, or ""."""
    dropped = DROPPED | (PROGRAMME_ONLY if list_name == "programmes" else set())
    pairs = [(k, v) for k, v in parse_qsl(query_string or "") if k not in dropped]
    return f"?{urlencode(pairs)}" if pairs else ""
