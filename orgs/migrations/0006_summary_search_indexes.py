from django.db import migrations

from orgs.search_indexes import trigram_indexes


class Migration(migrations.Migration):
    """`q` also matches summaries: index them like the names (PostgreSQL only)."""

    dependencies = [("orgs", "0005_curator_permissions")]

    operations = [trigram_indexes("orgs_organisation", ["summary_th", "summary_en"])]
