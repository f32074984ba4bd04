"""The open data as a whole: the dump (every dataset as CSV and JSON, with a README and the
licence), what the data page says of each file (rows, last change, size), and the descriptions
for data catalogues: `datapackage.json` (Frictionless Data Package) and DCAT (for CKAN)."""

import json
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, override

from curation.aggregates import TIMEOUT, cached, cached_count
from curation.cache import data_version
from listings.datasets import ATTRIBUTION, BOOLEAN, FORMATS, LICENCE
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
    """Write every dataset to `directory` as CSV and JSON, plus README.md, LICENSE and a
    datapackage.json that describes the CSV files (paths relative to it)."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    package = data_package(lambda dataset: f"{dataset.name}.csv", homepage=source)
    path = directory / "datapackage.json"
    path.write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    written.append(path)
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


# --- What the data page says of each file -------------------------------------------------------

#: The formats of every file, in the order the data page offers them.
FILE_FORMATS = ["csv", "xlsx", "json"]


def dataset_facts(dataset):
    """Rows and the date of the latest change of one table, counted once per data version
    (curation/aggregates.py), from the published rows only."""
    updated = cached(f"dataset-updated:{dataset.name}", lambda: {"at": dataset.last_updated()})
    return {"rows": cached_count(dataset.queryset()), "updated": updated["at"]}


def _size_key(name, fmt, language):
    return f"aggregate:{data_version()}:file-size:{language}:{name}.{fmt}"


def file_size(name, fmt, language):
    """The size in bytes of a whole open-data file as last sent in this data version, or None
    when it has not been made since the data last changed (files are made on request)."""
    return cache.get(_size_key(name, fmt, language))


def remember_size(response, name, fmt, language):
    """Note the size of a whole file as it is sent, for the data page."""
    key = _size_key(name, fmt, language)
    if response.has_header("Content-Length"):
        cache.set(key, int(response["Content-Length"]), TIMEOUT)
        return response

    def counted(chunks):
        total = 0
        for chunk in chunks:
            total += len(chunk)
            yield chunk
        cache.set(key, total, TIMEOUT)

    response.streaming_content = counted(response.streaming_content)
    return response


# --- Data Package (https://datapackage.org/) ----------------------------------------------------

#: Columns whose values identify a row (Table Schema primaryKey).
PRIMARY_KEYS = {
    "participations": ["programme", "organisation", "role"],
    "provinces": ["code"],
    "sdgs": ["number"],
}

PACKAGE_NAME = "sse-directory-thailand"
PACKAGE_TITLE = gettext_lazy("SSE Directory Thailand: open data")
PACKAGE_DESCRIPTION = gettext_lazy(
    "Published organisations, programmes, participations and events of the social and "
    "solidarity economy in Thailand, with the reference data (regions, provinces, themes, "
    "SDGs). Drafts are never included."
)


def table_schema(dataset):
    """The Table Schema of a dataset's CSV file: one field per column, in the file's order."""
    fields = []
    for name, description in dataset.fields:
        field = {"name": name, "type": dataset.types.get(name, "string")}
        field["description"] = str(description)
        if field["type"] == BOOLEAN:
            field.update(trueValues=["1"], falseValues=["0"])
        fields.append(field)
    schema = {"fields": fields, "missingValues": [""]}
    key = PRIMARY_KEYS.get(dataset.name, ["slug"] if "slug" in dataset.columns else None)
    if key:
        schema["primaryKey"] = key
    return schema


def data_package(path_of, homepage=""):
    """The datapackage.json of the CSV files (Data Package v1, tabular): `path_of(dataset)`
    gives each file's path or address; titles and descriptions in the active language."""
    package = {
        "profile": "tabular-data-package",
        "name": PACKAGE_NAME,
        "title": str(PACKAGE_TITLE),
        "description": str(PACKAGE_DESCRIPTION),
        "licenses": [{"name": "CC-BY-4.0", "path": LICENCE["url"], "title": LICENCE["title"]}],
        "contributors": [{"title": ATTRIBUTION, "role": "publisher"}],
        "created": timezone.now().replace(microsecond=0).isoformat(),
        "keywords": ["social and solidarity economy", "social enterprise", "Thailand"],
        "resources": [],
    }
    if homepage:
        package["homepage"] = homepage
    for dataset in DATASETS:
        package["resources"].append(
            {
                "profile": "tabular-data-resource",
                "name": dataset.name,
                "path": path_of(dataset),
                "title": str(dataset.title),
                "format": "csv",
                "mediatype": "text/csv",
                # The files start with a byte-order mark (for Excel); readers skip it.
                "encoding": "utf-8",
                "schema": table_schema(dataset),
            }
        )
    return package


# --- DCAT (https://www.w3.org/TR/vocab-dcat-3/), for CKAN's DCAT harvester ----------------------

#: File types (EU authority table) and media types (IANA), as DCAT-AP and ckanext-dcat read them.
FILE_TYPES = {"csv": "CSV", "xlsx": "XLSX", "json": "JSON"}
FILE_TYPE_BASE = "http://publications.europa.eu/resource/authority/file-type/"
MEDIA_TYPE_BASE = "http://www.iana.org/assignments/media-types/"
LANGUAGE_BASE = "http://id.loc.gov/vocabulary/iso639-1/"
#: Thailand in GeoNames, the dataset's area.
THAILAND = "https://sws.geonames.org/1605651/"

DATASET_DESCRIPTION = gettext_lazy(
    "%(title)s of the SSE Directory Thailand: %(rows)s published rows, as CSV, XLSX and JSON, "
    "with the names of provinces, themes and kinds in Thai or in English."
)
DISTRIBUTION_TITLE = gettext_lazy("%(title)s (%(format)s, in %(language)s)")
LANGUAGE_NAMES = {"th": gettext_lazy("Thai"), "en": gettext_lazy("English")}


def _languages():
    return [code for code, _name in settings.LANGUAGES]


def _texts(make):
    """`make()` in each language, as (text, language) pairs."""
    pairs = []
    for code in _languages():
        with override(code):
            pairs.append((make(), code))
    return pairs


def _modified(value):
    from rdflib import Literal

    return Literal(timezone.localtime(value).replace(microsecond=0))


def catalog_graph(root):
    """The DCAT catalogue of the open data as an rdflib Graph: the catalogue, a dcat:Dataset
    per table and a dcat:Distribution per file (a format in a language), with download
    addresses under `root` (the site's address, without a trailing slash)."""
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF

    graph = Graph()
    for prefix, namespace in (("dcat", DCAT), ("dct", DCTERMS), ("foaf", FOAF)):
        graph.bind(prefix, namespace)

    def add(subject, predicate, value):
        graph.add((subject, predicate, value))

    def add_texts(subject, predicate, make):
        for text, code in _texts(make):
            add(subject, predicate, Literal(text, lang=code))

    catalog = URIRef(f"{root}/data/")
    licence = URIRef(LICENCE["url"])
    publisher = URIRef(f"{root}/#publisher")
    add(publisher, RDF.type, FOAF.Organization)
    add(publisher, FOAF.name, Literal(ATTRIBUTION))
    add(publisher, FOAF.homepage, URIRef(f"{root}/"))

    add(catalog, RDF.type, DCAT.Catalog)
    add_texts(catalog, DCTERMS.title, lambda: str(PACKAGE_TITLE))
    add_texts(catalog, DCTERMS.description, lambda: str(PACKAGE_DESCRIPTION))
    add(catalog, DCTERMS.publisher, publisher)
    add(catalog, DCTERMS.license, licence)
    add(catalog, FOAF.homepage, URIRef(f"{root}/"))
    for code in _languages():
        add(catalog, DCTERMS.language, URIRef(LANGUAGE_BASE + code))

    latest = None
    for dataset in DATASETS:
        facts = dataset_facts(dataset)
        subject = URIRef(f"{root}/data/#dataset-{dataset.name}")
        add(catalog, DCAT.dataset, subject)
        add(subject, RDF.type, DCAT.Dataset)
        add(subject, DCTERMS.identifier, Literal(f"{PACKAGE_NAME}-{dataset.name}"))
        add_texts(subject, DCTERMS.title, lambda dataset=dataset: str(dataset.title))
        add_texts(
            subject,
            DCTERMS.description,
            lambda dataset=dataset, facts=facts: (
                DATASET_DESCRIPTION % {"title": dataset.title, "rows": facts["rows"]}
            ),
        )
        add(subject, DCTERMS.publisher, publisher)
        add(subject, DCTERMS.license, licence)
        add(subject, DCTERMS.spatial, URIRef(THAILAND))
        add_texts(subject, DCAT.keyword, lambda: _("social and solidarity economy"))
        if facts["updated"]:
            add(subject, DCTERMS.modified, _modified(facts["updated"]))
            latest = max(latest or facts["updated"], facts["updated"])
        for code in _languages():
            with override(code):
                landing = URIRef(root + reverse("open_data"))
                paths = {
                    fmt: reverse("open_data_file", kwargs={"name": dataset.name, "fmt": fmt})
                    for fmt in FILE_FORMATS
                }
            add(subject, DCAT.landingPage, landing)
            for fmt, path in paths.items():
                address = URIRef(root + path)
                distribution = URIRef(f"{root}{path}#distribution")
                add(subject, DCAT.distribution, distribution)
                add(distribution, RDF.type, DCAT.Distribution)
                add_texts(
                    distribution,
                    DCTERMS.title,
                    lambda dataset=dataset, fmt=fmt, code=code: (
                        DISTRIBUTION_TITLE
                        % {
                            "title": dataset.title,
                            "format": FILE_TYPES[fmt],
                            "language": LANGUAGE_NAMES[code],
                        }
                    ),
                )
                add(distribution, DCAT.accessURL, landing)
                add(distribution, DCAT.downloadURL, address)
                media_type = FORMATS[fmt].split(";")[0]
                add(distribution, DCAT.mediaType, URIRef(MEDIA_TYPE_BASE + media_type))
                add(distribution, DCTERMS["format"], URIRef(FILE_TYPE_BASE + FILE_TYPES[fmt]))
                add(distribution, DCTERMS.license, licence)
                add(distribution, DCTERMS.language, URIRef(LANGUAGE_BASE + code))
                if facts["updated"]:
                    add(distribution, DCTERMS.modified, _modified(facts["updated"]))
    if latest:
        add(catalog, DCTERMS.modified, _modified(latest))
    return graph


#: The serialisations of the catalogue: rdflib format and media type.
CATALOG_FORMATS = {
    "ttl": ("turtle", "text/turtle; charset=utf-8"),
    "jsonld": ("json-ld", "application/ld+json"),
}


def catalog_text(root, fmt):
    """The catalogue as Turtle or JSON-LD, made once per data version and site address."""
    rdf_format = CATALOG_FORMATS[fmt][0]
    return cached(f"dcat:{fmt}:{root}", lambda: catalog_graph(root).serialize(format=rdf_format))
