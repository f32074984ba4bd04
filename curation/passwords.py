"""Password reset for curators: Django's own views, under the admin's login page.

The admin's login page links to it ("Forgotten your login credentials?") as soon as the URL
`admin_password_reset` exists. The reset email goes only to active staff accounts, in the
curator's own language (`NotificationPreference.language`), and links to this site's
`SITE_URL`. A reset changes the password and nothing else: it does not log the curator in
(`post_reset_login` stays off), so the next login still asks for the password and then the
second step (curation/two_factor.py). The new password ends every other session of the account
(Django checks the password hash in each session).
"""

from django.contrib import admin
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import views as auth_views
from django.urls import path, reverse, reverse_lazy
from django.utils.translation import gettext, gettext_noop

from . import mail
from .notifications import language_of

# Strings of Django's own admin and forms on these pages, kept in the project's catalogue.
THIRD_PARTY_STRINGS = [
    gettext_noop("Forgotten your login credentials?"),
    gettext_noop("The two password fields didn’t match."),
]


class CuratorPasswordResetForm(auth_forms.PasswordResetForm):
    def get_users(self, email):
        return (user for user in super().get_users(email) if user.is_staff)

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        user = context["user"]
        language = language_of(user)

        def build():
            link = mail.absolute(
                reverse(
                    "password_reset_confirm",
                    kwargs={"uidb64": context["uid"], "token": context["token"]},
                )
            )
            return mail.Message(
                subject=gettext("Set a new password"),
                paragraphs=[
                    gettext(
                        "Someone (we hope you) asked to set a new password for the curators' "
                        "account “%(username)s”."
                    )
                    % {"username": user.get_username()},
                    gettext(
                        "The link works once, for a day. After the new password, the login "
                        "still asks for the code from your authenticator app."
                    ),
                ],
                action=(gettext("Set a new password"), link),
                footer=gettext(
                    "If you did not ask for this, ignore this email: your password stays as it is."
                ),
            )

        mail.send(to_email, language, build)


class AdminContextMixin:
    """The admin's header and site name on the reset pages."""

    def get_context_data(self, **kwargs):
        return {**admin.site.each_context(self.request), **super().get_context_data(**kwargs)}


class PasswordResetView(AdminContextMixin, auth_views.PasswordResetView):
    form_class = CuratorPasswordResetForm
    template_name = "registration/password_reset_form.html"


class PasswordResetDoneView(AdminContextMixin, auth_views.PasswordResetDoneView):
    pass


class PasswordResetConfirmView(AdminContextMixin, auth_views.PasswordResetConfirmView):
    # Never log in here: the login, with its second step, comes after.
    post_reset_login = False


class PasswordResetCompleteView(AdminContextMixin, auth_views.PasswordResetCompleteView):
    pass


def password_reset_patterns(prefix):
    """The four pages, under `prefix` (the admin's path), with the names Django's views use."""
    return [
        path(f"{prefix}password-reset/", PasswordResetView.as_view(), name="admin_password_reset"),
        path(
            f"{prefix}password-reset/sent/",
            PasswordResetDoneView.as_view(),
            name="password_reset_done",
        ),
        path(
            f"{prefix}password-reset/<uidb64>/<token>/",
            PasswordResetConfirmView.as_view(success_url=reverse_lazy("password_reset_complete")),
            name="password_reset_confirm",
        ),
        path(
            f"{prefix}password-reset/done/",
            PasswordResetCompleteView.as_view(),
            name="password_reset_complete",
        ),
    ]
