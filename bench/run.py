"""Benchmark the public pages at 1,000, 10,000 and 100,000 organisations, through gunicorn.

    .venv/bin/python bench/run.py [--sizes 1000,10000,100000] [--requests 15] [--rebuild]
                                  [--server postgres://postgres@127.0.0.1:5432/postgres]
                                  [--only NAME,…] [--output bench/results]

For each size, a PostgreSQL database `sse_bench_<N>` filled by `manage.py create_random_data N`
(kept between runs: reused when it holds N random organisations, migrated to the current
migrations; `--rebuild` makes it again). Then:

1. bench/probe.py counts, in-process with Django's test client, the SQL queries of each page
   with the cache cold and warm, and the response size.
2. One gunicorn per size (one sync worker each, on loopback) serves the site with `DEBUG=0`,
   whitenoise for static files and a file-based cache of its own. Requests alternate between
   the sizes, page by page: a cold request (the cache emptied just before), a warm one (the same
   URL again), and the static-file floor (a file of the organisation list's size, served by
   whitenoise from the same worker).
3. Per page and size: median and p95 of each, the SQL queries, the response bytes and the
   worker's peak RSS while serving that page (VmHWM from /proc, reset before each page).

Writes `<output>.md` (machine, commit, date, the tables, the ratios against the targets, and the
hand-written analysis from bench/notes.md) and `<output>.json`. See bench/README.md.
"""

import argparse
import http.client
import json
import math
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
FLOOR_FILE = "bench-floor.html"
BASE_PORT = 8710

#: Targets of issue 9 (results.md reports against them).
TARGET_COLD = 1.5
TARGET_WARM = 1.1
TARGET_STATIC_UNCACHED = 10
TARGET_STATIC_CACHED = 2
TARGET_RSS_MIB = 250
LIST_PAGES = {
    "organisations",
    "filtered",
    "search ชุมชน",
    "search farm",
    "deep page",
    "deepest page",
    "programmes",
}


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated sizes")
    parser.add_argument("--requests", type=int, default=15, help="timed requests per page")
    parser.add_argument("--rebuild", action="store_true", help="make the databases again")
    parser.add_argument(
        "--before",
        default="",
        help="another checkout (e.g. a git worktree of an older commit) served at the largest "
        "size too, interleaved, for before/after figures from one run",
    )
    parser.add_argument(
        "--server",
        default="postgres://postgres@127.0.0.1:5432/postgres",
        help="the PostgreSQL server (the database in the URL is only used to connect)",
    )
    parser.add_argument("--only", default="", help="comma-separated page names (see probe.py)")
    parser.add_argument(
        "--output",
        default=str(ROOT / "bench" / "results"),
        help="write OUTPUT.md and OUTPUT.json ('' for neither)",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed for create_random_data")
    return parser.parse_args(argv)


def say(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


# --- databases ---------------------------------------------------------------------------------


def database_url(server, name):
    return urlunsplit(urlsplit(server)._replace(path=f"/{name}", query=""))


def manage(url, *arguments, capture=False):
    # No statement timeout: filling 100,000 rows runs statements longer than a page's bound.
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DEBUG": "0",
        "LOG_LEVEL": "WARNING",
        "DB_STATEMENT_TIMEOUT": "0",
    }
    return subprocess.run(
        [PYTHON, "manage.py", *arguments],
        cwd=ROOT,
        env=env,
        check=True,
        text=True,
        capture_output=capture,
    )


def random_organisations(url):
    """Random organisations in the database, or None when it does not exist or is empty."""
    import psycopg

    try:
        with psycopg.connect(url) as conn:
            row = conn.execute(
                "SELECT count(*) FROM orgs_organisation WHERE slug LIKE 'random-%%'"
                " AND status = 'published'"
            ).fetchone()
            return row[0]
    except psycopg.Error:
        return None


def prepare_database(server, size, rebuild, seed):
    """`sse_bench_<size>` with `size` published random organisations and current migrations."""
    import psycopg

    name = f"sse_bench_{size}"
    url = database_url(server, name)
    if not rebuild and random_organisations(url) == size:
        say(f"{name}: reusing ({size} organisations); applying any new migrations")
        try:
            manage(url, "migrate", "--noinput", "-v0", capture=True)
            return url
        except subprocess.CalledProcessError:
            # Migrations that were regenerated (a history the database does not share).
            say(f"{name}: its migrations do not match the code's")
    say(f"{name}: building with create_random_data {size} (a few minutes at 100,000)")
    with psycopg.connect(database_url(server, "postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    started = time.perf_counter()
    manage(url, "migrate", "--noinput", "-v0")
    manage(url, "create_random_data", str(size), f"--seed={seed}")
    with psycopg.connect(url, autocommit=True) as conn:
        # Fresh statistics and a visibility map, as autovacuum gives a live database: without
        # the map, index-only counts read every heap page (476 ms against 21 ms at 100,000).
        conn.execute("VACUUM ANALYZE")
    say(f"{name}: built in {time.perf_counter() - started:.0f} s")
    return url


# --- servers -----------------------------------------------------------------------------------


class Server:
    """One gunicorn (one sync worker) for one database, with its own file cache."""

    def __init__(self, size, url, port, static_root, tmp, root=ROOT, key=None):
        self.size, self.port = size, port
        self.key = key or size  # "before" for the server of --before
        self.cache_dir = Path(tmp) / f"cache-{self.key}"
        self.cache_dir.mkdir()
        env = {
            **os.environ,
            "DATABASE_URL": url,
            "DEBUG": "0",
            "PLAIN_STATIC": "1",
            "STATIC_ROOT": str(static_root),
            "ALLOWED_HOSTS": "127.0.0.1",
            "LOG_LEVEL": "WARNING",
            "CACHE_BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "CACHE_LOCATION": str(self.cache_dir),
            # Whole-dataset files live beside the cache, so a cold request builds them again;
            # the per-client download limit would refuse the benchmark's own requests.
            "EXPORT_CACHE_DIR": str(self.cache_dir / "downloads"),
            "EXPORT_RATE_LIMIT": "0",
        }
        # Another checkout (--before) runs with its own virtualenv when it has one; gunicorn
        # imports the project from its working directory.
        own = Path(root) / ".venv" / "bin" / "gunicorn"
        gunicorn = own if own.exists() else Path(PYTHON).parent / "gunicorn"
        self.process = subprocess.Popen(
            [
                str(gunicorn),
                "sse_directory.wsgi",
                f"--bind=127.0.0.1:{port}",
                "--workers=1",
                "--timeout=300",
                "--log-level=warning",
            ],
            cwd=root,
            env=env,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                if get(port, "/healthz")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise SystemExit(f"gunicorn for {size} did not start")
            time.sleep(0.3)

    def worker_pid(self):
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        pids = children.read_text().split()
        return int(pids[0]) if pids else None

    def restart_worker(self):
        """A fresh worker (SIGHUP: gunicorn starts new workers, stops the old one), so that the
        peak RSS of a page is not the high-water mark an earlier page left."""
        old = self.worker_pid()
        os.kill(self.process.pid, signal.SIGHUP)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            time.sleep(0.2)
            pid = self.worker_pid()
            if pid and pid != old and Path(f"/proc/{old}").exists() is False:
                try:
                    if get(self.port, "/healthz")[0] == 200:
                        return
                except OSError:
                    pass
        raise SystemExit(f"the worker for {self.size} did not restart")

    def reset_peak_rss(self):
        # Writing 5 to clear_refs resets VmHWM to the current RSS (Linux ≥ 4.0).
        try:
            Path(f"/proc/{self.worker_pid()}/clear_refs").write_text("5")
            return True
        except OSError:
            return False

    def peak_rss_mib(self):
        for line in Path(f"/proc/{self.worker_pid()}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
        return None

    def clear_cache(self):
        shutil.rmtree(self.cache_dir)
        self.cache_dir.mkdir()

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()


def get(port, path):
    """(status, bytes, ms) of one GET on a new connection (gunicorn's sync workers close it)."""
    started = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    conn.request("GET", quote(path, safe="/?&=%:-_.~+,"), headers={"Host": "127.0.0.1"})
    response = conn.getresponse()
    size = len(response.read())
    conn.close()
    return response.status, size, (time.perf_counter() - started) * 1000


# --- measuring ---------------------------------------------------------------------------------


def percentile(values, fraction):
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def summary(timings):
    return {
        "median_ms": round(statistics.median(timings), 1),
        "p95_ms": round(percentile(timings, 0.95), 1),
        "n": len(timings),
    }


def probe(url, only):
    output = subprocess.run(
        [PYTHON, str(ROOT / "bench" / "probe.py")],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": url, "BENCH_ONLY": ",".join(sorted(only))},
        check=True,
        text=True,
        capture_output=True,
    ).stdout
    return json.loads(output)


def collect_static(tmp, floor_bytes):
    static_root = Path(tmp) / "static"
    env = {**os.environ, "PLAIN_STATIC": "1", "STATIC_ROOT": str(static_root), "DEBUG": "0"}
    subprocess.run(
        [PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
    )
    # The floor: a static file as large as the organisation list page, served by whitenoise.
    line = "<p>ทำเนียบเศรษฐกิจสังคมและสมานฉันท์ SSE Directory Thailand</p>\n".encode()
    content = (line * (floor_bytes // len(line) + 1))[:floor_bytes]
    (static_root / FLOOR_FILE).write_bytes(content)
    return static_root


def run_page(page, servers, requests, paths):
    """Cold, fresh, warm and static-floor timings of one page at every size, interleaved.

    cold: every cache emptied (as after a curator's save); fresh: a query string not seen
    before (an extra `bench=` parameter the site ignores), so the page itself is built again
    while the counts and aggregates of its filter state are cached, as the issue's "cache cold,
    a different query string each time"; warm: the same URL again."""
    count = min(requests, page["requests_cap"] or requests)
    cold = {s.key: [] for s in servers}
    fresh = {s.key: [] for s in servers}
    warm = {s.key: [] for s in servers}
    static = []
    for server in servers:
        server.restart_worker()
        server.reset_peak_rss()
        get(server.port, paths[server.size])  # the first request (imports, connection) is not timed
    for number in range(count):
        for server in servers:
            server.clear_cache()
            path = paths[server.size]  # (profiles and programmes differ between databases)
            status, _size, ms = get(server.port, path)
            if status != 200:
                raise SystemExit(f"{path} at {server.size} answered {status}")
            cold[server.key].append(ms)
            warm[server.key].append(get(server.port, path)[2])
            other = f"{path}{'&' if '?' in path else '?'}bench={number}"
            fresh[server.key].append(get(server.port, other)[2])
            static.append(get(server.port, f"/static/{FLOOR_FILE}")[2])
    return {
        "static": summary(static),
        "sizes": {
            s.key: {
                "cold": summary(cold[s.key]),
                "fresh": summary(fresh[s.key]),
                "warm": summary(warm[s.key]),
                "peak_rss_mib": s.peak_rss_mib(),
            }
            for s in servers
        },
    }


# --- output ------------------------------------------------------------------------------------


def machine():
    cpu = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = Path("/proc/meminfo").read_text().split()[1]
    commit = subprocess.run(
        ["git", "log", "-1", "--format=%h"], cwd=ROOT, text=True, capture_output=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"],
        cwd=ROOT,
        text=True,
        capture_output=True,
    ).stdout.strip()
    import django

    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit + (" (with uncommitted changes)" if dirty else ""),
        "cpu": f"{os.cpu_count()} × {cpu}",
        "memory_gib": round(int(memory) / 1024 / 1024),
        "python": platform.python_version(),
        "django": django.get_version(),
        "kernel": platform.release(),
    }


def before_commit(root):
    return subprocess.run(
        ["git", "log", "-1", "--format=%h %s"], cwd=root, text=True, capture_output=True
    ).stdout.strip()


def ratio(a, b):
    return round(a / b, 2) if b else None


def markdown(meta, pages, sizes):
    first, last = sizes[0], sizes[-1]
    out = [
        "# Benchmark results",
        "",
        f"Written by `bench/run.py` on {meta['date']} at commit `{meta['commit']}`: "
        f"{meta['cpu']}, {meta['memory_gib']} GiB, Linux {meta['kernel']}, "
        f"{meta['database']}, Python {meta['python']}, Django {meta['django']}. "
        f"{meta['requests']} timed requests per page and size (downloads fewer), one gunicorn "
        "sync worker per size on loopback, requests alternating between the sizes; the machine "
        "is shared, so compare medians of one run and query counts exactly.",
        "",
        "**cold**: every cache emptied before the request (as after a curator's save); "
        "**fresh**: a query string not requested before (an extra `bench=N` the site ignores), "
        "so the page is built again from the cached counts of its filter state; "
        "**warm**: the same URL again at once. "
        "**static**: whitenoise serving a file of the organisation list's size, interleaved. "
        "Queries are counted in-process (cold/warm); RSS is the worker's peak while serving "
        "the page.",
        "",
        "## Per page",
        "",
    ]
    header = ["page"]
    for size in sizes:
        header += [f"{size:,} cold ms (p95)", f"{size:,} fresh ms", f"{size:,} warm ms"]
    header += ["queries", "KiB", "RSS MiB"]
    out.append("| " + " | ".join(header) + " |")
    out.append("|---" + "|--:" * (len(header) - 1) + "|")
    for page in pages:
        cells = [f"{page['name']}<br>`{page['path']}`"]
        for size in sizes:
            row = page["sizes"][str(size)]
            cells += [f"{row['cold']['median_ms']} ({row['cold']['p95_ms']})"]
            cells += [f"{row.get('fresh', {}).get('median_ms', '')}"]
            cells += [f"{row['warm']['median_ms']}"]
        cells.append(" / ".join(str(page["sizes"][str(s)]["queries_cold"]) for s in sizes))
        cells.append(f"{page['sizes'][str(last)]['bytes'] / 1024:.0f}")
        cells.append(str(max(page["sizes"][str(s)]["peak_rss_mib"] or 0 for s in sizes)))
        out.append("| " + " | ".join(cells) + " |")
    out += [
        "",
        f"Queries: cold, at {' / '.join(f'{s:,}' for s in sizes)}. KiB: at {last:,}. "
        "RSS: the largest of the sizes.",
        "",
        "## Against the targets",
        "",
        f"| page | {last:,}/{first:,} cold | {last:,}/{first:,} fresh (≤ {TARGET_COLD}) "
        f"| {last:,}/{first:,} warm (≤ {TARGET_WARM}) | cold / static at {last:,} "
        f"| fresh / static at {last:,} (≤ {TARGET_STATIC_UNCACHED}) "
        f"| warm / static at {last:,} (≤ {TARGET_STATIC_CACHED}) "
        f"| queries same at all sizes | RSS < {TARGET_RSS_MIB} MiB |",
        "|---|--:|--:|--:|--:|--:|--:|:-:|:-:|",
    ]
    for page in pages:
        lo, hi = page["sizes"][str(first)], page["sizes"][str(last)]
        static = page["static"]["median_ms"]
        cold_ratio = ratio(hi["cold"]["median_ms"], lo["cold"]["median_ms"])
        warm_ratio = ratio(hi["warm"]["median_ms"], lo["warm"]["median_ms"])
        fresh_ratio = over_static_fresh = None
        if "fresh" in hi:
            fresh_ratio = ratio(hi["fresh"]["median_ms"], lo["fresh"]["median_ms"])
            over_static_fresh = ratio(hi["fresh"]["median_ms"], static)
        fresh_static = over_static_fresh
        over_static_cold = ratio(hi["cold"]["median_ms"], static)
        over_static_warm = ratio(hi["warm"]["median_ms"], static)

        def mark(value, target):
            return f"{value}" if value is not None and value <= target else f"**{value}**"

        is_list = page["name"] in LIST_PAGES
        same = len({page["sizes"][str(s)]["queries_cold"] for s in sizes}) == 1
        rss = max(page["sizes"][str(s)]["peak_rss_mib"] or 0 for s in sizes)
        out.append(
            f"| {page['name']} | {cold_ratio} | {mark(fresh_ratio, TARGET_COLD)}"
            f" | {mark(warm_ratio, TARGET_WARM)} | {over_static_cold}"
            f" | {mark(over_static_fresh, TARGET_STATIC_UNCACHED) if is_list else fresh_static}"
            f" | {mark(over_static_warm, TARGET_STATIC_CACHED) if is_list else over_static_warm}"
            f" | {'yes' if same else '**no**'} | {'yes' if rss < TARGET_RSS_MIB else '**no**'} |"
        )
    out += [
        "",
        "Bold: a target missed (the static-file targets apply to list pages). "
        f"Static floor median at {last:,}: "
        + ", ".join(f"{p['name']} {p['static']['median_ms']} ms" for p in pages[:3])
        + " ….",
        "",
    ]
    if any("before" in page for page in pages):
        out += [
            "## Before and after",
            "",
            f"The same pages at {last:,} served by the code of `{meta.get('before', '')}` "
            "(`--before`), with its requests interleaved with the others of this run.",
            "",
            "| page | before cold ms | after cold ms | before fresh ms | after fresh ms "
            "| before warm ms | after warm ms |",
            "|---|--:|--:|--:|--:|--:|--:|",
        ]
        for page in pages:
            if "before" not in page:
                continue
            was, now = page["before"], page["sizes"][str(last)]
            fresh = [row.get("fresh", {}).get("median_ms", "") for row in (was, now)]
            out.append(
                f"| {page['name']} | {was['cold']['median_ms']} | {now['cold']['median_ms']} "
                f"| {fresh[0]} | {fresh[1]} "
                f"| {was['warm']['median_ms']} | {now['warm']['median_ms']} |"
            )
        out.append("")
    load = ROOT / "bench" / "load.json"
    if load.exists():
        out += load_markdown(json.loads(load.read_text()))
    notes = ROOT / "bench" / "notes.md"
    if notes.exists():
        out += ["", notes.read_text().rstrip(), ""]
    return "\n".join(out) + "\n"


def load_markdown(load):
    out = [
        "## Load (`make load`)",
        "",
        f"{load['date']}, commit `{load['commit']}`: wrk, {load['connections']} connections, "
        f"{load['duration_s']} s, gunicorn with {load['workers']} workers at "
        f"{load['size']:,} organisations; the mix: "
        + ", ".join(f"`{p}`" for p in load["paths"])
        + ".",
        "",
        "| requests | errors | req/s | p50 ms | p95 ms | p99 ms |",
        "|--:|--:|--:|--:|--:|--:|",
        f"| {load['requests']} | {load['errors']} | {load['rps']} | {load['p50_ms']} "
        f"| {load['p95_ms']} | {load['p99_ms']} |",
        "",
    ]
    return out


def main(argv=None):
    args = parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sse_directory.settings")
    urls = {size: prepare_database(args.server, size, args.rebuild, args.seed) for size in sizes}
    probes = {}
    for size in sizes:
        say(f"counting queries in-process at {size:,}")
        probes[size] = {p["name"]: p for p in probe(urls[size], only)}
    names = [p["name"] for p in probes[sizes[0]].values() if not only or p["name"] in only]
    list_bytes = probes[sizes[-1]].get("organisations", {}).get("bytes", 60000)
    servers = []
    results = []
    with tempfile.TemporaryDirectory(prefix="sse-bench-") as tmp:
        static_root = collect_static(tmp, list_bytes)
        try:
            for index, size in enumerate(sizes):
                servers.append(Server(size, urls[size], BASE_PORT + index, static_root, tmp))
            if args.before:
                before = Server(
                    sizes[-1],
                    urls[sizes[-1]],
                    BASE_PORT + 9,
                    static_root,
                    tmp,
                    root=args.before,
                    key="before",
                )
                servers.append(before)
            for number, name in enumerate(names, 1):
                page = probes[sizes[0]][name]
                say(f"[{number}/{len(names)}] {name}: {page['path']}")
                paths = {size: probes[size][name]["path"] for size in sizes}
                measured = run_page(page, servers, args.requests, paths)
                row = {"name": name, "path": page["path"], "static": measured["static"]}
                row["sizes"] = {}
                for server in servers:
                    info = probes[server.size][name]
                    figures = measured["sizes"][server.key]
                    if server.key == "before":
                        row["before"] = figures
                        say(
                            f"    before ({server.size:,}): cold {figures['cold']['median_ms']} "
                            f"ms, warm {figures['warm']['median_ms']} ms"
                        )
                        continue
                    figures.update(
                        bytes=info["bytes"],
                        queries_cold=info["queries_cold"],
                        queries_warm=info["queries_warm"],
                    )
                    row["sizes"][str(server.size)] = figures
                    say(
                        f"    {server.size:>7,}: cold {figures['cold']['median_ms']} ms, fresh "
                        f"{figures['fresh']['median_ms']} ms, warm "
                        f"{figures['warm']['median_ms']} ms, {info['queries_cold']} queries, "
                        f"{info['bytes'] / 1024:.0f} KiB, {figures['peak_rss_mib']} MiB"
                    )
                results.append(row)
                if args.output:  # after every page, so that an interrupted run keeps its rows
                    Path(args.output + ".partial.json").write_text(
                        json.dumps(results, indent=2, ensure_ascii=False) + "\n"
                    )
        finally:
            for server in servers:
                server.stop()
    import psycopg

    with psycopg.connect(urls[sizes[0]]) as conn:
        version = conn.execute("SHOW server_version").fetchone()[0].split()[0]
    meta = machine()
    meta.update(database=f"PostgreSQL {version}", requests=args.requests, sizes=sizes)
    if args.before:
        meta["before"] = before_commit(args.before)
    if args.output:
        Path(args.output + ".json").write_text(
            json.dumps({"meta": meta, "pages": results}, indent=2, ensure_ascii=False) + "\n"
        )
        Path(args.output + ".md").write_text(markdown(meta, results, sizes))
        # The rows kept for an interrupted run are in OUTPUT.json now.
        Path(args.output + ".partial.json").unlink(missing_ok=True)
        say(f"wrote {args.output}.md and {args.output}.json")
    else:
        print(markdown(meta, results, sizes))


if __name__ == "__main__":
    if shutil.which("git") is None:
        sys.exit("git is needed (results name the commit)")
    main()
