"""Indexes that give public lists their order, so `ORDER BY … LIMIT 24` reads 24 rows.

PostgreSQL only (used by migrations, like search_indexes.py). Each index is partial (published
entries, what every public list filters on) and its expression is exactly the one the ORM emits
for the sort: `name_sort_key()` in curation/language.py is
`COALESCE(NULLIF(name_<lang>, ''), NULLIF(name_<other>, '')) COLLATE "<lang>-x-icu"`, followed by
`slug`; `-updated` is `updated DESC, slug`; `founded` (or `start_date` for programmes) puts
empty values last, then the name. A query whose ORDER BY differs from the index expression in
any way (another collation, another fallback order) gets no help from it: tests/test_scale.py
checks that the planner can use each one.
"""

from django.db import migrations

from curation.language import PG_COLLATIONS


def name_expression(lang):
    other = "en" if lang == "th" else "th"
    return (
        f"(COALESCE(NULLIF(name_{lang}, ''), NULLIF(name_{other}, '')) "
        f'COLLATE "{PG_COLLATIONS[lang]}")'
    )


def sort_index_definitions(table, date_column):
    """(index name, column list) for the name, -updated and date sorts in both languages."""
    definitions = [(f"{table}_updated_sort", "updated DESC, slug")]
    for lang in PG_COLLATIONS:
        definitions += [
            (f"{table}_name_{lang}_sort", f"{name_expression(lang)}, slug"),
            (
                f"{table}_{date_column}_{lang}_sort",
                f"{date_column} ASC NULLS LAST, {name_expression(lang)}, slug",
            ),
        ]
    return definitions


def sort_indexes(table, date_column):
    """A RunPython operation that creates (and on reverse drops) the sort indexes of a table."""

    def create(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for name, columns in sort_index_definitions(table, date_column):
            schema_editor.execute(
                f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns}) "
                "WHERE status = 'published'"
            )

    def drop(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for name, _columns in sort_index_definitions(table, date_column):
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")

    return migrations.RunPython(create, drop)
