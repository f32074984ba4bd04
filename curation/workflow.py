"""The review workflow: draft → in review → published → archived, and pending changes.

An Editor may not change what the public sees. When an Editor saves a published organisation or
programme (in the admin, by a spreadsheet import, or by reverting it to an older version), the
entry is left as it is and the proposed values are stored as a `PendingChange`: only the fields
that differ, the many-to-many ids and, for a programme, its participation rows. A Reviewer sees
them side by side with the current values and accepts (the change is applied and history records
who proposed and who accepted it) or rejects them with a note.
"""

from datetime import date, datetime
from decimal import Decimal

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from django.utils.formats import localize
from django.utils.translation import gettext as _

from . import notifications
from .history import save_entry, translated_base_fields
from .models import PendingChange, Status

#: What an Editor may set the status to (or keep).
EDITOR_STATUSES = (Status.DRAFT, Status.REVIEW)


def set_status(obj, status, user=None):
    """Move `obj` to `status`, recording who moved it and when (saving is the caller's)."""
    if obj.status == status:
        return False
    obj.status = status
    obj.status_changed = timezone.now()
    obj.status_changed_by = user if user is not None and user.is_authenticated else None
    return True


def live_status(obj):
    """The status stored in the database (None for an entry not saved yet)."""
    if obj.pk is None:
        return None
    return type(obj)._default_manager.filter(pk=obj.pk).values_list("status", flat=True).first()


# --- values in JSON -------------------------------------------------------------------------


def to_json(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, FieldFile):
        return value.name or ""
    return value


def from_json(field, value):
    if value is None or isinstance(field, models.FileField):
        return value
    return field.to_python(value)


def field_by_attname(model, attname):
    for field in model._meta.concrete_fields:
        if field.attname == attname:
            return field
    raise LookupError(attname)


def same(field, old, new):
    """Equal for a curator: an empty text and NULL (modeltranslation columns) are the same."""
    if isinstance(old, FieldFile) or isinstance(new, FieldFile):
        return to_json(old) == to_json(new)
    if isinstance(field, (models.CharField, models.TextField)):
        return (old or "") == (new or "")
    return old == new


def editable_fields(model):
    """Fields a proposal may carry: editable, not the status, not the language-following ones."""
    skip = translated_base_fields(model) | {"status"}
    return [
        f
        for f in model._meta.concrete_fields
        if f.editable and not f.primary_key and f.name not in skip
    ]


def field_changes(live, candidate, names):
    """{attname: JSON value} for the fields in `names` where `candidate` differs from `live`."""
    changes = {}
    for field in editable_fields(type(live)):
        if field.name not in names:
            continue
        old, new = field.value_from_object(live), field.value_from_object(candidate)
        if not same(field, old, new):
            changes[field.attname] = to_json(new)
    return changes


def m2m_changes(live, values):
    """{name: sorted ids} for the many-to-many fields whose new ids (`values`) differ."""
    changes = {}
    for name, new in values.items():
        new_ids = sorted({getattr(item, "pk", item) for item in new})
        old_ids = sorted(getattr(live, name).values_list("pk", flat=True))
        if new_ids != old_ids:
            changes[name] = new_ids
    return changes


def inline_changes(formset):
    """The changed rows of an inline formset, as operations to apply later."""
    ops = []
    for form in formset.forms:
        if not form.has_changed():
            continue
        instance = form.instance
        if formset.can_delete and formset._should_delete_form(form):
            if instance.pk:
                ops.append({"op": "delete", "id": instance.pk})
            continue
        values = {}
        for field in editable_fields(formset.model):
            if field.name in form.cleaned_data and field.name != formset.fk.name:
                values[field.attname] = to_json(field.value_from_object(instance))
        ops.append({"op": "change" if instance.pk else "add", "id": instance.pk, **values})
    if not ops:
        return None
    return {"model": formset.model._meta.label_lower, "fk": formset.fk.attname, "ops": ops}


# --- proposing, accepting, rejecting --------------------------------------------------------


def propose(live, *, fields=None, m2m=None, inlines=None, user=None):
    """Store a pending change to `live`; None when nothing would change."""
    data = {"fields": fields or {}, "m2m": m2m or {}, "inlines": [i for i in inlines or [] if i]}
    if not (data["fields"] or data["m2m"] or data["inlines"]):
        return None
    change = PendingChange.objects.create(
        content_type=ContentType.objects.get_for_model(type(live)),
        object_id=live.pk,
        data=data,
        author=user if user is not None and user.is_authenticated else None,
    )
    notifications.tell_reviewers(change)
    return change


def pending_for(obj):
    return PendingChange.objects.filter(
        content_type=ContentType.objects.get_for_model(type(obj)),
        object_id=obj.pk,
        state=PendingChange.State.PENDING,
    )


class ProposalError(Exception):
    """A proposal that cannot be applied any more (the message says why)."""


@transaction.atomic
def accept(change, reviewer, note=""):
    """Apply a pending change to its entry; history records who proposed and who accepted."""
    from django.core.exceptions import ValidationError

    if change.state != PendingChange.State.PENDING:
        raise ProposalError(_("This change has already been decided."))
    entry = change.entry
    if entry is None:
        raise ProposalError(_("The entry this change is about no longer exists."))
    model = type(entry)
    for attname, value in change.data.get("fields", {}).items():
        field = field_by_attname(model, attname)
        setattr(entry, field.attname, from_json(field, value))
    try:
        entry.full_clean()
    except ValidationError as exc:
        raise ProposalError(" ".join(exc.messages)) from exc
    author = notifications.author_label(change.author)
    reason = _("Accepted change #%(number)s proposed by %(author)s") % {
        "number": change.pk,
        "author": author,
    }
    save_entry(entry, user=reviewer, reason=reason, m2m=change.data.get("m2m", {}))
    for inline in change.data.get("inlines", []):
        apply_inline(entry, inline, reviewer, reason)
    change.state = PendingChange.State.ACCEPTED
    change.decided_by, change.decided, change.note = reviewer, timezone.now(), note
    change.save()
    notifications.tell_author(change)
    return entry


def apply_inline(entry, inline, user, reason):
    model = apps.get_model(inline["model"])
    for op in inline["ops"]:
        values = {k: v for k, v in op.items() if k not in ("op", "id")}
        if op["op"] == "delete":
            model._default_manager.filter(pk=op["id"]).delete()
            continue
        row = model._default_manager.filter(pk=op["id"]).first() if op.get("id") else None
        row = row or model(**{inline["fk"]: entry.pk})
        for attname, value in values.items():
            field = field_by_attname(model, attname)
            setattr(row, field.attname, from_json(field, value))
        save_entry(row, user=user, reason=reason)


def reject(change, reviewer, note=""):
    if change.state != PendingChange.State.PENDING:
        raise ProposalError(_("This change has already been decided."))
    change.state = PendingChange.State.REJECTED
    change.decided_by, change.decided, change.note = reviewer, timezone.now(), note
    change.save()
    notifications.tell_author(change)


# --- a readable diff ------------------------------------------------------------------------


def display(field, value):
    """A value as a curator reads it."""
    if value in (None, "", []):
        return "—"
    if isinstance(field, models.ForeignKey):
        related = field.related_model._default_manager.filter(pk=value).first()
        return str(related) if related is not None else f"#{value}"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, (date, Decimal)):
        return localize(value)
    return str(value)


def diff_rows(change):
    """[(label, current, proposed)] for the review page."""
    entry = change.entry
    if entry is None:
        return []
    model = type(entry)
    rows = []
    for attname, value in change.data.get("fields", {}).items():
        field = field_by_attname(model, attname)
        current = field.value_from_object(entry)
        rows.append(
            (
                str(field.verbose_name),
                display(field, to_json(current)),
                display(field, from_json(field, value)),
            )
        )
    for name, ids in change.data.get("m2m", {}).items():
        field = model._meta.get_field(name)
        related = field.related_model._default_manager
        rows.append(
            (
                str(field.verbose_name),
                ", ".join(str(o) for o in getattr(entry, name).all()) or "—",
                ", ".join(str(o) for o in related.filter(pk__in=ids)) or "—",
            )
        )
    for inline in change.data.get("inlines", []):
        model = apps.get_model(inline["model"])
        label = str(model._meta.verbose_name)
        for op in inline["ops"]:
            current = (
                model._default_manager.filter(pk=op.get("id")).first() if op.get("id") else None
            )
            if op["op"] == "delete":
                rows.append((label, str(current or "—"), _("(removed)")))
                continue
            proposed = model(**{inline["fk"]: entry.pk})
            for attname, value in op.items():
                if attname in ("op", "id"):
                    continue
                field = field_by_attname(model, attname)
                setattr(proposed, field.attname, from_json(field, value))
            rows.append((label, str(current) if current else "—", str(proposed)))
    return rows
