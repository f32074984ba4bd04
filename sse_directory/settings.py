"""Settings for the SSE Directory, read from the environment.

Every value has a safe development default, so `make run` works with no configuration; production
switches behaviour on through the environment (see README "Configuration").
"""

import os
import tempfile
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from .db import REPLICA, databases
from .logging import logging_config
from .mail import email_settings

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
#: Served behind TLS: production (see "Security headers" and sse_directory/checks.py).
HTTPS = env_bool("HTTPS", False)

_DEV_SECRET = "insecure-development-key-do-not-use-in-production"
SECRET_KEY = os.environ.get("SECRET_KEY", _DEV_SECRET)
if not DEBUG and SECRET_KEY == _DEV_SECRET and env_bool("REQUIRE_SECRET_KEY", False):
    raise ImproperlyConfigured("SECRET_KEY must be set in production.")
if HTTPS and (DEBUG or SECRET_KEY == _DEV_SECRET):
    raise ImproperlyConfigured("With HTTPS=1, DEBUG must be off and SECRET_KEY set.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it must come before django.contrib.admin.
    "modeltranslation",
    # The admin with the curators' site (two-factor login) as admin.site.
    "curation.admin_config.CuratorsAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI served by the site itself, not from a CDN
    "corsheaders",
    "simple_history",
    "import_export",
    "axes",
    # Two-factor login for staff: TOTP apps and single-use recovery codes (curation/two_factor.py).
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    # Background jobs (large imports): Django 6's tasks framework backported, queued in the
    # database and run by `manage.py db_worker` (docs/deploy.md).
    "django_tasks",
    "django_tasks_db",
    "sse_directory",
    "curation",
    "listings",
    "orgs",
    "programs",
    "insights",
]

MIDDLEWARE = [
    # First, so that every log line of the request carries its id.
    "sse_directory.middleware.RequestIDMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "sse_directory.middleware.AllowedMethodsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages (not static files, which whitenoise serves pre-compressed) are compressed; Django's
    # GZip adds random padding against BREACH. ConditionalGet then gives each page an ETag and
    # answers a repeated request with 304 Not Modified. Both sit outside the middleware that set
    # per-view headers (CSP frame-ancestors, X-Frame-Options), so a 304 never carries a header
    # built without the view's exemption (the browser keeps the cached 200's headers).
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "csp.middleware.CSPMiddleware",
    # Before CommonMiddleware, so that CORS headers are on every API answer (CORS_URLS_REGEX).
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions (it may read the language from them) and before CommonMiddleware, so that
    # the redirect from "/" to "/th/" or "/en/" happens before slash handling.
    "django.middleware.locale.LocaleMiddleware",
    # After LocaleMiddleware (the key holds the language) and outside CSRF and messages (it must
    # see the cookies they set); a page from the cache needs no database at all.
    "sse_directory.middleware.PublicPageCacheMiddleware",
    # Chooses primary or replica for the request (only with DATABASE_REPLICA_URL).
    "sse_directory.routers.ReplicaMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(): whether this session passed the second step of the login.
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Records which user made each change in the history tables.
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "sse_directory.urls"
WSGI_APPLICATION = "sse_directory.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# DATABASE_URL selects the database (PostgreSQL in production and CI); without it a local SQLite
# file is used so that trying the directory needs no setup. DB_CONNECT_TIMEOUT and
# DB_STATEMENT_TIMEOUT bound an outage; DATABASE_REPLICA_URL adds a read replica (sse_directory.db).
DATABASES = databases(f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
if REPLICA in DATABASES:
    DATABASE_ROUTERS = ["sse_directory.routers.ReplicaRouter"]
#: Seconds a visitor reads from the primary after their own write; a failed replica's rest.
REPLICA_STICKY_SECONDS = int(os.environ.get("REPLICA_STICKY_SECONDS", "30"))
REPLICA_RETRY_SECONDS = float(os.environ.get("REPLICA_RETRY_SECONDS", "10"))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "th"
LANGUAGES = [("th", _("Thai")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Bangkok"
USE_I18N = True
USE_TZ = True

# django-modeltranslation: Thai is the default; an empty field falls back to the other language.
MODELTRANSLATION_DEFAULT_LANGUAGE = "th"
MODELTRANSLATION_LANGUAGES = ("th", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("th", "en"), "th": ("en",), "en": ("th",)}

# STATIC_URL may be a CDN's address (https://cdn.example.org/static/) that pulls from this site.
STATIC_URL = os.environ.get("STATIC_URL", "/static/")
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
# Third-party front-end assets come from npm (package.json, package-lock.json) and are served by
# the site itself under /static/vendor/..., never from another host.
NODE_MODULES = BASE_DIR / "node_modules"
for _prefix, _path in [
    ("vendor/jquery-ui", NODE_MODULES / "jquery-ui" / "dist"),
    ("vendor/svg-maps-thailand", NODE_MODULES / "@svg-maps" / "thailand"),
]:
    if _path.is_dir():
        STATICFILES_DIRS.append((_prefix, _path))
# modeltranslation's tabbed admin would load jQuery UI from a CDN; serve the npm copy instead.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or env_bool("PLAIN_STATIC", False)
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Logos on S3-compatible object storage (django-storages; `pip install ".[s3]"`): credentials
# from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, as boto3 reads them.
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }
    MEDIA_URL = os.environ.get("MEDIA_URL", MEDIA_URL)

# Security headers; HTTPS-only settings are switched on by the environment behind TLS.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Content Security Policy (django-csp): everything from this site only, no inline script, and no
# framing, except the embeddable lists, which may be framed by EMBED_FRAME_ANCESTORS.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Static files or logos from another host (a CDN, object storage) must be allowed by the policy.
for _url in (STATIC_URL, MEDIA_URL):
    if _url.startswith(("https://", "http://")):
        _origin = "/".join(_url.split("/", 3)[:3])
        for _directive in ("script-src", "style-src", "img-src", "font-src"):
            CONTENT_SECURITY_POLICY["DIRECTIVES"][_directive].append(_origin)
#: Origins allowed to frame /<lang>/embed/… pages: comma-separated (https://partner.example) or *.
EMBED_FRAME_ANCESTORS = env_list("EMBED_FRAME_ANCESTORS", "*")
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# A refused form (expired page, cookies blocked) gets the site's own bilingual 403 page.
CSRF_FAILURE_VIEW = "sse_directory.errors.csrf_failure"
if HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    # Preloading asks browsers to never try HTTP on this domain and its subdomains; off, it is a
    # decision, so Django's reminder (security.W021) is silenced.
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    if not SECURE_HSTS_PRELOAD:
        SILENCED_SYSTEM_CHECKS = ["security.W021"]
    # Load balancers probe the app directly over HTTP.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]

ADMIN_URL = os.environ.get("ADMIN_URL", "admin/").strip("/") + "/"

# Curators' accounts: django-axes locks an account (per user name and address) after repeated
# failed logins; `manage.py axes_reset` lifts every lock (see docs/curators.md).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/lockout.html"
AXES_CLIENT_IP_CALLABLE = "listings.throttle.client_ip"
#: Request header with the visitor's address behind a reverse proxy (e.g. HTTP_X_FORWARDED_FOR,
#: whose last entry is used); empty: REMOTE_ADDR. Used by the login lockout and the suggestions.
CLIENT_IP_HEADER = os.environ.get("CLIENT_IP_HEADER", "")
# Two-factor login (django-otp): the name authenticator apps show for the account.
OTP_TOTP_ISSUER = os.environ.get("OTP_TOTP_ISSUER", "SSE Directory Thailand")
# After a login whose `next` is missing or points elsewhere: the admin, not /accounts/profile/.
LOGIN_URL = "admin:login"
LOGIN_REDIRECT_URL = "admin:index"
# A curator's session ends after SESSION_COOKIE_AGE seconds (default 12 hours).
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(12 * 60 * 60)))

# The cache holds the data version, cached public pages and the per-address limit on public
# suggestions. The default is per process; with several workers or servers set REDIS_URL
# (redis://host:6379/0: Django's Redis backend), or CACHE_BACKEND and CACHE_LOCATION.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHES = {
    "default": {
        "BACKEND": (
            "django.core.cache.backends.redis.RedisCache"
            if REDIS_URL
            else os.environ.get("CACHE_BACKEND", "django.core.cache.backends.locmem.LocMemCache")
        ),
        "LOCATION": REDIS_URL or os.environ.get("CACHE_LOCATION", ""),
        # Several sites (or test runs) may share one Redis.
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "sse"),
    }
}
if REDIS_URL:
    # A Redis that stops answering fails the request within a second instead of hanging it.
    CACHES["default"]["OPTIONS"] = {"socket_connect_timeout": 1, "socket_timeout": 1}
#: Seconds a public page stays in the cache (a curator's save replaces it at once); 0: off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))

# Public suggestions: at most SUGGESTION_RATE_LIMIT per address within SUGGESTION_RATE_WINDOW
# seconds; a form sent back faster than SUGGESTION_MIN_SECONDS after it was shown is refused.
SUGGESTION_RATE_LIMIT = int(os.environ.get("SUGGESTION_RATE_LIMIT", "5"))
SUGGESTION_RATE_WINDOW = int(os.environ.get("SUGGESTION_RATE_WINDOW", "3600"))
SUGGESTION_MIN_SECONDS = float(os.environ.get("SUGGESTION_MIN_SECONDS", "3"))

#: The address the contact, privacy and accessibility pages give (the consortium's mailbox for
#: the directory); empty: the pages point to the suggestion form only.
CONTACT_EMAIL = os.environ.get("CONTACT_EMAIL", "")

# django-import-export: an import runs in one transaction (all or nothing).
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_SKIP_ADMIN_LOG = False

# Spreadsheet import limits (orgs/importing.py): the uploaded file, what an XLSX unpacks to (its
# zip parts' declared sizes), and the rows in one file.
IMPORT_MAX_UPLOAD_BYTES = int(os.environ.get("IMPORT_MAX_UPLOAD_BYTES", str(30 * 1000 * 1000)))
IMPORT_MAX_UNPACKED_BYTES = int(os.environ.get("IMPORT_MAX_UNPACKED_BYTES", str(200 * 1000 * 1000)))
IMPORT_MAX_ROWS = int(os.environ.get("IMPORT_MAX_ROWS", "50000"))
# A file with more rows than this is checked and imported by a background job (orgs/tasks.py)
# with a progress page, not within the upload's request.
IMPORT_INLINE_MAX_ROWS = int(os.environ.get("IMPORT_INLINE_MAX_ROWS", "2000"))

# Background jobs: Django's tasks framework (the django-tasks backport) with the database backend;
# `manage.py db_worker` runs them (a service of its own in compose.yaml and systemd).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Email (sse_directory/mail.py): EMAIL_URL (smtp://user:password@host:587/?tls=True) or the
# usual EMAIL_HOST, EMAIL_PORT, …; printed to the console in DEBUG when neither is set.
_EMAIL = email_settings(DEBUG)
EMAIL_BACKEND = _EMAIL["EMAIL_BACKEND"]
EMAIL_HOST, EMAIL_PORT = _EMAIL["EMAIL_HOST"], _EMAIL["EMAIL_PORT"]
EMAIL_HOST_USER, EMAIL_HOST_PASSWORD = _EMAIL["EMAIL_HOST_USER"], _EMAIL["EMAIL_HOST_PASSWORD"]
EMAIL_USE_TLS, EMAIL_USE_SSL = _EMAIL["EMAIL_USE_TLS"], _EMAIL["EMAIL_USE_SSL"]
EMAIL_TIMEOUT = _EMAIL["EMAIL_TIMEOUT"]
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "SSE Directory Thailand <noreply@localhost>"
)
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
#: The site's address, for the links in emails (sent outside any request, too).
SITE_URL = os.environ.get("SITE_URL", "http://localhost:8000").rstrip("/")
#: Seconds a password-reset link works (Django's setting; one day).
PASSWORD_RESET_TIMEOUT = int(os.environ.get("PASSWORD_RESET_TIMEOUT", str(24 * 60 * 60)))
#: Seconds the link that verifies a claim on a listing works (three days).
CLAIM_VERIFY_SECONDS = int(os.environ.get("CLAIM_VERIFY_SECONDS", str(3 * 24 * 60 * 60)))

# Organisations and programmes per list page.
PAGE_SIZE = int(os.environ.get("PAGE_SIZE", "24"))
#: List pages go no deeper than this many entries (page × PAGE_SIZE): past it, narrow the
#: filters or download. The API pages deeper with `cursor` (docs/urls.md).
LIST_MAX_DEPTH = int(os.environ.get("LIST_MAX_DEPTH", "10000"))

# Downloads: whole-dataset files are written once per data version to EXPORT_CACHE_DIR and
# served from there (listings/prebuilt.py); every client may fetch at most EXPORT_RATE_LIMIT
# downloads (exports and open-data files) per EXPORT_RATE_WINDOW seconds (0: no limit).
EXPORT_CACHE_DIR = Path(
    os.environ.get("EXPORT_CACHE_DIR", Path(tempfile.gettempdir()) / "sse-directory-downloads")
)
EXPORT_RATE_LIMIT = int(os.environ.get("EXPORT_RATE_LIMIT", "30"))
EXPORT_RATE_WINDOW = int(os.environ.get("EXPORT_RATE_WINDOW", "60"))

# The read-only JSON API (/api/v1/): published data only, same filters as the pages.
API_MAX_PAGE_SIZE = int(os.environ.get("API_MAX_PAGE_SIZE", "100"))
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # JSON for every error, a 503 when the database is unavailable.
    "EXCEPTION_HANDLER": "sse_directory.errors.api_exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "SSE Directory Thailand API",
    "DESCRIPTION": (
        "Read-only open data on Thailand's social and solidarity economy: published "
        "organisations, programmes and events, with the same filter parameters as the pages. "
        "Data licence: CC BY 4.0."
    ),
    "VERSION": "1.0.0",
    "LICENSE": {"name": "Data: CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
}
# CORS: anyone may read the API from a browser; nothing else is shared across origins.
CORS_ALLOW_ALL_ORIGINS = True
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False

# One JSON object a line on stdout (LOG_FORMAT=text for development), with the request id and
# without e-mail or IP addresses (sse_directory/logging.py).
LOGGING = logging_config(
    level=os.environ.get("LOG_LEVEL", "INFO"),
    fmt=os.environ.get("LOG_FORMAT", "text" if DEBUG else "json"),
)
