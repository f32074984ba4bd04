from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from orgs.admin import URL_FIELDS_HTTPS

from .models import Event, Participation, Programme


class ParticipationInline(TranslationTabularInline):
    model = Participation
    extra = 1
    autocomplete_fields = ("organisation",)


@admin.register(Programme)
class ProgrammeAdmin(TabbedTranslationAdmin):
    formfield_overrides = URL_FIELDS_HTTPS
    list_display = ("name", "kind", "parent", "host", "stage", "status", "updated")
    list_filter = ("status", "stage", "kind", "themes")
    search_fields = ("name_th", "name_en", "slug")
    list_select_related = ("parent", "host")
    prepopulated_fields = {"slug": ("name_en",)}
    autocomplete_fields = ("parent", "host", "province", "provinces")
    filter_horizontal = ("themes", "sdgs")
    inlines = [ParticipationInline]
    fieldsets = (
        (None, {"fields": ("name", "slug", "kind", "parent", "host", "status", "last_verified")}),
        (_("Description"), {"fields": ("summary", "description", "website")}),
        (_("Dates"), {"fields": ("stage", ("start_date", "end_date"))}),
        (_("Location and reach"), {"fields": ("province", "nationwide", "provinces")}),
        (_("Themes and goals"), {"fields": ("themes", "sdgs")}),
        (_("Sources"), {"fields": ("sources",)}),
    )


@admin.register(Event)
class EventAdmin(TabbedTranslationAdmin):
    list_display = ("title", "programme", "kind", "start_date", "province", "participants")
    list_filter = ("kind", "programme")
    search_fields = ("title_th", "title_en", "slug")
    list_select_related = ("programme", "province")
    autocomplete_fields = ("programme", "province")
    prepopulated_fields = {"slug": ("title_en",)}
    date_hierarchy = "start_date"


@admin.register(Participation)
class ParticipationAdmin(TabbedTranslationAdmin):
    list_display = ("organisation", "role", "programme")
    list_filter = ("role",)
    search_fields = (
        "organisation__name_th",
        "organisation__name_en",
        "programme__name_th",
        "programme__name_en",
    )
    autocomplete_fields = ("organisation", "programme")
    list_select_related = ("organisation", "programme")
