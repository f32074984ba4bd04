"""What every curated entry shares: its publication status and the rule of what is public,
where its facts come from, former slugs, and changes waiting for review."""

from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .language import LANGUAGES, name_sort_key


class Status(models.TextChoices):
    """Publication status shared by every curated entry."""

    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


def published_q(path=""):
    """The publication rule as a condition, for entries reached through `path`.

    `published_q()` is the entry itself; `published_q("organisations")` counts only published
    organisations in an annotation over a relation. `CuratedQuerySet.published()` and
    `CuratedEntry.is_published` say the same in the two other places the rule is needed.
    """
    prefix = f"{path}__" if path else ""
    return Q(**{f"{prefix}status": Status.PUBLISHED})


def validate_source_lines(value):
    """Sources are URLs, one per line."""
    check = URLValidator(schemes=["http", "https"])
    for number, line in enumerate(value.splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        try:
            check(line)
        except ValidationError as exc:
            raise ValidationError(
                _("Line %(number)s is not a web address: %(line)s"),
                params={"number": number, "line": line[:80]},
            ) from exc


def split_lines(value):
    return [line.strip() for line in (value or "").splitlines() if line.strip()]


#: An entry not verified for this many days is stale (curators' data-quality list).
STALE_AFTER_DAYS = 365


class CuratedQuerySet(models.QuerySet):
    """What the public may see is decided here, once, for every curated model."""

    def published(self):
        return self.filter(published_q())

    def order_by_name(self):
        return self.order_by(name_sort_key("name"), "slug")

    def stale(self, today=None):
        """Entries last verified more than STALE_AFTER_DAYS ago, or never."""
        today = today or timezone.localdate()
        cutoff = today - timedelta(days=STALE_AFTER_DAYS)
        return self.filter(Q(last_verified__isnull=True) | Q(last_verified__lt=cutoff))

    def missing_translation(self, lang=None):
        """Entries whose name or summary is empty in Thai or English (or in `lang` only)."""
        missing = Q()
        for field in ("name", "summary"):
            for code in [lang] if lang else LANGUAGES:
                missing |= Q(**{f"{field}_{code}__isnull": True}) | Q(**{f"{field}_{code}": ""})
        return self.filter(missing)


class CuratedEntry(models.Model):
    """A curated entry: an address (slug), a name, summary and description in Thai and English
    (django-modeltranslation adds the `_th`/`_en` columns), its publication status (and who
    last changed it, when), when its facts were last verified, where they come from, and
    timestamps."""

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    name = models.CharField(_("name"), max_length=255)
    summary = models.CharField(
        _("summary"), max_length=400, blank=True, help_text=_("One or two sentences.")
    )
    description = models.TextField(_("description"), blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    status_changed = models.DateTimeField(
        _("status changed"), null=True, blank=True, editable=False
    )
    status_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("status changed by"),
    )
    last_verified = models.DateField(_("last verified"), null=True, blank=True)
    sources = models.TextField(
        _("sources"),
        blank=True,
        validators=[validate_source_lines],
        help_text=_("Web addresses the facts come from, one per line."),
    )
    created = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True
        ordering = ["slug"]

    def __str__(self):
        return self.name or self.slug

    def clean(self):
        super().clean()
        if not any(getattr(self, f"name_{lang}", "") for lang in LANGUAGES):
            raise ValidationError(_("Give the name in Thai, in English, or both."))

    @property
    def is_published(self):
        return self.status == Status.PUBLISHED

    @property
    def source_list(self):
        return split_lines(self.sources)


def published_slug(entry):
    """The slug of a related entry when the public may follow it, else None."""
    return entry.slug if entry is not None and entry.is_published else None


# --- Curation support: slug history, pending changes -----------------------------------------


class SlugHistory(models.Model):
    """A slug an entry used to have: its old URL answers with a permanent redirect."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    entry = GenericForeignKey("content_type", "object_id")
    old_slug = models.SlugField(_("old slug"), max_length=120)
    created = models.DateTimeField(_("changed"), default=timezone.now)

    class Meta:
        verbose_name = _("former slug")
        verbose_name_plural = _("former slugs")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "old_slug"], name="unique_old_slug_per_model"
            )
        ]

    def __str__(self):
        return self.old_slug


class PendingChange(models.Model):
    """An Editor's change to a published entry, waiting for a Reviewer to accept or reject it."""

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    entry = GenericForeignKey("content_type", "object_id")
    data = models.JSONField(_("proposed values"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("proposed by"),
    )
    created = models.DateTimeField(_("proposed"), default=timezone.now)
    state = models.CharField(
        _("state"), max_length=16, choices=State.choices, default=State.PENDING, db_index=True
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided = models.DateTimeField(_("decided"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("pending change")
        verbose_name_plural = _("pending changes")
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.content_type.name} #{self.object_id} ({self.get_state_display()})"

    def notice_text(self):
        """How the change reads in an email to reviewers."""
        from .notifications import author_label

        return _("Change #%(number)s to “%(entry)s”, proposed by %(author)s") % {
            "number": self.pk,
            "entry": self.entry if self.entry is not None else f"#{self.object_id}",
            "author": author_label(self.author),
        }


# --- Email notifications (curation/notifications.py) -----------------------------------------


class NotificationPreference(models.Model):
    """How a curator wants to be told of new work: language and frequency of the emails."""

    class Frequency(models.TextChoices):
        IMMEDIATELY = "immediately", _("At once, one email each time")
        DAILY = "daily", _("Once a day, in a digest")
        NEVER = "never", _("Never")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_preference",
        verbose_name=_("user"),
    )
    language = models.CharField(
        _("language of the emails"),
        max_length=2,
        choices=[("th", _("Thai")), ("en", _("English"))],
        default="th",
    )
    frequency = models.CharField(
        _("new suggestions and proposed changes"),
        max_length=16,
        choices=Frequency.choices,
        default=Frequency.IMMEDIATELY,
        help_text=_(
            "Reviewers are told of new work waiting for them. Decisions on your own "
            "proposals are always sent at once."
        ),
    )

    class Meta:
        verbose_name = _("email notifications")
        verbose_name_plural = _("email notifications")

    def __str__(self):
        return str(self.user)


class Notice(models.Model):
    """One item of new work to tell a reviewer of: sent at once, or kept for the daily digest."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("recipient"),
    )
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    created = models.DateTimeField(_("created"), default=timezone.now)
    sent = models.DateTimeField(_("sent"), null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["created", "pk"]
        verbose_name = _("notice")
        verbose_name_plural = _("notices")

    def __str__(self):
        return f"{self.content_type.name} #{self.object_id} → {self.recipient}"
