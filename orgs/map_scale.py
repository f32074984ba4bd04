"""The colour scale of the province maps (the home, region and theme map, and the insights
choropleth and gap table): counts that are mostly small with a few large ones.

A linear scale over such counts paints almost every province in the palest colour and one
(Bangkok) in the darkest. A quantile scale gives each colour step about the same number of
places, so differences among the many small counts stay visible; the legend says which counts
each step stands for. Zero always has its own step, so "no actor here" is never mistaken for
"a few".

The legend swatches carry their meaning by colour, so each is outlined in LEGEND_OUTLINE, which
has a contrast of at least 3:1 with the page around it (WCAG 2.2, 1.4.11).
"""

from dataclasses import dataclass

#: Fills from "none" to "most": the palette of the maps (static/css/site.css `.fill-*`).
PALETTE = ["#e9ecea", "#cfe3df", "#9ccbc3", "#5fa79c", "#2f7d73", "#1f5f5b"]
#: The outline of a legend swatch (the site's muted ink).
LEGEND_OUTLINE = "#4f5b60"


@dataclass(frozen=True)
class Step:
    index: int
    low: int
    high: int
    colour: str

    @property
    def label(self):
        if self.low == self.high:
            return str(self.low)
        return f"{self.low}–{self.high}"

    @property
    def dark(self):
        """Whether text drawn on this colour should be white (the two darkest steps)."""
        return self.index >= len(PALETTE) - 2


class QuantileScale:
    """Step 0 for zero; the non-zero counts split into at most `len(PALETTE) - 1` quantiles.

    Breaks are whole counts, and steps that would repeat a break are merged, so three distinct
    counts give three steps, not five with empty ones.
    """

    def __init__(self, counts, palette=PALETTE):
        self.palette = palette
        values = sorted(c for c in counts if c > 0)
        classes = len(palette) - 1
        uppers = []
        for i in range(1, classes + 1):
            if not values:
                break
            upper = values[min(len(values) - 1, -(-i * len(values) // classes) - 1)]
            if not uppers or upper > uppers[-1]:
                uppers.append(upper)
        self.uppers = uppers
        # With fewer steps than colours, spread them over the palette so the top is dark.
        used = len(uppers)
        self.colour_index = [
            1 + (round(i * (classes - 1) / (used - 1)) if used > 1 else classes - 1)
            for i in range(used)
        ]

    def step(self, count):
        """The Step a count falls in."""
        for step in self.steps():
            if count <= step.high:
                return step
        return self.steps()[-1]

    def steps(self):
        """Every step, zero first, with the counts it covers (for the legend)."""
        if not hasattr(self, "_steps"):
            steps = [Step(0, 0, 0, self.palette[0])]
            low = 1
            for upper, index in zip(self.uppers, self.colour_index, strict=True):
                steps.append(Step(index, low, upper, self.palette[index]))
                low = upper + 1
            self._steps = steps
        return self._steps
