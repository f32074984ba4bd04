"""gunicorn's configuration, in the image and in `make prod-check`.

Environment: BIND (default 0.0.0.0:8000), WEB_CONCURRENCY (workers; default 2 × CPUs + 1, at
most 8), GUNICORN_TIMEOUT (seconds a request may take before its worker is replaced; 30),
GUNICORN_GRACEFUL_TIMEOUT (seconds running requests get to finish on SIGTERM; 30),
FORWARDED_ALLOW_IPS (proxies trusted for X-Forwarded-*; 127.0.0.1).
"""

import os
import sys


def _cpus():
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


bind = os.environ.get("BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", min(2 * _cpus() + 1, 8)))
# Longer than the database's statement timeout, so that a slow query ends as a 503, not a kill.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = 5
# A worker is replaced after this many requests (with jitter), which bounds slow leaks.
max_requests = 2000
max_requests_jitter = 200
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# The heartbeat file in memory, not on a container's overlay disk.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
# Access and error logs as JSON lines on stdout, with the request id and without IP addresses.
accesslog = "-"
errorlog = "-"
logger_class = "sse_directory.logging.GunicornLogger"


def on_starting(server):
    """Refuse to start a misconfigured production: the system checks' errors stop gunicorn."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sse_directory.settings")
    import django
    from django.core.management import call_command
    from django.core.management.base import SystemCheckError

    django.setup()
    try:
        call_command("check", fail_level="ERROR")
    except SystemCheckError as error:
        print(error, file=sys.stderr)
        sys.exit(1)
