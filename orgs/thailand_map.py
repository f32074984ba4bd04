"""A map of Thailand's 77 provinces, drawn server-side as inline SVG (no tiles, no network).

The province outlines come from the npm package @svg-maps/thailand (CC BY 4.0), installed with
the other front-end assets. Its location ids are the provinces' English abbreviations in lower
case, except Uttaradit (`utd`) and Phichit (`pct`); `lksg` is Songkhla Lake, drawn as water.
"""

import json
from functools import lru_cache

from django.conf import settings

PACKAGE = "@svg-maps/thailand"
ATTRIBUTION_URL = "https://github.com/VictorCazanave/svg-maps"
ID_EXCEPTIONS = {"utd": "UTT", "pct": "PCK"}
WATER = {"lksg"}
#: Steps from "no entries" to "most entries"; the colours are `.fill-0` … `.fill-5` in site.css.
STEPS = 6


@lru_cache(maxsize=1)
def _shapes():
    path = settings.NODE_MODULES / PACKAGE / "index.js"
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8")
    data = json.loads(text[text.index("{") : text.rindex("}") + 1])
    return data


def available():
    return _shapes() is not None


def bucket(count, highest):
    """Colour step: 0 for none, then five steps up to the highest count."""
    if not count:
        return 0
    if highest <= 1:
        return STEPS - 1
    return 1 + min(STEPS - 2, int((count - 1) * (STEPS - 1) / highest))


def build(provinces, counts):
    """Shapes for the template: [{path, province, count, step, water}], and the viewBox.

    `provinces` are Province objects (with their region), `counts` maps ISO code → entries.
    """
    data = _shapes()
    if data is None:
        return None
    by_abbreviation = {p.abbreviation.upper(): p for p in provinces}
    highest = max(counts.values(), default=0)
    shapes = []
    for location in data["locations"]:
        if location["id"] in WATER:
            shapes.append({"path": location["path"], "water": True})
            continue
        abbreviation = ID_EXCEPTIONS.get(location["id"], location["id"].upper())
        province = by_abbreviation.get(abbreviation)
        if province is None:
            continue
        count = counts.get(province.code, 0)
        shapes.append(
            {
                "path": location["path"],
                "province": province,
                "count": count,
                "step": bucket(count, highest),
                "water": False,
            }
        )
    return {"view_box": data["viewBox"], "shapes": shapes, "steps": range(STEPS)}
