"""The curator workspace in the admin: what every curated model's admin shares.

- `HistoryAdmin`: one historical record per save, a readable diff on the history page, revert to
  any version (many-to-many fields included), deleted entries listed and brought back, and
  deleting left to administrators (superusers).
- `CuratedEntryAdmin` adds the review workflow for organisations and programmes: Editors choose
  only draft or in review; an Editor's save of a published entry becomes a pending change; bulk
  actions to propose, publish, archive, mark verified and bring back from the archive.
- List filters for data quality: stale entries and missing translations.
- `PendingChangeAdmin`: the review queue, where a Reviewer accepts or rejects a proposed change.
- `NotificationPreferenceAdmin`: each curator's email language and how often they are told of
  new work (administrators see everyone's).
"""

from django import forms
from django.apps import apps
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, User
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.db import models
from django.db.models import FileField
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import localize
from django.utils.html import format_html
from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from .buddhist_era import DATE_HELP, YEAR_HELP, EraDateField, EraYearField
from .history import (
    ReadableChanges,
    RestoreError,
    deleted_records,
    diff_excluded_fields,
    m2m_ids,
    restore_archived,
    restore_deleted,
    save_entry,
    write_record,
)
from .language import name_sort_key, text_sort_key
from .models import NotificationPreference, PendingChange, Status
from .notifications import author_label
from .roles import publish_permission
from .workflow import (
    EDITOR_STATUSES,
    ProposalError,
    accept,
    diff_rows,
    field_changes,
    inline_changes,
    live_status,
    m2m_changes,
    pending_for,
    propose,
    reject,
    set_status,
)

#: Web addresses typed without a scheme are taken as https (Django 6.0's default).
URL_FIELDS_HTTPS = {models.URLField: {"assume_scheme": "https"}}

# --- data-quality filters -------------------------------------------------------------------


class StaleFilter(admin.SimpleListFilter):
    title = _("last verified")
    parameter_name = "stale"

    def lookups(self, request, model_admin):
        return [("yes", _("Over 12 months ago, or never")), ("never", _("Never"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.stale()
        if self.value() == "never":
            return queryset.filter(last_verified__isnull=True)
        return queryset


class MissingTranslationFilter(admin.SimpleListFilter):
    title = _("missing translation")
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        return [
            ("any", _("Name or summary missing in Thai or English")),
            ("th", _("Missing in Thai")),
            ("en", _("Missing in English")),
        ]

    def queryset(self, request, queryset):
        if self.value() in ("th", "en"):
            return queryset.missing_translation(self.value())
        if self.value() == "any":
            return queryset.missing_translation()
        return queryset


# --- history --------------------------------------------------------------------------------


class EraFieldsMixin:
    """Date inputs and years in the page's era: พ.ศ. typed and shown on Thai pages, CE stored."""

    #: Model fields that hold a year (CE), typed in either era.
    year_fields = ("founded_year",)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.DateField) and not isinstance(
            db_field, models.DateTimeField
        ):
            kwargs.setdefault("form_class", EraDateField)
            kwargs["widget"] = EraDateField.widget
            field = super().formfield_for_dbfield(db_field, request, **kwargs)
            return with_help(field, DATE_HELP)
        if db_field.name in self.year_fields:
            label = capfirst(_("year founded"))
            kwargs.update(form_class=EraYearField, widget=EraYearField.widget, label=label)
            field = db_field.formfield(**kwargs)
            return with_help(field, YEAR_HELP)
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class NameOrderMixin:
    """Lists sorted by the name in the page language's order (Thai dictionary order on Thai
    pages, as the public lists: curation.language.name_sort_key)."""

    def get_ordering(self, request):
        return [name_sort_key().asc(), "pk"]


def with_help(field, text):
    if field is not None and field.help_text:
        field.help_text = format_lazy("{} {}", field.help_text, text)
    elif field is not None:
        field.help_text = text
    return field


class HistoryAdmin(EraFieldsMixin, SimpleHistoryAdmin):
    """History, diff, revert and restore for a history-tracked model."""

    change_list_template = "admin/curated/change_list.html"

    class Media:
        # Accessible names the add-ons leave out (select2, modeltranslation), and the admin's
        # own style (underlined breadcrumbs).
        css = {"all": ["css/admin.css"]}
        js = ["js/admin-a11y.js"]

    object_history_list_template = "admin/curated/object_history_list.html"
    #: The permission needed to bring back deleted entries; the model's publish permission.
    restore_permission = None

    def get_restore_permission(self):
        return self.restore_permission or publish_permission(self.model)

    def has_restore_permission(self, request):
        return request.user.has_perm(self.get_restore_permission())

    def has_delete_permission(self, request, obj=None):
        # Curators archive; only administrators delete (and history keeps what they delete).
        return request.user.is_superuser and super().has_delete_permission(request, obj)

    # One record per save, written once the m2m fields and inlines are saved.

    def save_model(self, request, obj, form, change):
        record = getattr(obj, "_history", None)  # set when saving from a historical version
        if record is not None:
            obj._curator_reason = gettext("Reverted to the version of %(date)s") % {
                "date": localize(timezone.localtime(record.history_date))
            }
        obj.skip_history_when_saving = True
        super().save_model(request, obj, form, change)

    def _write_history(self, request, obj, created):
        if hasattr(obj, "skip_history_when_saving"):
            del obj.skip_history_when_saving
            reason = obj.__dict__.pop("_curator_reason", None)
            write_record(obj, created=created, user=request.user, reason=reason)

    def log_addition(self, request, obj, message):
        self._write_history(request, obj, created=True)
        return super().log_addition(request, obj, message)

    def log_change(self, request, obj, message):
        self._write_history(request, obj, created=False)
        return super().log_change(request, obj, message)

    # A readable diff on the history page.

    def get_historical_record_context_helper(self, request, historical_record):
        return ReadableChanges(self.model, historical_record)

    def set_history_delta_changes(self, request, historical_records, foreign_keys_are_objs=True):
        excluded = diff_excluded_fields(self.model)
        previous = None
        for current in historical_records:
            if previous is not None:
                delta = previous.diff_against(
                    current, excluded_fields=excluded, foreign_keys_are_objs=foreign_keys_are_objs
                )
                helper = self.get_historical_record_context_helper(request, previous)
                previous.history_delta_changes = helper.context_for_delta_changes(delta)
            previous = current

    # Reverting to a version brings back its many-to-many values too.

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        record = getattr(obj, "_history", None) if obj is not None else None
        if record is None:
            return form
        versioned = {field.name: m2m_ids(record, field) for field in record._history_m2m_fields}

        class VersionForm(form):
            def __init__(self, *args, **kwargs):
                kwargs["initial"] = {**versioned, **(kwargs.get("initial") or {})}
                super().__init__(*args, **kwargs)

        return VersionForm

    # Deleted entries, and bringing them back.

    def get_urls(self):
        prefix = f"{self.opts.app_label}_{self.opts.model_name}"
        urls = [
            path(
                "deleted/",
                self.admin_site.admin_view(self.deleted_view),
                name=f"{prefix}_deleted",
            ),
            path(
                "deleted/<int:history_id>/restore/",
                self.admin_site.admin_view(self.restore_deleted_view),
                name=f"{prefix}_restore_deleted",
            ),
        ]
        return urls + super().get_urls()

    def admin_url(self, view, *args):
        opts = self.opts
        return reverse(
            f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_{view}", args=args
        )

    def deleted_view(self, request):
        if not self.has_restore_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Deleted %(name)s") % {"name": self.opts.verbose_name_plural},
            "opts": self.opts,
            "records": deleted_records(self.model),
        }
        return TemplateResponse(request, "admin/curated/deleted_entries.html", context)

    def restore_deleted_view(self, request, history_id):
        if request.method != "POST":
            return HttpResponseRedirect(self.admin_url("deleted"))
        if not self.has_restore_permission(request):
            raise PermissionDenied
        record = get_object_or_404(
            self.model.history.model, history_id=history_id, history_type="-"
        )
        try:
            obj = restore_deleted(record, user=request.user)
        except RestoreError as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return HttpResponseRedirect(self.admin_url("deleted"))
        self.message_user(request, gettext("“%(entry)s” is back, with its links.") % {"entry": obj})
        return HttpResponseRedirect(self.admin_url("change", obj.pk))

    def changelist_view(self, request, extra_context=None):
        extra_context = extra_context or {}
        if self.has_restore_permission(request):
            extra_context["deleted_url"] = self.admin_url("deleted")
        return super().changelist_view(request, extra_context)


# --- the review workflow --------------------------------------------------------------------


class CuratedEntryAdmin(HistoryAdmin, TabbedTranslationAdmin):
    """Admin for an entry with a publication status (organisations, programmes)."""

    change_form_template = "admin/curated/change_form.html"
    readonly_fields = ("status_changed", "status_changed_by")
    actions = ["submit_for_review", "publish", "archive", "mark_verified", "restore_from_archive"]

    def has_publish_permission(self, request):
        return request.user.has_perm(publish_permission(self.model))

    # Editors choose only draft or in review, and cannot change the status of a live entry.

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "status" and not self.has_publish_permission(request):
            kwargs["choices"] = [(v, label) for v, label in Status.choices if v in EDITOR_STATUSES]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and not self.has_publish_permission(request):
            if live_status(obj) not in (None, *EDITOR_STATUSES):
                fields.append("status")
        return fields

    def save_model(self, request, obj, form, change):
        current = live_status(obj) if change else None
        can_publish = self.has_publish_permission(request)
        if current == Status.PUBLISHED and not can_publish:
            self.prepare_proposal(obj, form)
            return
        if not can_publish and obj.status not in EDITOR_STATUSES and obj.status != current:
            obj.status = current or Status.DRAFT  # an Editor never publishes or archives
        if obj.status != current:
            obj.status_changed, obj.status_changed_by = timezone.now(), request.user
        super().save_model(request, obj, form, change)

    def prepare_proposal(self, obj, form):
        live = self.model._default_manager.get(pk=obj.pk)
        names = set(form.cleaned_data)
        m2m = {}
        for name in names:
            try:
                if self.model._meta.get_field(name).many_to_many:
                    m2m[name] = form.cleaned_data[name]
            except FieldDoesNotExist:
                continue
        for field in self.model._meta.concrete_fields:
            upload = getattr(obj, field.attname) if isinstance(field, FileField) else None
            if field.name in names and upload and not upload._committed:
                upload.save(upload.name, upload.file, save=False)  # stored; proposed by name
        obj._proposal = {
            "live": live,
            "fields": field_changes(live, obj, names),
            "m2m": m2m_changes(live, m2m),
            "inlines": [],
        }
        form.save_m2m = lambda: None  # the revert view saves m2m itself

    def save_related(self, request, form, formsets, change):
        proposal = getattr(form.instance, "_proposal", None)
        if proposal is None:
            return super().save_related(request, form, formsets, change)
        proposal["inlines"] = [inline_changes(formset) for formset in formsets]
        for formset in formsets:  # nothing saved; the admin's change message reads these
            formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []

    def log_change(self, request, obj, message):
        proposal = obj.__dict__.pop("_proposal", None)
        if proposal is None:
            return super().log_change(request, obj, message)
        live = proposal.pop("live")
        obj._pending_change = propose(live, user=request.user, **proposal)
        if obj._pending_change is None:
            return None
        message = gettext("Proposed change #%(number)s for review.") % {
            "number": obj._pending_change.pk
        }
        return super().log_change(request, obj, message)

    def response_change(self, request, obj):
        if not hasattr(obj, "_pending_change"):
            return super().response_change(request, obj)
        change = obj._pending_change
        if change is None:
            self.message_user(request, gettext("Nothing was changed."), messages.INFO)
        else:
            self.message_user(
                request,
                gettext(
                    "“%(entry)s” is published: your change is saved as proposal #%(number)s "
                    "and goes live when a Reviewer accepts it."
                )
                % {"entry": obj, "number": change.pk},
                messages.WARNING,
            )
        return HttpResponseRedirect(self.admin_url("change", obj.pk))

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            context["pending_changes"] = list(pending_for(obj).select_related("author"))
            context["needs_review"] = live_status(
                obj
            ) == Status.PUBLISHED and not self.has_publish_permission(request)
            context["is_archived"] = live_status(obj) == Status.ARCHIVED
        return super().render_change_form(request, context, add, change, form_url, obj)

    # Bulk actions.

    @admin.action(description=_("Propose the selected drafts for review"), permissions=["change"])
    def submit_for_review(self, request, queryset):
        moved = 0
        for obj in queryset.filter(status=Status.DRAFT):
            set_status(obj, Status.REVIEW, request.user)
            save_entry(obj, user=request.user, reason=gettext("Proposed for review"))
            moved += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d entry proposed for review.",
                "%(count)d entries proposed for review.",
                moved,
            )
            % {"count": moved},
        )

    @admin.action(description=_("Publish the selected entries"), permissions=["publish"])
    def publish(self, request, queryset):
        published, problems = 0, []
        for obj in queryset.exclude(status=Status.PUBLISHED):
            set_status(obj, Status.PUBLISHED, request.user)
            try:
                obj.full_clean()
            except ValidationError as exc:
                problems.append(f"{obj}: {' '.join(exc.messages)}")
                continue
            save_entry(obj, user=request.user, reason=gettext("Published"))
            published += 1
        self.message_user(
            request,
            ngettext("%(count)d entry published.", "%(count)d entries published.", published)
            % {"count": published},
        )
        for problem in problems:
            self.message_user(
                request,
                gettext("Not published: %(problem)s") % {"problem": problem},
                messages.ERROR,
            )

    @admin.action(description=_("Archive the selected entries"), permissions=["publish"])
    def archive(self, request, queryset):
        archived = 0
        for obj in queryset.exclude(status=Status.ARCHIVED):
            set_status(obj, Status.ARCHIVED, request.user)
            save_entry(obj, user=request.user, reason=gettext("Archived"))
            archived += 1
        self.message_user(
            request,
            ngettext("%(count)d entry archived.", "%(count)d entries archived.", archived)
            % {"count": archived},
        )

    @admin.action(
        description=_("Mark the selected entries as verified today"), permissions=["publish"]
    )
    def mark_verified(self, request, queryset):
        today = timezone.localdate()
        verified = 0
        for obj in queryset:
            if obj.last_verified != today:
                obj.last_verified = today
                save_entry(obj, user=request.user, reason=gettext("Marked as verified"))
            verified += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d entry marked as verified today.",
                "%(count)d entries marked as verified today.",
                verified,
            )
            % {"count": verified},
        )

    @admin.action(
        description=_("Bring the selected entries back from the archive"), permissions=["publish"]
    )
    def restore_from_archive(self, request, queryset):
        restored = 0
        for obj in queryset.filter(status=Status.ARCHIVED):
            try:
                restore_archived(obj, user=request.user)
            except RestoreError as exc:
                self.message_user(request, str(exc), messages.ERROR)
                continue
            restored += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d entry brought back from the archive.",
                "%(count)d entries brought back from the archive.",
                restored,
            )
            % {"count": restored},
        )


# --- decisions: pending changes ------------------------------------------------------------


class DecisionForm(forms.Form):
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        help_text=_("Why you accept or reject it. Required when rejecting."),
    )

    def clean(self):
        cleaned = super().clean()
        if "_reject" in self.data and not cleaned.get("note", "").strip():
            self.add_error("note", _("Say why the suggestion or change is rejected."))
        return cleaned


class DecisionAdmin(admin.ModelAdmin):
    """A read-only entry decided on a page of its own (accept or reject, with a note)."""

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    def admin_url(self, view, *args):
        opts = self.opts
        return reverse(
            f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_{view}", args=args
        )


class EntryKindFilter(admin.RelatedOnlyFieldListFilter):
    """The kinds of entry that have proposed changes (organisations, programmes), by name."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.title = gettext("kind of entry")

    def field_choices(self, field, request, model_admin):
        ids = model_admin.get_queryset(request).values_list("content_type", flat=True)
        kinds = ContentType.objects.filter(pk__in=set(ids))
        return sorted(
            (
                (kind.pk, capfirst(kind.model_class()._meta.verbose_name_plural))
                for kind in kinds
                if kind.model_class() is not None
            ),
            key=lambda choice: text_sort_key(choice[1]),
        )


@admin.register(PendingChange)
class PendingChangeAdmin(DecisionAdmin):
    list_display = ("__str__", "entry_link", "author_name", "created", "state", "decided_by")
    list_filter = ("state", ("content_type", EntryKindFilter))
    list_select_related = ("author", "decided_by", "content_type")
    ordering = ("-created",)

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("entry")

    @admin.display(description=_("proposed by"), ordering="author__username")
    def author_name(self, obj):
        return author_label(obj.author) if obj.author_id else "—"

    @admin.display(description=_("entry"))
    def entry_link(self, obj):
        if obj.entry is None:
            return "—"
        opts = obj.entry._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.object_id])
        return format_html('<a href="{}">{}</a>', url, obj.entry)

    def can_decide(self, request, change):
        model = change.content_type.model_class()
        return (
            change.state == PendingChange.State.PENDING
            and request.user.has_perm("curation.change_pendingchange")
            and model is not None
            and request.user.has_perm(publish_permission(model))
        )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        change = self.get_object(request, unquote(object_id))
        if change is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_view_or_change_permission(request, change):
            raise PermissionDenied
        can_decide = self.can_decide(request, change)
        form = DecisionForm(request.POST or None)
        if request.method == "POST":
            if not can_decide:
                raise PermissionDenied
            if form.is_valid():
                note = form.cleaned_data["note"]
                try:
                    if "_accept" in request.POST:
                        accept(change, request.user, note)
                        self.message_user(request, gettext("The change is accepted and live."))
                    else:
                        reject(change, request.user, note)
                        self.message_user(request, gettext("The change is rejected."))
                except ProposalError as exc:
                    self.message_user(request, str(exc), messages.ERROR)
                    return HttpResponseRedirect(request.path)
                return HttpResponseRedirect(self.admin_url("changelist"))
        entry = change.entry
        changed_since = bool(
            entry is not None
            and hasattr(entry, "history")
            and entry.history.filter(history_date__gt=change.created).exists()
        )
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Proposed change #%(number)s") % {"number": change.pk},
            "opts": self.opts,
            "change": change,
            "entry": entry,
            "entry_url": self.entry_link(change),
            "rows": diff_rows(change),
            "changed_since": changed_since,
            "can_decide": can_decide,
            "form": form,
        }
        return TemplateResponse(request, "admin/curation/pendingchange/review.html", context)


# --- email notifications --------------------------------------------------------------------


@admin.register(NotificationPreference)
class NotificationPreferenceAdmin(admin.ModelAdmin):
    """A curator sets their own email language and frequency; administrators set anyone's."""

    list_display = ("user", "language", "frequency")
    list_filter = ("frequency", "language")
    list_select_related = ("user",)

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        return queryset if request.user.is_superuser else queryset.filter(user=request.user)

    def get_readonly_fields(self, request, obj=None):
        return () if request.user.is_superuser else ("user",)

    def has_add_permission(self, request):
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        if request.user.is_superuser:
            return True
        return request.user.is_staff and (obj is None or obj.user_id == request.user.pk)

    def has_view_permission(self, request, obj=None):
        return self.has_change_permission(request, obj)

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_staff

    def changelist_view(self, request, extra_context=None):
        """A curator has one row: their own, made on first visit, opened directly."""
        if request.user.is_superuser:
            return super().changelist_view(request, extra_context)
        own, _created = NotificationPreference.objects.get_or_create(user=request.user)
        return HttpResponseRedirect(
            reverse(f"{self.admin_site.name}:curation_notificationpreference_change", args=[own.pk])
        )


# --- accounts: permissions named in the page's language ------------------------------------

#: Singular names for django-otp's models, whose own are plain (untranslatable) strings.
OTP_MODEL_NAMES = {
    "totpdevice": _("authenticator app"),
    "staticdevice": _("set of recovery codes"),
    "statictoken": _("recovery code"),
}
#: Names for third-party apps whose own are plain (untranslatable) strings.
APP_NAMES = {"django_tasks_database": _("Background tasks")}
DEFAULT_ACTIONS = {"add": _("add"), "change": _("change"), "delete": _("delete"), "view": _("view")}


def model_label(model):
    """A model's name for a person: history tables named after the entry they keep."""
    opts = model._meta
    if opts.model_name in OTP_MODEL_NAMES:
        return OTP_MODEL_NAMES[opts.model_name]
    if opts.auto_created:  # the table of a many-to-many field
        ends = [f.related_model._meta.verbose_name for f in opts.fields if f.is_relation]
        if len(ends) == 2:
            return gettext("links between %(from)s and %(to)s") % {"from": ends[0], "to": ends[1]}
    instance = getattr(model, "instance_type", None)  # django-simple-history's history table
    if instance is not None:
        return gettext("historical %s") % model_label(instance)
    return opts.verbose_name


def permission_label(permission):
    """“Organisations and reference data | organisation | can add organisation” in the page's
    language (Django stores permission names in English when the database is set up)."""
    content_type = permission.content_type
    model = content_type.model_class()
    if model is None:
        return str(permission)
    name = model_label(model)
    action, _sep, rest = permission.codename.partition("_")
    if action in DEFAULT_ACTIONS and rest == model._meta.model_name:
        text = gettext("Can %(action)s %(model)s") % {
            "action": DEFAULT_ACTIONS[action],
            "model": name,
        }
    else:
        text = gettext(permission.name)
    app_name = (
        APP_NAMES.get(content_type.app_label)
        or apps.get_app_config(content_type.app_label).verbose_name
    )
    return f"{app_name} | {name} | {text}"


class PermissionNamesMixin:
    def formfield_for_manytomany(self, db_field, request, **kwargs):
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if field is not None and db_field.name in ("permissions", "user_permissions"):
            field.label_from_instance = permission_label
        return field


class CuratorUserAdmin(PermissionNamesMixin, UserAdmin):
    pass


class CuratorGroupAdmin(PermissionNamesMixin, GroupAdmin):
    pass


for _model, _admin in ((User, CuratorUserAdmin), (Group, CuratorGroupAdmin)):
    if admin.site.is_registered(_model):
        admin.site.unregister(_model)
    admin.site.register(_model, _admin)
