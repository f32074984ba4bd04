from django.db import migrations

from listings.sort_indexes import sort_indexes


class Migration(migrations.Migration):
    """Lists sorted by name, -updated or founded read their page from an index (PostgreSQL)."""

    dependencies = [("orgs", "0003_search_indexes")]

    operations = [sort_indexes("orgs_organisation", "founded_year")]
