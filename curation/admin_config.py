"""django.contrib.admin with the curators' site (curation/sites.py, two-factor login) as
`admin.site`; listed in INSTALLED_APPS in place of "django.contrib.admin"."""

from django.contrib.admin.apps import AdminConfig


class CuratorsAdminConfig(AdminConfig):
    default_site = "curation.sites.CuratorsAdminSite"
