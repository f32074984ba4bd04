"""The read-only JSON API for programmes and events (see listings/api.py)."""

from django.db.models import Prefetch
from django.urls import reverse
from drf_spectacular.drainage import set_override
from rest_framework import serializers

from curation.models import published_slug
from listings.api import (
    PageURLField,
    PublicViewSet,
    SlugListField,
    TranslatedField,
    describe_filters,
)
from orgs.models import Organisation

from .filters import EventFilter, ProgrammeFilter
from .models import Event, Participation, Programme


def api_url(context, name, slug):
    path = reverse(name, kwargs={"slug": slug})
    request = context.get("request")
    return request.build_absolute_uri(path) if request else path


class ParticipationSerializer(serializers.ModelSerializer):
    organisation = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    note = TranslatedField()

    class Meta:
        model = Participation
        fields = ["organisation", "role", "note"]


class ProgrammeSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField(help_text="This entry in the API.")
    html_url = PageURLField(help_text="The public page.")
    name = TranslatedField()
    summary = TranslatedField()
    description = TranslatedField()
    parent = serializers.SerializerMethodField(help_text="Slug of the programme it is a unit of.")
    host = serializers.SerializerMethodField(help_text="Slug of the host organisation.")
    province = serializers.SerializerMethodField(help_text="Where a unit is based (ISO code).")
    provinces = SlugListField(key="code", help_text="Provinces covered (ISO codes).")
    themes = SlugListField()
    sdgs = SlugListField(key="number", child=serializers.IntegerField())
    participations = ParticipationSerializer(
        source="public_participations",
        many=True,
        read_only=True,
        help_text="Published organisations taking part, with their role.",
    )
    sources = serializers.ListField(
        source="source_list", child=serializers.URLField(), read_only=True
    )

    class Meta:
        model = Programme
        fields = [
            "slug",
            "url",
            "html_url",
            "name",
            "kind",
            "stage",
            "summary",
            "description",
            "parent",
            "host",
            "province",
            "provinces",
            "nationwide",
            "start_date",
            "end_date",
            "date_precision",
            "themes",
            "sdgs",
            "website",
            "participations",
            "last_verified",
            "sources",
            "updated",
        ]

    def get_url(self, programme) -> str:
        return api_url(self.context, "api:programme-detail", programme.slug)

    def get_parent(self, programme) -> str | None:
        return published_slug(programme.parent)

    def get_host(self, programme) -> str | None:
        return published_slug(programme.host)

    def get_province(self, programme) -> str | None:
        return programme.province.code if programme.province_id else None


class EventSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField(help_text="This entry in the API.")
    html_url = PageURLField(help_text="The public page.")
    programme = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    title = TranslatedField()
    summary = TranslatedField()
    city = TranslatedField(help_text="For an event abroad.")
    province = serializers.SerializerMethodField(help_text="ISO 3166-2:TH code.")

    class Meta:
        model = Event
        fields = [
            "slug",
            "url",
            "html_url",
            "programme",
            "kind",
            "title",
            "summary",
            "start_date",
            "end_date",
            "date_precision",
            "province",
            "city",
            "country",
            "participants",
        ]

    def get_url(self, event) -> str:
        return api_url(self.context, "api:event-detail", event.slug)

    def get_province(self, event) -> str | None:
        return event.province.code if event.province_id else None


class ProgrammeViewSet(PublicViewSet):
    """Published programmes, filtered with the same parameters as /<lang>/programmes/."""

    serializer_class = ProgrammeSerializer
    filterset_class = describe_filters(ProgrammeFilter)
    lookup_field = "slug"

    def get_queryset(self):
        public_participations = (
            Participation.objects.filter(organisation__in=Organisation.objects.published())
            .select_related("organisation")
            .order_by("role", "organisation__slug")
        )
        return (
            Programme.objects.published()
            .select_related("parent", "host", "province")
            .prefetch_related(
                "provinces",
                "themes",
                "sdgs",
                Prefetch(
                    "participations",
                    queryset=public_participations,
                    to_attr="public_participations",
                ),
            )
        )


describe_filters(EventFilter)
set_override(
    EventFilter.base_filters["year"],
    "field",
    {"type": "integer", "minimum": 1000, "maximum": 9999, "description": "Year the event starts."},
)
set_override(
    EventFilter.base_filters["programme"],
    "field",
    {
        "type": "string",
        "pattern": "^[-a-zA-Z0-9_]{1,120}$",
        "description": "Programme slug: its events and those of its units. Repeat for OR.",
    },
)


class EventViewSet(PublicViewSet):
    """Events of published programmes: upcoming first (soonest first), then past ones (most
    recent first), with the same filters as /<lang>/events/. A date with `date_precision`
    `month` or `year` is stored as the first day of that month or year."""

    serializer_class = EventSerializer
    filterset_class = EventFilter
    lookup_field = "slug"

    def get_queryset(self):
        return Event.objects.published().select_related("programme", "province").by_date()
