from django.db import migrations

from listings.search_indexes import trigram_indexes


class Migration(migrations.Migration):
    """`q` matches names and summaries: trigram indexes on them (PostgreSQL only)."""

    dependencies = [("orgs", "0002_reference_data")]

    operations = [
        trigram_indexes("orgs_organisation", ["name_th", "name_en", "summary_th", "summary_en"])
    ]
