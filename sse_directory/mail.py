"""Email settings from the environment: `EMAIL_URL`, or Django's usual EMAIL_* variables.

`EMAIL_URL` packs the backend and its settings into one value, as `DATABASE_URL` does:

- `smtp://user:password@host:587/?tls=True` (STARTTLS), `smtps://user:password@host:465`
  (TLS from the start; also `?ssl=True`), `smtp://host:25` (no login);
- `console://` (print to stdout), `locmem://` (tests), `dummy://` (drop everything).

User name and password are percent-decoded (`%40` for `@`). Parsed here with urllib.parse: a
few lines, where the library that does the same (dj-email-url) has had no release since 2022.
"""

import os
from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

BACKENDS = {
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "smtps": "django.core.mail.backends.smtp.EmailBackend",
    "console": "django.core.mail.backends.console.EmailBackend",
    "locmem": "django.core.mail.backends.locmem.EmailBackend",
    "dummy": "django.core.mail.backends.dummy.EmailBackend",
}
TRUE = {"1", "true", "yes", "on"}
#: Django's defaults, for a backend that needs no server.
NO_SMTP = {
    "EMAIL_HOST": "localhost",
    "EMAIL_PORT": 25,
    "EMAIL_HOST_USER": "",
    "EMAIL_HOST_PASSWORD": "",
    "EMAIL_USE_TLS": False,
    "EMAIL_USE_SSL": False,
}


def parse_email_url(url):
    """{setting: value} for an EMAIL_URL (EMAIL_BACKEND, EMAIL_HOST, EMAIL_PORT, …)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in BACKENDS:
        raise ImproperlyConfigured(
            f"EMAIL_URL: unknown scheme {parts.scheme!r}; use one of {', '.join(BACKENDS)}."
        )
    config = {"EMAIL_BACKEND": BACKENDS[scheme]}
    if scheme not in ("smtp", "smtps"):
        return {**NO_SMTP, **config}
    query = {key.lower(): values[-1] for key, values in parse_qs(parts.query).items()}
    use_ssl = scheme == "smtps" or query.get("ssl", "").lower() in TRUE
    use_tls = not use_ssl and query.get("tls", "").lower() in TRUE
    try:
        port = parts.port
    except ValueError as exc:
        raise ImproperlyConfigured("EMAIL_URL: the port is not a number.") from exc
    config.update(
        EMAIL_HOST=parts.hostname or "localhost",
        EMAIL_PORT=port or (465 if use_ssl else 587 if use_tls else 25),
        EMAIL_HOST_USER=unquote(parts.username or ""),
        EMAIL_HOST_PASSWORD=unquote(parts.password or ""),
        EMAIL_USE_TLS=use_tls,
        EMAIL_USE_SSL=use_ssl,
    )
    if "timeout" in query:
        config["EMAIL_TIMEOUT"] = float(query["timeout"])
    return config


def email_settings(debug):
    """The email settings: EMAIL_URL if set, else the EMAIL_* variables (console in DEBUG).

    Always the same keys: EMAIL_BACKEND, EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER,
    EMAIL_HOST_PASSWORD, EMAIL_USE_TLS, EMAIL_USE_SSL, EMAIL_TIMEOUT (seconds).
    """
    url = os.environ.get("EMAIL_URL", "").strip()
    config = {"EMAIL_TIMEOUT": float(os.environ.get("EMAIL_TIMEOUT", "10"))}
    if url:
        config.update(parse_email_url(url))
        return config
    host = os.environ.get("EMAIL_HOST", "")
    default_backend = BACKENDS["smtp"] if host or not debug else BACKENDS["console"]
    config.update(
        EMAIL_BACKEND=os.environ.get("EMAIL_BACKEND", default_backend),
        EMAIL_HOST=host or "localhost",
        EMAIL_PORT=int(os.environ.get("EMAIL_PORT", "25")),
        EMAIL_HOST_USER=os.environ.get("EMAIL_HOST_USER", ""),
        EMAIL_HOST_PASSWORD=os.environ.get("EMAIL_HOST_PASSWORD", ""),
        EMAIL_USE_TLS=os.environ.get("EMAIL_USE_TLS", "").lower() in TRUE,
        EMAIL_USE_SSL=os.environ.get("EMAIL_USE_SSL", "").lower() in TRUE,
    )
    return config
