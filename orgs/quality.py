"""Data quality: possible duplicate organisations, and merging two entries into one.

Stale entries and missing translations are QuerySet methods (`stale()`, `missing_translation()`)
with admin list filters. Duplicates are pairs of entries (not archived) with the same website
host, the same email, or very similar names in Thai or in English. Names are compared with
difflib on every database (the same result on SQLite and PostgreSQL), after removing the words
that many names share ("community enterprise", "วิสาหกิจชุมชน", …); an index of character
trigrams picks the pairs worth comparing, so 5,000 organisations take a second or two.
"""

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import combinations
from urllib.parse import urlsplit

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from curation.history import is_tracked, save_entry
from curation.models import PendingChange, SlugHistory, Status
from curation.workflow import editable_fields, set_status

from .models import Organisation

#: Names at least this similar (difflib ratio, 0–1) are listed as possible duplicates.
NAME_SIMILARITY = 0.88
#: Names compared with difflib share at least this part of their trigrams (Dice coefficient).
TRIGRAM_OVERLAP = 0.4

#: Hosts that many organisations share (social media, site builders): the first path segment
#: tells them apart.
SHARED_HOSTS = {
    "facebook.com",
    "m.facebook.com",
    "fb.com",
    "instagram.com",
    "youtube.com",
    "line.me",
    "linktr.ee",
    "x.com",
    "twitter.com",
    "tiktok.com",
    "sites.google.com",
    "google.com",
    "medium.com",
}

#: Words many names share; removed before names are compared.
COMMON_WORDS = [
    "วิสาหกิจชุมชน",
    "วิสาหกิจเพื่อสังคม",
    "สหกรณ์",
    "มูลนิธิ",
    "สมาคม",
    "บริษัท",
    "จำกัด",
    "มหาชน",
    "มหาวิทยาลัย",
    "community enterprise",
    "social enterprise",
    "cooperative",
    "co-operative",
    "foundation",
    "association",
    "company limited",
    "co., ltd.",
    "co. ltd",
    "limited",
    "ltd",
    "university",
    "the",
]
COMMON_PATTERN = re.compile(
    "|".join(re.escape(w) for w in sorted(COMMON_WORDS, key=len, reverse=True)), re.IGNORECASE
)


def website_key(url):
    parts = urlsplit((url or "").strip().lower())
    host = (parts.hostname or "").removeprefix("www.")
    if not host:
        return None
    if host in SHARED_HOSTS:
        segment = parts.path.strip("/").split("/")[0]
        return f"{host}/{segment}" if segment else None
    return host


def name_key(name):
    text = COMMON_PATTERN.sub(" ", (name or "").lower())
    return re.sub(r"[\W_]+", "", text)


def similarity(a, b):
    """difflib's ratio, with the cheap upper bounds tried first."""
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < NAME_SIMILARITY or matcher.quick_ratio() < NAME_SIMILARITY:
        return 0.0
    return matcher.ratio()


def trigrams(key):
    padded = f"  {key} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def similar_pairs(keys):
    """(pk, pk, score) for names at least NAME_SIMILARITY alike ({pk: name key}).

    Comparing every pair is quadratic; names this alike share most of their trigrams, so only
    pairs sharing enough of the rarer trigrams are compared with difflib.
    """
    grams = {pk: trigrams(key) for pk, key in keys.items()}
    index = {}
    for pk, found in grams.items():
        for gram in found:
            index.setdefault(gram, []).append(pk)
    # Trigrams in very many names say little and would make the search quadratic again.
    common = max(50, len(keys) // 20)
    rare = {pk: {g for g in found if len(index[g]) <= common} for pk, found in grams.items()}
    found = []
    for pk, mine in rare.items():
        shared = {}
        for gram in mine:
            for other in index[gram]:
                if other > pk:
                    shared[other] = shared.get(other, 0) + 1
        for other, count in shared.items():
            if 2 * count / (len(mine) + len(rare[other])) < TRIGRAM_OVERLAP:
                continue
            a, b = keys[pk], keys[other]
            score = 1.0 if a == b else similarity(a, b)
            if score >= NAME_SIMILARITY:
                found.append((pk, other, score))
    return found


@dataclass
class DuplicatePair:
    first: Organisation
    second: Organisation
    reasons: list = field(default_factory=list)
    score: float = 0.0


def possible_duplicates(queryset=None):
    """Pairs of organisations that may be the same one, the most likely first."""
    queryset = queryset if queryset is not None else Organisation.objects.all()
    entries = list(
        queryset.exclude(status=Status.ARCHIVED).select_related("province").order_by("pk")
    )
    by_pk = {entry.pk: entry for entry in entries}
    pairs = {}

    def add(a, b, reason, score=1.0):
        if a.pk > b.pk:
            a, b = b, a
        if a.parent_id == b.pk or b.parent_id == a.pk:
            return  # a centre and its university may share a website or an email
        pair = pairs.setdefault((a.pk, b.pk), DuplicatePair(a, b))
        if reason not in pair.reasons:
            pair.reasons.append(reason)
        pair.score = max(pair.score, score)

    for key_of, reason in [
        (lambda e: website_key(e.website), _("same website")),
        (lambda e: (e.email or "").strip().lower() or None, _("same email")),
    ]:
        groups = {}
        for entry in entries:
            key = key_of(entry)
            if key:
                groups.setdefault(key, []).append(entry.pk)
        for pks in groups.values():
            for a, b in combinations(pks, 2):
                add(by_pk[a], by_pk[b], reason)

    for lang, reason in [("th", _("similar Thai name")), ("en", _("similar English name"))]:
        keys = {
            entry.pk: key for entry in entries if (key := name_key(getattr(entry, f"name_{lang}")))
        }
        for a, b, score in similar_pairs(keys):
            add(by_pk[a], by_pk[b], reason, score)

    return sorted(pairs.values(), key=lambda p: (-len(p.reasons), -p.score, p.first.pk))


# --- merging --------------------------------------------------------------------------------


class MergeError(Exception):
    pass


def merged_slug(obj):
    base = f"{obj.slug}-merged"[:110]
    slug, number = base, 2
    while Organisation.objects.filter(slug=slug).exclude(pk=obj.pk).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def merge(keep, other, user=None):
    """Merge `other` into `keep`: relations move, blanks are filled, `other` is archived.

    Moves themes, SDGs and provinces of operation (union), and every row that points at
    `other` (centres, suggestions, and whatever other apps link to organisations); a link `keep`
    already has is dropped. `other`
    is archived under a new slug and its old slug redirects to `keep` (SlugHistory). Every
    change is in the history of the rows it touches, so the merge can be undone by bringing
    `other` back from the archive.
    """
    if keep.pk == other.pk:
        raise MergeError(_("Choose two different organisations."))
    if other.status == Status.ARCHIVED:
        raise MergeError(_("“%(entry)s” is archived already.") % {"entry": other})
    reason = _("Merged “%(other)s” into “%(keep)s”") % {"other": other.slug, "keep": keep.slug}

    # Archived first: bringing `other` back restores the relations it had just before this.
    values = {f.attname: getattr(other, f.attname) for f in editable_fields(Organisation)}
    old_slug = other.slug
    other.slug = merged_slug(other)
    set_status(other, Status.ARCHIVED, user)
    save_entry(other, user=user, reason=reason)

    for model_field in editable_fields(Organisation):
        if model_field.name in ("slug", "kind", "parent") or model_field.many_to_many:
            continue
        mine, theirs = getattr(keep, model_field.attname), values[model_field.attname]
        if mine in (None, "") and theirs not in (None, ""):
            setattr(keep, model_field.attname, theirs)
    m2m = {}
    for name in ("themes", "sdgs", "area_provinces"):
        ids = set(getattr(keep, name).values_list("pk", flat=True))
        m2m[name] = sorted(ids | set(getattr(other, name).values_list("pk", flat=True)))
    if keep.parent_id == other.pk:
        keep.parent_id = other.parent_id if other.parent_id != keep.pk else None
    save_entry(keep, user=user, reason=reason, m2m=m2m)

    for relation in Organisation._meta.related_objects:
        if not relation.one_to_many:
            continue
        model, fk = relation.related_model, relation.field
        rows = model._default_manager.filter(**{fk.attname: other.pk})
        if model is Organisation:
            rows = rows.exclude(pk=keep.pk)  # handled above: keep was a centre of other
        for row in rows:
            setattr(row, fk.attname, keep.pk)
            try:
                with transaction.atomic():
                    if is_tracked(model):
                        save_entry(row, user=user, reason=reason)
                    else:
                        row.save(update_fields=[fk.name])
            except IntegrityError:
                row.refresh_from_db()
                row._change_reason = reason[:100]
                row.delete()  # the kept entry has the same link already

    content_type = ContentType.objects.get_for_model(Organisation)
    SlugHistory.objects.filter(content_type=content_type, object_id=other.pk).update(
        object_id=keep.pk
    )
    SlugHistory.objects.update_or_create(
        content_type=content_type,
        old_slug=old_slug,
        defaults={"object_id": keep.pk, "created": timezone.now()},
    )
    PendingChange.objects.filter(
        content_type=content_type, object_id=other.pk, state=PendingChange.State.PENDING
    ).update(
        state=PendingChange.State.REJECTED,
        decided_by=user if user is not None and user.is_authenticated else None,
        decided=timezone.now(),
        note=reason,
    )
    return keep
