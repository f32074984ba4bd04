"""Backups restore to the same directory: pg_dump -Fc / pg_restore, and a portable JSON dump.

The restore drill of docs/operations.md, run for real: the demo database is dumped, restored
into a fresh database, and every page, download, feed and API answer of the two is compared
(tests/snapshot_pages.py). The JSON dump (natural keys) is loaded into a freshly migrated
database and compared the same way.
"""

import json
import subprocess
import sys

import pytest

from .prod_servers import (
    PG,
    ROOT,
    base_env,
    create_database,
    demo_copy,
    drop_database,
    manage,
)

pytestmark = pytest.mark.postgres


def snapshot(url, *options):
    result = subprocess.run(
        [sys.executable, "tests/snapshot_pages.py", *options],
        cwd=ROOT,
        env=base_env(DATABASE_URL=url, PAGE_CACHE_SECONDS="0"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def source():
    url = demo_copy("backup_source")
    taken = snapshot(url)
    yield url, taken
    drop_database(url.rsplit("/", 1)[1])


@pytest.fixture
def target(request):
    name = f"sse_prod_t_restore_{request.node.name[-20:]}".lower()
    drop_database(name)
    yield name
    drop_database(name)


def test_pg_dump_and_pg_restore_give_the_same_directory(source, target, tmp_path):
    url, before = source
    assert before["counts"][0] > 10 and all(v[0] == 200 for k, v in before.items() if k != "counts")
    dump = tmp_path / "sse.dump"
    # The commands of docs/operations.md.
    subprocess.run(["pg_dump", "-Fc", "--no-owner", "-f", dump, url], check=True)
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", target], check=True)
    subprocess.run(
        ["pg_restore", "--no-owner", "--exit-on-error", "-d", f"{PG}/{target}", dump], check=True
    )
    assert snapshot(f"{PG}/{target}") == before


def test_a_json_dump_with_natural_keys_loads_into_a_fresh_database(source, target, tmp_path):
    url, before = source
    dump = tmp_path / "sse.json"
    manage(
        "dumpdata",
        "--natural-foreign",
        "--natural-primary",
        "--indent",
        "1",
        *("-e", "contenttypes", "-e", "auth.permission", "-e", "sessions", "-e", "admin.logentry"),
        "-o",
        str(dump),
        env={"DATABASE_URL": url},
    )
    fresh = create_database(target)
    env = {"DATABASE_URL": fresh, "DB_STATEMENT_TIMEOUT": "0"}
    manage("migrate", "--noinput", "-v0", env=env)
    manage("loaddata", str(dump), env=env)
    # Django's JSON keeps times to the millisecond (docs/operations.md); all else is identical.
    assert snapshot(fresh, "--milliseconds") == snapshot(url, "--milliseconds")
