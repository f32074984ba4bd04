"""Load the demo directory: the fixtures in every installed app's `fixtures/demo/` folder.

The fixtures are Django's own JSON serialization with natural keys (slugs, ISO province codes,
SDG numbers; docs/data-model.md, "Demo data"). Unlike `loaddata`, this command compares before it
saves. Every entry is checked with `full_clean`; rows are matched by natural key and saved only
when a value differs, so a second run changes nothing (`updated` keeps its old value and no
history record is added) and curators' later edits to other rows are left alone. Fields an entry
does not name are left as they are.

It lives in the site package because it loads both apps' data; it imports neither. An app that
is not installed contributes no fixtures, so the organisations load without the programmes app.
"""

import json
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.base import (
    DeserializationError,
    deserialize_fk_value,
    deserialize_m2m_values,
)
from django.db import DEFAULT_DB_ALIAS, transaction
from django.utils import translation

#: Where each app keeps its demo content.
DEMO_FOLDER = Path("fixtures") / "demo"


def demo_fixtures(app_configs=None):
    """The demo fixture files of the given (by default: the installed) apps, in a fixed order."""
    files = []
    for config in apps.get_app_configs() if app_configs is None else app_configs:
        files += sorted((Path(config.path) / DEMO_FOLDER).glob("*.json"))
    return files


def same(current, wanted):
    """Translated text columns are nullable: an empty string and NULL mean the same thing."""
    if isinstance(current, str) or isinstance(wanted, str):
        return (current or "") == (wanted or "")
    return current == wanted


def describe(error):
    """A ValidationError as one line: `field: message; field: message`."""
    if hasattr(error, "error_dict"):
        return "; ".join(f"{field}: {' '.join(msgs)}" for field, msgs in error.message_dict.items())
    return " ".join(error.messages)


def refers_to_itself(model):
    return any(
        field.is_relation and field.related_model is model
        for field in model._meta.get_fields()
        if field.concrete
    )


class Entry:
    """One fixture entry: where it comes from, and what it became in the database."""

    def __init__(self, path, number, data):
        self.path, self.number, self.data = path, number, data
        self.model = None
        self.obj = None
        self.deferred = {}

    @property
    def fields(self):
        return self.data.get("fields") or {}

    def __str__(self):
        try:
            shown = Path(self.path).resolve().relative_to(settings.BASE_DIR)
        except ValueError:
            shown = self.path
        slug = self.fields.get("slug")
        what = f"{self.data.get('model')} {slug!r}" if slug else self.data.get("model")
        return f"{shown}, entry {self.number} ({what})"


class Command(BaseCommand):
    help = (
        "Load the demo content (organisations, programmes, participations, events) from the "
        "installed apps' fixtures/demo/*.json. Idempotent: only what differs is saved."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "fixtures",
            nargs="*",
            metavar="FILE",
            help="fixture files to load instead of every installed app's fixtures/demo/*.json",
        )

    def handle(self, *args, fixtures, **options):
        entries = self.read([Path(name) for name in fixtures] or demo_fixtures())
        self.outcome = {}
        # Untranslated base columns follow the active language; load in the default one so that
        # the result does not depend on the caller's locale.
        with translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
            with transaction.atomic():
                for entry in entries:
                    self.load(entry)
                # References to an entry further on (a parent listed after its unit).
                for entry in entries:
                    if entry.deferred:
                        self.load_deferred(entry)
        if options["verbosity"]:
            counts = {}
            for entry in entries:
                counts[entry.model] = counts.get(entry.model, 0) + 1
            outcomes = list(self.outcome.values())
            with translation.override("en"):
                totals = ", ".join(
                    f"{count} {model._meta.verbose_name_plural}" for model, count in counts.items()
                )
            self.stdout.write(
                f"Demo data: {totals} ({outcomes.count('created')} created, "
                f"{outcomes.count('updated')} updated)"
            )

    # --- reading ----------------------------------------------------------------------------

    def read(self, paths):
        """Every entry of the files, models in dependency order (a file's own order within)."""
        entries = []
        for path in paths:
            try:
                data = json.loads(Path(path).read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise CommandError(f"{path}: {exc}") from exc
            if not isinstance(data, list):
                raise CommandError(f"{path}: a fixture is a list of entries")
            for number, item in enumerate(data, start=1):
                entry = Entry(path, number, item)
                if not isinstance(item, dict) or not isinstance(item.get("fields"), dict):
                    raise CommandError(f"{entry}: an entry has a model and its fields")
                if "pk" in item:
                    raise CommandError(f"{entry}: give natural keys, not a primary key")
                try:
                    entry.model = apps.get_model(item.get("model"))
                except (LookupError, TypeError, ValueError):
                    raise CommandError(f"{entry}: unknown model (is its app installed?)") from None
                entries.append(entry)
        by_app = {}  # app config: its models, in the order first met (a stable sort)
        for entry in entries:
            by_app.setdefault(entry.model._meta.app_config, {})[entry.model] = None
        order = serializers.sort_dependencies([(app, list(ms)) for app, ms in by_app.items()])
        return sorted(entries, key=lambda entry: order.index(entry.model))

    # --- loading ----------------------------------------------------------------------------

    def load(self, entry):
        model = entry.model
        # Only a model that refers to itself may name an entry that comes later; every other
        # reference is to a model loaded before, and a missing one is an error at once.
        forward = refers_to_itself(model)
        try:
            (found,) = serializers.deserialize(
                "python", [entry.data], handle_forward_references=forward
            )
        except (DeserializationError, ObjectDoesNotExist, ValidationError) as exc:
            raise CommandError(f"{entry}: {exc}") from exc
        for field, value in found.deferred_fields.items():
            if field.related_model is not model:
                raise CommandError(f"{entry}: unknown {field.name} {value}")
        entry.deferred = found.deferred_fields
        wanted = found.object
        existing = model._default_manager.filter(pk=wanted.pk).first() if wanted.pk else None
        created = existing is None
        obj = model() if created else existing
        changed = False
        for name in entry.fields:
            field = model._meta.get_field(name)
            if field.many_to_many or field in entry.deferred:
                continue
            value = getattr(wanted, field.attname)
            if not same(getattr(obj, field.attname), value):
                setattr(obj, field.attname, value)
                changed = True
        if created or changed:
            self.save(obj, entry)
        for name, pks in found.m2m_data.items():
            changed |= self.set_m2m(obj, name, pks)
        entry.obj = obj
        self.mark(obj, created, changed)

    def load_deferred(self, entry):
        obj, changed = entry.obj, False
        for field, value in entry.deferred.items():
            try:
                if field.many_to_many:
                    pks = deserialize_m2m_values(field, value, DEFAULT_DB_ALIAS, False)
                    changed |= self.set_m2m(obj, field.name, pks)
                    continue
                pk = deserialize_fk_value(field, value, DEFAULT_DB_ALIAS, False)
            except (DeserializationError, ObjectDoesNotExist) as exc:
                raise CommandError(f"{entry}: unknown {field.name} {value}") from exc
            if getattr(obj, field.attname) != pk:
                setattr(obj, field.attname, pk)
                self.save(obj, entry)
                changed = True
        self.mark(obj, False, changed)

    def set_m2m(self, obj, name, pks):
        manager = getattr(obj, name)
        wanted = set(pks)
        if set(manager.values_list("pk", flat=True)) == wanted:
            return False
        manager.set(wanted)
        return True

    def save(self, obj, entry):
        with translation.override("en"):  # messages for the person running the command
            try:
                obj.full_clean()
            except ValidationError as exc:
                raise CommandError(f"{entry}: {describe(exc)}") from exc
        obj.save()

    def mark(self, obj, created, changed):
        key = (type(obj), obj.pk)
        if created:
            self.outcome[key] = "created"
        elif changed and self.outcome.get(key) != "created":
            self.outcome[key] = "updated"
