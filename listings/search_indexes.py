"""Trigram (pg_trgm) indexes for substring search over name columns, used by migrations.

Thai has no spaces between words, so search is a substring match; on PostgreSQL a GIN trigram
index on UPPER(column) serves Django's `icontains`, which PostgreSQL runs as
`UPPER(column) LIKE UPPER(pattern)`. SQLite has no such index and simply scans.
"""

from django.db import migrations


def trigram_indexes(table, columns, expression="(UPPER({column}))"):
    """A RunPython operation that creates (and on reverse drops) one index per column.

    `expression` is what is indexed: UPPER(column) by default, which serves `icontains`; a
    column of already normalised text is indexed as it is (`"{column}"`, listings/search.py).
    """

    def create(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for column in columns:
            schema_editor.execute(
                f"CREATE INDEX IF NOT EXISTS {table}_{column}_trgm "
                f"ON {table} USING gin ({expression.format(column=column)} gin_trgm_ops)"
            )

    def drop(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for column in columns:
            schema_editor.execute(f"DROP INDEX IF EXISTS {table}_{column}_trgm")

    return migrations.RunPython(create, drop)
