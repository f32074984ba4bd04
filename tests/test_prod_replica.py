"""A real PostgreSQL 15 streaming replica: public reads from it, curators on the primary.

The fixture makes the replica the way docs/deploy.md tells an operator to: replication allowed
for 127.0.0.1 in the primary's pg_hba.conf, `pg_createcluster` on a free port, `pg_basebackup -R`
into it, start. (The copy holds the whole cluster, the suite's own test database included.) It
is stopped and removed afterwards. Reading from the replica is proved by pausing its replay:
what the primary has and the replica has not yet replayed shows who answered.
"""

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
import requests

from .prod_servers import (
    Server,
    demo_copy,
    drop_database,
    forget_prefix,
    free_port,
    login,
    manage,
    redis_url,
    sql,
    unique_prefix,
)

pytestmark = pytest.mark.postgres
PASSWORD = "a-long-test-password-1"
HBA_LINE = "host replication all 127.0.0.1/32 trust"


def run(*command, check=True):
    """postgresql-common's tools (they run as root and switch to the cluster's owner)."""
    return subprocess.run(list(command), check=check, capture_output=True, text=True)


def as_postgres(*command, check=True):
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    return subprocess.run([*prefix, *command], check=check, capture_output=True, text=True)


def allow_replication():
    """Add the replication line to pg_hba.conf once, and reload."""
    hba = Path(sql("SHOW hba_file", fetch=True)[0][0])
    if HBA_LINE not in hba.read_text():
        with hba.open("a") as file:
            file.write("\n# streaming replicas on this machine (tests/test_prod_replica.py)\n")
            file.write(HBA_LINE + "\n")
        sql("SELECT pg_reload_conf()")


@pytest.fixture(scope="module")
def replica():
    if not (shutil.which("pg_createcluster") and shutil.which("pg_basebackup")):
        pytest.skip("needs postgresql-common's pg_createcluster and pg_basebackup")
    if os.geteuid() != 0:
        pytest.skip("pg_createcluster needs root (CI runs as root)")
    url = demo_copy("replica")
    dbname = url.rsplit("/", 1)[1]
    manage(
        "shell",
        "-c",
        "from django.contrib.auth.models import User;"
        f"User.objects.create_superuser('lead', 'lead@example.org', '{PASSWORD}')",
        env={"DATABASE_URL": url},
    )
    allow_replication()
    started = time.monotonic()
    version = str(int(sql("SHOW server_version_num", fetch=True)[0][0]) // 10000)
    name, port = f"sse_replica_{os.getpid()}", free_port()
    run("pg_createcluster", version, name, "--port", str(port))
    try:
        data = Path(f"/var/lib/postgresql/{version}/{name}")
        # The replica accepts the same clients as the primary (Debian keeps pg_hba.conf in /etc).
        hba = Path(sql("SHOW hba_file", fetch=True)[0][0])
        shutil.copyfile(hba, Path(f"/etc/postgresql/{version}/{name}/pg_hba.conf"))
        as_postgres("sh", "-c", f"rm -rf {data}/*")
        as_postgres(
            "pg_basebackup",
            "-h",
            "127.0.0.1",
            "-p",
            "5432",
            "-U",
            "postgres",
            "-D",
            str(data),
            "-R",
            "-X",
            "stream",
            "-c",
            "fast",
        )
        run("pg_ctlcluster", version, name, "start")
        for _ in range(60):
            try:
                if sql("SELECT pg_is_in_recovery()", port=port, fetch=True)[0][0]:
                    break
            except Exception:
                time.sleep(0.5)
        print(f"replica ready in {time.monotonic() - started:.0f} s")
        yield {"port": port, "url": url, "dbname": dbname, "version": version, "name": name}
    finally:
        run("pg_dropcluster", "--stop", version, name, check=False)
        drop_database(dbname)


@pytest.fixture(scope="module")
def server(replica):
    env = {
        "DATABASE_URL": replica["url"],
        "DATABASE_REPLICA_URL": f"postgres://postgres@127.0.0.1:{replica['port']}/{replica['dbname']}",
        "REDIS_URL": redis_url(),
        "CACHE_KEY_PREFIX": unique_prefix("replica"),
        "PAGE_CACHE_SECONDS": "0",  # every answer is read from a database here
        "REPLICA_RETRY_SECONDS": "1",
        "DB_CONNECT_TIMEOUT": "2",
        "SUGGESTION_MIN_SECONDS": "0",
    }
    with Server(**env) as running:
        yield running
    forget_prefix(env["CACHE_KEY_PREFIX"])


def caught_up(replica):
    """Wait until the replica has replayed everything the primary has written so far."""
    (target,) = sql("SELECT pg_current_wal_lsn()::text", fetch=True)[0]
    for _ in range(100):
        row = sql(
            "SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn",
            port=replica["port"],
            params=[target],
            fetch=True,
        )
        if row[0][0]:
            return
        time.sleep(0.1)
    raise AssertionError("the replica did not catch up")


class paused:
    """Replay paused on the replica: it keeps receiving WAL but shows nothing new."""

    def __init__(self, replica):
        self.port = replica["port"]

    def __enter__(self):
        sql("SELECT pg_wal_replay_pause()", port=self.port)

    def __exit__(self, *exc):
        sql("SELECT pg_wal_replay_resume()", port=self.port)


def an_organisation(replica):
    return sql(
        "SELECT id, slug, name_en FROM orgs_organisation WHERE status = 'published' "
        "ORDER BY slug LIMIT 1 OFFSET 2",
        dbname=replica["dbname"],
        fetch=True,
    )[0]


def rename(replica, pk, name):
    sql(
        "UPDATE orgs_organisation SET name_en = %s WHERE id = %s",
        dbname=replica["dbname"],
        params=[name, pk],
    )


def test_public_pages_read_from_the_replica_and_curators_from_the_primary(replica, server):
    pk, slug, name = an_organisation(replica)
    page = f"/en/organisations/{slug}/"
    curator = requests.Session()
    assert login(server, curator, "lead", PASSWORD).status_code == 302
    caught_up(replica)
    with paused(replica):
        rename(replica, pk, "Renamed On The Primary")
        visitor = server.get(page).text
        assert name in visitor and "Renamed On The Primary" not in visitor  # the replica
        assert "Renamed On The Primary" in server.get(page, session=curator).text  # the primary
    caught_up(replica)
    assert "Renamed On The Primary" in server.get(page).text
    rename(replica, pk, name)


def test_a_curators_save_goes_to_the_primary_and_every_reader_sees_it(replica, server):
    pk, slug, name = an_organisation(replica)
    page = f"/en/organisations/{slug}/"
    curator = requests.Session()
    assert login(server, curator, "lead", PASSWORD).status_code == 302
    changelist = server.get("/en/admin/orgs/organisation/", session=curator)
    token = changelist.text.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    caught_up(replica)
    with paused(replica):
        response = curator.post(
            server.url + "/en/admin/orgs/organisation/",
            data={
                "csrfmiddlewaretoken": token,
                "action": "archive",
                "_selected_action": str(pk),
                "index": "0",
            },
            headers={"Referer": server.url + "/en/admin/orgs/organisation/"},
            allow_redirects=False,
            timeout=15,
        )
        assert response.status_code == 302  # a write on the read-only replica would fail
        on_replica = sql(
            "SELECT status FROM orgs_organisation WHERE id = %s",
            dbname=replica["dbname"],
            port=replica["port"],
            params=[pk],
            fetch=True,
        )
        assert on_replica == [("published",)]  # not replayed yet ...
        # ... so the replica is behind the last public change: visitors read the primary.
        assert server.get(page).status_code == 410
        assert name not in server.get("/api/v1/organisations/?page_size=100").text
    caught_up(replica)
    assert server.get(page).status_code == 410


def test_a_visitor_reads_their_own_write_from_the_primary(replica, server):
    pk, slug, name = an_organisation(replica)
    page = f"/en/organisations/{slug}/"
    visitor = requests.Session()
    form = server.get("/en/suggest/", session=visitor).text
    token = form.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    started = form.split('name="started" value="', 1)[1].split('"', 1)[0]
    sent = visitor.post(
        server.url + "/en/suggest/",
        data={
            "csrfmiddlewaretoken": token,
            "started": started,
            "name": "Ban Na Weavers",
            "message": "Weavers.",
            "submitter_name": "Somchai",
            "submitter_email": "somchai@example.org",
        },
        headers={"Referer": server.url + "/en/suggest/"},
        allow_redirects=False,
        timeout=15,
    )
    assert sent.status_code == 302 and "primary" in sent.cookies
    caught_up(replica)
    with paused(replica):
        rename(replica, pk, "Seen By The Writer")
        assert "Seen By The Writer" in server.get(page, session=visitor).text
        assert "Seen By The Writer" not in server.get(page).text
    rename(replica, pk, name)


def test_reads_fall_back_to_the_primary_when_the_replica_stops(replica, server):
    pk, slug, name = an_organisation(replica)
    run("pg_ctlcluster", replica["version"], replica["name"], "stop", "-m", "fast")
    try:
        rename(replica, pk, "Primary Only")
        for path in [f"/en/organisations/{slug}/", "/th/", "/api/v1/organisations/"]:
            started = time.monotonic()
            response = server.get(path)
            assert response.status_code == 200, path
            assert time.monotonic() - started < 3
        assert "Primary Only" in server.get(f"/en/organisations/{slug}/").text
        assert server.get("/readyz").status_code == 200
    finally:
        run("pg_ctlcluster", replica["version"], replica["name"], "start", check=False)
        rename(replica, pk, name)
    # Back: after REPLICA_RETRY_SECONDS the replica serves public reads again.
    caught_up(replica)
    time.sleep(1.2)
    with paused(replica):
        rename(replica, pk, "Only On The Primary Again")
        assert "Only On The Primary Again" not in server.get(f"/en/organisations/{slug}/").text
    rename(replica, pk, name)
