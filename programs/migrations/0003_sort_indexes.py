from django.db import migrations

from listings.sort_indexes import sort_indexes


class Migration(migrations.Migration):
    """Lists sorted by name, -updated or start date read their page from an index (PostgreSQL)."""

    dependencies = [("programs", "0002_search_indexes")]

    operations = [sort_indexes("programs_programme", "start_date")]
