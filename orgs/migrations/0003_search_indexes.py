from django.db import migrations

from orgs.search_indexes import trigram_indexes


class Migration(migrations.Migration):
    dependencies = [("orgs", "0002_reference_data")]

    operations = [trigram_indexes("orgs_organisation", ["name_th", "name_en"])]
