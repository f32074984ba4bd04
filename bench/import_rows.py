"""Spreadsheet import at real sizes: time per row to check and to import, at 1,000 and 50,000 rows.

    .venv/bin/python bench/import_rows.py                  # writes bench/import.md
    .venv/bin/python bench/import_rows.py --sizes 1000,10000 --output ''   # print only
    .venv/bin/python bench/import_rows.py --profile 10000  # cProfile of check + import

Each size runs in a fresh PostgreSQL database (`sse_bench_import_<N>`, copied from a migrated
template, so every size starts from the same empty directory), in a process of its own: a
valid sheet of N new organisations is generated with Faker (Thai and English names, provinces
written as names or codes, themes, SDGs, years), read from CSV bytes, checked
(`orgs.importing.check`) and imported (`orgs.importing.apply`) as the `import_orgs` command
does. The target (issue 12): the time per row at 50,000 is at most 1.2× that at 1,000.
"""

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
TARGET = 1.2


def database_url(server, name):
    return urlunsplit(urlsplit(server)._replace(path=f"/{name}", query=""))


def say(message):
    print(message, file=sys.stderr, flush=True)


def fresh_database(server, name, template):
    import psycopg

    with psycopg.connect(database_url(server, "postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return database_url(server, name)


def prepare_template(server):
    """A migrated, empty database to copy for each size."""
    import psycopg

    name = "sse_bench_import_template"
    with psycopg.connect(database_url(server, "postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    env = {**os.environ, "DATABASE_URL": database_url(server, name), "DEBUG": "0"}
    subprocess.run(
        [PYTHON, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
    )
    return name


# --- one size, in its own process -------------------------------------------------------------


def sheet(count, seed):
    """CSV bytes of `count` valid rows of new organisations."""
    import random

    import tablib
    from faker import Faker

    from orgs.importing import COLUMNS
    from orgs.models import SDG, Organisation, Province, Theme

    thai, english = Faker("th_TH"), Faker("en_US")
    Faker.seed(seed)
    rng = random.Random(seed)
    provinces = list(Province.objects.values_list("code", "name_th", "name_en"))
    themes = list(Theme.objects.values_list("slug", flat=True))
    sdgs = list(SDG.objects.values_list("number", flat=True))
    kinds = [k for k in Organisation.Kind.values if k != Organisation.Kind.INTERNATIONAL]
    data = tablib.Dataset(headers=list(COLUMNS))
    for n in range(1, count + 1):
        code, name_th, name_en = rng.choice(provinces)
        row = {
            "slug": f"bench-{n}" if n % 4 else "",
            "kind": rng.choice(kinds),
            "name_th": f"{thai.company()} {n}",
            "name_en": f"{english.company()} {n}" if n % 3 else "",
            "province": rng.choice([code, name_th, f"จ.{name_th}", name_en]),
            "themes": ";".join(rng.sample(themes, rng.randint(0, 3))),
            "sdgs": ";".join(str(s) for s in rng.sample(sdgs, rng.randint(0, 3))),
            "summary_th": thai.sentence(nb_words=8)[:400],
            "summary_en": english.sentence(nb_words=10)[:400],
            "website": f"https://org{n}.example.org" if n % 2 else "",
            "email": f"contact{n}@example.org" if n % 3 else "",
            "phone": f"02 555 {n % 10000:04d}" if n % 4 else "",
            "founded": str(rng.randint(1950, 2024)) if n % 5 else "",
            "status": rng.choice(["draft", "review", "published"]),
        }
        data.append([row[c] for c in COLUMNS])
    return data.export("csv").encode("utf-8")


def measure(count, seed, profile_path="", check_only=False):
    import django

    django.setup()
    from django.conf import settings
    from django.utils import translation

    from orgs import importing

    settings.IMPORT_MAX_ROWS = max(settings.IMPORT_MAX_ROWS, count)
    settings.IMPORT_MAX_UPLOAD_BYTES = max(settings.IMPORT_MAX_UPLOAD_BYTES, 100_000_000)
    data = sheet(count, seed)
    profiler = None
    if profile_path:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    started = time.perf_counter()
    dataset = importing.read_dataset(data, "bench.csv")
    read = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    plan = importing.check(dataset)
    checked, checked_cpu = time.perf_counter() - started, time.process_time() - cpu
    if plan.has_errors:
        raise SystemExit(f"the generated sheet has problems: {plan.problems()[:5]}")
    counts, written, written_cpu = plan.counts(), None, None
    if not check_only:
        started, cpu = time.perf_counter(), time.process_time()
        with translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
            counts = importing.apply(plan, reason="benchmark")
        written, written_cpu = time.perf_counter() - started, time.process_time() - cpu
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile_path)
    return {
        "rows": count,
        "read_s": read,
        "check_s": checked,
        "import_s": written,
        "check_cpu_s": checked_cpu,
        "import_cpu_s": written_cpu,
        "counts": dict(counts),
    }


# --- the run ----------------------------------------------------------------------------------


def child(size, url, seed, profile_path="", check_only=False):
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DEBUG": "0",
        "DJANGO_SETTINGS_MODULE": "sse_directory.settings",
        "DB_STATEMENT_TIMEOUT": "0",
    }
    command = [PYTHON, __file__, "--child", str(size), "--seed", str(seed)]
    if profile_path:
        command += ["--profile-out", profile_path]
    if check_only:
        command.append("--check-only")
    out = subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.PIPE, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def per_row_us(result, key):
    return 1e6 * (result[key] or 0) / result["rows"]


def markdown(results, meta):
    small, large = results[0], results[-1]
    lines = [
        "# Spreadsheet import: time per row",
        "",
        f"Measured {meta['date']} on {meta['machine']} by `bench/import_rows.py` "
        f"(PostgreSQL, one process, seed {meta['seed']}). Target: the time per row at "
        f"{large['rows']:,} rows at most {TARGET}× that at {small['rows']:,}.",
        "",
        "Wall time per row, and in brackets the CPU time of the Python process alone (the "
        "database's work is in the wall time only; on a shared machine the CPU figure is the "
        "steadier one).",
        "",
        "| rows | read (µs/row) | check (µs/row) | import (µs/row) | check + import (µs/row) |",
        "|---:|---:|---:|---:|---:|",
    ]

    def cell(r, key):
        if not r[key]:
            return "–"
        return f"{per_row_us(r, key):.0f} ({per_row_us(r, key.replace('_s', '_cpu_s')):.0f})"

    for r in results:
        both = per_row_us(r, "check_s") + per_row_us(r, "import_s")
        both_cpu = per_row_us(r, "check_cpu_s") + per_row_us(r, "import_cpu_s")
        lines.append(
            f"| {r['rows']:,} | {per_row_us(r, 'read_s'):.0f} | {cell(r, 'check_s')} "
            f"| {cell(r, 'import_s')} | {both:.0f} ({both_cpu:.0f}) |"
        )
    lines.append("")
    for key, label in (("check_s", "check"), ("import_s", "import")):
        if not (small[key] and large[key]):
            continue
        for suffix, kind in (("", "wall"), ("cpu", "CPU")):
            name = key.replace("_s", "_cpu_s") if suffix else key
            ratio = per_row_us(large, name) / per_row_us(small, name)
            mark = "meets" if ratio <= TARGET else "misses"
            lines.append(
                f"- {label} ({kind}): {ratio:.2f}× per row at {large['rows']:,} over "
                f"{small['rows']:,} ({mark} the {TARGET}× target)"
            )
    return "\n".join(lines) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,50000", help="comma-separated row counts")
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--output", default=str(ROOT / "bench" / "import.md"))
    parser.add_argument("--profile", type=int, default=0, help="profile one run of N rows")
    parser.add_argument(
        "--check-only", action="store_true", help="time the check alone (nothing is written)"
    )
    parser.add_argument("--child", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--profile-out", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        sys.path.insert(0, str(ROOT))
        print(json.dumps(measure(args.child, args.seed, args.profile_out, args.check_only)))
        return

    template = prepare_template(args.server)
    if args.profile:
        url = fresh_database(args.server, f"sse_bench_import_{args.profile}", template)
        path = f"/tmp/import-{args.profile}.prof"
        result = child(args.profile, url, args.seed, path)
        say(json.dumps(result))
        import pstats

        pstats.Stats(path).sort_stats("cumulative").print_stats(40)
        return
    results = []
    for size in [int(s) for s in args.sizes.split(",")]:
        url = fresh_database(args.server, f"sse_bench_import_{size}", template)
        say(f"{size:,} rows …")
        result = child(size, url, args.seed, check_only=args.check_only)
        written = f"{per_row_us(result, 'import_s'):.0f}" if result["import_s"] else "-"
        say(f"{size:,} rows: check {per_row_us(result, 'check_s'):.0f} µs/row, import {written}")
        results.append(result)
    meta = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": (
            f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
        ),
        "seed": args.seed,
    }
    text = markdown(results, meta)
    if args.output:
        notes = Path(args.output).with_name("import-notes.md")
        extra = ("\n" + notes.read_text()) if notes.exists() else ""
        Path(args.output).write_text(text + extra)
        (Path(args.output).with_suffix(".json")).write_text(
            json.dumps({"meta": meta, "results": results}, indent=2) + "\n"
        )
    print(text)


if __name__ == "__main__":
    main()
