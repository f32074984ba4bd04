#!/usr/bin/env bash
# The build steps of the container image, in one place: the Dockerfile runs this script, and so
# does `make prod-check` (deploy/prod-check.sh), so what is tested here is what the image holds.
#   1. front-end assets from npm (the map data, jQuery UI), exactly as package-lock.json pins them;
#   2. the Thai catalogue compiled (locale/th/LC_MESSAGES/django.mo);
#   3. static files collected into STATIC_ROOT with hashed names and .gz/.br copies (whitenoise).
# PYTHON names the interpreter (default: python). Needs npm and GNU gettext.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python}"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --omit=dev --no-audit --no-fund --loglevel=error
fi
test -f node_modules/@svg-maps/thailand/index.js

# The build needs no secrets and no database; DEBUG off selects the hashed static storage.
export DEBUG=0 HTTPS=0 PLAIN_STATIC=0
"$PYTHON" manage.py compilemessages --ignore=.venv --ignore=node_modules -v0
"$PYTHON" manage.py collectstatic --noinput --clear -v0
echo "build: static files in ${STATIC_ROOT:-staticfiles/}, messages compiled, map data present"
