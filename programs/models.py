import calendar
import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.db.models.signals import pre_save
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from curation.models import (
    CuratedEntry,
    CuratedQuerySet,
    published_q,
    split_lines,
    validate_source_lines,
)
from listings import search
from orgs.models import SDG, Organisation, Province, Theme


class DatePrecision(models.TextChoices):
    """How much of a date is known: a stored date of a month (or year) is its first day."""

    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")


DATE_PRECISION_HELP = _(
    "Month or year when only that much is known; the date is then stored as its first day "
    "(1 April 2019 for April 2019) and shown as “April 2019”."
)


def date_precision_field():
    return models.CharField(
        _("date precision"),
        max_length=8,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=DATE_PRECISION_HELP,
    )


def last_day_covered(start, end, precision):
    """The last day a start/end pair at this precision covers (the end's month or year)."""
    day = end or start
    if day is None:
        return None
    if precision == DatePrecision.YEAR:
        return datetime.date(day.year, 12, 31)
    if precision == DatePrecision.MONTH:
        return datetime.date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
    return day


class ProgrammeQuerySet(search.SearchQuerySet, CuratedQuerySet):
    def top_level(self):
        return self.filter(parent__isnull=True)


class ProgrammeManager(models.Manager.from_queryset(ProgrammeQuerySet)):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Programme(search.SearchColumns, CuratedEntry):
    """A structured activity run by organisations: an exchange, a training, a driving unit…"""

    class Kind(models.TextChoices):
        EXCHANGE = "exchange", _("Exchange or link programme")
        TRAINING = "training", _("Training")
        DRIVING_UNIT = "driving-unit", _("Driving unit")
        VILLAGE = "village", _("Innovation village")
        CHALLENGE = "challenge", _("Challenge or grant")
        INCUBATION = "incubation", _("Incubation")
        RESEARCH = "research", _("Research")
        CURRICULUM = "curriculum", _("Curriculum or toolkit")
        NETWORK = "network", _("Network or consortium")

    class Stage(models.TextChoices):
        PLANNED = "planned", _("Planned")
        ONGOING = "ongoing", _("Ongoing")
        COMPLETED = "completed", _("Completed")

    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="units",
        verbose_name=_("parent programme"),
        help_text=_("For a unit of a larger programme, such as one SID unit."),
    )
    host = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="hosted_programmes",
        verbose_name=_("host organisation"),
    )
    province = models.ForeignKey(
        Province,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="programmes",
        verbose_name=_("province"),
        help_text=_("Where a unit is based."),
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    date_precision = date_precision_field()
    stage = models.CharField(
        _("stage"), max_length=16, choices=Stage.choices, default=Stage.ONGOING
    )
    provinces = models.ManyToManyField(
        Province,
        blank=True,
        related_name="covering_programmes",
        verbose_name=_("provinces covered"),
    )
    nationwide = models.BooleanField(_("covers the whole country"), default=False)
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="programmes", verbose_name=_("themes")
    )
    sdgs = models.ManyToManyField(
        SDG, blank=True, related_name="programmes", verbose_name=_("SDGs")
    )
    website = models.URLField(_("website"), blank=True)
    organisations = models.ManyToManyField(
        Organisation,
        through="Participation",
        related_name="programmes",
        verbose_name=_("organisations"),
    )

    objects = ProgrammeManager()

    #: What `q` searches, in Thai and English (listings/search.py): a programme is also found by
    #: the names of its (published) units and of its host.
    search_fields = search.SearchFields(
        names=("name",),
        other=("summary", "description"),
        related={"units": ("name",), "host": ("name", "short_name")},
        list_url_name="programs:programme_list",
    )

    class Meta(CuratedEntry.Meta):
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        permissions = [
            ("publish_programme", _("Can publish, archive and restore programmes")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(start_date__isnull=True)
                | Q(end_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="programme_dates_in_order",
            ),
        ]

    def get_absolute_url(self):
        return reverse("programs:programme_detail", kwargs={"slug": self.slug})

    def natural_key(self):
        return (self.slug,)

    natural_key.dependencies = ["orgs.organisation"]

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date is before the start date.")})
        if self.parent_id and self.parent_id == self.pk:
            raise ValidationError({"parent": _("A programme cannot be its own parent.")})


class ParticipationManager(models.Manager):
    def get_by_natural_key(self, organisation, programme, role):
        return self.get(organisation__slug=organisation, programme__slug=programme, role=role)


class Participation(models.Model):
    """An organisation's part in a programme."""

    class Role(models.TextChoices):
        LEAD = "lead", _("Lead")
        CO_HOST = "co-host", _("Co-host")
        FUNDER = "funder", _("Funder")
        FACILITATOR = "facilitator", _("Facilitator")
        HOST = "host", _("Host")
        PARTNER = "partner", _("Partner")
        PARTICIPANT = "participant", _("Participant")

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="participations",
        verbose_name=_("organisation"),
    )
    programme = models.ForeignKey(
        Programme,
        on_delete=models.CASCADE,
        related_name="participations",
        verbose_name=_("programme"),
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices)
    note = models.CharField(_("note"), max_length=255, blank=True)

    objects = ParticipationManager()

    class Meta:
        ordering = ["programme", "role", "organisation"]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "programme", "role"], name="unique_participation_role"
            )
        ]

    def __str__(self):
        return f"{self.organisation} — {self.get_role_display()} — {self.programme}"

    def natural_key(self):
        return (*self.organisation.natural_key(), *self.programme.natural_key(), self.role)

    natural_key.dependencies = ["orgs.organisation", "programs.programme"]


search.register(Programme)


class EventQuerySet(search.SearchQuerySet):
    def published(self):
        """Events are public exactly when their programme is."""
        return self.filter(published_q("programme"))

    def upcoming(self, today=None):
        """Events not over yet: their last day (the whole month or year, if so dated) is today
        or later."""
        return self.filter(last_day__gte=today or timezone.localdate())

    def past(self, today=None):
        return self.filter(last_day__lt=today or timezone.localdate())

    def by_date(self, today=None):
        """Upcoming events first, soonest first; then past ones, most recent first."""
        upcoming = Q(last_day__gte=today or timezone.localdate())
        return self.order_by(
            Case(When(upcoming, then=Value(0)), default=Value(1)),
            Case(When(upcoming, then=F("start_date"))).asc(nulls_last=True),
            F("start_date").desc(),
            "slug",
        )


class EventManager(models.Manager.from_queryset(EventQuerySet)):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Event(search.SearchColumns):
    """A dated moment of a programme: a workshop, a meeting, a study trip."""

    class Kind(models.TextChoices):
        WORKSHOP = "workshop", _("Workshop")
        MEETING = "meeting", _("Meeting")
        STUDY_TRIP = "study-trip", _("Study trip")
        TRAINING = "training", _("Training")
        CONFERENCE = "conference", _("Conference or expo")
        OTHER = "other", _("Other")

    programme = models.ForeignKey(
        Programme, on_delete=models.CASCADE, related_name="events", verbose_name=_("programme")
    )
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("summary"), blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.WORKSHOP)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    date_precision = date_precision_field()
    #: Filled on every save (also from fixtures): what "upcoming" and "past" compare with today.
    last_day = models.DateField(_("last day covered"), null=True, editable=False, db_index=True)
    province = models.ForeignKey(
        Province,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("province"),
    )
    city = models.CharField(
        _("city abroad"), max_length=120, blank=True, help_text=_("For an event outside Thailand.")
    )
    country = models.CharField(_("country"), max_length=2, default="TH")
    participants = models.PositiveIntegerField(
        _("number of participants"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    sources = models.TextField(_("sources"), blank=True, validators=[validate_source_lines])

    objects = EventManager()

    #: What `q` searches on the site search (listings/search.py).
    search_fields = search.SearchFields(
        names=("title",), other=("summary", "city"), list_url_name="events:event_list"
    )

    class Meta:
        ordering = ["start_date", "slug"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=models.F("start_date")),
                name="event_dates_in_order",
            ),
        ]

    def __str__(self):
        return self.title or self.slug

    def natural_key(self):
        return (self.slug,)

    natural_key.dependencies = ["programs.programme"]

    def get_absolute_url(self):
        return reverse("events:event_detail", kwargs={"slug": self.slug})

    @property
    def source_list(self):
        return split_lines(self.sources)

    @property
    def is_upcoming(self):
        return self.last_day is not None and self.last_day >= timezone.localdate()

    def clean(self):
        super().clean()
        if not (self.title_th or self.title_en):
            raise ValidationError(_("Give the title in Thai, in English, or both."))
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date is before the start date.")})

    @property
    def is_abroad(self):
        return self.country != "TH"


search.register(Event)


def _fill_last_day(sender, instance, **kwargs):
    # A signal rather than save(): loaddata (raw saves) must fill it too.
    instance.last_day = last_day_covered(
        instance.start_date, instance.end_date, instance.date_precision
    )


pre_save.connect(_fill_last_day, sender=Event, dispatch_uid="event_last_day")
