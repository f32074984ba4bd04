"""A deterministic force-directed layout (Fruchterman–Reingold) for the network drawing.

Small graphs only (NODE_LIMIT nodes): a few hundred iterations in pure Python take
milliseconds, and the result is cached with the page's other aggregates. The start is a circle
in key order, with no randomness, so the same data always gives the same picture.
"""

import math


def layout(keys, edges, iterations=200):
    """{key: (x, y)} in the unit square for `keys`, pulled together along weighted `edges`
    [(a, b, weight)] and pushed apart otherwise."""
    keys = sorted(keys)
    count = len(keys)
    if count == 0:
        return {}
    if count == 1:
        return {keys[0]: (0.5, 0.5)}
    pos = {
        key: [math.cos(2 * math.pi * i / count), math.sin(2 * math.pi * i / count)]
        for i, key in enumerate(keys)
    }
    ideal = math.sqrt(4.0 / count)
    temperature = 0.2
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
            force = distance * distance / ideal * min(weight, 4)
            shift[a][0] -= dx / distance * force
            shift[a][1] -= dy / distance * force
            shift[b][0] += dx / distance * force
            shift[b][1] += dy / distance * force
        for key in keys:
            # A weak pull to the centre keeps unconnected groups on the canvas.
            shift[key][0] -= pos[key][0] * 0.3
            shift[key][1] -= pos[key][1] * 0.3
            length = math.hypot(*shift[key]) or 1e-6
            step = min(length, temperature)
            pos[key][0] += shift[key][0] / length * step
            pos[key][1] += shift[key][1] / length * step
        temperature *= 0.98
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    width = (max(xs) - min(xs)) or 1
    height = (max(ys) - min(ys)) or 1
    return {key: ((p[0] - min(xs)) / width, (p[1] - min(ys)) / height) for key, p in pos.items()}
