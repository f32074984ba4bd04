"""Curators in tests: users with a role, logged-in clients, admin URLs and change-form data."""

from django.contrib.auth.models import Group, User
from django.db.models.fields.files import FieldFile
from django.test import Client
from django.urls import reverse
from django.utils.translation import override

PASSWORD = "a-long-test-password-1"


def curator(role, username=None):
    """A staff user in the Editor or Reviewer group, or ("Admin") a superuser."""
    username = username or role.lower()
    if role == "Admin":
        return User.objects.create_superuser(username, f"{username}@example.org", PASSWORD)
    user = User.objects.create_user(username, f"{username}@example.org", PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    return user


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


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
