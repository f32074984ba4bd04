"""A map of Thailand's 77 provinces, drawn server-side as inline SVG (no tiles, no network).

The province outlines come from the npm package @svg-maps/thailand (CC BY 4.0), installed with
the other front-end assets. Its location ids are the provinces' English abbreviations in lower
case, except Uttaradit (`utd`) and Phichit (`pct`); `lksg` is Songkhla Lake, drawn as water.

`build()` gives the template everything it draws: the shapes coloured on the quantile scale of
`orgs.map_scale` (the insights choropleth uses the same scale and legend), a label for each
province (shown on focus, hover or tap), an enlarged inset of Bangkok and its neighbours on the
country map (their shapes are too small to tap), and a viewBox limited to one region when one
is given.
"""

import json
import re
from functools import lru_cache

from django.conf import settings
from django.utils.translation import ngettext

from .map_scale import QuantileScale

PACKAGE = "@svg-maps/thailand"
ATTRIBUTION_URL = "https://github.com/VictorCazanave/svg-maps"
ID_EXCEPTIONS = {"utd": "UTT", "pct": "PCK"}
WATER = {"lksg"}
#: Bangkok and the provinces around it, shown enlarged in the inset of the country map.
INSET_PROVINCES = {"BKK", "NBI", "PTE", "SPK", "SKN", "NPT"}
#: Where the inset sits on the country map (in the Gulf of Thailand): x, y, width.
INSET_BOX = (340.0, 664.0, 212.0)
#: Room around a region's provinces, as a share of the larger side of their box.
REGION_PADDING = 0.04

_TOKENS = re.compile(r"[MmLlZz]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


@lru_cache(maxsize=1)
def _shapes():
    path = settings.NODE_MODULES / PACKAGE / "index.js"
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8")
    data = json.loads(text[text.index("{") : text.rindex("}") + 1])
    for location in data["locations"]:
        location["box"] = bounding_box(location["path"])
    return data


def available():
    return _shapes() is not None


def bounding_box(path):
    """(x0, y0, x1, y1) of an SVG path of straight lines (M, L, Z; absolute or relative), the
    only commands the map data uses."""
    x = y = start_x = start_y = 0.0
    xs, ys = [], []
    command, numbers = None, []
    tokens = _TOKENS.findall(path)
    for token in tokens + ["Z"]:
        if token.isalpha():
            if token in "Zz":
                x, y = start_x, start_y
            command, numbers, first = token, [], True
            continue
        if command is None or command in "Zz":
            raise ValueError(f"unsupported path data near {token!r}")
        numbers.append(float(token))
        if len(numbers) < 2:
            continue
        dx, dy = numbers
        numbers = []
        if command.islower():
            x, y = x + dx, y + dy
        else:
            x, y = dx, dy
        if first and command in "Mm":
            start_x, start_y = x, y
        first = False
        xs.append(x)
        ys.append(y)
    if not xs:
        raise ValueError("empty path")
    return min(xs), min(ys), max(xs), max(ys)


def union(boxes):
    boxes = list(boxes)
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def pad(box, share=REGION_PADDING):
    margin = share * max(box[2] - box[0], box[3] - box[1])
    return (box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin)


def view_box_text(box):
    x0, y0, x1, y1 = box
    return " ".join(f"{v:.1f}".rstrip("0").rstrip(".") for v in (x0, y0, x1 - x0, y1 - y0))


def overlaps(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def text_width(text, size):
    """A rough width of a label: Thai vowel and tone marks above or below take no width."""
    marks = sum(1 for ch in text if "\u0e31" <= ch <= "\u0e3a" or "\u0e47" <= ch <= "\u0e4e")
    return (len(text) - marks) * size * 0.6


def label(box, text, view, size):
    """A label (a box with `text`) centred over the province's box, kept inside `view`."""
    width = text_width(text, size) + size
    height = size * 1.6
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    x = min(max(cx - width / 2, view[0] + 1), view[2] - width - 1)
    y = min(max(cy - height / 2, view[1] + 1), view[3] - height - 1)
    return {
        "x": round(x, 1),
        "y": round(y, 1),
        "width": round(width, 1),
        "height": round(height, 1),
        "text_x": round(x + size / 2, 1),
        "text_y": round(y + height * 0.72, 1),
        "size": round(size, 1),
    }


def label_text(province, count):
    """ "เชียงใหม่: 42 องค์กร": the province's accessible name, tooltip and visible label."""
    organisations = ngettext("%(count)s organisation", "%(count)s organisations", count)
    return f"{province.name}: {organisations % {'count': count}}"


def build(provinces, counts, region=None):
    """Everything the map template draws, or None when the map data is not installed.

    `provinces` are Province objects (with their region) in the order of the table under the map
    (the page's name order); `counts` maps ISO code → entries. With `region`, the view is that
    region's box, and provinces outside it are faded context that is not a link.

    Returns {view_box, shapes, inset, scale, legend, rows}: shapes as {path, province, count,
    step, link, faded, label, water}; rows as {province, count, link} for the table.
    """
    data = _shapes()
    if data is None:
        return None
    by_abbreviation = {p.abbreviation.upper(): p for p in provinces}
    placed = []
    for location in data["locations"]:
        if location["id"] in WATER:
            placed.append((location, None))
            continue
        abbreviation = ID_EXCEPTIONS.get(location["id"], location["id"].upper())
        province = by_abbreviation.get(abbreviation)
        if province is not None:
            placed.append((location, province))

    def inside(province):
        return region is None or province.region_id == region.pk

    if region is None:
        view = tuple(float(v) for v in data["viewBox"].split())
        view = (view[0], view[1], view[0] + view[2], view[1] + view[3])
    else:
        view = pad(union(loc["box"] for loc, p in placed if p is not None and inside(p)))
    scale = QuantileScale([counts.get(p.code, 0) for p in provinces if inside(p)])
    size = (view[2] - view[0]) / 22

    def shape(location, province, frame, text_size):
        if province is None:
            return {"path": location["path"], "water": True}
        count = counts.get(province.code, 0) if inside(province) else 0
        text = label_text(province, count)
        return {
            "path": location["path"],
            "water": False,
            "province": province,
            "count": count,
            "step": scale.step(count),
            "link": count > 0 and inside(province),
            "faded": not inside(province),
            "text": text,
            "label": label(location["box"], text, frame, text_size),
        }

    shapes = [
        shape(location, province, view, size)
        for location, province in placed
        if overlaps(location["box"], view)
    ]
    inset = None
    if region is None:
        inset = build_inset(placed, shape)
    rows = [
        {"province": p, "count": counts.get(p.code, 0), "link": counts.get(p.code, 0) > 0}
        for p in provinces
        if inside(p)
    ]
    return {
        "view_box": view_box_text(view),
        "shapes": shapes,
        "inset": inset,
        "scale": scale,
        "legend": scale.steps(),
        "rows": rows,
        "label_size": round(size, 1),
    }


def build_inset(placed, shape):
    """Bangkok and its neighbours, enlarged into a box of the country map."""
    members = [
        (location, province)
        for location, province in placed
        if province is not None and province.abbreviation.upper() in INSET_PROVINCES
    ]
    if not members:
        return None
    box = pad(union(location["box"] for location, _ in members), 0.05)
    x, y, width = INSET_BOX
    height = width * (box[3] - box[1]) / (box[2] - box[0])
    frame = box
    size = (box[2] - box[0]) / 10
    neighbours = [
        (location, province)
        for location, province in placed
        if province is not None and overlaps(location["box"], box)
    ]
    return {
        "x": x,
        "y": y,
        "width": width,
        "height": round(height, 1),
        "view_box": view_box_text(box),
        "shapes": [shape(location, province, frame, size) for location, province in neighbours],
        "caption_y": y - 8,
        "caption_size": 20,
    }
