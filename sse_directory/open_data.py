"""The whole open-data dump: every dataset as CSV and JSON, with a README and the licence."""

from pathlib import Path

from django.utils import timezone
from django.utils.translation import override

from listings.datasets import ATTRIBUTION, LICENCE
from orgs.datasets import ORGANISATIONS, REFERENCE_DATASETS
from programs.datasets import EVENTS, PARTICIPATIONS, PROGRAMMES

#: Every dataset, in the order the data page and the dump list them.
DATASETS = [ORGANISATIONS, PROGRAMMES, PARTICIPATIONS, EVENTS, *REFERENCE_DATASETS]
DATASETS_BY_NAME = {dataset.name: dataset for dataset in DATASETS}

LICENSE_TEXT = f"""The data in this directory is published under the {LICENCE["title"]} licence
({LICENCE["name"]}): {LICENCE["url"]}

You may share and adapt it for any purpose, including commercially, as long as you give
appropriate credit: "{ATTRIBUTION}", with a link to the directory, and say whether you
changed the data.

The directory's code is licensed separately (AGPL-3.0-or-later).
"""


def readme_text(source=""):
    with override("en"):
        lines = [
            "# SSE Directory Thailand: open data",
            "",
            f"Generated {timezone.now().replace(microsecond=0).isoformat()}"
            + (f" from {source}" if source else "")
            + ".",
            "",
            "Published organisations, programmes, participations (organisation ↔ programme with",
            "a role), events and the reference data (regions, provinces, themes, SDGs) of the",
            "social and solidarity economy in Thailand. Drafts and unpublished entries are never",
            "included; an organisation's email and phone only when it marks them public.",
            "",
            "Every table comes as CSV (UTF-8 with a byte-order mark, so that Excel reads the Thai",
            "text correctly; lists separated by `;`) and as JSON (the same columns, lists as",
            "arrays, under `results`).",
            "",
            f"Licence: {LICENCE['name']} ({LICENCE['url']}); see LICENSE.",
            f'Credit: "{ATTRIBUTION}".',
            "",
        ]
        for dataset in DATASETS:
            lines += [f"## {dataset.name}.csv, {dataset.name}.json", ""]
            lines += [f"- `{name}`: {description}" for name, description in dataset.fields]
            lines.append("")
    return "\n".join(lines)


def write_dump(directory, source=""):
    """Write every dataset to `directory` as CSV and JSON, plus README.md and LICENSE."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for dataset in DATASETS:
        for fmt in ("csv", "json"):
            path = directory / f"{dataset.name}.{fmt}"
            # newline="" lets the csv module write its own CRLF line ends.
            with path.open("w", encoding="utf-8", newline="" if fmt == "csv" else None) as stream:
                if fmt == "csv":
                    dataset.write_csv(stream)
                else:
                    dataset.write_json(stream, source=source)
            written.append(path)
    for name, text in (("README.md", readme_text(source)), ("LICENSE", LICENSE_TEXT)):
        path = directory / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
