#!/usr/bin/env bash
# `make prod-check`: build as the image does (deploy/build.sh), check the production settings,
# migrate, then serve with the image's gunicorn config and probe it; stop gracefully (SIGTERM).
#
# Uses DATABASE_URL (default: a throw-away SQLite file) and REDIS_URL (default: the local
# Redis), HTTPS=1 with a random SECRET_KEY, STATIC_ROOT (default: staticfiles/), PORT (8011).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python}"
PORT="${PORT:-8011}"

PYTHON="$PYTHON" deploy/build.sh

export HTTPS=1 DEBUG=0 REQUIRE_SECRET_KEY=1
export SECRET_KEY="${SECRET_KEY:-$("$PYTHON" -c 'import secrets; print(secrets.token_urlsafe(50))')}"
export ALLOWED_HOSTS="${ALLOWED_HOSTS:-127.0.0.1,localhost}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379/0}"
export CONTACT_EMAIL="${CONTACT_EMAIL:-directory@example.org}"
export CACHE_KEY_PREFIX="${CACHE_KEY_PREFIX:-prod-check-$$}"
tmp="$(mktemp -d)"
export DATABASE_URL="${DATABASE_URL:-sqlite:///$tmp/prod-check.sqlite3}"
export BIND="127.0.0.1:$PORT" WEB_CONCURRENCY="${WEB_CONCURRENCY:-2}"

"$PYTHON" manage.py check --deploy --fail-level WARNING
"$PYTHON" manage.py migrate --noinput -v0

"$PYTHON" -m gunicorn -c deploy/gunicorn.conf.py sse_directory.wsgi >"$tmp/gunicorn.log" 2>&1 &
pid=$!
cleanup() {
  rm -rf "$tmp"
  # This run's keys only: the Redis may be shared.
  "$PYTHON" -c 'import os, redis; r = redis.Redis.from_url(os.environ["REDIS_URL"]); keys = list(r.scan_iter(os.environ["CACHE_KEY_PREFIX"] + ":*")); keys and r.delete(*keys)' || true
}
trap 'kill "$pid" 2>/dev/null || true; cleanup' EXIT

PORT="$PORT" "$PYTHON" - <<'PY'
"""Probe the server as a load balancer and a browser behind TLS would."""
import os
import sys
import time
import urllib.error
import urllib.request

base = f"http://127.0.0.1:{os.environ['PORT']}"


def get(path, proxied=True):
    headers = {"X-Forwarded-Proto": "https"} if proxied else {}
    request = urllib.request.Request(base + path, headers=headers)

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    try:
        with urllib.request.build_opener(NoRedirect).open(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


for _ in range(100):
    try:
        get("/healthz", proxied=False)
        break
    except OSError:
        time.sleep(0.2)
checks = []
status, headers, body = get("/healthz", proxied=False)
checks.append(("/healthz over plain HTTP answers 200", status == 200))
status, headers, body = get("/readyz", proxied=False)
checks.append(("/readyz over plain HTTP answers 200", status == 200))
status, headers, body = get("/th/", proxied=False)
checks.append(("a page over plain HTTP redirects to HTTPS", status == 301))
status, headers, body = get("/th/")
page = body.decode()
checks.append(("the home page answers 200 behind TLS", status == 200))
checks.append(("it carries HSTS", "preload" in headers.get("Strict-Transport-Security", "")))
checks.append(("it links hashed static files", "/static/css/site." in page))
checks.append(("it shows the map", "<svg" in page))
css = page.split('href="/static/css/', 1)[1].split('"', 1)[0]
status, headers, body = get("/static/css/" + css)
checks.append(("the stylesheet is served with a long cache", status == 200
               and "max-age=315360000" in headers.get("Cache-Control", "")))
failed = [name for name, ok in checks if not ok]
for name, ok in checks:
    print(("ok   " if ok else "FAIL ") + name)
sys.exit(1 if failed else 0)
PY

kill -TERM "$pid"
wait "$pid"
trap cleanup EXIT
echo "prod-check: passed; gunicorn stopped gracefully"
