from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CurationConfig(AppConfig):
    """What every curated entry shares: status, review workflow, history, permalinks, roles."""

    name = "curation"
    verbose_name = _("Review and history")

    # Curators' roles (curation.roles): what each role may do with this app's models.
    editor_permissions = ["view_pendingchange"]
    reviewer_permissions = ["change_pendingchange"]

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import buddhist_era, cache
        from .roles import create_roles

        cache.connect_signals()
        name_third_party_apps()
        translate_boolean_icons()
        buddhist_era.install()
        # After every migrate (and test database flush): the curators' groups and permissions,
        # from what the installed apps declare.
        post_migrate.connect(create_roles, sender=self, dispatch_uid="curation-create-roles")


def name_third_party_apps():
    """Translatable names for apps whose own are plain English strings (shown in the admin's
    breadcrumbs and app pages); models and migrations are not touched."""
    from django.apps import apps

    names = {"axes": _("Login lockouts"), "otp_totp": _("Two-factor login")}
    names["otp_static"] = names["otp_totp"]
    for label, name in names.items():
        if label in apps.app_configs:
            apps.get_app_config(label).verbose_name = name


def translate_boolean_icons():
    """The admin's yes/no icons (lists, read-only fields) with their text alternative in the
    page's language ("ใช่", "ไม่ใช่") instead of Python's "True" and "False"."""
    from django.contrib.admin.templatetags import admin_list
    from django.templatetags.static import static
    from django.utils.html import format_html
    from django.utils.translation import gettext

    def boolean_icon(value):
        icon, text = {True: ("yes", "Yes"), False: ("no", "No"), None: ("unknown", "Unknown")}[
            value
        ]
        return format_html(
            '<img src="{}" alt="{}">', static(f"admin/img/icon-{icon}.svg"), gettext(text)
        )

    admin_list._boolean_icon = boolean_icon
