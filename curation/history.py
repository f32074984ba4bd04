"""History and undo for curated entries, on top of django-simple-history.

Every curated model is registered with `CuratedHistoricalRecords` (in each app's translation.py).
One curator action gives one historical record, written after the many-to-many fields are saved
(`save_entry`, `one_record`), so a version holds the entry's themes and SDGs as well as its fields.

A version can be applied again (`apply_version`): that is how an entry is reverted, brought back
from the archive (`restore_archived`) or brought back after a deletion (`restore_deleted`). The
entries that pointed at it — participations, events, units, centres, hosted programmes — are put
back as they were at that version, from their own history (`restore_relations`).
"""

from contextlib import contextmanager
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from modeltranslation.translator import NotRegistered, translator
from simple_history.models import HistoricalRecords
from simple_history.template_utils import HistoricalRecordContextHelper
from simple_history.utils import get_m2m_reverse_field_name

#: The history table's change reason column holds 100 characters.
REASON_LENGTH = 100

#: Rows deleted together with an entry (on_delete=CASCADE) are recorded just before it.
CASCADE_WINDOW = timedelta(minutes=1)


class RestoreError(Exception):
    """An entry cannot be brought back (the message says why, for the curator)."""


class CuratedHistoricalRecords(HistoricalRecords):
    """Keeps a reference on the model, so that a record can be written after the m2m saves."""

    def finalize(self, sender, **kwargs):
        super().finalize(sender, **kwargs)
        if sender is self.cls:
            sender._history_records = self


def is_tracked(model):
    return hasattr(model, "_history_records")


def write_record(obj, *, created=False, user=None, reason=None):
    """Write one historical record of `obj` as it is now (fields and tracked m2m)."""
    if user is not None:
        obj._history_user = user
    if reason:
        obj._change_reason = str(reason)[:REASON_LENGTH]
    try:
        type(obj)._history_records.create_historical_record(obj, "+" if created else "~")
    finally:
        obj.__dict__.pop("_change_reason", None)


@contextmanager
def one_record(obj, *, user=None, reason=None):
    """Save `obj` (and its m2m fields) inside the block; history gets one record afterwards."""
    tracked = is_tracked(type(obj))
    created = obj._state.adding
    if tracked:
        obj.skip_history_when_saving = True
    try:
        yield obj
    finally:
        if tracked:
            del obj.skip_history_when_saving
    if tracked:
        write_record(obj, created=created, user=user, reason=reason)


def save_entry(obj, *, user=None, reason=None, m2m=None, force_insert=False):
    """Save `obj` and set its many-to-many fields ({name: ids}) as one version."""
    with one_record(obj, user=user, reason=reason):
        obj.save(force_insert=force_insert)
        for name, values in (m2m or {}).items():
            getattr(obj, name).set(values)
    return obj


# --- versions -------------------------------------------------------------------------------


def translated_base_fields(model):
    """modeltranslation's untranslated columns (`name` beside `name_th`/`name_en`).

    Their value follows the active language, so versions are compared and applied through the
    language columns only.
    """
    try:
        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


#: Bookkeeping columns that are not part of what a curator changes.
NOT_VERSIONED = {"updated", "status_changed", "status_changed_by"}


def versioned_fields(model):
    skip = translated_base_fields(model) | NOT_VERSIONED
    return [f for f in model._meta.concrete_fields if not f.primary_key and f.name not in skip]


def m2m_ids(record, field):
    """Primary keys of the related objects of m2m `field` in historical `record`."""
    target = get_m2m_reverse_field_name(field)
    ids = getattr(record, field.name).values_list(f"{target}_id", flat=True)
    existing = field.related_model._default_manager.filter(pk__in=list(ids))
    return sorted(existing.values_list("pk", flat=True))


def apply_version(record, *, user=None, reason=None, m2m_record=None):
    """Make the live entry equal to historical `record` (creating it again if it was deleted).

    `m2m_record` gives the many-to-many values when they come from another record (a deletion
    record has none: the links are removed before the entry).
    """
    model = record.instance_type
    pk = getattr(record, model._meta.pk.attname)
    obj = model._default_manager.filter(pk=pk).first()
    created = obj is None
    if created:
        obj = model(pk=pk)
    for field in versioned_fields(model):
        setattr(obj, field.attname, getattr(record, field.attname))
    if hasattr(obj, "status_changed"):
        previous = None if created else model._default_manager.get(pk=pk).status
        if previous != obj.status:
            obj.status_changed = timezone.now()
            obj.status_changed_by = user
    source = m2m_record or record
    m2m = {field.name: m2m_ids(source, field) for field in source._history_m2m_fields}
    return save_entry(obj, user=user, reason=reason, m2m=m2m, force_insert=created)


def reverse_relations(model):
    """(model, foreign key) for each history-tracked model with a foreign key to `model`."""
    for relation in model._meta.related_objects:
        if relation.one_to_many and is_tracked(relation.related_model):
            yield relation.related_model, relation.field


def restore_relations(obj, *, when, deleted_at=None, user=None, reason=None):
    """Point the rows that pointed at `obj` at time `when` back at it; recreate deleted ones.

    When `obj` itself was deleted at `deleted_at`, rows deleted with it (cascade) count as
    still there. Returns the number of rows put back.
    """
    restored = 0
    for model, fk in reverse_relations(type(obj)):
        history = model.history
        candidates = set(
            history.filter(**{fk.attname: obj.pk}, history_date__lte=when).values_list(
                "id", flat=True
            )
        )
        for pk in sorted(candidates):
            state = (
                history.filter(id=pk, history_date__lte=when)
                .order_by("-history_date", "-history_id")
                .first()
            )
            if getattr(state, fk.attname) != obj.pk:
                continue
            if state.history_type == "-" and not (
                deleted_at and state.history_date >= deleted_at - CASCADE_WINDOW
            ):
                continue
            live = model._default_manager.filter(pk=pk).first()
            try:
                with transaction.atomic():
                    if live is None:
                        apply_version(state, user=user, reason=reason)
                    elif getattr(live, fk.attname) != obj.pk:
                        setattr(live, fk.attname, obj.pk)
                        save_entry(live, user=user, reason=reason)
                    else:
                        continue
            except IntegrityError:
                continue  # the same link exists again (e.g. on the entry it was merged into)
            restored += 1
    return restored


def check_slug_free(model, record):
    slug = getattr(record, "slug", None)
    pk = getattr(record, model._meta.pk.attname)
    other = model._default_manager.filter(slug=slug).exclude(pk=pk).first() if slug else None
    if other is not None:
        raise RestoreError(
            _("The address “%(slug)s” is now used by “%(other)s”: change that entry first.")
            % {"slug": slug, "other": other}
        )


def forget_redirect(obj):
    """A slug in use again answers for itself, not as a redirect to another entry."""
    from .models import SlugHistory

    if getattr(obj, "slug", None):
        SlugHistory.objects.filter(
            content_type=ContentType.objects.get_for_model(type(obj)), old_slug=obj.slug
        ).delete()


@transaction.atomic
def restore_deleted(record, *, user=None):
    """Bring back an entry from its deletion record, with its links and relations."""
    model = record.instance_type
    pk = getattr(record, model._meta.pk.attname)
    if model._default_manager.filter(pk=pk).exists():
        raise RestoreError(_("This entry exists: there is nothing to bring back."))
    before = (
        model.history.filter(id=pk, history_date__lte=record.history_date)
        .exclude(history_type="-")
        .order_by("-history_date", "-history_id")
        .first()
    )
    check_slug_free(model, record)
    reason = _("Restored after deletion")
    obj = apply_version(record, user=user, reason=reason, m2m_record=before)
    forget_redirect(obj)
    restore_relations(
        obj, when=record.history_date, deleted_at=record.history_date, user=user, reason=reason
    )
    return obj


@transaction.atomic
def restore_archived(obj, *, user=None):
    """Bring an archived entry back to its last version before it was archived."""
    from .models import Status

    version = (
        obj.history.exclude(status=Status.ARCHIVED)
        .exclude(history_type="-")
        .order_by("-history_date", "-history_id")
        .first()
    )
    if version is None:
        raise RestoreError(
            _("“%(entry)s” has no version from before it was archived.") % {"entry": obj}
        )
    archived = (
        obj.history.filter(history_date__gt=version.history_date)
        .order_by("history_date", "history_id")
        .first()
    )
    # Relations as they were just before the entry was archived (a merge moves them after).
    when = archived.history_date - timedelta(microseconds=1) if archived else timezone.now()
    check_slug_free(type(obj), version)
    reason = _("Restored from the archive")
    obj = apply_version(version, user=user, reason=reason)
    forget_redirect(obj)
    restore_relations(obj, when=when, user=user, reason=reason)
    return obj


def deleted_records(model):
    """The last deletion record of each entry of `model` that does not exist any more."""
    history = model.history
    existing = model._default_manager.values("pk")
    records = history.filter(history_type="-").exclude(id__in=existing)
    latest = {}
    for record in records.order_by("history_date", "history_id").select_related("history_user"):
        latest[record.id] = record
    return sorted(latest.values(), key=lambda r: r.history_date, reverse=True)


# --- display --------------------------------------------------------------------------------


class ReadableChanges(HistoricalRecordContextHelper):
    """A history diff in the curator's words: choice labels, and a dash for an empty value."""

    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        if getattr(field, "choices", None) and not field.many_to_many:
            value = dict(field.flatchoices).get(value, value)
        value = super().prepare_delta_change_value(change, value)
        return "—" if value in (None, "", []) else value


def diff_excluded_fields(model):
    """Fields left out of the history diff: the language-following columns and bookkeeping."""
    return sorted(translated_base_fields(model) | {"updated"})
