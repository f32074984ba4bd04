"""django.contrib.admin with the curators' site (curation/sites.py, two-factor login) as
`admin.site`; listed in INSTALLED_APPS in place of "django.contrib.admin"."""

from django.contrib.admin.apps import AdminConfig

#: Admin pages that third-party apps register but curators have no use for: the raw queue of
#: background tasks (an import job's own page shows its progress and result, in Thai).
UNREGISTERED = [("django_tasks_database", "DBTaskResult")]


class CuratorsAdminConfig(AdminConfig):
    default_site = "curation.sites.CuratorsAdminSite"

    def ready(self):
        super().ready()  # autodiscover: every app's admin.py registers its models
        from django.apps import apps
        from django.contrib import admin

        for app_label, model_name in UNREGISTERED:
            if app_label in apps.app_configs:
                model = apps.get_model(app_label, model_name)
                if admin.site.is_registered(model):
                    admin.site.unregister(model)
