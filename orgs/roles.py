"""Curators' roles, as groups that exist in every database.

- Editor: creates and edits drafts, proposes them for review, proposes changes to published
  entries (a Reviewer accepts them), imports spreadsheets and answers suggestions. No publishing,
  no deleting.
- Reviewer: everything an Editor does, plus publish, archive, restore, accept proposed changes,
  merge duplicates and edit themes.
- Administrators are superusers; only they can delete anything (everyone else archives).

The groups are (re)built from these lists after every `migrate`: permissions do not exist yet
while a fresh database migrates, so a data migration could not assign them.
"""

from django.apps import apps as global_apps
from django.db import DEFAULT_DB_ALIAS

EDITOR = "Editor"
REVIEWER = "Reviewer"

EDITOR_PERMISSIONS = [
    "orgs.view_region",
    "orgs.view_province",
    "orgs.view_sdg",
    "orgs.view_theme",
    "orgs.view_organisation",
    "orgs.add_organisation",
    "orgs.change_organisation",
    "orgs.view_pendingchange",
    "orgs.view_suggestion",
    "orgs.change_suggestion",
    "programs.view_programme",
    "programs.add_programme",
    "programs.change_programme",
    "programs.view_participation",
    "programs.add_participation",
    "programs.change_participation",
    "programs.view_event",
    "programs.add_event",
    "programs.change_event",
]

REVIEWER_PERMISSIONS = EDITOR_PERMISSIONS + [
    "orgs.publish_organisation",
    "orgs.merge_organisation",
    "orgs.change_pendingchange",
    "orgs.add_theme",
    "orgs.change_theme",
    "programs.publish_programme",
]

ROLES = {EDITOR: EDITOR_PERMISSIONS, REVIEWER: REVIEWER_PERMISSIONS}


def publish_permission(model):
    """The permission that lets a user publish (and archive, restore) entries of `model`."""
    return f"{model._meta.app_label}.publish_{model._meta.model_name}"


def create_roles(using=DEFAULT_DB_ALIAS, **kwargs):
    """post_migrate handler: the Editor and Reviewer groups with exactly their permissions."""
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission
    from django.contrib.contenttypes.management import create_contenttypes

    labels = sorted({code.split(".")[0] for codes in ROLES.values() for code in codes})
    for label in labels:
        config = global_apps.get_app_config(label)
        create_contenttypes(config, verbosity=0, using=using)
        create_permissions(config, verbosity=0, using=using)
    for name, codes in ROLES.items():
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
