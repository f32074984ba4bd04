"""Suggest a correction to a programme: orgs' suggestion form, about a programme's page."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from orgs.suggestions import suggestion_page

from .models import Programme


def suggest_correction(request, slug):
    programme = get_object_or_404(Programme.objects.published(), slug=slug)
    return suggestion_page(
        request,
        entry=programme,
        list_url=reverse("programs:programme_list"),
        list_label=_("Programmes"),
        nav="programmes",
    )
