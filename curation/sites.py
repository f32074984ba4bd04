"""The admin site of the curators' workspace: the default `admin.site`, with two-factor login.

`CuratorsAdminConfig` (curation/admin_config.py) makes this the default site, so every
`admin.site.register` and `@admin.register` keeps working unchanged.
"""

from django.contrib import admin
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpResponseRedirect
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from .two_factor import PasswordStepView, TwoFactorViews


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
