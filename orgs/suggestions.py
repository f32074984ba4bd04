"""Public suggestions: "suggest an organisation" and "suggest a correction".

Both forms work without JavaScript and end on a thank-you page (POST, redirect, GET). What they
store is a `Suggestion` that curators accept or reject in the admin; nothing a visitor sends is
published by itself.

`suggestion_page()` serves the correction form for any published entry with a page (another
app mounts it for its own entries, e.g. programmes): the suggestion then keeps the entry's
address, and names an organisation only when the entry is one.
"""

from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from curation.language import current_language
from curation.notifications import tell_reviewers

from .forms import SuggestionForm
from .models import Organisation, Suggestion
from .spam import too_many


def suggest(request, slug=None):
    if slug is None:
        return suggestion_page(request)
    organisation = get_object_or_404(Organisation.objects.published(), slug=slug)
    return suggestion_page(
        request,
        entry=organisation,
        list_url=reverse("orgs:organisation_list"),
        list_label=_("Organisations"),
    )


def suggestion_page(request, entry=None, list_url=None, list_label=None, nav="organisations"):
    """The suggestion form: a new organisation, or (with `entry`) a correction to that entry."""
    correction = entry is not None
    status = 200
    limited = False
    if request.method == "POST":
        limited = too_many(request)
        form = SuggestionForm(request.POST, correction=correction)
        if form.is_spam:
            return redirect("suggest_thanks")
        if limited:
            status = 429
        elif form.is_valid():
            suggestion = form.save(commit=False)
            suggestion.kind = Suggestion.Kind.CORRECTION if correction else Suggestion.Kind.NEW
            if correction:
                suggestion.organisation = entry if isinstance(entry, Organisation) else None
                suggestion.page = request.build_absolute_uri(entry.get_absolute_url())
                if suggestion.organisation is None:
                    suggestion.name = str(entry)[:255]
            suggestion.language = current_language()
            suggestion.save()
            tell_reviewers(suggestion)
            return redirect("suggest_thanks")
    else:
        form = SuggestionForm(correction=correction)
    context = {
        "form": form,
        "entry": entry,
        "list_url": list_url or reverse("orgs:organisation_list"),
        "list_label": list_label or _("Organisations"),
        "limited": limited,
        "nav": nav,
    }
    return render(request, "suggest/suggest_form.html", context, status=status)


def thanks(request):
    return render(request, "suggest/thanks.html", {"nav": "organisations"})
