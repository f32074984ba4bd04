from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from curation.models import (
    CuratedEntry,
    CuratedQuerySet,
    split_lines,
    validate_source_lines,
)
from listings import search


def validate_country(code):
    from babel import Locale

    if code not in Locale("en").territories or not code.isalpha() or len(code) != 2:
        message = ValidationError(
            _("Not an ISO 3166-1 country code: %(code)s"), params={"code": code}
        )
        raise ValidationError({"country": message})


# --- Reference data -------------------------------------------------------------------------


class RegionManager(models.Manager):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Region(models.Model):
    """One of the six regions of the National Geographic Committee (1977) scheme."""

    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=100)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = RegionManager()

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.name or self.slug

    def get_absolute_url(self):
        return reverse("region_detail", kwargs={"slug": self.slug})

    def natural_key(self):
        return (self.slug,)


class ProvinceManager(models.Manager):
    def get_by_natural_key(self, code):
        return self.get(code=code)


class Province(models.Model):
    """A province (changwat) keyed by its ISO 3166-2:TH code, e.g. TH-50."""

    code = models.CharField(_("ISO 3166-2 code"), max_length=5, unique=True)
    dopa_code = models.PositiveSmallIntegerField(_("DOPA code"), unique=True)
    name = models.CharField(_("name"), max_length=100)
    abbreviation = models.CharField(_("abbreviation"), max_length=3)
    region = models.ForeignKey(
        Region, on_delete=models.PROTECT, related_name="provinces", verbose_name=_("region")
    )

    objects = ProvinceManager()

    class Meta:
        ordering = ["dopa_code"]
        verbose_name = _("province")
        verbose_name_plural = _("provinces")

    def __str__(self):
        return self.name or self.code

    def get_absolute_url(self):
        return reverse("orgs:organisation_list") + f"?province={self.code}"

    def natural_key(self):
        return (self.code,)

    natural_key.dependencies = ["orgs.region"]


class ThemeManager(models.Manager):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Theme(models.Model):
    """A social-innovation area. Curators may rename or add themes; slugs stay stable."""

    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=150)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = ThemeManager()

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self):
        return self.name or self.slug

    def get_absolute_url(self):
        return reverse("theme_detail", kwargs={"slug": self.slug})

    def natural_key(self):
        return (self.slug,)


class SDGManager(models.Manager):
    def get_by_natural_key(self, number):
        return self.get(number=number)


class SDG(models.Model):
    """A UN Sustainable Development Goal (1–17)."""

    number = models.PositiveSmallIntegerField(
        _("number"), unique=True, validators=[MinValueValidator(1), MaxValueValidator(17)]
    )
    name = models.CharField(_("short name"), max_length=150)

    objects = SDGManager()

    class Meta:
        ordering = ["number"]
        verbose_name = _("Sustainable Development Goal")
        verbose_name_plural = _("Sustainable Development Goals")

    def __str__(self):
        return f"{self.number}. {self.name}"

    def get_absolute_url(self):
        return reverse("orgs:organisation_list") + f"?sdg={self.number}"

    def natural_key(self):
        return (self.number,)


# --- Organisations ---------------------------------------------------------------------------


class OrganisationQuerySet(search.SearchQuerySet, CuratedQuerySet):
    def in_region(self, *slugs):
        return self.filter(province__region__slug__in=slugs)

    def consortium(self):
        return self.filter(is_consortium_member=True)


class OrganisationManager(models.Manager.from_queryset(OrganisationQuerySet)):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Organisation(search.SearchColumns, CuratedEntry):
    class Kind(models.TextChoices):
        SOCIAL_ENTERPRISE = "social-enterprise", _("Social enterprise")
        COOPERATIVE = "cooperative", _("Cooperative")
        COMMUNITY_ENTERPRISE = "community-enterprise", _("Community enterprise")
        FOUNDATION = "foundation", _("Foundation")
        ASSOCIATION = "association", _("Association")
        UNIVERSITY = "university", _("University")
        GOVERNMENT = "government", _("Government agency")
        INTERNATIONAL = "international", _("International organisation")
        INTERMEDIARY = "intermediary", _("Incubator or intermediary")
        NETWORK = "network", _("Network")
        COMPANY = "company", _("Company")

    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent organisation"),
        help_text=_("For example the university a centre belongs to."),
    )
    is_consortium_member = models.BooleanField(
        _("member of the university SSE consortium"), default=False
    )
    consortium_joined = models.DateField(_("joined the consortium"), null=True, blank=True)
    osep_registered = models.BooleanField(
        _("registered social enterprise"),
        default=False,
        help_text=_("Registered with OSEP under the Social Enterprise Promotion Act B.E. 2562."),
    )
    founded_year = models.PositiveSmallIntegerField(
        _("year founded (CE)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1800), MaxValueValidator(2100)],
    )
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    contact_public = models.BooleanField(
        _("email and phone may be published"),
        default=False,
        help_text=_(
            "Tick only when the email and phone are the organisation's own public contact, "
            "not a person's. Otherwise they stay visible to curators only."
        ),
    )
    social_links = models.TextField(
        _("social media links"),
        blank=True,
        validators=[validate_source_lines],
        help_text=_("One web address per line."),
    )
    address = models.TextField(_("address"), blank=True)
    province = models.ForeignKey(
        Province,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organisations",
        verbose_name=_("province"),
        help_text=_("Where the organisation is based. Leave empty for one based abroad."),
    )
    country = models.CharField(
        _("country"),
        max_length=2,
        default="TH",
        help_text=_("ISO 3166-1 code of the country where it is based, e.g. TH, JP."),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    nationwide = models.BooleanField(_("works nationwide"), default=False)
    area_provinces = models.ManyToManyField(
        Province,
        blank=True,
        related_name="active_organisations",
        verbose_name=_("provinces of operation"),
    )
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="organisations", verbose_name=_("themes")
    )
    sdgs = models.ManyToManyField(
        SDG, blank=True, related_name="organisations", verbose_name=_("SDGs")
    )
    logo = models.ImageField(_("logo"), upload_to="logos/", blank=True)

    objects = OrganisationManager()

    #: What `q` searches, in Thai and English (listings/search.py).
    search_fields = search.SearchFields(
        names=("name", "short_name"),
        other=("summary", "description"),
        list_url_name="orgs:organisation_list",
    )

    class Meta(CuratedEntry.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        permissions = [
            ("publish_organisation", _("Can publish, archive and restore organisations")),
            ("merge_organisation", _("Can merge duplicate organisations")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(founded_year__isnull=True)
                | Q(founded_year__gte=1800, founded_year__lte=2100),
                name="organisation_founded_year_range",
            ),
        ]
        indexes = [
            # The consortium's few members (home and universities pages): without it the
            # planner walks the whole name index looking for them.
            models.Index(
                fields=["slug"],
                condition=Q(is_consortium_member=True, status="published"),
                name="organisation_consortium",
            ),
        ]

    def get_absolute_url(self):
        return reverse("orgs:organisation_detail", kwargs={"slug": self.slug})

    def natural_key(self):
        return (self.slug,)

    def clean(self):
        super().clean()
        if self.parent_id and self.parent_id == self.pk:
            raise ValidationError({"parent": _("An organisation cannot be its own parent.")})
        if self.country:
            self.country = self.country.upper()
            validate_country(self.country)
        if self.country == "TH" and self.province is None and self.is_published:
            raise ValidationError(
                {"province": _("A published organisation in Thailand needs a province.")}
            )

    @property
    def social_link_list(self):
        return split_lines(self.social_links)

    @property
    def region(self):
        return self.province.region if self.province_id else None

    @property
    def is_abroad(self):
        return self.country != "TH"

    @property
    def public_email(self):
        """The email the public may see (and a claim is verified through), or ""."""
        return self.email if self.contact_public else ""


search.register(Organisation)


# --- Public suggestions ----------------------------------------------------------------------


class Suggestion(models.Model):
    """A visitor's suggestion: a new organisation, or a correction to a published one."""

    class Kind(models.TextChoices):
        NEW = "new", _("New organisation")
        CORRECTION = "correction", _("Correction")

    class State(models.TextChoices):
        NEW = "new", _("New")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="suggestions",
        verbose_name=_("organisation"),
        help_text=_("The entry a correction is about, or the draft created from a suggestion."),
    )
    name = models.CharField(_("organisation name"), max_length=255, blank=True)
    page = models.URLField(
        _("page"),
        max_length=500,
        blank=True,
        help_text=_("The public page a correction is about (an organisation, a programme …)."),
    )
    website = models.URLField(_("website"), blank=True)
    province = models.ForeignKey(
        Province,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("province"),
    )
    message = models.TextField(_("message"))
    submitter_name = models.CharField(_("your name"), max_length=120, blank=True)
    submitter_email = models.EmailField(
        _("your email"), blank=True, help_text=_("Only curators see it, to ask you questions.")
    )
    language = models.CharField(_("language"), max_length=2, default="th")
    created = models.DateTimeField(_("received"), default=timezone.now)
    state = models.CharField(
        _("state"), max_length=16, choices=State.choices, default=State.NEW, db_index=True
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("handled by"),
    )
    handled = models.DateTimeField(_("handled"), null=True, blank=True)
    note = models.TextField(_("curator's note"), blank=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("suggestion")
        verbose_name_plural = _("suggestions")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.organisation or self.name or self.pk}"

    def notice_text(self):
        return str(self)


# --- Claims: an organisation's representative keeps its entry current -------------------------


class Claim(models.Model):
    """A representative's claim on a published organisation's listing (orgs/claims.py).

    Verified by a link sent to the organisation's public email, or approved by a curator when
    it has none. An active claim gives the representative a personal link to a correction
    form; their corrections are pending changes under their name. Revoking ends the link.
    """

    class State(models.TextChoices):
        UNVERIFIED = "unverified", _("Waiting for the email link")
        AWAITING_APPROVAL = "awaiting", _("Waiting for a curator")
        ACTIVE = "active", _("Active")
        REJECTED = "rejected", _("Rejected")
        REVOKED = "revoked", _("Revoked")

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="claims",
        verbose_name=_("organisation"),
    )
    name = models.CharField(_("your name"), max_length=120)
    email = models.EmailField(
        _("your email"), help_text=_("Your personal link to the correction form is sent here.")
    )
    role = models.CharField(
        _("your role in the organisation"),
        max_length=120,
        help_text=_("For example director, staff member, volunteer coordinator."),
    )
    message = models.TextField(_("message to the curators"), blank=True)
    language = models.CharField(_("language"), max_length=2, default="th")
    created = models.DateTimeField(_("requested"), default=timezone.now)
    state = models.CharField(
        _("state"), max_length=16, choices=State.choices, default=State.UNVERIFIED, db_index=True
    )
    verified_to = models.EmailField(
        _("verification sent to"),
        blank=True,
        help_text=_("The organisation's public email the verification link went to."),
    )
    #: Changes when the claim is verified, approved or revoked: a link made before stops working.
    key = models.CharField(max_length=64, editable=False)
    activated = models.DateTimeField(_("active since"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("approved or revoked by"),
    )
    representative = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="claim",
        verbose_name=_("representative's account"),
        help_text=_("Made when the claim becomes active; its proposals carry this name."),
    )
    note = models.TextField(_("curator's note"), blank=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("claim on a listing")
        verbose_name_plural = _("claims on listings")

    def __str__(self):
        return f"{self.organisation}: {self.name}"

    def notice_text(self):
        return _("%(name)s (%(role)s) claims “%(organisation)s”") % {
            "name": self.name,
            "role": self.role,
            "organisation": self.organisation,
        }

    @property
    def is_active(self):
        return self.state == self.State.ACTIVE
        return f"{self.get_kind_display()}: {self.name or self.organisation or self.pk}"


class ImportJob(models.Model):
    """A spreadsheet too large for one request, checked and imported by the background worker.

    The curator who uploaded it follows its progress and comes back to its result on the
    admin's import-job page (orgs/tasks.py does the work; only the owner sees the job).
    """

    class State(models.TextChoices):
        QUEUED = "queued", _("Waiting for the worker")
        CHECKING = "checking", _("Checking the rows")
        WRITING = "writing", _("Writing the rows")
        DONE = "done", _("Imported")
        PROBLEMS = "problems", _("Problems found: nothing written")
        FAILED = "failed", _("Failed: nothing written")

    RUNNING = (State.QUEUED, State.CHECKING, State.WRITING)

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="import_jobs",
        verbose_name=_("uploaded by"),
    )
    file_name = models.CharField(_("file"), max_length=255)
    #: The uploaded file until the job has read it (emptied when the job ends).
    data = models.BinaryField(_("file contents"), blank=True, default=b"")
    language = models.CharField(_("language"), max_length=8, default="th")
    state = models.CharField(_("state"), max_length=16, choices=State.choices, default=State.QUEUED)
    rows_total = models.PositiveIntegerField(_("rows"), default=0)
    rows_done = models.PositiveIntegerField(_("rows done"), default=0)
    counts = models.JSONField(_("counts"), default=dict, blank=True)
    #: Problems as {"line", "column", "message", "value"}, the first IMPORT_JOB_MAX_PROBLEMS.
    problems = models.JSONField(_("problems"), default=list, blank=True)
    problem_count = models.PositiveIntegerField(_("problems found"), default=0)
    error = models.TextField(_("error"), blank=True)
    pending_changes = models.ManyToManyField(
        "curation.PendingChange",
        blank=True,
        related_name="+",
        verbose_name=_("pending changes created"),
    )
    task_id = models.CharField(_("task"), max_length=64, blank=True)
    created = models.DateTimeField(_("uploaded"), default=timezone.now)
    started = models.DateTimeField(_("started"), null=True, blank=True)
    finished = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("import job")
        verbose_name_plural = _("import jobs")
        indexes = [models.Index(fields=["owner", "-created"], name="orgs_importjob_owner")]

    def __str__(self):
        return self.file_name

    @property
    def running(self):
        return self.state in self.RUNNING

    @property
    def percent(self):
        return int(100 * self.rows_done / self.rows_total) if self.rows_total else 0
