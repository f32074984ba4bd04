from django.contrib import admin
from django.db import models
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from .models import SDG, Organisation, Province, Region, Theme

#: Web addresses typed without a scheme are taken as https (Django 6.0's default).
URL_FIELDS_HTTPS = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Region)
class RegionAdmin(TabbedTranslationAdmin):
    list_display = ("name", "slug", "province_count", "order")
    search_fields = ("name_th", "name_en", "slug")
    prepopulated_fields = {"slug": ("name_en",)}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_province_count=Count("provinces"))

    @admin.display(description=_("provinces"), ordering="_province_count")
    def province_count(self, obj):
        return obj._province_count


@admin.register(Province)
class ProvinceAdmin(TabbedTranslationAdmin):
    list_display = ("name", "code", "abbreviation", "region")
    list_filter = ("region",)
    search_fields = ("name_th", "name_en", "code", "abbreviation")
    list_select_related = ("region",)


@admin.register(Theme)
class ThemeAdmin(TabbedTranslationAdmin):
    list_display = ("name", "slug", "order")
    search_fields = ("name_th", "name_en", "slug")
    prepopulated_fields = {"slug": ("name_en",)}


@admin.register(SDG)
class SDGAdmin(TabbedTranslationAdmin):
    list_display = ("number", "name")
    search_fields = ("name_th", "name_en")


@admin.register(Organisation)
class OrganisationAdmin(TabbedTranslationAdmin):
    formfield_overrides = URL_FIELDS_HTTPS
    list_display = ("name", "kind", "province", "status", "is_consortium_member", "updated")
    list_filter = (
        "status",
        "kind",
        "is_consortium_member",
        "osep_registered",
        "province__region",
        "themes",
    )
    search_fields = ("name_th", "name_en", "short_name_th", "short_name_en", "slug", "website")
    list_select_related = ("province",)
    prepopulated_fields = {"slug": ("name_en",)}
    autocomplete_fields = ("parent", "province", "area_provinces")
    filter_horizontal = ("themes", "sdgs")
    date_hierarchy = "updated"
    fieldsets = (
        (
            None,
            {"fields": ("name", "short_name", "slug", "kind", "parent", "status", "last_verified")},
        ),
        (_("Description"), {"fields": ("summary", "description")}),
        (
            _("Consortium and registration"),
            {
                "fields": (
                    "is_consortium_member",
                    "consortium_joined",
                    "osep_registered",
                    "founded_year",
                )
            },
        ),
        (_("Contact"), {"fields": ("website", "email", "phone", "social_links", "logo")}),
        (
            _("Location and reach"),
            {
                "fields": (
                    "address",
                    "province",
                    "country",
                    ("latitude", "longitude"),
                    "nationwide",
                    "area_provinces",
                )
            },
        ),
        (_("Themes and goals"), {"fields": ("themes", "sdgs")}),
        (_("Sources"), {"fields": ("sources",)}),
    )
