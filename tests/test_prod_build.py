"""The image's build script and gunicorn config (`make prod-check`), then nginx in front of it.

`make prod-check` runs deploy/build.sh (what the Dockerfile runs), `check --deploy`, and serves
with deploy/gunicorn.conf.py; nginx then runs with deploy/nginx/sse-directory.conf.template as
an operator would fill it in, with a throw-away self-signed certificate, all on loopback.
"""

import os
import shutil
import socket
import string
import subprocess
import time

import pytest
import requests

from .prod_servers import ROOT, Server, demo_copy, drop_database, free_port, redis_url

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    static_root = tmp_path_factory.mktemp("staticfiles")
    url = demo_copy("build")
    env = {
        **os.environ,
        "STATIC_ROOT": str(static_root),
        "DATABASE_URL": url,
        "REDIS_URL": redis_url(),
        "PORT": str(free_port()),
        "WEB_CONCURRENCY": "1",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    result = subprocess.run(
        ["make", "prod-check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    yield result, static_root, url
    drop_database(url.rsplit("/", 1)[1])


def test_make_prod_check_builds_serves_and_stops_gracefully(build):
    result, static_root, _url = build
    assert result.returncode == 0, result.stdout + result.stderr
    assert "prod-check: passed; gunicorn stopped gracefully" in result.stdout
    assert "FAIL" not in result.stdout
    # What the image holds: hashed, pre-compressed static files; the catalogue; the map data.
    assert (static_root / "staticfiles.json").is_file()
    assert list(static_root.glob("css/site.*.css.gz"))
    assert list(static_root.glob("vendor/jquery-ui/jquery-ui.min.*.js"))
    assert (ROOT / "locale/th/LC_MESSAGES/django.mo").is_file()
    assert (ROOT / "node_modules/@svg-maps/thailand/index.js").is_file()


def ipv6_loopback():
    try:
        with socket.socket(socket.AF_INET6) as sock:
            sock.bind(("::1", 0))
        return True
    except OSError:
        return False


@pytest.fixture(scope="module")
def nginx(build, tmp_path_factory):
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not os.path.exists(binary):
        pytest.skip("needs Debian's nginx (CI installs it)")
    result, static_root, url = build
    if result.returncode != 0:
        pytest.skip("the build failed (see the test above)")
    tmp = tmp_path_factory.mktemp("nginx")
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=IP:127.0.0.1,DNS:localhost",
            "-keyout",
            tmp / "key.pem",
            "-out",
            tmp / "cert.pem",
        ],
        check=True,
        capture_output=True,
    )
    app = Server(
        DATABASE_URL=url,
        HTTPS="1",
        PLAIN_STATIC="0",
        STATIC_ROOT=static_root,
        REDIS_URL=redis_url(),
        CLIENT_IP_HEADER="HTTP_X_FORWARDED_FOR",
    ).start()
    http_port, https_port = free_port(), free_port()
    template = (ROOT / "deploy/nginx/sse-directory.conf.template").read_text()
    site = string.Template(template).safe_substitute(
        SSE_SERVER_NAME="localhost 127.0.0.1",
        SSE_UPSTREAM=f"127.0.0.1:{app.port}",
        SSE_STATIC_ROOT=f"{static_root}/",
        SSE_MEDIA_ROOT=f"{tmp}/media/",
        SSE_CERTIFICATE=tmp / "cert.pem",
        SSE_CERTIFICATE_KEY=tmp / "key.pem",
        SSE_HTTP_PORT=http_port,
        SSE_HTTPS_PORT=https_port,
    )
    if not ipv6_loopback():
        site = "\n".join(line for line in site.splitlines() if "listen [::]" not in line)
    (tmp / "site.conf").write_text(site)
    temp_paths = "\n".join(
        f"    {kind}_temp_path {tmp}/{kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    (tmp / "nginx.conf").write_text(f"""
daemon off;
{"user root;" if os.geteuid() == 0 else ""}
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {tmp}/access.log;
{temp_paths}
    include {tmp}/site.conf;
}}
""")
    process = subprocess.Popen(
        [binary, "-p", str(tmp), "-c", str(tmp / "nginx.conf"), "-e", str(tmp / "error.log")],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    for _ in range(50):
        try:
            socket.create_connection(("127.0.0.1", https_port), timeout=0.2).close()
            break
        except OSError as error:
            if process.poll() is not None:
                app.stop()
                raise RuntimeError(process.stdout.read().decode()) from error
            time.sleep(0.1)
    global CERTIFICATE
    CERTIFICATE = str(tmp / "cert.pem")
    yield f"http://127.0.0.1:{http_port}", f"https://127.0.0.1:{https_port}"
    process.terminate()
    process.wait(timeout=10)
    app.stop()


#: The throw-away certificate, which the client trusts (and checks).
CERTIFICATE = None


def get(url, **kwargs):
    return requests.get(url, verify=CERTIFICATE, allow_redirects=False, timeout=15, **kwargs)


def test_http_redirects_to_https(nginx):
    http, _https = nginx
    response = get(http + "/th/organisations/?region=northern")
    assert response.status_code == 301
    assert response.headers["Location"].startswith("https://127.0.0.1")
    assert response.headers["Location"].endswith("/th/organisations/?region=northern")


def test_pages_come_through_tls_with_the_apps_headers_compressed(nginx):
    _http, https = nginx
    response = get(https + "/th/", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["Content-Encoding"] == "gzip"
    assert "preload" in response.headers["Strict-Transport-Security"]
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"
    assert len(response.headers["X-Request-ID"]) == 32  # nginx's $request_id, kept by the app
    assert "Server" not in response.headers or "nginx/" not in response.headers["Server"]
    assert get(https + "/healthz").status_code == 200
    assert get(https + "/readyz").json()["database"] == "ok"


def test_static_files_have_long_cache_headers_and_gzip(nginx):
    _http, https = nginx
    page = get(https + "/en/").text
    css = "/static/css/" + page.split('href="/static/css/', 1)[1].split('"', 1)[0]
    response = get(https + css, headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert "max-age=31536000" in response.headers["Cache-Control"]
    assert "immutable" in response.headers["Cache-Control"]
    assert response.headers["Content-Encoding"] == "gzip"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Content-Type"].startswith("text/css")
