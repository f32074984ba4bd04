"""Public suggestions: "suggest an organisation" and "suggest a correction".

Both forms work without JavaScript and end on a thank-you page (POST, redirect, GET). What they
store is a `Suggestion` that curators accept or reject in the admin; nothing a visitor sends is
published by itself.
"""

from django.shortcuts import get_object_or_404, redirect, render

from curation.language import current_language
from curation.notifications import tell_reviewers

from .forms import SuggestionForm
from .models import Organisation, Suggestion
from .spam import too_many


def suggest(request, slug=None):
    organisation = None
    if slug is not None:
        organisation = get_object_or_404(Organisation.objects.published(), slug=slug)
    correction = organisation is not None
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
            suggestion.organisation = organisation
            suggestion.language = current_language()
            suggestion.save()
            tell_reviewers(suggestion)
            return redirect("suggest_thanks")
    else:
        form = SuggestionForm(correction=correction)
    context = {
        "form": form,
        "organisation": organisation,
        "limited": limited,
        "nav": "organisations",
    }
    return render(request, "suggest/suggest_form.html", context, status=status)


def thanks(request):
    return render(request, "suggest/thanks.html", {"nav": "organisations"})
