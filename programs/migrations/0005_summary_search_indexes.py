from django.db import migrations

from orgs.search_indexes import trigram_indexes


class Migration(migrations.Migration):
    """`q` also matches summaries: index them like the names (PostgreSQL only)."""

    dependencies = [("programs", "0004_curator_permissions")]

    operations = [trigram_indexes("programs_programme", ["summary_th", "summary_en"])]
