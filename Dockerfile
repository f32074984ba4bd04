# syntax=docker/dockerfile:1
# SSE Directory Thailand: the production image (see docs/deploy.md).
# Build:  docker build -t sse-directory .
# The build steps are deploy/build.sh, which `make prod-check` runs and tests without Docker.

ARG PYTHON_VERSION=3.12

# --- build: dependencies, npm assets, compiled messages, collected static files ---------------
FROM python:${PYTHON_VERSION}-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
RUN apt-get update \
 && apt-get install -y --no-install-recommends gettext npm \
 && rm -rf /var/lib/apt/lists/*
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /app
# Dependencies first, so that a code change does not reinstall them.
COPY pyproject.toml README.md ./
RUN mkdir -p sse_directory curation orgs programs \
 && pip install ".[s3]" \
 && pip uninstall -y sse-directory
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --loglevel=error
COPY . .
RUN rm -rf .venv staticfiles media db.sqlite3 \
 && PYTHON=python STATIC_ROOT=/app/staticfiles deploy/build.sh

# --- runtime: Python, the virtualenv and the built tree; no compilers, no npm ---------------
FROM python:${PYTHON_VERSION}-slim-bookworm AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=sse_directory.settings \
    STATIC_ROOT=/app/staticfiles \
    MEDIA_ROOT=/app/media \
    BIND=0.0.0.0:8000
RUN groupadd --system --gid 10001 sse \
 && useradd --system --uid 10001 --gid sse --home-dir /app --shell /usr/sbin/nologin sse
COPY --from=build /opt/venv /opt/venv
COPY --from=build --chown=root:root /app /app
# The map data is read at run time; the rest of node_modules went into staticfiles/.
RUN find /app/node_modules -mindepth 1 -maxdepth 1 ! -name '@svg-maps' ! -name '.package-lock.json' \
      -exec rm -rf {} + \
 && mkdir -p /app/media && chown sse:sse /app/media
WORKDIR /app
USER sse:sse
EXPOSE 8000
# gunicorn stops gracefully on SIGTERM (docker stop), finishing running requests.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD ["python", "-c", "import urllib.request as u; u.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]
# The same image runs the background worker (large imports): compose.yaml's `worker` service
# starts it with `python manage.py db_worker --no-reload` in place of gunicorn.
ENTRYPOINT ["gunicorn", "-c", "deploy/gunicorn.conf.py"]
CMD ["sse_directory.wsgi"]
