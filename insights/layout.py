"""A deterministic force-directed layout (Fruchterman–Reingold) for the network drawing.

Small graphs only (NODE_LIMIT nodes): a few hundred iterations in pure Python take
milliseconds, and the result is cached with the page's other aggregates. Each connected group
of organisations is laid out on its own and the groups are then packed side by side, largest
first, so that a small separate group does not push the big one into a corner. The start is a
circle in key order, with no randomness: the same data always gives the same picture.
"""

import math


def components(keys, edges):
    """Connected groups of `keys`, largest first (ties in key order)."""
    neighbours = {key: set() for key in keys}
    for a, b, _ in edges:
        neighbours[a].add(b)
        neighbours[b].add(a)
    seen, groups = set(), []
    for key in sorted(keys):
        if key in seen:
            continue
        group, stack = [], [key]
        seen.add(key)
        while stack:
            node = stack.pop()
            group.append(node)
            for other in sorted(neighbours[node] - seen):
                seen.add(other)
                stack.append(other)
        groups.append(sorted(group))
    return sorted(groups, key=lambda g: (-len(g), g[0]))


def force_layout(keys, edges, iterations=300):
    """{key: [x, y]} for one connected group, in the unit square."""
    count = len(keys)
    if count == 1:
        return {keys[0]: [0.5, 0.5]}
    pos = {
        key: [math.cos(2 * math.pi * i / count), math.sin(2 * math.pi * i / count)]
        for i, key in enumerate(keys)
    }
    ideal = math.sqrt(4.0 / count)
    temperature = 0.3
    for _ in range(iterations):
        shift = {key: [0.0, 0.0] for key in keys}
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
                distance = math.hypot(dx, dy) or 1e-6
                force = ideal * ideal / distance
                shift[a][0] += dx / distance * force
                shift[a][1] += dy / distance * force
                shift[b][0] -= dx / distance * force
                shift[b][1] -= dy / distance * force
        for a, b, weight in edges:
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            distance = math.hypot(dx, dy) or 1e-6
            force = distance * distance / ideal * (1 + math.log(weight))
            shift[a][0] -= dx / distance * force
            shift[a][1] -= dy / distance * force
            shift[b][0] += dx / distance * force
            shift[b][1] += dy / distance * force
        for key in keys:
            length = math.hypot(*shift[key]) or 1e-6
            step = min(length, temperature)
            pos[key][0] += shift[key][0] / length * step
            pos[key][1] += shift[key][1] / length * step
        temperature = max(temperature * 0.985, 0.002)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1
    return {key: [(p[0] - min(xs)) / span, (p[1] - min(ys)) / span] for key, p in pos.items()}


def layout(keys, edges):
    """({key: (x, y)} in the unit square, height / width of the drawing) for `keys`, pulled
    together along weighted `edges` [(a, b, weight)] and pushed apart otherwise."""
    keys = sorted(keys)
    if not keys:
        return {}, 1.0
    groups = components(keys, edges)
    total = len(keys)
    # Each group gets a square box whose side grows with the square root of its size; boxes
    # are placed in rows (shelves) of about the width of the largest box and a half.
    sides = [math.sqrt(len(g)) for g in groups]
    row_width = max(max(sides) * 1.5, math.sqrt(total))
    placed, x, y, row_height = {}, 0.0, 0.0, 0.0
    for group, side in zip(groups, sides, strict=True):
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        inner = force_layout(group, [e for e in edges if e[0] in group and e[1] in group])
        margin = 0.12 * side if len(group) > 1 else 0
        for key, (gx, gy) in inner.items():
            placed[key] = (
                x + margin + gx * (side - 2 * margin),
                y + margin + gy * (side - 2 * margin),
            )
        x += side
        row_height = max(row_height, side)
    left, top = min(p[0] for p in placed.values()), min(p[1] for p in placed.values())
    width = (max(p[0] for p in placed.values()) - left) or 1
    height = (max(p[1] for p in placed.values()) - top) or 1
    positions = {
        key: [(px - left) / width, (py - top) / height] for key, (px, py) in placed.items()
    }
    spread(positions, min_distance=0.1)
    return {key: tuple(p) for key, p in positions.items()}, height / width


def spread(positions, min_distance, rounds=80):
    """Push apart dots closer than `min_distance`, so that no dot hides another (a tightly
    knit group, such as one programme's cohort, otherwise collapses into a blot)."""
    keys = sorted(positions)
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                pa, pb = positions[a], positions[b]
                dx, dy = pb[0] - pa[0], pb[1] - pa[1]
                distance = math.hypot(dx, dy)
                if distance >= min_distance:
                    continue
                if distance < 1e-9:
                    dx, dy, distance = 1.0, 0.0, 1.0
                push = (min_distance - distance) / 2
                for point, sign in ((pa, -1), (pb, 1)):
                    point[0] = min(1.0, max(0.0, point[0] + sign * dx / distance * push))
                    point[1] = min(1.0, max(0.0, point[1] + sign * dy / distance * push))
                moved = True
        if not moved:
            break
