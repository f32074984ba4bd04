"""Structured logs: one JSON object a line on stdout, with the request id, without personal data.

Every record made while a request is handled carries its id (RequestIDMiddleware sets it; nginx
may pass its own in `X-Request-ID`), and gunicorn's access lines take it from the response
header. E-mail and IP addresses never appear in plain text: each becomes a short keyed hash
(`email:3f2a…`, `ip:9c1b…`), the same for the same address, so that one visitor's lines can be
followed without knowing who they are.
"""

import contextvars
import datetime
import hashlib
import hmac
import ipaddress
import json
import logging
import re

from gunicorn.glogging import Logger as GunicornBaseLogger

request_id_var = contextvars.ContextVar("request_id", default=None)

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Candidates only: each match is checked with `ipaddress` before it is replaced.
IP = re.compile(
    r"(?<![\w.:])(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})"
)


def _key():
    try:
        from django.conf import settings

        return settings.SECRET_KEY.encode()
    except Exception:  # logging before the settings are ready
        return b"sse-directory"


def pseudonym(kind, value):
    digest = hmac.new(_key(), value.lower().encode(), hashlib.sha256).hexdigest()[:12]
    return f"{kind}:{digest}"


def _ip(match):
    text = match.group(0)
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return text
    return pseudonym("ip", text)


def redact(text):
    """The text with every e-mail and IP address replaced by its pseudonym."""
    text = EMAIL.sub(lambda m: pseudonym("email", m.group(0)), text)
    return IP.sub(_ip, text)


class RequestIDFilter(logging.Filter):
    def filter(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = request_id_var.get()
        return True


class JSONFormatter(logging.Formatter):
    """`{"time", "level", "logger", "message", "request_id", …}`; extra fields in `fields`."""

    def format(self, record):
        entry = {
            "time": datetime.datetime.fromtimestamp(record.created, datetime.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": redact(record.getMessage()),
            "request_id": getattr(record, "request_id", None) or request_id_var.get(),
        }
        status = getattr(record, "status_code", None)
        if status is not None:
            entry["status"] = status
        entry.update(getattr(record, "fields", None) or {})
        if record.exc_info:
            entry["exception"] = redact(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False, default=str)


def logging_config(level="INFO", fmt="json"):
    """LOGGING for settings.py: JSON (production) or plain text (development) on stdout."""
    formatter = (
        {"()": "sse_directory.logging.JSONFormatter"}
        if fmt == "json"
        else {"format": "%(levelname)s %(name)s [%(request_id)s] %(message)s"}
    )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "sse_directory.logging.RequestIDFilter"}},
        "formatters": {"main": formatter},
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stdout",
                "formatter": "main",
                "filters": ["request_id"],
            }
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            "django.db.backends": {"level": "WARNING"},
            # django-axes logs every login at INFO; lockouts (WARNING) are what matter.
            "axes": {"level": "WARNING"},
        },
    }


class GunicornLogger(GunicornBaseLogger):
    """gunicorn's error and access logs as JSON lines, like the application's."""

    def setup(self, cfg):
        super().setup(cfg)
        for log in (self.error_log, self.access_log):
            for handler in log.handlers:
                handler.setFormatter(JSONFormatter())

    def access(self, resp, req, environ, request_time):
        if not (self.cfg.accesslog or self.cfg.logconfig or self.cfg.syslog):
            return
        headers = dict((name.lower(), value) for name, value in resp.headers)
        fields = {
            "method": environ.get("REQUEST_METHOD"),
            # The path without the query string, which may hold what a visitor typed.
            "path": environ.get("PATH_INFO"),
            "status": resp.status_code,
            "bytes": getattr(resp, "sent", None),
            "duration_ms": round(request_time.total_seconds() * 1000, 1),
            "user_agent": environ.get("HTTP_USER_AGENT", ""),
        }
        self.access_log.info(
            "request", extra={"fields": fields, "request_id": headers.get("x-request-id")}
        )
