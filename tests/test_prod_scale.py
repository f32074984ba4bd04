"""Past one server: two gunicorn processes on one PostgreSQL and one Redis are one directory.

A curator's save through one is seen through the other at once (the data version and the cached
pages live in Redis), a login made on one is valid on the other (sessions in the database), and
the limits on suggestions and failed logins count across both.
"""

import re

import pytest
import requests

from .prod_servers import (
    Server,
    csrf_token,
    demo_copy,
    drop_database,
    forget_prefix,
    login,
    manage,
    redis_url,
    sql,
    unique_prefix,
)

pytestmark = pytest.mark.postgres
PASSWORD = "a-long-test-password-1"


@pytest.fixture(scope="module")
def pair():
    url = demo_copy("scale")
    env = {"DATABASE_URL": url}
    manage(
        "shell",
        "-c",
        "from django.contrib.auth.models import User;"
        f"User.objects.create_superuser('lead', 'lead@example.org', '{PASSWORD}');"
        f"User.objects.create_superuser('other', 'other@example.org', '{PASSWORD}')",
        env=env,
    )
    shared = {
        "DATABASE_URL": url,
        "REDIS_URL": redis_url(),
        "CACHE_KEY_PREFIX": unique_prefix("scale"),
        "PAGE_CACHE_SECONDS": "600",
        "SUGGESTION_MIN_SECONDS": "0",
        "SUGGESTION_RATE_LIMIT": "3",
        "AXES_FAILURE_LIMIT": "2",
    }
    a, b = Server(**shared), Server(**shared)
    a.start()
    b.start()
    yield a, b
    a.stop()
    b.stop()
    forget_prefix(shared["CACHE_KEY_PREFIX"])
    drop_database(url.rsplit("/", 1)[1])


def a_published_organisation(database_url):
    dbname = database_url.rsplit("/", 1)[1]
    rows = sql(
        "SELECT id, slug, name_en FROM orgs_organisation WHERE status = 'published' "
        "ORDER BY slug LIMIT 1",
        dbname=dbname,
        fetch=True,
    )
    return rows[0]


def test_a_save_through_one_process_is_seen_through_the_other_at_once(pair):
    a, b = pair
    pk, slug, name = a_published_organisation(a.env["DATABASE_URL"])
    page = f"/en/organisations/{slug}/"
    b.get(page)
    assert b.get(page).headers["X-Cache"] == "hit"
    assert name in b.get("/api/v1/organisations/?page_size=100").text

    curator = requests.Session()
    assert login(a, curator, "lead", PASSWORD).status_code == 302
    changelist = a.get("/en/admin/orgs/organisation/", session=curator)
    response = curator.post(
        a.url + "/en/admin/orgs/organisation/",
        data={
            "csrfmiddlewaretoken": csrf_token(changelist.text),
            "action": "archive",
            "_selected_action": str(pk),
            "index": "0",
        },
        headers={"Referer": a.url + "/en/admin/orgs/organisation/"},
        allow_redirects=False,
        timeout=15,
    )
    assert response.status_code == 302
    archived = b.get(page)
    assert archived.status_code == 410  # an archived entry is gone, not served from the cache
    assert name not in b.get("/api/v1/organisations/?page_size=100").text


def test_a_login_on_one_process_is_valid_on_the_other(pair):
    a, b = pair
    session = requests.Session()
    assert login(a, session, "lead", PASSWORD).status_code == 302
    assert b.get("/en/admin/", session=session).status_code == 200
    assert b.get("/en/admin/", session=requests.Session()).status_code == 302  # not logged in


def test_the_suggestion_limit_counts_across_processes(pair):
    a, b = pair
    visitor = requests.Session()
    sent = []
    for server in (a, b, a, b):
        form = server.get("/en/suggest/", session=visitor).text
        started = re.search(r'name="started" value="([^"]+)"', form).group(1)
        response = visitor.post(
            server.url + "/en/suggest/",
            data={
                "csrfmiddlewaretoken": csrf_token(form),
                "started": started,
                "name": "Ban Na Weavers",
                "message": "A group of weavers.",
                "submitter_name": "Somchai",
                "submitter_email": "somchai@example.org",
            },
            headers={"Referer": server.url + "/en/suggest/"},
            allow_redirects=False,
            timeout=15,
        )
        sent.append(response.status_code)
    assert sent == [302, 302, 302, 429]


def test_failed_logins_lock_an_account_across_processes(pair):
    a, b = pair
    assert login(a, requests.Session(), "other", "wrong").status_code == 200
    assert login(b, requests.Session(), "other", "wrong").status_code in (200, 429)
    # The right password, now on the first process: the account is locked everywhere.
    locked = login(a, requests.Session(), "other", PASSWORD)
    assert locked.status_code == 429
