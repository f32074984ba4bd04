"""The admin site of the curators' workspace: the default `admin.site`, with two-factor login.

`CuratorsAdminConfig` (curation/admin_config.py) makes this the default site, so every
`admin.site.register` and `@admin.register` keeps working unchanged.
"""

from functools import update_wrapper

from django.contrib import admin
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpResponseRedirect
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from .buddhist_era import in_thai_admin
from .language import text_sort_key
from .two_factor import PasswordStepView, TwoFactorViews

#: The index as a curator thinks of it: (group key, name, [(app label, model name), ...]) in
#: order; models not listed come last, under "Other", in the page language's order.
INDEX_GROUPS = [
    (
        "directory",
        gettext_lazy("Directory entries"),
        [
            ("orgs", "organisation"),
            ("programs", "programme"),
            ("programs", "event"),
            ("programs", "participation"),
        ],
    ),
    (
        "review",
        gettext_lazy("Review"),
        [("curation", "pendingchange"), ("orgs", "suggestion"), ("orgs", "claim")],
    ),
    (
        "reference",
        gettext_lazy("Reference data"),
        [("orgs", "province"), ("orgs", "region"), ("orgs", "theme"), ("orgs", "sdg")],
    ),
    (
        "accounts",
        gettext_lazy("Accounts and security"),
        [
            ("auth", "user"),
            ("auth", "group"),
            ("curation", "notificationpreference"),
            ("otp_totp", "totpdevice"),
            ("otp_static", "staticdevice"),
            ("axes", "accessattempt"),
            ("axes", "accessfailurelog"),
            ("axes", "accesslog"),
        ],
    ),
]

#: Names for third-party models whose own are plain strings (not translatable).
MODEL_NAMES = {
    ("otp_totp", "totpdevice"): gettext_lazy("Authenticator apps"),
    ("otp_static", "staticdevice"): gettext_lazy("Recovery codes"),
}


class CuratorsAdminSite(admin.AdminSite):
    def has_permission(self, request):
        """Staff with a second factor verified in this session (never a password alone)."""
        user = request.user
        return bool(
            user.is_active and user.is_staff and getattr(user, "is_verified", lambda: False)()
        )

    @method_decorator(never_cache)
    def login(self, request, extra_context=None):
        """Step one of the login (the password); step two is `TwoFactorViews.verify`."""
        if request.method == "GET" and self.has_permission(request):
            return HttpResponseRedirect(reverse("admin:index", current_app=self.name))
        context = {
            **self.each_context(request),
            "title": _("Log in"),
            "subtitle": None,
            "app_path": request.get_full_path(),
            "username": request.user.get_username(),
        }
        if REDIRECT_FIELD_NAME not in request.GET and REDIRECT_FIELD_NAME not in request.POST:
            context[REDIRECT_FIELD_NAME] = reverse("admin:index", current_app=self.name)
        context.update(extra_context or {})
        request.current_app = self.name
        return PasswordStepView.as_view(extra_context=context)(request)

    def admin_view(self, view, cacheable=False):
        """Every admin page is rendered with Buddhist Era years when it is in Thai."""
        protected = super().admin_view(view, cacheable)

        def inner(request, *args, **kwargs):
            with in_thai_admin():
                response = protected(request, *args, **kwargs)
                if hasattr(response, "render") and not response.is_rendered:
                    response.render()
                return response

        return update_wrapper(inner, protected)

    def get_app_list(self, request, app_label=None):
        """The index grouped as curators work (directory, review, reference data, accounts); an
        app's own page keeps its models, in the page language's order."""
        app_dict = self._build_app_dict(request, app_label)
        for label, app in app_dict.items():
            for model in app["models"]:
                key = (label, model["object_name"].lower())
                model["name"] = MODEL_NAMES.get(key, model["name"])
        if app_label is not None:
            apps = list(app_dict.values())
            for app in apps:
                app["models"].sort(key=lambda model: text_sort_key(model["name"]))
            return apps
        models = {
            (label, model["object_name"].lower()): (app, model)
            for label, app in app_dict.items()
            for model in app["models"]
        }
        groups = []
        for key, name, members in INDEX_GROUPS:
            found = [models.pop(member)[1] for member in members if member in models]
            if found:
                groups.append({"name": name, "app_label": key, "app_url": "", "models": found})
        rest = [model for _app, model in models.values()]
        rest.sort(key=lambda model: text_sort_key(model["name"]))
        if rest:
            groups.append({"name": _("Other"), "app_label": "other", "app_url": "", "models": rest})
        return groups

    def get_urls(self):
        views = TwoFactorViews(self)
        return [
            path("login/code/", never_cache(views.verify), name="two_factor_verify"),
            path("login/set-up/", never_cache(views.enrol), name="two_factor_enrol"),
            path(
                "recovery-codes/",
                self.admin_view(views.recovery_codes),
                name="two_factor_recovery_codes",
            ),
            *super().get_urls(),
        ]
