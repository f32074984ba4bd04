from itertools import groupby

from django import forms
from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from curation.language import name_sort_key

from .models import Claim, Organisation, Province, Suggestion
from .spam import issue_stamp, stamp_age, use_stamp

#: Django's own messages read like a machine's ("This field is required."); ours say what to do.
MESSAGES = {
    "required": _("Please fill in this field."),
    "max_length": _(
        "Please shorten this to %(limit_value)d characters at most (it has %(show_value)d)."
    ),
}
FIELD_MESSAGES = {
    "name": {"required": _("Please give the organisation's name.")},
    "message": {"required": _("Please write a few words: this is what the curators read.")},
    "submitter_email": {
        "invalid": _("This does not look like an email address; check it (e.g. name@example.org).")
    },
    "website": {
        "invalid": _("This does not look like a web address; check it (e.g. www.example.org).")
    },
    "province": {"invalid_choice": _("Please choose a province from the list.")},
}


def province_choices(empty_label):
    """The provinces grouped by region (in the regions' order), each region's provinces in the
    page language's dictionary order: Thai order on Thai pages (curation/language.py)."""
    provinces = Province.objects.select_related("region").order_by("region__order", name_sort_key())
    choices = [("", empty_label)]
    for region, members in groupby(provinces, key=lambda p: p.region):
        choices.append((region.name, [(p.pk, p.name) for p in members]))
    return choices


class GuardedFormMixin:
    """The public forms' spam checks (orgs/spam.py): a honeypot field and a signed time stamp."""

    def guard(self):
        self.fields["homepage"] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )
        self.is_spam = bool(self.data.get("homepage")) if self.is_bound else False
        posted = self.data.get("started") if self.is_bound else None
        self.stamp = posted if posted and stamp_age(posted) is not None else issue_stamp()

    def check_stamp(self):
        """Refuse a stale, forged, too quick or already used stamp (call from clean())."""
        stamp = self.data.get("started")
        age = stamp_age(stamp)
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
        if not self._errors:
            # Spent only by a form that is otherwise complete, so a visitor who corrects a
            # field sends the same form again; a second sending of an accepted form is refused.
            if not use_stamp(stamp):
                self.stamp = issue_stamp()
                raise forms.ValidationError(
                    _(
                        "This form has already been sent. If you want to send another "
                        "suggestion, check the text below and send it again."
                    ),
                    code="replayed",
                )


class SuggestionForm(GuardedFormMixin, forms.ModelForm):
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
            self.fields["province"].widget.choices = province_choices(_("Not known, or abroad"))
            self.fields["message"].label = _("About the organisation")
            self.fields["message"].help_text = _(
                "What it does, where, and how you know it (a web page, a report, a visit)."
            )
        self.fields["message"].max_length = 5000
        self.fields["message"].widget.attrs["maxlength"] = 5000
        self.fields["submitter_email"].widget.attrs["autocomplete"] = "email"
        self.fields["submitter_name"].widget.attrs["autocomplete"] = "name"
        for name, field in self.fields.items():
            field.error_messages.update(
                {key: text for key, text in MESSAGES.items() if key in field.error_messages}
            )
            field.error_messages.update(FIELD_MESSAGES.get(name, {}))
        self.is_spam = bool(self.data.get("homepage")) if self.is_bound else False
        posted = self.data.get("started") if self.is_bound else None
        self.stamp = posted if posted and stamp_age(posted) is not None else issue_stamp()

    def clean(self):
        cleaned = super().clean()
        self.check_stamp()
        return cleaned


class ClaimForm(GuardedFormMixin, forms.ModelForm):
    """A representative's claim on an organisation's listing (orgs/claims.py)."""

    class Meta:
        model = Claim
        fields = ["name", "email", "role", "message"]
        widgets = {"message": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        message = self.fields["message"]
        message.max_length = 2000
        message.validators.append(MaxLengthValidator(2000))
        message.widget.attrs["maxlength"] = 2000
        self.fields["message"].help_text = _(
            "Anything that helps the curators, such as how to reach you at the organisation."
        )
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.guard()

    def clean(self):
        cleaned = super().clean()
        self.check_stamp()
        return cleaned


#: What a representative may correct, with the labels the form shows.
CORRECTION_FIELDS = {
    "name_th": _("Name in Thai"),
    "name_en": _("Name in English"),
    "short_name_th": _("Short name in Thai"),
    "short_name_en": _("Short name in English"),
    "summary_th": _("Summary in Thai"),
    "summary_en": _("Summary in English"),
    "description_th": _("Description in Thai"),
    "description_en": _("Description in English"),
    "website": _("Website"),
    "email": _("Email"),
    "phone": _("Phone"),
    "address_th": _("Address in Thai"),
    "address_en": _("Address in English"),
    "founded_year": _("Year founded (CE)"),
    "social_links": _("Social media links"),
}
#: Contact fields that are shown only when the organisation's contact is public.
PRIVATE_WHEN_NOT_PUBLIC = ("email", "phone")


class CorrectionForm(forms.ModelForm):
    """A representative's correction: the published values, to change; private ones left out."""

    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")

    class Meta:
        model = Organisation
        fields = list(CORRECTION_FIELDS)
        labels = CORRECTION_FIELDS
        widgets = {
            "description_th": forms.Textarea(attrs={"rows": 6}),
            "description_en": forms.Textarea(attrs={"rows": 6}),
            "summary_th": forms.Textarea(attrs={"rows": 2}),
            "summary_en": forms.Textarea(attrs={"rows": 2}),
            "address_th": forms.Textarea(attrs={"rows": 2}),
            "address_en": forms.Textarea(attrs={"rows": 2}),
            "social_links": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, organisation, **kwargs):
        # A copy: validating the form writes the proposed values into its instance.
        instance = Organisation.objects.get(pk=organisation.pk)
        super().__init__(*args, instance=instance, **kwargs)
        if not organisation.contact_public:
            for name in PRIVATE_WHEN_NOT_PUBLIC:
                self.initial[name] = ""
                self.fields[name].help_text = _(
                    "Not shown here: the organisation's contact is for curators only. Type a new "
                    "one only to change it."
                )

    def candidate(self, live):
        """The live organisation with the changed values: what the proposal compares."""
        return self.instance
