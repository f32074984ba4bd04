"""A small SVG writer for the insights charts: bars, a cumulative line, a timeline, a heat
table, a choropleth and a network, drawn on the server.

Every chart is one standalone SVG document (it carries its own `xmlns`, fonts and colours as
presentation attributes, no CSS classes), so the same text is inlined in the page, downloaded as
.svg and rendered to PNG by cairosvg. Labels are drawn above the bars rather than beside them, so
that long Thai labels fit a phone-width chart without shrinking the text.
"""

from xml.sax.saxutils import escape, quoteattr

from orgs.map_scale import LEGEND_OUTLINE

#: Fonts that render Thai: the site's own stack first, then fonts-thai-tlwg for the PNG renderer.
FONT = "'Noto Sans Thai', Sarabun, Loma, Garuda, 'Tlwg Typo', Tahoma, sans-serif"
INK = "#1c2326"
MUTED = "#4f5b60"
GRID = "#d9d6cf"
BRAND = "#1f5f5b"
PAPER = "#ffffff"
#: Highlight of a combination with no actor (gap table): an amber outline, as the site's accent.
GAP = "#8a5a00"

WIDTH = 400
NETWORK_WIDTH = 720
FONT_SIZE = 13


def attrs(**values):
    """Attributes as XML text; `class_` → class, `aria_label` → aria-label; None is skipped."""
    parts = []
    for key, value in values.items():
        if value is None:
            continue
        name = key.rstrip("_").replace("_", "-")
        if isinstance(value, float):
            value = f"{value:.1f}".rstrip("0").rstrip(".")
        parts.append(f"{name}={quoteattr(str(value))}")
    return " ".join(parts)


def tag(name, content="", **values):
    body = attrs(**values)
    opening = f"<{name} {body}" if body else f"<{name}"
    return f"{opening}>{content}</{name}>" if content != "" else f"{opening}/>"


def text(x, y, content, size=FONT_SIZE, fill=INK, anchor=None, weight=None, **extra):
    return tag(
        "text",
        escape(str(content)),
        x=x,
        y=y,
        font_size=size,
        fill=fill,
        text_anchor=anchor,
        font_weight=weight,
        **extra,
    )


def link(href, content, label=None):
    """A link inside the SVG; `label` is what a screen reader announces for it."""
    if not href:
        return content
    return tag("a", content, href=href, aria_label=label)


def document(width, height, title, body):
    """A standalone SVG: white background, title for screen readers and file viewers."""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'width="{width:.0f}" height="{height:.0f}" font-family="{FONT}" role="group" '
        f"aria-label={quoteattr(title)}>"
        f"<title>{escape(title)}</title>"
        f'<rect width="{width:.0f}" height="{height:.0f}" fill="{PAPER}"/>'
        f"{body}</svg>"
    )


def text_width(value, size=FONT_SIZE):
    """A rough width of a label: Thai vowel and tone marks above or below take no width."""
    value = str(value)
    marks = sum(1 for ch in value if "\u0e31" <= ch <= "\u0e3a" or "\u0e47" <= ch <= "\u0e4e")
    return (len(value) - marks) * size * 0.65


def fit(value, width, size=FONT_SIZE):
    """The label, cut with an ellipsis to fit `width` (the full text is in the table)."""
    value = str(value)
    if text_width(value, size) <= width:
        return value
    while value and text_width(value + "…", size) > width:
        value = value[:-1]
    return value.rstrip() + "…"


def wrap(value, width, size=FONT_SIZE):
    """One or two lines of at most `width`: broken at the space nearest the middle (Thai puts
    spaces between phrases), the second line cut if it is still too long."""
    value = str(value)
    if text_width(value, size) <= width or " " not in value:
        return [fit(value, width, size)]
    middle = len(value) / 2
    cut = min((i for i, ch in enumerate(value) if ch == " "), key=lambda i: abs(i - middle))
    return [fit(value[:cut], width, size), fit(value[cut + 1 :], width, size)]


def bar_chart(title, rows, colour=BRAND, width=WIDTH):
    """Horizontal bars, one per row: {label, value, href, aria, colour?, selected?}.

    The label sits above its bar and the number after it; the longest bar fills the width
    less room for the number.
    """
    highest = max((row["value"] for row in rows), default=0) or 1
    row_height = 38
    top = 8
    number_room = 48
    body = []
    for i, row in enumerate(rows):
        y = top + i * row_height
        length = (width - 16 - number_room) * row["value"] / highest
        fill = row.get("colour") or colour
        weight = "bold" if row.get("selected") else None
        bar = [
            text(8, y + 13, fit(row["label"], width - 16), weight=weight),
            tag(
                "rect",
                x=8,
                y=y + 18,
                width=max(length, 1.5),
                height=14,
                rx=2,
                fill=fill,
                stroke=INK if row.get("selected") else "none",
                stroke_width=1.5 if row.get("selected") else None,
            ),
            text(8 + max(length, 1.5) + 6, y + 30, row["value"], weight="bold"),
        ]
        body.append(link(row.get("href"), "".join(bar), row.get("aria")))
    height = top + len(rows) * row_height + 6
    return document(width, height, title, "".join(body))


def nice_step(span, ticks=5):
    """A round tick step (1, 2, 5 × 10ⁿ) giving about `ticks` ticks over `span`."""
    raw = max(span / ticks, 1)
    magnitude = 10 ** (len(str(int(raw))) - 1)
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def line_chart(title, points, x_label, axis_names, width=WIDTH, height=240):
    """A step-free line through (x, y, tooltip[, href]) points with round ticks on both axes;
    a point with an href is a link named by its tooltip.

    `x_label(x)` formats an x tick (e.g. a Buddhist Era year on Thai pages); `axis_names` is
    (name of the x axis, name of the y axis).
    """
    left, right, top, bottom = 44, 16, 16, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    body = []
    if points:
        xs = [p[0] for p in points]
        x0, x1 = min(xs), max(xs)
        if x0 == x1:
            x0, x1 = x0 - 1, x1 + 1
        y1 = max(p[1] for p in points) or 1
        y_step = nice_step(y1, 4)
        y_top = -(-y1 // y_step) * y_step

        def px(x):
            return left + plot_w * (x - x0) / (x1 - x0)

        def py(y):
            return top + plot_h * (1 - y / y_top)

        for y in range(0, int(y_top) + 1, int(y_step)):
            body.append(tag("line", x1=left, x2=width - right, y1=py(y), y2=py(y), stroke=GRID))
            body.append(text(left - 6, py(y) + 4, y, size=11, fill=MUTED, anchor="end"))
        x_step = nice_step(x1 - x0, 4)
        first = -(-x0 // x_step) * x_step
        for x in range(int(first), int(x1) + 1, int(x_step)):
            body.append(
                tag("line", x1=px(x), x2=px(x), y1=top + plot_h, y2=top + plot_h + 4, stroke=MUTED)
            )
            body.append(
                text(px(x), top + plot_h + 18, x_label(x), size=11, fill=MUTED, anchor="middle")
            )
        path = " ".join(
            f"{'M' if i == 0 else 'L'}{px(x):.1f},{py(y):.1f}"
            for i, (x, y, *_) in enumerate(points)
        )
        area = f"{path} L{px(points[-1][0]):.1f},{py(0):.1f} L{px(points[0][0]):.1f},{py(0):.1f}Z"
        body.append(tag("path", d=area, fill="#cfe3df"))
        body.append(tag("path", d=path, fill="none", stroke=BRAND, stroke_width=2.5))
        for x, y, tip, *href in points:
            dot = tag("circle", tag("title", escape(tip)), cx=px(x), cy=py(y), r=3.5, fill=BRAND)
            if href and href[0]:
                # A transparent ring around the dot makes a target of 24 × 24 px.
                ring = tag("circle", cx=px(x), cy=py(y), r=12, fill=PAPER, fill_opacity=0)
                dot = link(href[0], ring + dot, tip)
            body.append(dot)
    body.append(
        tag("line", x1=left, x2=width - right, y1=top + plot_h, y2=top + plot_h, stroke=MUTED)
    )
    body.append(text(width - right, height - 6, axis_names[0], size=11, fill=MUTED, anchor="end"))
    body.append(text(left, top - 4, axis_names[1], size=11, fill=MUTED))
    return document(width, height, title, "".join(body))


def timeline(title, rows, axis, width=WIDTH):
    """Programmes as bars over time, their events as dots on the bar.

    rows: {label, start, end, ongoing, href, aria, events: [(date, tooltip)]}, dates as
    ordinals (`date.toordinal()`); axis: [(ordinal, label)] ticks, its first and last give the
    range.
    """
    left, right = 24, 24
    row_height = 40
    top = 8
    start, end = axis[0][0], axis[-1][0]
    span = max(end - start, 1)

    def px(day):
        return left + (width - left - right) * (day - start) / span

    grid = []
    height = top + len(rows) * row_height + 30
    for day, label in axis:
        grid.append(tag("line", x1=px(day), x2=px(day), y1=top, y2=height - 24, stroke=GRID))
        grid.append(text(px(day), height - 8, label, size=11, fill=MUTED, anchor="middle"))
    body = []
    for i, row in enumerate(rows):
        y = top + i * row_height
        x0, x1 = px(row["start"]), px(row["end"])
        parts = [
            text(8, y + 13, fit(row["label"], width - 16)),
            tag(
                "rect",
                x=x0,
                y=y + 18,
                width=max(x1 - x0, 3),
                height=12,
                rx=6,
                fill="#9ccbc3" if row["ongoing"] else "#5fa79c",
            ),
        ]
        for day, tip in row["events"]:
            parts.append(
                tag(
                    "circle",
                    tag("title", escape(tip)),
                    cx=px(day),
                    cy=y + 24,
                    r=4,
                    fill=GAP,
                    stroke=PAPER,
                    stroke_width=1,
                )
            )
        body.append(link(row.get("href"), "".join(parts), row.get("aria")))
    return document(width, height, title, "".join(grid) + "".join(body))


def legend(steps, x, y, caption, size=11):
    """Colour swatches with the counts each stands for, left to right, wrapping at 400."""
    parts = [text(x, y, caption, size=size, fill=MUTED)]
    cx = x
    y += 8
    for step in steps:
        label_w = text_width(step.label, size) + 26
        if cx + label_w > x + 380:
            cx, y = x, y + 22
        parts.append(
            tag(
                "rect",
                x=cx,
                y=y,
                width=16,
                height=14,
                fill=step.colour,
                stroke=LEGEND_OUTLINE,
                stroke_width=1,
            )
        )
        parts.append(text(cx + 20, y + 11, step.label, size=size))
        cx += label_w
    return "".join(parts), y + 14


def heat_table(title, row_labels, columns, cells, scale, legend_caption, gap_label):
    """A table of coloured cells with their counts; zeros outlined in amber and marked "0".

    columns: [label]; cells[r][c]: {value, href, aria}. Column labels are slanted so that
    region and province names fit over narrow cells.
    """
    size = 12
    label_w = min(220, max(text_width(label, size) for label in row_labels) + 16)
    lines = [wrap(label, label_w - 12, size) for label in row_labels]
    cell_w = 40
    cell_h = 36 if any(len(item) > 1 for item in lines) else 30
    head = min(150, max(text_width(label, size) for label in columns) * 0.75 + 20)
    width = label_w + cell_w * len(columns) + 40
    top = head + 8
    body = []
    for c, label in enumerate(columns):
        cx = label_w + c * cell_w + cell_w / 2
        body.append(
            text(
                cx,
                top - 8,
                fit(label, 190, size),
                size=size,
                transform=f"rotate(-40 {cx:.1f} {top - 8})",
            )
        )
    for r, label_lines in enumerate(lines):
        y = top + r * cell_h
        if len(label_lines) == 1:
            body.append(text(8, y + cell_h / 2 + 4, label_lines[0], size=size))
        else:
            body.append(text(8, y + cell_h / 2 - 3, label_lines[0], size=size))
            body.append(text(8, y + cell_h / 2 + 11, label_lines[1], size=size))
        for c, cell in enumerate(cells[r]):
            x = label_w + c * cell_w
            step = scale.step(cell["value"])
            empty = cell["value"] == 0
            parts = tag(
                "rect",
                x=x + 1,
                y=y + 1,
                width=cell_w - 2,
                height=cell_h - 2,
                fill=step.colour,
                stroke=GAP if empty else "none",
                stroke_width=2 if empty else None,
                stroke_dasharray="4 2" if empty else None,
            )
            parts += text(
                x + cell_w / 2,
                y + cell_h / 2 + 5,
                cell["value"],
                anchor="middle",
                fill=PAPER if step.dark else INK,
                weight="bold" if empty else None,
            )
            body.append(link(cell.get("href"), parts, cell.get("aria")))
    y = top + len(row_labels) * cell_h + 22
    legend_svg, y = legend(scale.steps(), 8, y, legend_caption)
    body.append(legend_svg)
    body.append(
        tag(
            "rect",
            x=8,
            y=y + 10,
            width=16,
            height=14,
            fill=scale.steps()[0].colour,
            stroke=GAP,
            stroke_width=2,
            stroke_dasharray="4 2",
        )
    )
    body.append(text(30, y + 21, gap_label, size=11))
    return document(max(width, 400), y + 34, title, "".join(body))


#: Width of the choropleth's map, whatever part of the country it shows.
MAP_WIDTH = 560


def choropleth(
    title, view_box, shapes, scale, legend_caption, attribution, inset=None, inset_caption=""
):
    """Provinces filled by the scale, each a link; the legend with its counts below the map.

    shapes: {path, water, faded, count, step, href, aria, name} from orgs.thailand_map (faded
    ones, outside a region's view, are context and not links); inset: the enlarged Bangkok box
    of the country map ({x, y, width, height, view_box, shapes}).
    """
    _, _, view_w, view_h = (float(v) for v in view_box.split())
    width, height = MAP_WIDTH, MAP_WIDTH * view_h / view_w

    def draw(shape):
        if shape["water"]:
            return tag("path", d=shape["path"], fill="#c9dbe8")
        step = shape.get("step") or scale.step(shape["count"])
        path = tag(
            "path",
            tag("title", escape(f"{shape['name']}: {shape['count']}")),
            d=shape["path"],
            fill=step.colour,
            stroke=PAPER,
            stroke_width=0.8,
            opacity=0.35 if shape.get("faded") else None,
        )
        return link(shape["href"], path, shape["aria"])

    body = [draw(shape) for shape in shapes]
    if inset:
        box = {key: inset[key] for key in ("x", "y", "width", "height")}
        body.append(text(inset["x"], inset["y"] - 8, inset_caption, size=20, fill=MUTED))
        body.append(tag("rect", **box, fill="#eef4f7", stroke=LEGEND_OUTLINE, stroke_width=1))
        body.append(
            tag(
                "svg", "".join(draw(shape) for shape in inset["shapes"]), **box, viewBox=None
            ).replace("<svg ", f'<svg viewBox="{inset["view_box"]}" ', 1)
        )
    drawn = tag("svg", "".join(body), x=0, y=0, width=width, height=height).replace(
        "<svg ", f'<svg viewBox="{view_box}" ', 1
    )
    legend_svg, y = legend(scale.steps(), 10, height + 24, legend_caption, size=18)
    body = [drawn, legend_svg, text(10, y + 30, attribution, size=14, fill=MUTED)]
    return document(width, y + 44, title, "".join(body))


def network(title, nodes, edges, width=WIDTH, height=WIDTH):
    """Organisations as dots placed by `insights.network.layout`, shared programmes as lines.

    nodes: {key, label, x, y (0–1), href, aria, degree}; edges: (a, b, weight, strong).
    Lines are as thick as the tie's weight (shared programmes weighted by role,
    `insights.aggregates.ROLE_WEIGHTS`); dashed when neither organisation
    leads, hosts, co-hosts or funds any programme they share.
    """
    # Room at the sides for the names, which run left or right of their dot.
    pad_x, pad_y = (120 if any(node["label"] for node in nodes) else 20), 20
    by_key = {node["key"]: node for node in nodes}

    def pos(node):
        return pad_x + node["x"] * (width - 2 * pad_x), pad_y + node["y"] * (height - 2 * pad_y)

    body = []
    for a, b, weight, strong in edges:
        (x1, y1), (x2, y2) = pos(by_key[a]), pos(by_key[b])
        body.append(
            tag(
                "line",
                x1=x1,
                y1=y1,
                x2=x2,
                y2=y2,
                stroke="#5fa79c",
                stroke_width=min(0.5 + 0.75 * weight, 7),
                stroke_opacity=0.7,
                stroke_dasharray=None if strong else "5 3",
            )
        )
    for node in nodes:
        x, y = pos(node)
        radius = 4 + min(node["degree"], 12) * 0.4
        anchor = "start" if node["x"] < 0.5 else "end"
        dx = radius + 3 if anchor == "start" else -radius - 3
        parts = tag(
            "circle",
            tag("title", escape(node["aria"])),
            cx=x,
            cy=y,
            r=radius,
            fill=BRAND,
            stroke=PAPER,
            stroke_width=1.5,
        )
        if node["label"]:
            # A white halo under the name keeps it readable over lines (drawn twice, as
            # paint-order is not valid in HTML's SVG).
            halo = {"stroke": PAPER, "stroke_width": 3, "stroke_linejoin": "round"}
            parts += text(x + dx, y + 4, node["label"], size=11, anchor=anchor, **halo)
            parts += text(x + dx, y + 4, node["label"], size=11, anchor=anchor)
        body.append(link(node["href"], parts, node["aria"]))
    return document(width, height, title, "".join(body))


def with_heading(svg, title, note):
    """The chart under its title, with a source line under it: the file stands on its own
    on a slide. The chart keeps its own coordinates as a nested SVG."""
    width = float(svg.split('width="', 1)[1].split('"', 1)[0])
    height = float(svg.split('height="', 1)[1].split('"', 1)[0])
    lines = wrap(title, width - 16, 16)
    head = 14 + 20 * len(lines)
    body = "".join(
        text(8, 24 + 20 * i, line, size=16, weight="bold") for i, line in enumerate(lines)
    )
    inner = svg.replace("<svg ", f'<svg x="0" y="{head}" ', 1)
    body += inner + text(8, head + height + 16, fit(note, width - 16, 10), size=10, fill=MUTED)
    return document(width, head + height + 24, title, body)
