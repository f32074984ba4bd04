from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportMixin
from import_export.formats.base_formats import CSV, XLSX
from import_export.forms import ExportForm
from modeltranslation.admin import TabbedTranslationAdmin

from curation.admin import (
    URL_FIELDS_HTTPS,
    CuratedEntryAdmin,
    DecisionAdmin,
    DecisionForm,
    HistoryAdmin,
    MissingTranslationFilter,
    NameOrderMixin,
    StaleFilter,
)
from curation.history import save_entry
from curation.models import Status

from . import claims, import_template, tasks
from .importing import ImportFileError, check_upload_size, new_slug, read_error_message
from .models import SDG, Claim, ImportJob, Organisation, Province, Region, Suggestion, Theme
from .quality import MergeError, merge, possible_duplicates
from .resources import CheckedXLSX, OrganisationResource


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
class ProvinceAdmin(NameOrderMixin, TabbedTranslationAdmin):
    list_display = ("name", "code", "abbreviation", "region")
    list_filter = ("region",)
    search_fields = ("name_th", "name_en", "code", "abbreviation")
    list_select_related = ("region",)


@admin.register(Theme)
class ThemeAdmin(HistoryAdmin, TabbedTranslationAdmin):
    list_display = ("name", "slug", "order")
    search_fields = ("name_th", "name_en", "slug")
    prepopulated_fields = {"slug": ("name_en",)}
    restore_permission = "orgs.change_theme"


@admin.register(SDG)
class SDGAdmin(TabbedTranslationAdmin):
    list_display = ("number", "name")
    search_fields = ("name_th", "name_en")


@admin.register(Organisation)
class OrganisationAdmin(NameOrderMixin, ImportExportMixin, CuratedEntryAdmin):
    formfield_overrides = URL_FIELDS_HTTPS
    list_display = (
        "name",
        "kind",
        "province",
        "status",
        "last_verified",
        "is_consortium_member",
        "updated",
    )
    list_filter = (
        "status",
        "kind",
        "province__region",
        "themes",
        StaleFilter,
        MissingTranslationFilter,
        "is_consortium_member",
        "osep_registered",
    )
    search_fields = ("name_th", "name_en", "short_name_th", "short_name_en", "slug", "website")
    list_select_related = ("province",)
    prepopulated_fields = {"slug": ("name_en",)}
    autocomplete_fields = ("parent", "province", "area_provinces")
    filter_horizontal = ("themes", "sdgs")
    date_hierarchy = "updated"
    actions = [*CuratedEntryAdmin.actions, "merge_selected"]
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "name",
                    "short_name",
                    "slug",
                    "kind",
                    "parent",
                    ("status", "status_changed", "status_changed_by"),
                    "last_verified",
                )
            },
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
        (
            _("Contact"),
            {"fields": ("website", "email", "phone", "contact_public", "social_links", "logo")},
        ),
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

    # Spreadsheets (django-import-export, checked by orgs.importing).
    resource_classes = [OrganisationResource]
    import_formats = [CSV, CheckedXLSX]
    export_formats = [CSV, XLSX]
    export_form_class = ExportForm  # always the docs/import.md columns, no field picking
    import_template_name = "admin/orgs/organisation/import.html"

    def has_import_permission(self, request):
        return request.user.has_perm("orgs.add_organisation") and request.user.has_perm(
            "orgs.change_organisation"
        )

    def add_data_read_fail_error_to_form(self, form, e):
        # In the curator's language and words, not "'BadZipFile' encountered …".
        form.add_error("import_file", read_error_message(e))

    def import_action(self, request, **kwargs):
        upload = request.FILES.get("import_file")
        if request.method == "POST" and upload is not None:
            try:
                check_upload_size(upload.size)
            except ImportFileError as exc:
                self.message_user(request, str(exc), messages.ERROR)
                return HttpResponseRedirect(self.admin_url("import"))
            if not self.has_import_permission(request):
                raise PermissionDenied
            data = upload.read()
            upload.seek(0)
            if tasks.needs_job(tasks.count_rows(data, upload.name)):
                # Too many rows for one request: the background worker checks and imports it.
                job = tasks.start_import_job(request.user, data, upload.name, request.LANGUAGE_CODE)
                return HttpResponseRedirect(self.admin_url("import_job", job.pk))
        return super().import_action(request, **kwargs)

    def get_import_context_data(self, **kwargs):
        context = super().get_import_context_data(**kwargs)
        context.update(
            template_csv_url=self.admin_url("import_template", "csv"),
            template_xlsx_url=self.admin_url("import_template", "xlsx"),
            import_jobs_url=self.admin_url("import_jobs"),
            inline_max_rows=settings.IMPORT_INLINE_MAX_ROWS,
        )
        return context

    # Large files: background import jobs (orgs/tasks.py) and the downloadable template.

    def import_template_view(self, request, fmt):
        if not self.has_import_permission(request):
            raise PermissionDenied
        if fmt == "xlsx":
            content = import_template.template_xlsx()
            content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        else:
            content, content_type = import_template.template_csv(), "text/csv; charset=utf-8"
        response = HttpResponse(content, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="import-template.{fmt}"'
        return response

    def own_jobs(self, request):
        return ImportJob.objects.filter(owner=request.user)

    def import_jobs_view(self, request):
        if not self.has_import_permission(request):
            raise PermissionDenied
        jobs = [
            (job, self.admin_url("import_job", job.pk))
            for job in self.own_jobs(request).defer("data", "problems")[:50]
        ]
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Your import jobs"),
            "opts": self.opts,
            "jobs": jobs,
            "import_url": self.admin_url("import"),
        }
        return TemplateResponse(request, "admin/orgs/organisation/import_jobs.html", context)

    def import_job_view(self, request, pk):
        if not self.has_import_permission(request):
            raise PermissionDenied
        job = get_object_or_404(self.own_jobs(request).defer("data"), pk=pk)
        changes = job.pending_changes.order_by("pk")
        review_url = reverse("admin:curation_pendingchange_changelist")
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Import of %(file)s") % {"file": job.file_name},
            "opts": self.opts,
            "job": job,
            "refresh_seconds": 3 if job.running else None,
            "pending": [
                (change, reverse("admin:curation_pendingchange_change", args=[change.pk]))
                for change in changes[:100]
            ],
            "pending_count": changes.count(),
            "review_url": review_url,
            "changelist_url": self.admin_url("changelist"),
            "import_url": self.admin_url("import"),
            "import_jobs_url": self.admin_url("import_jobs"),
        }
        return TemplateResponse(request, "admin/orgs/organisation/import_job.html", context)

    def has_export_permission(self, request):
        return self.has_view_permission(request)

    def get_export_data(self, file_format, request, queryset, **kwargs):
        data = super().get_export_data(file_format, request, queryset, **kwargs)
        if isinstance(file_format, CSV):
            # A byte order mark, so that spreadsheet applications read the Thai text as UTF-8.
            data = (b"\xef\xbb\xbf" + data) if isinstance(data, bytes) else ("\ufeff" + data)
        return data

    def process_result(self, result, request):
        if result.has_errors() or result.has_validation_errors():
            self.message_user(
                request,
                gettext(
                    "Nothing was imported: the file or the directory changed since the preview. "
                    "Load the file again to see why."
                ),
                messages.ERROR,
            )
            return HttpResponseRedirect(self.admin_url("import"))
        return super().process_result(result, request)

    def add_success_message(self, result, request):
        counts = getattr(result, "counts", {}) or {}
        self.message_user(
            request,
            gettext(
                "Import finished: %(new)s new, %(update)s updated, %(propose)s proposed for "
                "review, %(unchanged)s unchanged."
            )
            % {
                "new": counts.get("new", 0),
                "update": counts.get("update", 0),
                "propose": counts.get("propose", 0),
                "unchanged": counts.get("unchanged", 0),
            },
        )

    # Data quality: duplicates and merging.

    def has_merge_permission(self, request):
        return request.user.has_perm("orgs.merge_organisation")

    def get_urls(self):
        prefix = f"{self.opts.app_label}_{self.opts.model_name}"
        urls = [
            path(
                "quality/",
                self.admin_site.admin_view(self.quality_view),
                name=f"{prefix}_quality",
            ),
            path("merge/", self.admin_site.admin_view(self.merge_view), name=f"{prefix}_merge"),
            path(
                "import-template.<str:fmt>",
                self.admin_site.admin_view(self.import_template_view),
                name=f"{prefix}_import_template",
            ),
            path(
                "import-jobs/",
                self.admin_site.admin_view(self.import_jobs_view),
                name=f"{prefix}_import_jobs",
            ),
            path(
                "import-jobs/<int:pk>/",
                self.admin_site.admin_view(self.import_job_view),
                name=f"{prefix}_import_job",
            ),
        ]
        return urls + super().get_urls()

    def changelist_view(self, request, extra_context=None):
        extra_context = extra_context or {}
        extra_context["quality_url"] = self.admin_url("quality")
        return super().changelist_view(request, extra_context)

    def quality_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        changelist = self.admin_url("changelist")
        organisations = Organisation.objects.all()
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Data quality"),
            "opts": self.opts,
            "stale_count": organisations.exclude(status=Status.ARCHIVED).stale().count(),
            "stale_url": f"{changelist}?stale=yes&status__exact=published",
            "all_stale_url": f"{changelist}?stale=yes",
            "missing_count": organisations.exclude(status=Status.ARCHIVED)
            .missing_translation()
            .count(),
            "missing_url": f"{changelist}?missing=any",
            "pairs": possible_duplicates(),
            "can_merge": self.has_merge_permission(request),
            "merge_url": self.admin_url("merge"),
        }
        return TemplateResponse(request, "admin/orgs/organisation/quality.html", context)

    def merge_view(self, request):
        if not self.has_merge_permission(request):
            raise PermissionDenied
        ids = [int(i) for i in request.GET.get("ids", "").split(",") if i.strip().isdigit()]
        entries = list(Organisation.objects.filter(pk__in=ids[:2]).select_related("province"))
        if len(entries) != 2:
            self.message_user(
                request, gettext("Choose two organisations to merge."), messages.ERROR
            )
            return HttpResponseRedirect(self.admin_url("quality"))
        form = MergeForm(request.POST or None, entries=entries)
        if request.method == "POST" and form.is_valid():
            keep = form.cleaned_data["keep"]
            other = next(e for e in entries if e.pk != keep.pk)
            try:
                merge(keep, other, user=request.user)
            except MergeError as exc:
                self.message_user(request, str(exc), messages.ERROR)
            else:
                self.message_user(
                    request,
                    gettext(
                        "“%(other)s” was merged into “%(keep)s” and archived. Bring it back from "
                        "the archive to undo."
                    )
                    % {"other": other, "keep": keep},
                )
                return HttpResponseRedirect(self.admin_url("change", keep.pk))
        relations = linked_rows()
        counts = []
        for entry in entries:
            counts.append(
                {
                    "entry": entry,
                    "url": self.admin_url("change", entry.pk),
                    "links": [
                        model._default_manager.filter(**{fk.attname: entry.pk}).count()
                        for _label, model, fk in relations
                    ],
                }
            )
        context = {
            "relations": [label for label, _model, _fk in relations],
            **self.admin_site.each_context(request),
            "title": gettext("Merge two organisations"),
            "opts": self.opts,
            "form": form,
            "entries": counts,
        }
        return TemplateResponse(request, "admin/orgs/organisation/merge.html", context)

    @admin.action(description=_("Merge the two selected organisations"), permissions=["merge"])
    def merge_selected(self, request, queryset):
        ids = list(queryset.values_list("pk", flat=True)[:3])
        if len(ids) != 2:
            self.message_user(
                request, gettext("Select exactly two organisations to merge."), messages.ERROR
            )
            return None
        return HttpResponseRedirect(f"{self.admin_url('merge')}?ids={ids[0]},{ids[1]}")


def linked_rows():
    """(label, model, foreign key) for every kind of row that points at an organisation and
    moves with a merge, whichever installed app it belongs to (see quality.merge)."""
    relations = []
    for relation in Organisation._meta.related_objects:
        if relation.one_to_many:
            model, fk = relation.related_model, relation.field
            label = f"{capfirst(model._meta.verbose_name_plural)} ({fk.verbose_name})"
            relations.append((label, model, fk))
    return sorted(relations, key=lambda item: item[0])


class MergeForm(forms.Form):
    keep = forms.ModelChoiceField(
        queryset=Organisation.objects.none(),
        widget=forms.RadioSelect,
        label=_("Keep this entry"),
        help_text=_("The other one is archived; its relations move to the one you keep."),
    )

    def __init__(self, *args, entries, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = Organisation.objects.filter(pk__in=[e.pk for e in entries])
        self.fields["keep"].initial = entries[0].pk


# --- pending changes and suggestions --------------------------------------------------------


@admin.register(Suggestion)
class SuggestionAdmin(DecisionAdmin):
    list_display = ("created", "kind", "subject", "state", "handled_by")
    list_filter = ("state", "kind", "language")
    search_fields = (
        "name",
        "message",
        "submitter_name",
        "organisation__name_th",
        "organisation__name_en",
    )
    list_select_related = ("organisation", "handled_by")
    ordering = ("-created",)

    @admin.display(description=_("about"))
    def subject(self, obj):
        return obj.organisation or obj.name

    def change_view(self, request, object_id, form_url="", extra_context=None):
        suggestion = self.get_object(request, unquote(object_id))
        if suggestion is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_view_or_change_permission(request, suggestion):
            raise PermissionDenied
        can_decide = suggestion.state == Suggestion.State.NEW and self.has_change_permission(
            request, suggestion
        )
        is_new = suggestion.kind == Suggestion.Kind.NEW
        if is_new and not request.user.has_perm("orgs.add_organisation"):
            can_decide = False
        form = SuggestionDecisionForm(request.POST or None, suggestion=suggestion)
        if request.method == "POST":
            if not can_decide:
                raise PermissionDenied
            if form.is_valid():
                return self.decide(request, suggestion, form)
        context = {
            **self.admin_site.each_context(request),
            "title": str(suggestion),
            "opts": self.opts,
            "suggestion": suggestion,
            "can_decide": can_decide,
            "form": form,
            "organisation_url": (
                self.organisation_url(suggestion.organisation) if suggestion.organisation else ""
            ),
        }
        return TemplateResponse(request, "admin/orgs/suggestion/decide.html", context)

    def organisation_url(self, organisation):
        return reverse("admin:orgs_organisation_change", args=[organisation.pk])

    def decide(self, request, suggestion, form):
        suggestion.handled_by, suggestion.handled = request.user, timezone.now()
        suggestion.note = form.cleaned_data["note"]
        if "_reject" in request.POST:
            suggestion.state = Suggestion.State.REJECTED
            suggestion.save()
            self.message_user(request, gettext("The suggestion is rejected."))
            return HttpResponseRedirect(self.admin_url("changelist"))
        suggestion.state = Suggestion.State.ACCEPTED
        if suggestion.kind == Suggestion.Kind.NEW:
            draft = form.create_draft(request.user)
            suggestion.organisation = draft
            suggestion.save()
            self.message_user(
                request,
                gettext("A draft was created from the suggestion: complete it, then propose it."),
            )
            return HttpResponseRedirect(self.organisation_url(draft))
        suggestion.save()
        if suggestion.organisation is None:
            # A correction to another kind of entry (a programme): its page names it.
            self.message_user(
                request,
                gettext("The suggestion is accepted: open the entry it names to correct it."),
            )
            return HttpResponseRedirect(self.admin_url("changelist"))
        self.message_user(
            request,
            gettext(
                "Make the correction here. As the entry is published, an Editor's change waits "
                "for a Reviewer."
            ),
        )
        return HttpResponseRedirect(self.organisation_url(suggestion.organisation))


class SuggestionDecisionForm(DecisionForm):
    kind = forms.ChoiceField(
        label=_("Kind of organisation"),
        choices=[("", "---------"), *Organisation.Kind.choices],
        required=False,
        help_text=_("Needed to create a draft from a suggested organisation."),
    )

    def __init__(self, *args, suggestion, **kwargs):
        super().__init__(*args, **kwargs)
        self.suggestion = suggestion
        if suggestion.kind != Suggestion.Kind.NEW:
            del self.fields["kind"]

    def clean(self):
        cleaned = super().clean()
        if "_accept" in self.data and "kind" in self.fields and not cleaned.get("kind"):
            self.add_error("kind", _("Choose the kind of organisation for the draft."))
        if (
            "_accept" in self.data
            and self.suggestion.kind == Suggestion.Kind.CORRECTION
            and self.suggestion.organisation is None
            # A correction to another kind of entry (a programme) names it instead.
            and not self.suggestion.name
        ):
            raise forms.ValidationError(_("The organisation of this correction no longer exists."))
        return cleaned

    def create_draft(self, user):
        suggestion = self.suggestion
        name_field = "name_en" if suggestion.language == "en" else "name_th"
        draft = Organisation(
            kind=self.cleaned_data["kind"],
            status=Status.DRAFT,
            province=suggestion.province,
            website=suggestion.website,
            **{name_field: suggestion.name},
        )
        taken = set(Organisation.objects.values_list("slug", flat=True))
        values = {
            "name_en": draft.name_en or "",
            "kind": draft.kind,
            "province": suggestion.province.code if suggestion.province else "",
        }
        draft.slug = new_slug(values, taken)
        save_entry(
            draft,
            user=user,
            reason=gettext("Created from suggestion #%(number)s") % {"number": suggestion.pk},
        )
        return draft


# --- claims on listings ---------------------------------------------------------------------


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    """Representatives' claims: approve one that has no public email to verify it, reject or
    revoke one (its personal link stops working at once)."""

    list_display = ("organisation", "name", "role", "email", "state", "created", "decided_by")
    list_filter = ("state",)
    list_select_related = ("organisation", "decided_by")
    search_fields = ("name", "email", "organisation__name_th", "organisation__name_en")
    ordering = ("-created",)
    actions = ["approve", "reject", "revoke"]
    fields = (
        "organisation",
        "name",
        "email",
        "role",
        "message",
        "language",
        "state",
        "verified_to",
        "created",
        "activated",
        "decided_by",
        "representative",
        "note",
    )
    readonly_fields = tuple(f for f in fields if f != "note")

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    @admin.action(
        description=_("Approve the selected claims (send the personal link)"),
        permissions=["change"],
    )
    def approve(self, request, queryset):
        done = 0
        for claim in queryset.filter(
            state__in=[Claim.State.AWAITING_APPROVAL, Claim.State.UNVERIFIED]
        ).select_related("organisation"):
            if not claim.organisation.is_published:
                continue
            claims.activate(claim, by=request.user)
            done += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d claim approved; the representative gets a personal link by email.",
                "%(count)d claims approved; the representatives get a personal link by email.",
                done,
            )
            % {"count": done},
        )

    @admin.action(description=_("Reject the selected claims"), permissions=["change"])
    def reject(self, request, queryset):
        done = 0
        for claim in queryset.filter(
            state__in=[Claim.State.AWAITING_APPROVAL, Claim.State.UNVERIFIED]
        ):
            claims.end(claim, Claim.State.REJECTED, by=request.user)
            done += 1
        self.message_user(
            request,
            ngettext("%(count)d claim rejected.", "%(count)d claims rejected.", done)
            % {"count": done},
        )

    @admin.action(
        description=_("Revoke the selected claims (their links stop working)"),
        permissions=["change"],
    )
    def revoke(self, request, queryset):
        done = 0
        for claim in queryset.filter(state=Claim.State.ACTIVE).select_related("representative"):
            claims.end(claim, Claim.State.REVOKED, by=request.user)
            done += 1
        self.message_user(
            request,
            ngettext("%(count)d claim revoked.", "%(count)d claims revoked.", done)
            % {"count": done},
        )
