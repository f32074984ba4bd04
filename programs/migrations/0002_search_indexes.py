from django.db import migrations

from listings.search_indexes import trigram_indexes


class Migration(migrations.Migration):
    """`q` matches names and summaries: trigram indexes on them (PostgreSQL only)."""

    dependencies = [("programs", "0001_initial")]

    operations = [
        trigram_indexes("programs_programme", ["name_th", "name_en", "summary_th", "summary_en"])
    ]
