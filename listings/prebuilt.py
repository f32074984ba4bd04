"""Downloads of a whole dataset, written once per data version and then served as a file.

An unfiltered export of 100,000 organisations takes seconds of database and CPU time; built on
every request, a few parallel downloads would starve the pages. So the full files (the
open-data files and a list's export without filters) are written once to EXPORT_CACHE_DIR,
named by the dataset, the language, the data version and the format, and served from there
until a curator's save changes the data version. The file is written to a temporary name and
renamed into place, so parallel requests and workers never serve half a file; the versions
before are removed when a new one is written. Memory stays flat: rows are read in chunks and
written to disk, and the response streams the file.
"""

import os
import tempfile
from pathlib import Path

from django.conf import settings
from django.http import FileResponse
from django.utils.translation import get_language

from curation.cache import data_version


def cache_dir():
    return Path(settings.EXPORT_CACHE_DIR)


def prebuilt_path(stem, fmt, write):
    """The file for `stem` (e.g. "organisations") in this language and data version, written by
    `write(binary_stream)` if it is not there yet."""
    directory = cache_dir()
    language = get_language() or settings.LANGUAGE_CODE
    prefix = f"{stem}.{language}."
    path = directory / f"{prefix}{data_version()}.{fmt}"
    if path.exists():
        return path
    directory.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=".building-", suffix=f".{fmt}")
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    for old in directory.glob(f"{prefix}*.{fmt}"):
        if old != path:
            old.unlink(missing_ok=True)
    return path


def prebuilt_response(stem, fmt, content_type, write, filename):
    """A download of the whole dataset from its file (see prebuilt_path)."""
    path = prebuilt_path(stem, fmt, write)
    response = FileResponse(path.open("rb"), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response
