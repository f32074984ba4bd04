"""Load the demo directory written from the seed documents (programs/demo_data.py).

Running it again changes nothing: rows are matched by slug (participations by organisation,
programme and role) and saved only when a value differs, so `updated` keeps its old value and
curators' later edits to other rows are left alone.
"""

from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation

from orgs.models import SDG, Organisation, Province, Theme
from programs import demo_data
from programs.models import Event, Participation, Programme

ORGANISATION_KEYS = set(
    """slug kind name_th name_en short_name_th short_name_en summary_th summary_en description_th
    description_en province country nationwide area_provinces themes sdgs founded_year website
    is_consortium_member consortium_joined osep_registered parent status last_verified
    sources""".split()
)
PROGRAMME_KEYS = set(
    """slug kind name_th name_en summary_th summary_en description_th description_en parent host
    province start_date end_date stage provinces nationwide themes sdgs website status
    last_verified sources""".split()
)
PARTICIPATION_KEYS = {"organisation", "programme", "role", "note_th", "note_en"}
EVENT_KEYS = set(
    """slug programme kind title_th title_en summary_th summary_en start_date end_date province
    city_th city_en country participants sources""".split()
)
#: Keys an entry may leave out; every other key must be there.
OPTIONAL_KEYS = {"short_name_th", "short_name_en", "note_th", "note_en"}


def same(current, wanted):
    """Translated text columns are nullable: an empty string and NULL mean the same thing."""
    if isinstance(current, str) or isinstance(wanted, str):
        return (current or "") == (wanted or "")
    return current == wanted


def as_date(value):
    return date.fromisoformat(value) if value else None


class Command(BaseCommand):
    help = "Load the demo organisations, programmes, participations and events (idempotent)."

    def handle(self, *args, **options):
        # Untranslated base columns follow the active language; load in the default one so that
        # the result does not depend on the caller's locale.
        with translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
            with transaction.atomic():
                self.outcome = {}
                self.provinces = Province.objects.in_bulk(field_name="code")
                self.themes = Theme.objects.in_bulk(field_name="slug")
                self.sdgs = SDG.objects.in_bulk(field_name="number")
                organisations = self.load_organisations(demo_data.ORGANISATIONS)
                programmes = self.load_programmes(demo_data.PROGRAMMES, organisations)
                self.load_participations(demo_data.PARTICIPATIONS, organisations, programmes)
                self.load_events(demo_data.EVENTS, programmes)
        outcomes = list(self.outcome.values())
        self.stdout.write(
            f"Demo data: {len(demo_data.ORGANISATIONS)} organisations, "
            f"{len(demo_data.PROGRAMMES)} programmes, "
            f"{len(demo_data.PARTICIPATIONS)} participations, {len(demo_data.EVENTS)} events "
            f"({outcomes.count('created')} created, {outcomes.count('updated')} updated)"
        )

    # --- helpers ----------------------------------------------------------------------------

    def check_keys(self, label, entry, allowed):
        unknown = set(entry) - allowed
        if unknown:
            raise CommandError(f"{label}: unknown keys {sorted(unknown)}")
        missing = allowed - OPTIONAL_KEYS - set(entry)
        if missing:
            raise CommandError(f"{label}: missing keys {sorted(missing)}")

    def find(self, table, key, what, label):
        if key is None:
            return None
        try:
            return table[key]
        except KeyError:
            raise CommandError(f"{label}: unknown {what} {key!r}") from None

    def find_all(self, table, keys, what, label):
        return [self.find(table, key, what, label) for key in keys]

    def province_id(self, code, label):
        province = self.find(self.provinces, code, "province", label)
        return province.pk if province else None

    def mark(self, key, created, changed):
        if created:
            self.outcome[key] = "created"
        elif changed and self.outcome.get(key) != "created":
            self.outcome[key] = "updated"

    def save(self, obj, label):
        with translation.override("en"):  # messages for the person running the command
            try:
                obj.full_clean()
            except ValidationError as exc:
                raise CommandError(f"{label}: {exc}") from exc
        obj.save()

    def sync(self, model, lookup, values, label, m2m=None):
        """Create or update one row, touching the database only where something differs."""
        obj = model.objects.filter(**lookup).first()
        created = obj is None
        if created:
            obj = model(**lookup)
        changed = False
        for field, value in values.items():
            if not same(getattr(obj, field), value):
                setattr(obj, field, value)
                changed = True
        if created or changed:
            self.save(obj, label)
        for name, targets in (m2m or {}).items():
            manager = getattr(obj, name)
            wanted = {target.pk for target in targets}
            if set(manager.values_list("pk", flat=True)) != wanted:
                manager.set(wanted)
                changed = True
        self.mark((model, tuple(lookup.values())), created, changed)
        return obj

    def curated_m2m(self, entry, label, area_field):
        return {
            area_field: self.find_all(self.provinces, entry[area_field], "province", label),
            "themes": self.find_all(self.themes, entry["themes"], "theme", label),
            "sdgs": self.find_all(self.sdgs, entry["sdgs"], "SDG", label),
        }

    # --- loaders ----------------------------------------------------------------------------

    def load_organisations(self, entries):
        organisations = {}
        # First pass without parents, so that a parent may come anywhere in the list.
        for entry in entries:
            label = f"organisation {entry.get('slug')!r}"
            self.check_keys(label, entry, ORGANISATION_KEYS)
            values = {
                "kind": entry["kind"],
                "name_th": entry["name_th"],
                "name_en": entry["name_en"],
                "short_name_th": entry.get("short_name_th", ""),
                "short_name_en": entry.get("short_name_en", ""),
                "summary_th": entry["summary_th"],
                "summary_en": entry["summary_en"],
                "description_th": entry["description_th"],
                "description_en": entry["description_en"],
                "province_id": self.province_id(entry["province"], label),
                "country": entry["country"],
                "nationwide": entry["nationwide"],
                "founded_year": entry["founded_year"],
                "website": entry["website"],
                "is_consortium_member": entry["is_consortium_member"],
                "consortium_joined": as_date(entry["consortium_joined"]),
                "osep_registered": entry["osep_registered"],
                "status": entry["status"],
                "last_verified": as_date(entry["last_verified"]),
                "sources": "\n".join(entry["sources"]),
            }
            m2m = self.curated_m2m(entry, label, "area_provinces")
            organisations[entry["slug"]] = self.sync(
                Organisation, {"slug": entry["slug"]}, values, label, m2m
            )
        for entry in entries:
            label = f"organisation {entry['slug']!r}"
            parent = self.find(organisations, entry["parent"], "parent organisation", label)
            obj = organisations[entry["slug"]]
            wanted = parent.pk if parent else None
            if obj.parent_id != wanted:
                obj.parent_id = wanted
                self.save(obj, label)
                self.mark((Organisation, (obj.slug,)), False, True)
        return organisations

    def load_programmes(self, entries, organisations):
        by_slug = {entry["slug"]: entry for entry in entries}

        def depth(entry, seen=()):
            parent = entry.get("parent")
            if not parent:
                return 0
            if parent not in by_slug:
                raise CommandError(f"programme {entry['slug']!r}: unknown parent {parent!r}")
            if parent in seen:
                raise CommandError(f"programme {entry['slug']!r}: parent cycle")
            return 1 + depth(by_slug[parent], (*seen, entry["slug"]))

        programmes = {}
        for entry in entries:
            self.check_keys(f"programme {entry.get('slug')!r}", entry, PROGRAMME_KEYS)
        for entry in sorted(entries, key=depth):
            label = f"programme {entry['slug']!r}"
            parent = programmes[entry["parent"]] if entry["parent"] else None
            host = self.find(organisations, entry["host"], "host organisation", label)
            values = {
                "kind": entry["kind"],
                "name_th": entry["name_th"],
                "name_en": entry["name_en"],
                "summary_th": entry["summary_th"],
                "summary_en": entry["summary_en"],
                "description_th": entry["description_th"],
                "description_en": entry["description_en"],
                "parent_id": parent.pk if parent else None,
                "host_id": host.pk if host else None,
                "province_id": self.province_id(entry["province"], label),
                "start_date": as_date(entry["start_date"]),
                "end_date": as_date(entry["end_date"]),
                "stage": entry["stage"],
                "nationwide": entry["nationwide"],
                "website": entry["website"],
                "status": entry["status"],
                "last_verified": as_date(entry["last_verified"]),
                "sources": "\n".join(entry["sources"]),
            }
            m2m = self.curated_m2m(entry, label, "provinces")
            programmes[entry["slug"]] = self.sync(
                Programme, {"slug": entry["slug"]}, values, label, m2m
            )
        return programmes

    def load_participations(self, entries, organisations, programmes):
        for entry in entries:
            label = f"participation {entry.get('organisation')!r} in {entry.get('programme')!r}"
            self.check_keys(label, entry, PARTICIPATION_KEYS)
            organisation = self.find(organisations, entry["organisation"], "organisation", label)
            programme = self.find(programmes, entry["programme"], "programme", label)
            lookup = {
                "organisation_id": organisation.pk,
                "programme_id": programme.pk,
                "role": entry["role"],
            }
            values = {"note_th": entry.get("note_th", ""), "note_en": entry.get("note_en", "")}
            self.sync(Participation, lookup, values, label)

    def load_events(self, entries, programmes):
        for entry in entries:
            label = f"event {entry.get('slug')!r}"
            self.check_keys(label, entry, EVENT_KEYS)
            programme = self.find(programmes, entry["programme"], "programme", label)
            values = {
                "programme_id": programme.pk,
                "kind": entry["kind"],
                "title_th": entry["title_th"],
                "title_en": entry["title_en"],
                "summary_th": entry["summary_th"],
                "summary_en": entry["summary_en"],
                "start_date": as_date(entry["start_date"]),
                "end_date": as_date(entry["end_date"]),
                "province_id": self.province_id(entry["province"], label),
                "city_th": entry["city_th"],
                "city_en": entry["city_en"],
                "country": entry["country"],
                "participants": entry["participants"],
                "sources": "\n".join(entry["sources"]),
            }
            self.sync(Event, {"slug": entry["slug"]}, values, label)
