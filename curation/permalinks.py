"""Addresses that last: an old slug answers with a 301 to the new one, an archived entry with 410.

Partners link to `/<lang>/organisations/<slug>/` and `/<lang>/programmes/<slug>/` (docs/urls.md).
When a curator changes a slug, the old one is kept in `SlugHistory`; the detail views fall back to
it when no published entry has the slug. Drafts and entries in review stay 404.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save, pre_save
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.utils import timezone

from .models import SlugHistory, Status


def _remember_previous_slug(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not instance.pk or (update_fields is not None and "slug" not in update_fields):
        instance._previous_slug = None
        return
    instance._previous_slug = (
        sender._default_manager.filter(pk=instance.pk).values_list("slug", flat=True).first()
    )


def _record_slug_change(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    previous = getattr(instance, "_previous_slug", None)
    instance._previous_slug = None
    if not created and (previous is None or previous == instance.slug):
        return
    content_type = ContentType.objects.get_for_model(sender)
    history = SlugHistory.objects.filter(content_type=content_type)
    # A slug in use again (by this entry or another) answers for itself, not as a redirect.
    history.filter(old_slug=instance.slug).delete()
    if previous and previous != instance.slug:
        SlugHistory.objects.update_or_create(
            content_type=content_type,
            old_slug=previous,
            defaults={"object_id": instance.pk, "created": timezone.now()},
        )


def track_slug_changes(model):
    """Keep the old slugs of `model` (called from each app's AppConfig.ready)."""
    uid = f"slug-history-{model._meta.label_lower}"
    pre_save.connect(_remember_previous_slug, sender=model, dispatch_uid=uid)
    post_save.connect(_record_slug_change, sender=model, dispatch_uid=uid)


def find_by_old_slug(model, slug):
    """The entry of `model` that used to have `slug`, or None."""
    content_type = ContentType.objects.get_for_model(model)
    record = SlugHistory.objects.filter(content_type=content_type, old_slug=slug).first()
    if record is None:
        return None
    return model._default_manager.filter(pk=record.object_id).first()


class PermalinkMixin:
    """For a DetailView of published entries looked up by slug.

    When the published queryset has no entry with the slug: an entry that used to have it
    answers with a permanent redirect to its current address, an archived entry answers 410
    with a short page that links to the list, anything else (drafts, review, unknown) is 404.
    """

    gone_template_name = "gone.html"
    list_url_name = None

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            return self.moved_or_gone(kwargs[self.slug_url_kwarg])

    def moved_or_gone(self, slug):
        model = self.get_queryset().model
        entry = model._default_manager.filter(slug=slug).first() or find_by_old_slug(model, slug)
        if entry is None:
            raise Http404
        if entry.is_published and entry.slug != slug:
            url = entry.get_absolute_url()
            if self.request.GET:
                url += "?" + self.request.GET.urlencode()
            return HttpResponsePermanentRedirect(url)
        if entry.status == Status.ARCHIVED:
            context = {"list_url_name": self.list_url_name, "nav": self.extra_context.get("nav")}
            return render(self.request, self.gone_template_name, context, status=410)
        raise Http404
