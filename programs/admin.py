from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from curation.admin import (
    URL_FIELDS_HTTPS,
    CuratedEntryAdmin,
    HistoryAdmin,
    MissingTranslationFilter,
    NameOrderMixin,
    StaleFilter,
)
from curation.roles import publish_permission

from .models import Event, Participation, Programme


class ParticipationInline(TranslationTabularInline):
    model = Participation
    extra = 1
    autocomplete_fields = ("organisation",)

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser


@admin.register(Programme)
class ProgrammeAdmin(NameOrderMixin, CuratedEntryAdmin):
    formfield_overrides = URL_FIELDS_HTTPS
    list_display = ("name", "kind", "parent", "host", "stage", "status", "last_verified", "updated")
    list_filter = (
        "status",
        "stage",
        "kind",
        "province__region",
        "themes",
        StaleFilter,
        MissingTranslationFilter,
    )
    search_fields = ("name_th", "name_en", "slug")
    list_select_related = ("parent", "host")
    prepopulated_fields = {"slug": ("name_en",)}
    autocomplete_fields = ("parent", "host", "province", "provinces")
    filter_horizontal = ("themes", "sdgs")
    inlines = [ParticipationInline]
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "name",
                    "slug",
                    "kind",
                    "parent",
                    "host",
                    ("status", "status_changed", "status_changed_by"),
                    "last_verified",
                )
            },
        ),
        (_("Description"), {"fields": ("summary", "description", "website")}),
        (_("Dates"), {"fields": ("stage", ("start_date", "end_date"), "date_precision")}),
        (_("Location and reach"), {"fields": ("province", "nationwide", "provinces")}),
        (_("Themes and goals"), {"fields": ("themes", "sdgs")}),
        (_("Sources"), {"fields": ("sources",)}),
    )


class ProgrammePartAdmin(HistoryAdmin, TabbedTranslationAdmin):
    """Events and participations are public with their programme: while it is published, only
    a Reviewer changes them here (an Editor proposes participations on the programme's page)."""

    restore_permission = publish_permission(Programme)

    def may_change_live(self, request):
        return request.user.has_perm(publish_permission(Programme))

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.programme.is_published and not self.may_change_live(request):
            return False
        return super().has_change_permission(request, obj)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if self.may_change_live(request):
            return form

        class EditorForm(form):
            def clean(self):
                cleaned = super().clean()
                programme = cleaned.get("programme")
                if programme is not None and programme.is_published:
                    self.add_error(
                        "programme",
                        forms.ValidationError(
                            _(
                                "This programme is published: a Reviewer adds or changes its "
                                "%(things)s."
                            ),
                            params={"things": self._meta.model._meta.verbose_name_plural},
                        ),
                    )
                return cleaned

        return EditorForm


@admin.register(Event)
class EventAdmin(ProgrammePartAdmin):
    list_display = ("title", "programme", "kind", "start_date", "province", "participants")
    list_filter = ("kind", "programme")
    search_fields = ("title_th", "title_en", "slug")
    list_select_related = ("programme", "province")
    autocomplete_fields = ("programme", "province")
    prepopulated_fields = {"slug": ("title_en",)}
    date_hierarchy = "start_date"


@admin.register(Participation)
class ParticipationAdmin(ProgrammePartAdmin):
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
