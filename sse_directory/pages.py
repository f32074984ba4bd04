"""The pages that say who runs the directory and what it does with what visitors send: about,
privacy (the PDPA notice), accessibility and contact. They are linked from every footer."""

from django.conf import settings
from django.shortcuts import render

from orgs import spam
from orgs.models import Organisation


def trust_context(nav):
    return {
        "nav": nav,
        "contact_email": settings.CONTACT_EMAIL,
        # What the privacy notice promises, read from the settings the code itself uses.
        "rate_window_minutes": settings.SUGGESTION_RATE_WINDOW // 60,
        "stamp_hours": spam.MAX_AGE // 3600,
    }


def about(request):
    context = trust_context("about")
    context["consortium"] = (
        Organisation.objects.published().consortium().select_related("province").order_by_name()
    )
    return render(request, "pages/about.html", context)


def privacy(request):
    return render(request, "pages/privacy.html", trust_context("privacy"))


def accessibility(request):
    return render(request, "pages/accessibility.html", trust_context("accessibility"))


def contact(request):
    return render(request, "pages/contact.html", trust_context("contact"))
