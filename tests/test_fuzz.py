"""Hypothesis-built query strings against every public endpoint family: never a 5xx, never an
unescaped echo of the input.

Inputs: any unicode (NUL included), huge and negative numbers, repeated and unknown parameters,
10,000-character values and broken percent-encoding, sent as the raw query string. Bounded so
that the suite stays fast (a few dozen examples per family, derandomized); `make fuzz` runs the
same tests with many more (FUZZ_EXAMPLES). The API's own schema-driven run (schemathesis, every
check) is in test_api.py.
"""

import os
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import quote, unquote

import pytest
from django.db import connection
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from .factories import EventFactory, OrganisationFactory, ParticipationFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))

#: family → paths it is made of (both languages where the page has them).
FAMILIES = {
    "lists": ["/th/organisations/", "/en/programmes/"],
    "search": ["/th/search/", "/en/search/"],
    "embeds": ["/th/embed/organisations/", "/en/embed/programmes/"],
    "exports": ["/en/organisations/export.csv", "/th/programmes/export.json"],
    "feeds": ["/th/feeds/organisations/", "/en/feeds/programmes/", "/th/feeds/updates/"],
    "sitemap": ["/sitemap.xml"],
    "api": ["/api/v1/organisations/", "/api/v1/programmes/", "/api/v1/events/"],
    "landing": ["/th/", "/en/regions/central/", "/th/themes/health/"],
}

#: Parameters the pages and the API understand, so that fuzzed values reach real code.
KNOWN = [
    "q",
    "region",
    "province",
    "theme",
    "sdg",
    "kind",
    "programme",
    "consortium",
    "sort",
    "page",
    "page_size",
    "lang",
    "p",
    "cursor",
]

numbers = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30),
    st.integers(min_value=0, max_value=10).map(lambda n: "9" * (4300 + n * 20)),
).map(str)
values = st.one_of(
    st.text(max_size=40),  # any unicode, NUL and surrogate-free controls included
    numbers,
    st.sampled_from(
        ["", "\x00", "-1", "0", "1e9", "NaN", "central", "TH-50", "health", "-updated", "th"]
    ),
    st.text(min_size=1, max_size=3).map(lambda s: (s * 10000)[:10000]),  # 10,000 characters
    st.just('"><script>alert(1)</script>'),
)
keys = st.one_of(st.sampled_from(KNOWN), st.text(min_size=1, max_size=12))
#: Broken percent-encoding, inserted raw: a lone %, a bad hex digit, half a UTF-8 sequence.
broken = st.sampled_from(["%", "%zz", "%e0%b8", "%ff%fe", "%c3", "%%41", "%0", "&&", "=="])


@st.composite
def query_strings(draw):
    """(raw query string, decoded values that were sent)."""
    parts, sent = [], []
    for key, value in draw(st.lists(st.tuples(keys, values), max_size=6)):
        if draw(st.booleans()) and parts:
            key = parts[-1].split("=")[0]  # a repeated parameter
            key = unquote(key)
        part = f"{quote(key, safe='')}={quote(value, safe='')}"
        if draw(st.integers(0, 4)) == 0:
            part += draw(broken)
        parts.append(part)
        sent.append(value)
    return "&".join(parts), sent


def fuzz_settings():
    return settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=EXAMPLES <= 100,  # the suite's runs are repeatable; `make fuzz` explores
        database=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.explicit, Phase.generate],
    )


def assert_no_unescaped_echo(response, sent):
    """Markup in a value must never come back as markup (HTML and feeds)."""
    kind = response.get("Content-Type", "")
    if not kind.startswith(("text/html", "application/atom+xml", "application/xml", "text/xml")):
        return
    body = b"".join(response.streaming_content) if response.streaming else response.content
    text = body.decode("utf-8", errors="replace")
    for value in sent:
        if any(c in value for c in "<>") and len(value) >= 2:
            assert value not in text, ("echoed unescaped", value[:80])
    if response.status_code == 200 and "xml" in kind:
        ET.fromstring(body)  # a feed or sitemap that an echo broke would not parse


@pytest.fixture
def directory():
    """A few published entries (and a draft) so that lists, feeds and exports have content."""
    organisations = [
        OrganisationFactory(
            slug=f"fuzz-{n}", themes=["health"], sdgs=[3], name_th=f"วิสาหกิจชุมชน {n}"
        )
        for n in range(3)
    ]
    OrganisationFactory(slug="fuzz-draft", status="draft")
    programme = ProgrammeFactory(slug="fuzz-programme", themes=["health"])
    ParticipationFactory(organisation=organisations[0], programme=programme)
    EventFactory(programme=programme)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_fuzzed_query_strings_never_fail(client, directory, family):
    @fuzz_settings()
    @given(query=query_strings(), index=st.integers(0, len(FAMILIES[family]) - 1))
    def check(query, index):
        raw, sent = query
        path = FAMILIES[family][index]
        response = client.get(f"{path}?{raw}")
        assert response.status_code < 500, (path, raw[:200])
        assert_no_unescaped_echo(response, sent)

    check()


def test_huge_page_size_is_a_400_not_a_500(client, directory):
    """int() refuses more than 4,300 digits: the API checks the length first."""
    for name in ("page_size", "page"):
        response = client.get(f"/api/v1/organisations/?{name}={'9' * 4400}")
        assert response.status_code == 400
        assert name in response.json()


# --- behind a real gunicorn that lets long request lines through -----------------------------


ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def gunicorn(transactional_db, django_db_serialized_rollback, on_postgres, tmp_path):
    """gunicorn with `--limit-request-line 0` on the test database (committed rows).

    With the serialized rollback, as every test of the suite that commits: the database is
    emptied afterwards without re-running post_migrate (the curators' groups), and its reference
    rows come back, so the next such test does not meet groups made twice."""
    OrganisationFactory(slug="fuzz-long", themes=["health"])
    name = connection.settings_dict["NAME"]
    env = {
        **os.environ,
        "DEBUG": "0",
        "PLAIN_STATIC": "1",
        "STATIC_ROOT": str(tmp_path),
        "ALLOWED_HOSTS": "127.0.0.1",
        "LOG_LEVEL": "ERROR",
    }
    settings_dict = connection.settings_dict
    env["DATABASE_URL"] = (
        f"postgres://{settings_dict['USER']}@{settings_dict['HOST']}:{settings_dict['PORT']}/{name}"
    )
    port = 8790 + os.getpid() % 100
    process = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "sse_directory.wsgi",
            f"--bind=127.0.0.1:{port}",
            "--workers=1",
            "--limit-request-line=0",
            "--limit-request-field_size=0",
            "--log-level=error",
        ],
        cwd=ROOT,
        env=env,
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            if request(port, "/healthz")[0] == 200:
                break
        except OSError:
            pass
        assert process.poll() is None and time.monotonic() < deadline, "gunicorn did not start"
        time.sleep(0.2)
    yield port
    process.terminate()
    process.wait(timeout=10)


def request(port, target):
    conn = HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("GET", target, headers={"Host": "127.0.0.1"})
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, body, response.getheader("Content-Type", "")


def test_long_values_reach_django_behind_gunicorn_and_never_fail(gunicorn):
    """With the request line unlimited, 10,000-character values and a 4,400-digit page size
    arrive at Django: a clear 400 or a page, never a 5xx."""
    long_text = quote("ชุมชน" * 2000)
    markup = quote('"><script>alert(1)</script>' * 300)
    targets = []
    for path in [p for paths in FAMILIES.values() for p in paths]:
        targets += [
            f"{path}?q={long_text}",
            f"{path}?page={'9' * 4400}&page_size={'9' * 4400}",
            f"{path}?region={markup}&q={markup}&%zz=%e0%b8",
            f"{path}?{'&'.join(f'x{n}={n}' for n in range(2000))}",
        ]
    for target in targets:
        status, body, kind = request(gunicorn, target)
        assert status < 500, (target[:120], status)
        if "html" in kind or "xml" in kind:  # (plain-text 400s of the exports may quote it)
            assert b"<script>alert(1)</script>" not in body, target[:120]
