"""Curators' roles, as groups that exist in every database.

- Editor: creates and edits drafts, proposes them for review, proposes changes to published
  entries (a Reviewer accepts them), imports spreadsheets and answers suggestions. No publishing,
  no deleting.
- Reviewer: everything an Editor does, plus publish, archive, restore, accept proposed changes,
  merge duplicates and edit themes.
- Administrators are superusers; only they can delete anything (everyone else archives).

Each app declares what its own models give each role, on its AppConfig:

    editor_permissions = ["view_organisation", "change_organisation", ...]
    reviewer_permissions = ["publish_organisation", ...]  # on top of the Editor's

The groups are (re)built from what the installed apps declare after every `migrate`:
permissions do not exist yet while a fresh database migrates, so a data migration could not
assign them.
"""

from django.apps import apps as global_apps
from django.db import DEFAULT_DB_ALIAS

EDITOR = "Editor"
REVIEWER = "Reviewer"


def declared_permissions(app_configs=None):
    """{role: ["app_label.codename", ...]} from the apps' `editor_permissions` and
    `reviewer_permissions` (a Reviewer has every Editor permission too)."""
    editor, reviewer = [], []
    for config in app_configs or global_apps.get_app_configs():
        label = config.label
        editor += [f"{label}.{code}" for code in getattr(config, "editor_permissions", [])]
        reviewer += [f"{label}.{code}" for code in getattr(config, "reviewer_permissions", [])]
    return {EDITOR: editor, REVIEWER: editor + reviewer}


def publish_permission(model):
    """The permission that lets a user publish (and archive, restore) entries of `model`."""
    return f"{model._meta.app_label}.publish_{model._meta.model_name}"


def create_roles(using=DEFAULT_DB_ALIAS, **kwargs):
    """post_migrate handler: the Editor and Reviewer groups with exactly their permissions."""
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission
    from django.contrib.contenttypes.management import create_contenttypes

    roles = declared_permissions()
    labels = sorted({code.split(".")[0] for codes in roles.values() for code in codes})
    for label in labels:
        config = global_apps.get_app_config(label)
        create_contenttypes(config, verbosity=0, using=using)
        create_permissions(config, verbosity=0, using=using)
    for name, codes in roles.items():
        group, _ = Group.objects.using(using).get_or_create(name=name)
        permissions = []
        for code in codes:
            app_label, codename = code.split(".")
            permissions.append(
                Permission.objects.using(using).get(
                    content_type__app_label=app_label, codename=codename
                )
            )
        group.permissions.set(permissions)
