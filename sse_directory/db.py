"""Database settings from the environment: timeouts, and the optional read replica.

An outage must cost a visitor seconds, not a minute: libpq's `connect_timeout` bounds the wait
for a server that is down or unreachable (or accepts the connection and never answers), and
PostgreSQL's `statement_timeout` bounds a query on a server that is overloaded or locked. The
error that follows becomes a 503 page (sse_directory.errors), and the next request reconnects
by itself (`conn_health_checks`), so service comes back when the database does.

`DATABASE_REPLICA_URL` adds a "replica" alias (a streaming replica of the primary); the router in
sse_directory.routers decides which requests may read from it.
"""

import os

import dj_database_url

#: The alias of the read replica when DATABASE_REPLICA_URL is set.
REPLICA = "replica"


def _seconds(name, default):
    return float(os.environ.get(name, default))


def _with_timeouts(config):
    """Add the connect and statement timeouts to a PostgreSQL alias (SQLite has neither)."""
    if "postgresql" not in config.get("ENGINE", ""):
        return config
    options = config.setdefault("OPTIONS", {})
    connect = _seconds("DB_CONNECT_TIMEOUT", "3")
    statement = _seconds("DB_STATEMENT_TIMEOUT", "10")
    if connect > 0:
        # libpq takes whole seconds (at least 2 are honoured as given; 1 is raised to 2).
        options.setdefault("connect_timeout", max(1, round(connect)))
    if statement > 0:
        options.setdefault("options", f"-c statement_timeout={int(statement * 1000)}")
    return config


def databases(default_url):
    """DATABASES for settings.py: "default" (the primary) and, when configured, "replica"."""
    conn_max_age = int(os.environ.get("CONN_MAX_AGE", "60"))
    result = {
        "default": _with_timeouts(
            dj_database_url.config(
                default=default_url, conn_max_age=conn_max_age, conn_health_checks=True
            )
        )
    }
    replica_url = os.environ.get("DATABASE_REPLICA_URL", "").strip()
    if replica_url:
        replica = _with_timeouts(
            dj_database_url.parse(replica_url, conn_max_age=conn_max_age, conn_health_checks=True)
        )
        # The test runner must not create a test database on the replica: it is a copy of the
        # primary's cluster and follows it by itself.
        replica["TEST"] = {"MIRROR": "default"}
        result[REPLICA] = replica
    return result
