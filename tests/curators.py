"""Curators in tests: users with a role, logged-in clients, admin URLs and change-form data."""

from django.contrib.auth.models import Group, User
from django.db.models.fields.files import FieldFile
from django.test import Client
from django.urls import reverse
from django.utils.translation import override
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "a-long-test-password-1"


def curator(role, username=None):
    """A staff user in the Editor or Reviewer group, or ("Admin") a superuser."""
    username = username or role.lower()
    if role == "Admin":
        return User.objects.create_superuser(username, f"{username}@example.org", PASSWORD)
    user = User.objects.create_user(username, f"{username}@example.org", PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    return user


def verified_login(client, user):
    """Log `user` into `client` as the two-step login leaves them: password and second factor.

    The admin lets in only sessions whose second factor is verified (curation/two_factor.py):
    the session gets the user (`force_login`, as `auth.login` does) and the curator's confirmed
    authenticator device (the key `django_otp.login` writes).
    """
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def client_for(user):
    return verified_login(Client(), user)


def admin_url(model, view, *args, lang="en"):
    opts = model._meta
    with override(lang):
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


def form_data(response):
    """The POST data of an admin change form as it is shown (fields and inline formsets)."""
    data = {}

    def add(form, prefix=""):
        for name in form.fields:
            value = form[name].value()
            key = f"{prefix}{name}"
            if value is None or isinstance(value, FieldFile):
                continue
            if isinstance(value, bool):
                if value:
                    data[key] = "on"
            elif isinstance(value, list | tuple):
                data[key] = [str(v) for v in value]
            else:
                data[key] = str(value)

    add(response.context["adminform"].form)
    for inline in response.context.get("inline_admin_formsets", []):
        formset = inline.formset
        add(formset.management_form, f"{formset.prefix}-")
        for form in formset.forms:
            add(form, f"{form.prefix}-")
    return data


def run_action(client, model, action, objects, lang="en"):
    return client.post(
        admin_url(model, "changelist", lang=lang),
        {"action": action, "_selected_action": [str(o.pk) for o in objects]},
        follow=True,
    )
