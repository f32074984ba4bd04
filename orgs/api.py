"""The read-only JSON API for organisations and reference data (/api/v1/, see docs/partners.md)."""

from django.db.models import Prefetch
from django.urls import reverse
from rest_framework import serializers

from curation.models import published_slug
from listings.api import (
    PageURLField,
    PublicViewSet,
    ReferenceViewSet,
    SlugListField,
    TranslatedField,
    describe_filters,
)

from .filters import OrganisationFilter
from .models import SDG, Organisation, Province, Region, Theme


class RegionSerializer(serializers.ModelSerializer):
    name = TranslatedField()
    provinces = SlugListField(key="code", help_text="ISO 3166-2:TH codes of its provinces.")

    class Meta:
        model = Region
        fields = ["slug", "name", "provinces"]


class ProvinceSerializer(serializers.ModelSerializer):
    name = TranslatedField()
    region = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = Province
        fields = ["code", "dopa_code", "name", "abbreviation", "region"]


class ThemeSerializer(serializers.ModelSerializer):
    name = TranslatedField()
    description = TranslatedField()

    class Meta:
        model = Theme
        fields = ["slug", "name", "description"]


class SDGSerializer(serializers.ModelSerializer):
    name = TranslatedField()

    class Meta:
        model = SDG
        fields = ["number", "name"]


class OrganisationSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField(help_text="This entry in the API.")
    html_url = PageURLField(help_text="The public profile.")
    name = TranslatedField()
    short_name = TranslatedField()
    summary = TranslatedField()
    description = TranslatedField()
    address = TranslatedField()
    parent = serializers.SerializerMethodField(help_text="Slug of the parent organisation.")
    province = serializers.SerializerMethodField(help_text="ISO 3166-2:TH code.")
    region = serializers.SerializerMethodField(help_text="Region slug.")
    founded = serializers.IntegerField(source="founded_year", read_only=True, allow_null=True)
    consortium_member = serializers.BooleanField(source="is_consortium_member", read_only=True)
    email = serializers.SerializerMethodField(help_text="Only when the organisation publishes it.")
    phone = serializers.SerializerMethodField(help_text="Only when the organisation publishes it.")
    social_links = serializers.ListField(
        source="social_link_list", child=serializers.URLField(), read_only=True
    )
    sources = serializers.ListField(
        source="source_list", child=serializers.URLField(), read_only=True
    )
    area_provinces = SlugListField(key="code")
    themes = SlugListField()
    sdgs = SlugListField(key="number", child=serializers.IntegerField())
    latitude = serializers.FloatField(read_only=True, allow_null=True)
    longitude = serializers.FloatField(read_only=True, allow_null=True)

    class Meta:
        model = Organisation
        fields = [
            "slug",
            "url",
            "html_url",
            "name",
            "short_name",
            "kind",
            "summary",
            "description",
            "parent",
            "consortium_member",
            "consortium_joined",
            "osep_registered",
            "founded",
            "website",
            "email",
            "phone",
            "social_links",
            "address",
            "province",
            "region",
            "country",
            "latitude",
            "longitude",
            "nationwide",
            "area_provinces",
            "themes",
            "sdgs",
            "last_verified",
            "sources",
            "updated",
        ]

    def get_url(self, organisation) -> str:
        path = reverse("api:organisation-detail", kwargs={"slug": organisation.slug})
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path

    def get_parent(self, organisation) -> str | None:
        return published_slug(organisation.parent)

    def get_province(self, organisation) -> str | None:
        return organisation.province.code if organisation.province_id else None

    def get_region(self, organisation) -> str | None:
        return organisation.province.region.slug if organisation.province_id else None

    def get_email(self, organisation) -> str:
        return organisation.email if organisation.contact_public else ""

    def get_phone(self, organisation) -> str:
        return organisation.phone if organisation.contact_public else ""


class RegionViewSet(ReferenceViewSet):
    """The six regions (National Geographic Committee, 1977), with their provinces."""

    queryset = Region.objects.prefetch_related(
        Prefetch("provinces", queryset=Province.objects.order_by("dopa_code"))
    )
    serializer_class = RegionSerializer
    lookup_field = "slug"


class ProvinceViewSet(ReferenceViewSet):
    """The 77 provinces, keyed by ISO 3166-2:TH code (TH-10 … TH-96)."""

    queryset = Province.objects.select_related("region")
    serializer_class = ProvinceSerializer
    lookup_field = "code"
    lookup_value_regex = r"[A-Za-z]{2}-[0-9]{1,3}"


class ThemeViewSet(ReferenceViewSet):
    """Social-innovation themes."""

    queryset = Theme.objects.all()
    serializer_class = ThemeSerializer
    lookup_field = "slug"


class SDGViewSet(ReferenceViewSet):
    """The 17 Sustainable Development Goals."""

    queryset = SDG.objects.all()
    serializer_class = SDGSerializer
    lookup_field = "number"
    lookup_value_regex = r"[0-9]{1,2}"


class OrganisationViewSet(PublicViewSet):
    """Published organisations, filtered with the same parameters as /<lang>/organisations/."""

    serializer_class = OrganisationSerializer
    filterset_class = describe_filters(OrganisationFilter)
    lookup_field = "slug"

    def get_queryset(self):
        return (
            Organisation.objects.published()
            .select_related("province__region", "parent")
            .prefetch_related("themes", "sdgs", "area_provinces")
        )
