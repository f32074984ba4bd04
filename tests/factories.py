import factory
from factory.django import DjangoModelFactory

from curation.models import Status
from orgs.models import SDG, Organisation, Province, Theme
from programs.models import Event, Participation, Programme


def province(code="TH-10"):
    """Reference rows come from the data migration; factories only look them up."""
    return Province.objects.get(code=code)


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"organisation-{n}")
    name_th = factory.Sequence(lambda n: f"องค์กรทดสอบ {n}")
    name_en = factory.Sequence(lambda n: f"Test organisation {n}")
    summary_th = "องค์กรสำหรับการทดสอบ"
    summary_en = "An organisation used in tests."
    kind = Organisation.Kind.SOCIAL_ENTERPRISE
    province = factory.LazyFunction(province)
    status = Status.PUBLISHED

    @factory.post_generation
    def themes(self, create, slugs, **kwargs):
        if create and slugs:
            self.themes.set(Theme.objects.filter(slug__in=slugs))

    @factory.post_generation
    def sdgs(self, create, numbers, **kwargs):
        if create and numbers:
            self.sdgs.set(SDG.objects.filter(number__in=numbers))


class ProgrammeFactory(DjangoModelFactory):
    class Meta:
        model = Programme
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"programme-{n}")
    name_th = factory.Sequence(lambda n: f"โครงการทดสอบ {n}")
    name_en = factory.Sequence(lambda n: f"Test programme {n}")
    kind = Programme.Kind.TRAINING
    status = Status.PUBLISHED

    @factory.post_generation
    def themes(self, create, slugs, **kwargs):
        if create and slugs:
            self.themes.set(Theme.objects.filter(slug__in=slugs))


class ParticipationFactory(DjangoModelFactory):
    class Meta:
        model = Participation

    organisation = factory.SubFactory(OrganisationFactory)
    programme = factory.SubFactory(ProgrammeFactory)
    role = Participation.Role.PARTNER


class EventFactory(DjangoModelFactory):
    class Meta:
        model = Event

    programme = factory.SubFactory(ProgrammeFactory)
    slug = factory.Sequence(lambda n: f"event-{n}")
    title_th = factory.Sequence(lambda n: f"กิจกรรมทดสอบ {n}")
    title_en = factory.Sequence(lambda n: f"Test event {n}")
    start_date = factory.Faker("date_between", start_date="-3y", end_date="today")
    province = factory.LazyFunction(province)


def url_in(lang, obj):
    """The object's page in one language: /th/… or /en/…."""
    from django.utils.translation import override

    with override(lang):
        return obj.get_absolute_url()
