"""A bounded load run with wrk against gunicorn at 100,000 organisations (`make load`).

    .venv/bin/python bench/load.py [--size 100000] [--connections 32] [--duration 60]
                                   [--workers 4]

Serves `sse_bench_<size>` (made or reused by bench/run.py's rules) with gunicorn on loopback,
then runs wrk (Debian package `wrk`) with a Lua script that sends a mix of the benchmark's pages,
exports included, for a fixed time. Writes bench/load.json, which bench/run.py puts into
results.md: requests, errors (socket errors and non-2xx/3xx answers), requests per second and the
p50/p95/p99 latency. Only 127.0.0.1 is ever requested.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run  # noqa: E402 (bench/run.py, beside this file)

ROOT = run.ROOT
PATHS = [
    "/th/",
    "/th/organisations/",
    "/en/organisations/?region=northeastern&theme=health",
    "/th/organisations/?q=%E0%B8%8A%E0%B8%B8%E0%B8%A1%E0%B8%8A%E0%B8%99",
    "/en/organisations/?q=farm",
    "/en/organisations/?sort=-updated&page=30",
    "/th/programmes/",
    "/api/v1/organisations/?region=central",
    "/th/embed/organisations/?theme=health",
    "/en/organisations/export.csv?province=TH-50",
    "/th/regions/central/",
    "/en/themes/health/",
    "/th/search/?q=%E0%B8%81%E0%B8%B2%E0%B9%81%E0%B8%9F",
]

LUA = """
paths = {%s}
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1], {["Host"] = "127.0.0.1"})
end
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'RESULT {"requests": %%d, "errors": %%d, "non2xx": %%d, "duration_us": %%d, '
    .. '"p50": %%d, "p95": %%d, "p99": %%d}\\n',
    summary.requests, errors.connect + errors.read + errors.write + errors.timeout,
    errors.status, summary.duration, latency:percentile(50), latency:percentile(95),
    latency:percentile(99)))
end
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100000)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--duration", type=int, default=60, help="seconds")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed: apt-get install wrk")
    url = run.prepare_database(args.server, args.size, False, 0)
    with tempfile.TemporaryDirectory(prefix="sse-load-") as tmp:
        static_root = run.collect_static(tmp, 1000)
        env = {
            **os.environ,
            "DATABASE_URL": url,
            "DEBUG": "0",
            "PLAIN_STATIC": "1",
            "STATIC_ROOT": str(static_root),
            "ALLOWED_HOSTS": "127.0.0.1",
            "LOG_LEVEL": "WARNING",
            "CACHE_BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "CACHE_LOCATION": str(Path(tmp) / "cache"),
            "EXPORT_CACHE_DIR": str(Path(tmp) / "downloads"),
            # Every wrk connection comes from one address: the per-client limit would refuse it.
            "EXPORT_RATE_LIMIT": "0",
        }
        port = run.BASE_PORT + 50
        server = subprocess.Popen(
            [
                str(Path(run.PYTHON).parent / "gunicorn"),
                "sse_directory.wsgi",
                f"--bind=127.0.0.1:{port}",
                f"--workers={args.workers}",
                "--timeout=120",
                "--log-level=warning",
            ],
            cwd=ROOT,
            env=env,
        )
        try:
            for _ in range(200):
                try:
                    if run.get(port, "/healthz")[0] == 200:
                        break
                except OSError:
                    time.sleep(0.3)
            script = Path(tmp) / "mix.lua"
            script.write_text(LUA % ", ".join(f'"{p}"' for p in PATHS))
            run.say(f"wrk: {args.connections} connections for {args.duration} s")
            output = subprocess.run(
                [
                    "wrk",
                    "--threads=2",
                    f"--connections={args.connections}",
                    f"--duration={args.duration}s",
                    "--timeout=30s",
                    f"--script={script}",
                    f"http://127.0.0.1:{port}/",
                ],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        finally:
            server.terminate()
            server.wait(timeout=30)
    line = next(line for line in output.splitlines() if line.startswith("RESULT "))
    figures = json.loads(line.removeprefix("RESULT "))
    result = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": run.machine()["commit"],
        "size": args.size,
        "connections": args.connections,
        "duration_s": args.duration,
        "workers": args.workers,
        "paths": PATHS,
        "requests": figures["requests"],
        "errors": figures["errors"] + figures["non2xx"],
        "rps": round(figures["requests"] / (figures["duration_us"] / 1e6), 1),
        "p50_ms": round(figures["p50"] / 1000, 1),
        "p95_ms": round(figures["p95"] / 1000, 1),
        "p99_ms": round(figures["p99"] / 1000, 1),
    }
    (ROOT / "bench" / "load.json").write_text(json.dumps(result, indent=2) + "\n")
    print(output)
    run.say(f"wrote bench/load.json: {result['rps']} req/s, {result['errors']} errors")


if __name__ == "__main__":
    main()
