"""Two-factor login for the curators' workspace (django-otp: TOTP and single-use recovery codes).

A password alone never opens the admin. The login runs in two steps:

1. The password step (Django's own form and template) checks the user name and password but does
   not log in: it remembers, in the still anonymous session, who passed it and when.
2. The code step asks for the six-digit code from the curator's authenticator app, or one of
   their recovery codes. Only then is the curator logged in (`django.contrib.auth.login`, which
   gives the session a new key) and the device recorded in the session (`django_otp.login`);
   `CuratorsAdminSite.has_permission` lets only such verified sessions in.

A staff account without a device enrols at its first login: the code step shows a QR code and
the secret, the curator types the first code, and gets ten recovery codes. `manage.py
reset_two_factor USER` removes a curator's devices (lost phone), so that they enrol again.

django-axes counts failures of both steps against the same user name and address: a wrong
password and a wrong code each count, and a locked account is refused at either step.
"""

import time
from base64 import b32encode

import segno
from axes.handlers.proxy import AxesProxyHandler
from django import forms
from django.contrib import auth
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.signals import user_login_failed
from django.contrib.auth.views import LoginView
from django.db import transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

#: Session key of the user who passed the password step (user id, backend, time).
PENDING_KEY = "curation_two_factor_pending"
#: Seconds between the password step and the code step before the password is asked again.
PENDING_SECONDS = 5 * 60
#: Recovery codes given at enrolment (each works once).
RECOVERY_CODES = 10


def safe_next(request, fallback):
    """The `next` address if it is on this site, else `fallback` (never /accounts/profile/)."""
    target = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME, "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


def confirmed_totp(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def new_recovery_codes(user):
    """Replace the user's recovery codes with RECOVERY_CODES new ones; return them."""
    device, _ = StaticDevice.objects.get_or_create(
        user=user, name="recovery", defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def reset_devices(user):
    """Remove every second-factor device of `user`; returns how many there were."""
    from django_otp import devices_for_user

    devices = list(devices_for_user(user, confirmed=None))
    for device in devices:
        device.delete()
    return len(devices)


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        help_text=_(
            "The six-digit code from your authenticator app, or one of your recovery codes."
        ),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autofocus": True, "spellcheck": "false"}
        ),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split()).lower()


class PasswordStepView(LoginView):
    """Step one: the admin's own login form; success leads to the code step, not into the admin."""

    authentication_form = AdminAuthenticationForm
    template_name = "admin/login.html"

    def form_valid(self, form):
        user = form.get_user()
        self.request.session[PENDING_KEY] = {
            "user": user.pk,
            "backend": user.backend,
            "at": time.time(),
        }
        step = "two_factor_verify" if confirmed_totp(user) else "two_factor_enrol"
        url = reverse(f"admin:{step}", current_app=self.request.current_app)
        next_url = self.get_redirect_url()
        if next_url:
            url = f"{url}?{urlencode({REDIRECT_FIELD_NAME: next_url})}"
        return HttpResponseRedirect(url)


def pending_user(request):
    """The staff user who passed the password step in this session recently, or None."""
    pending = request.session.get(PENDING_KEY)
    if not pending or time.time() - pending.get("at", 0) > PENDING_SECONDS:
        return None
    user = auth.get_user_model()._default_manager.filter(pk=pending["user"]).first()
    if user is None or not (user.is_active and user.is_staff):
        return None
    user.backend = pending["backend"]
    return user


def _credentials(user):
    return {"username": user.get_username()}


def _refuse_if_locked(request, user):
    """True (and the request marked for axes' lockout page) when the account is locked."""
    credentials = _credentials(user)
    if AxesProxyHandler.is_locked(request, credentials):
        request.axes_locked_out = True
        request.axes_credentials = credentials
        return True
    return False


def _record_failure(request, user):
    # django-axes listens to this signal: the failure counts as a failed login.
    user_login_failed.send(sender=__name__, credentials=_credentials(user), request=request)


def _complete_login(request, user, device):
    request.session.pop(PENDING_KEY, None)
    auth.login(request, user, backend=user.backend)
    otp_login(request, device)


class TwoFactorViews:
    """The code, enrolment and recovery-code pages, bound to an admin site."""

    def __init__(self, site):
        self.site = site

    def context(self, request, **extra):
        return {
            **self.site.each_context(request),
            "subtitle": None,
            REDIRECT_FIELD_NAME: safe_next(request, ""),
            **extra,
        }

    def index_url(self, request):
        return reverse("admin:index", current_app=self.site.name)

    def restart(self, request):
        url = reverse("admin:login", current_app=self.site.name)
        next_url = safe_next(request, "")
        if next_url:
            url = f"{url}?{urlencode({REDIRECT_FIELD_NAME: next_url})}"
        return HttpResponseRedirect(url)

    def verify(self, request):
        """Step two for an enrolled curator: a code from the app or a recovery code."""
        request.current_app = self.site.name
        user = pending_user(request)
        if user is None:
            return self.restart(request)
        if not confirmed_totp(user):
            return HttpResponseRedirect(reverse("admin:two_factor_enrol"))
        form = CodeForm(request.POST or None)
        if request.method == "POST" and not _refuse_if_locked(request, user) and form.is_valid():
            device = self.match(user, form.cleaned_data["code"])
            if device is not None:
                _complete_login(request, user, device)
                return HttpResponseRedirect(safe_next(request, self.index_url(request)))
            _record_failure(request, user)
            form.add_error(
                "code",
                gettext(
                    "This code is not valid. Type the current code from your app (it changes "
                    "every 30 seconds), or an unused recovery code."
                ),
            )
        return TemplateResponse(
            request,
            "curation/two_factor/verify.html",
            self.context(request, title=gettext("Second step: your code"), form=form, user_=user),
        )

    @staticmethod
    def match(user, code):
        """The device that accepts `code` (TOTP first, then a recovery code, used up), or None.

        Each device throttles its own failures (django-otp), on top of django-axes' lockout.
        """
        from django_otp import devices_for_user

        with transaction.atomic():
            for device in devices_for_user(user, confirmed=True, for_verify=True):
                if device.verify_token(code):
                    return device
        return None

    def enrol(self, request):
        """Step two at the first login: add an authenticator app, then show recovery codes."""
        request.current_app = self.site.name
        user = pending_user(request)
        if user is None:
            return self.restart(request)
        if confirmed_totp(user):
            return HttpResponseRedirect(reverse("admin:two_factor_verify"))
        device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
        if device is None:
            device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)
        form = CodeForm(request.POST or None)
        if request.method == "POST" and not _refuse_if_locked(request, user) and form.is_valid():
            with transaction.atomic():
                device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
                accepted = device.verify_token(form.cleaned_data["code"])
                if accepted:
                    device.confirmed = True
                    device.save(update_fields=["confirmed"])
            if accepted:
                new_recovery_codes(user)
                _complete_login(request, user, device)
                url = reverse("admin:two_factor_recovery_codes", current_app=self.site.name)
                next_url = safe_next(request, "")
                if next_url:
                    url = f"{url}?{urlencode({REDIRECT_FIELD_NAME: next_url})}"
                return HttpResponseRedirect(url)
            _record_failure(request, user)
            form.add_error(
                "code",
                gettext(
                    "This code is not valid. Check that the app shows the account you just "
                    "added, and type the code it shows now."
                ),
            )
        secret = b32encode(device.bin_key).decode()
        return TemplateResponse(
            request,
            "curation/two_factor/enrol.html",
            self.context(
                request,
                title=gettext("Set up your second step"),
                form=form,
                user_=user,
                secret=" ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
                qr_code=segno.make(device.config_url).svg_data_uri(scale=4),
            ),
        )

    def recovery_codes(self, request):
        """A verified curator's unused recovery codes; POST makes a new set."""
        request.current_app = self.site.name
        if request.method == "POST":
            new_recovery_codes(request.user)
            return HttpResponseRedirect(request.get_full_path())
        device = StaticDevice.objects.filter(user=request.user, name="recovery").first()
        codes = list(device.token_set.values_list("token", flat=True)) if device else []
        return TemplateResponse(
            request,
            "curation/two_factor/recovery_codes.html",
            self.context(
                request,
                title=gettext("Your recovery codes"),
                codes=codes,
                continue_url=safe_next(request, self.index_url(request)),
            ),
        )
