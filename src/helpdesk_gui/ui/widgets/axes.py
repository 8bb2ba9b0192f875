"""Count axes with whole-number ticks: 0, 5, 10 … never 0, 0.75, 1.5 shown as 0, 0, 1."""

from __future__ import annotations

import math

from PySide6.QtCharts import QValueAxis

MAX_TICKS = 11


def count_step(top: float) -> int:
    """The tick step for counts up to ``top``: 1, 2, 5, 10, 20, 50 … (at most 11 ticks)."""
    top = max(1, math.ceil(top))
    step = 1
    while top / step > MAX_TICKS - 1:
        for factor in (2, 5, 10):
            if top / (step * factor) <= MAX_TICKS - 1:
                return step * factor
        step *= 10
    return step


def integer_axis(axis: QValueAxis, top: float) -> QValueAxis:
    """Set ``axis`` to 0..top (rounded up to a whole step) with integer tick labels."""
    step = count_step(top)
    upper = max(step, math.ceil(max(top, 1) / step) * step)
    axis.setRange(0, upper)
    axis.setTickCount(upper // step + 1)
    axis.setLabelFormat("%d")
    return axis
