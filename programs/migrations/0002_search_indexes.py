from django.db import migrations

from orgs.search_indexes import trigram_indexes


class Migration(migrations.Migration):
    dependencies = [("programs", "0001_initial"), ("orgs", "0003_search_indexes")]

    operations = [trigram_indexes("programs_programme", ["name_th", "name_en"])]
