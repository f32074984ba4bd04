"""What every part of the read-only JSON API shares (/api/v1/, see docs/partners.md).

Published data only; the same FilterSets as the pages (DjangoFilterBackend answers 400 with a
JSON body for malformed values); text in both languages (`{"th": …, "en": …}`) unless `?lang=`
asks for one, which then falls back to the other language when a text is missing there.
"""

import re

import django_filters
from django.conf import settings
from django.core.paginator import Paginator
from django.utils import translation
from django.utils.formats import number_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from drf_spectacular.drainage import set_override
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema_field
from rest_framework import serializers, viewsets
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination, PageNumberPagination

from curation.language import LANGUAGES, other_language

from .filters import YearFilter
from .views import CachedCountPaginator

#: Lookup patterns: only well-formed keys reach the database (no NUL bytes, no huge numbers).
SLUG_PATTERN = r"[-a-zA-Z0-9_]+"

LANG_PARAMETER = OpenApiParameter(
    "lang",
    OpenApiTypes.STR,
    OpenApiParameter.QUERY,
    enum=list(LANGUAGES),
    description=(
        "Give every text in one language (falling back to the other when missing there) "
        "instead of both; also the language of error messages."
    ),
)

BILINGUAL_TEXT = {
    "oneOf": [
        {
            "type": "object",
            "properties": {"th": {"type": "string"}, "en": {"type": "string"}},
            "required": ["th", "en"],
            "description": "Without `lang`: the text in Thai and in English (empty if missing).",
        },
        {"type": "string", "description": "With `lang`: the text in that language."},
    ]
}


def requested_language(request):
    """The validated `?lang=`, or None (both languages). Malformed values are a 400."""
    if request is None:
        return None
    lang = request.query_params.get("lang")
    if lang is None:
        return None
    if lang not in LANGUAGES:  # an empty `lang=` too: the schema's enum has no empty value
        raise ValidationError({"lang": [_("Choose th or en.")]})
    return lang


#: OpenAPI types of the filter parameters over reference data (natural keys, repeatable).
#: The apps that own the reference data add each key's `enum` (a public contract) to these
#: dicts (orgs/api.py); the schema reads them when it is generated.
REFERENCE_FILTER_SCHEMAS = {
    "region": {
        "type": "string",
        "description": "Region slug, e.g. northern. Repeat for OR.",
    },
    "province": {
        "type": "string",
        "description": "Province ISO 3166-2:TH code, e.g. TH-50. Repeat for OR.",
    },
    "theme": {
        "type": "string",
        "description": "Theme slug, e.g. sustainable-agriculture. Repeat for OR.",
    },
    "sdg": {
        "type": "integer",
        "minimum": 1,
        "maximum": 17,
        "description": "SDG number, 1 to 17. Repeat for OR.",
    },
}

#: The error bodies every operation may answer with (documented for partners and schemathesis).
ERROR_RESPONSES = {
    "400": {
        "description": "A malformed parameter: one list of messages per parameter name, in the "
        "language of `lang`.",
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "additionalProperties": {"type": "array", "items": {"type": "string"}},
                }
            }
        },
    },
    "404": {
        "description": "No such published entry, a page past the last one or past the depth "
        "that `page` reaches, or a cursor that is not valid.",
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {"detail": {"type": "string"}},
                    "required": ["detail"],
                }
            }
        },
    },
}


#: `q`: what listings.search.validate_query accepts (no control characters, no U+FFFD).
QUERY_SCHEMA = {
    "type": "string",
    "maxLength": 100,
    "pattern": "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\ufffd]*$",
    "description": "Words to search for in names, short names and descriptions (all must match).",
}


def describe_filters(filterset_class):
    """Give the schema the types of filters it cannot infer (natural keys across relations),
    and the empty value that single-choice filters accept (no filter, as in the pages' forms)."""
    if "q" in filterset_class.base_filters:
        set_override(filterset_class.base_filters["q"], "field", QUERY_SCHEMA)
    for name, schema in REFERENCE_FILTER_SCHEMAS.items():
        if name in filterset_class.base_filters:
            set_override(filterset_class.base_filters[name], "field", schema)
    for name, field in filterset_class.base_filters.items():
        if isinstance(field, YearFilter):
            schema = {"type": "integer", "minimum": field.extra["min_value"]}
            set_override(field, "field", {**schema, "maximum": field.extra["max_value"]})
        if name not in REFERENCE_FILTER_SCHEMAS and isinstance(field, django_filters.ChoiceFilter):
            choices = [str(value) for value, _label in field.extra["choices"]]
            set_override(field, "field", {"type": "string", "enum": [*choices, ""]})
    return filterset_class


# --- Fields -------------------------------------------------------------------------------------


@extend_schema_field(BILINGUAL_TEXT)
class TranslatedField(serializers.Field):
    """A modeltranslation field: both languages, or one with fallback when `lang` is given."""

    def __init__(self, name=None, **kwargs):
        self.translated_name = name
        kwargs.update(source="*", read_only=True)
        super().__init__(**kwargs)

    def to_representation(self, instance):
        name = self.translated_name or self.field_name
        values = {code: getattr(instance, f"{name}_{code}", None) or "" for code in LANGUAGES}
        lang = self.context.get("lang")
        if lang:
            return values[lang] or values[other_language(lang)]
        return values


@extend_schema_field(BILINGUAL_TEXT)
class PageURLField(serializers.Field):
    """The entry's public page, in both languages (or in `lang`)."""

    def __init__(self, **kwargs):
        kwargs.update(source="*", read_only=True)
        super().__init__(**kwargs)

    def to_representation(self, instance):
        request = self.context.get("request")

        def url(code):
            with translation.override(code):
                path = instance.get_absolute_url()
            return request.build_absolute_uri(path) if request else path

        lang = self.context.get("lang")
        if lang:
            return url(lang)
        return {code: url(code) for code in LANGUAGES}


class SlugListField(serializers.ListField):
    """The natural keys (slug, code, number) of a prefetched many-to-many relation."""

    def __init__(self, key="slug", **kwargs):
        self.key = key
        kwargs.setdefault("child", serializers.CharField())
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, data):
        return [getattr(item, self.key) for item in data.all()]


# --- Serializers --------------------------------------------------------------------------------


# --- Views --------------------------------------------------------------------------------------


#: The largest `page` and `page_size` accepted as numbers (9 digits; longer ones are a 400).
MAX_PAGE_NUMBER = 999_999_999
#: The longest cursor position accepted (a slug is at most 120 characters).
MAX_CURSOR_POSITION = 200
CURSOR_TEXT = re.compile(r"[A-Za-z0-9+/]{0,400}={0,2}\Z")


class CountedPaginator(CachedCountPaginator):
    """The page-number paginator of the API: the lists' cached count, without their depth cap
    (the API refuses deep pages with a message that points to `cursor`)."""

    @cached_property
    def num_pages(self):
        return Paginator.num_pages.func(self)


class Cursor(CursorPagination):
    """Keyset pages in slug order for walking the whole list: no count, no OFFSET, the same
    speed on the last page as on the first. A malformed cursor points nowhere: a 404 that says
    how to start again."""

    ordering = ("slug",)
    page_size_query_param = "page_size"

    def __init__(self, page_size):
        self.page_size = page_size

    def decode_cursor(self, request):
        encoded = request.query_params.get(self.cursor_query_param, "")
        try:
            # Only what encode_cursor writes: base64 of a short query string.
            cursor = super().decode_cursor(request) if CURSOR_TEXT.match(encoded) else False
        except NotFound:
            cursor = False
        if cursor is False or (
            cursor
            and cursor.position is not None
            and (len(cursor.position) > MAX_CURSOR_POSITION or "\x00" in cursor.position)
        ):
            raise NotFound(_("This cursor is not valid: start again with cursor= (empty)."))
        return cursor

    def get_page_size(self, request):
        return self.page_size


class Pagination(PageNumberPagination):
    """`page` (1, 2, …) and `page_size` (up to API_MAX_PAGE_SIZE); malformed values are a 400.

    Pages go as deep as LIST_MAX_DEPTH entries (a page past that is a 404 that says so); past
    that, and for walking the whole list, `cursor` gives keyset pages in slug order (`cursor=`
    to start, then each response's `next`; `page` is then ignored), with `count` null."""

    page_size_query_param = "page_size"
    django_paginator_class = CountedPaginator
    cursor_query_param = "cursor"

    @property
    def page_size(self):
        return settings.PAGE_SIZE

    @property
    def max_page_size(self):
        return settings.API_MAX_PAGE_SIZE

    @staticmethod
    def _positive_int(request, name):
        value = request.query_params.get(name)
        if value is None:
            return None
        # The length first: int() of more than 4,300 digits raises (Python's limit on
        # conversions), which would be a 500.
        if not (value.isascii() and value.isdigit()) or len(value) > 9 or int(value) < 1:
            raise ValidationError({name: [_("Give a whole number, 1 or more.")]})
        return int(value)

    def get_page_size(self, request):
        size = self._positive_int(request, self.page_size_query_param)
        if size is None:
            return self.page_size
        return min(size, self.max_page_size)

    def paginate_queryset(self, queryset, request, view=None):
        self.keyset = None
        number = self._positive_int(request, self.page_query_param)
        if self.cursor_query_param in request.query_params:  # `page` is then ignored
            self.keyset = Cursor(self.get_page_size(request))
            return self.keyset.paginate_queryset(queryset, request, view)
        depth = settings.LIST_MAX_DEPTH
        if number and (number - 1) * self.get_page_size(request) >= depth:
            message = _(
                "Pages go as deep as the first %(depth)s entries. Walk further with cursor "
                "(start with cursor= and follow next), or narrow the filters."
            ) % {"depth": number_format(depth, force_grouping=True)}
            raise NotFound(message)
        return super().paginate_queryset(queryset, request, view)

    def get_paginated_response(self, data):
        if self.keyset is None:
            return super().get_paginated_response(data)
        response = self.keyset.get_paginated_response(data)
        response.data = {"count": None, **response.data}
        return response

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] in (self.page_query_param, self.page_size_query_param):
                parameter["schema"].update(minimum=1, maximum=MAX_PAGE_NUMBER)
        parameters.append(
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": (
                    "Keyset pages in slug order, for walking the whole list: give it empty to "
                    "start, then follow `next`. `page` is then ignored and `count` is null."
                ),
                "schema": {"type": "string", "maxLength": 400},
            }
        )
        return parameters

    def get_paginated_response_schema(self, schema):
        response = super().get_paginated_response_schema(schema)
        response["properties"]["count"]["nullable"] = True
        response["required"] = ["count", "next", "previous", "results"]
        return response


class APISchema(AutoSchema):
    """Every operation takes `lang` and may answer 400 (malformed parameters) or 404."""

    def get_override_parameters(self):
        return [LANG_PARAMETER, *super().get_override_parameters()]

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if direction == "response":
            for code, response in ERROR_RESPONSES.items():
                responses.setdefault(code, response)
        return responses


class PublicViewSet(viewsets.ReadOnlyModelViewSet):
    """Read-only, anyone may read; `?lang=` picks one language for texts and error messages."""

    schema = APISchema()
    pagination_class = Pagination
    lookup_value_regex = SLUG_PATTERN

    def initial(self, request, *args, **kwargs):
        lang = requested_language(request)
        if lang:
            translation.activate(lang)
            request.LANGUAGE_CODE = lang
        super().initial(request, *args, **kwargs)

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["lang"] = requested_language(self.request)
        return context


class ReferenceViewSet(PublicViewSet):
    """Reference data is small: one page with everything."""

    pagination_class = None
