from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import Suggestion
from .spam import issue_stamp, stamp_age


class SuggestionForm(forms.ModelForm):
    """A visitor's suggestion: a new organisation, or (with `correction=True`) a correction."""

    #: The honeypot: hidden from people (and screen readers); a form that fills it is dropped.
    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    website = forms.URLField(label=_("website"), required=False, assume_scheme="https")

    class Meta:
        model = Suggestion
        fields = ["name", "website", "province", "message", "submitter_name", "submitter_email"]
        widgets = {"message": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, correction=False, **kwargs):
        super().__init__(*args, **kwargs)
        if correction:
            for name in ("name", "website", "province"):
                del self.fields[name]
            self.fields["message"].label = _("What should be corrected?")
            self.fields["message"].help_text = _(
                "Say what is wrong or missing, and where the right information can be found."
            )
        else:
            self.fields["name"].required = True
            self.fields["name"].help_text = _("In Thai or in English.")
            self.fields["province"].empty_label = _("Not known, or abroad")
            self.fields["message"].label = _("About the organisation")
            self.fields["message"].help_text = _(
                "What it does, where, and how you know it (a web page, a report, a visit)."
            )
        self.fields["message"].max_length = 5000
        self.fields["message"].widget.attrs["maxlength"] = 5000
        self.is_spam = bool(self.data.get("homepage")) if self.is_bound else False
        posted = self.data.get("started") if self.is_bound else None
        self.stamp = posted if posted and stamp_age(posted) is not None else issue_stamp()

    def clean(self):
        cleaned = super().clean()
        age = stamp_age(self.data.get("started"))
        if age is None:
            raise forms.ValidationError(
                _(
                    "This form was open too long or was not sent from this site. "
                    "Please send it again."
                ),
                code="stale",
            )
        if age < settings.SUGGESTION_MIN_SECONDS:
            raise forms.ValidationError(
                _("That was very quick. Please check your suggestion, then send it again."),
                code="too_fast",
            )
        return cleaned
