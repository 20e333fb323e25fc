"""The geometry of one trend chart, drawn on the server as SVG.

No chart library and no JavaScript: twelve weekly points, a line, a
quartile band and grey gaps are a few SVG shapes, which the strict
Content-Security-Policy allows and every browser draws. Colours come from
the stylesheet's classes, so light and dark follow the reader's system.
The template ``chart.html`` turns a ``Chart`` into markup.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from wellbeing.hub.web.figures import Point, Series

WIDTH, HEIGHT = 360.0, 180.0
LEFT, RIGHT, TOP, BOTTOM = 40.0, 8.0, 10.0, 24.0


@dataclass(frozen=True)
class Gap:
    x: float
    width: float
    label_x: float
    label_y: float


@dataclass(frozen=True)
class Tick:
    y: float
    value: float


@dataclass(frozen=True)
class Label:
    x: float
    text: str


@dataclass(frozen=True)
class Dot:
    x: float
    y: float


@dataclass(frozen=True)
class Chart:
    """Everything the template draws, in viewBox units."""

    width: float
    height: float
    plot_left: float
    plot_right: float
    plot_top: float
    plot_bottom: float
    lines: tuple[str, ...]  # SVG path data, one per unbroken run of weeks
    bands: tuple[str, ...]  # closed SVG paths between q1 and q3
    dots: tuple[Dot, ...]
    gaps: tuple[Gap, ...]
    ticks: tuple[Tick, ...]
    labels: tuple[Label, ...]


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above ``value`` (at least 1)."""
    if value <= 1:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power:
            return float(step * power)
    return float(10 * power)


def _top(series: Series) -> float:
    """The scale's top: the figure's own (100 %, stress 10) unless a value passes it.

    Break acceptance can pass 100 %: a break started from the menu is taken
    without being offered.
    """
    values = [v for p in series.points for v in (p.value, p.q3) if v is not None]
    highest = max(values, default=1.0)
    ceiling = series.figure.ceiling
    if ceiling is not None and highest <= ceiling:
        return float(ceiling)
    return nice_ceiling(highest)


def _runs(points: tuple[Point, ...], has: str) -> list[list[int]]:
    """Indices of consecutive points that have attribute ``has`` set."""
    runs: list[list[int]] = []
    current: list[int] = []
    for index, p in enumerate(points):
        if getattr(p, has) is not None:
            current.append(index)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _fmt(x: float) -> str:
    return f"{x:.1f}"


def chart(series: Series) -> Chart:
    """Lay out ``series`` over its weeks, oldest on the left."""
    points = series.points
    count = max(len(points), 1)
    left, right, top, bottom = LEFT, WIDTH - RIGHT, TOP, HEIGHT - BOTTOM
    step = (right - left) / count
    ceiling = _top(series)

    def x(i: int) -> float:
        return left + step * (i + 0.5)

    def y(v: float) -> float:
        return bottom - (bottom - top) * min(max(v / ceiling, 0.0), 1.0)

    lines = []
    for run in _runs(points, "value"):
        if len(run) > 1:
            lines.append(
                "M" + " L".join(f"{_fmt(x(i))},{_fmt(y(points[i].value or 0))}" for i in run)
            )
    bands = []
    for run in _runs(points, "q1"):
        half = step * 0.15 if len(run) == 1 else 0.0
        upper = [
            f"{_fmt(x(i) + d)},{_fmt(y(points[i].q3 or 0))}" for i in run for d in (-half, half)
        ]
        lower = [
            f"{_fmt(x(i) + d)},{_fmt(y(points[i].q1 or 0))}"
            for i in reversed(run)
            for d in (half, -half)
        ]
        bands.append("M" + " L".join(upper + lower) + " Z")
    dots = tuple(Dot(x(i), y(p.value)) for i, p in enumerate(points) if p.value is not None)
    gaps = tuple(
        Gap(x(i) - step / 2, step, x(i) + 3, (top + bottom) / 2)
        for i, p in enumerate(points)
        if p.state == "hidden"
    )
    ticks = tuple(Tick(y(ceiling * f), ceiling * f) for f in (0.0, 0.5, 1.0))
    every = 1 if count <= 6 else 2
    labels = tuple(
        Label(x(i), "W" + p.week.rpartition("W")[2])
        for i, p in enumerate(points)
        if (count - 1 - i) % every == 0
    )
    return Chart(
        WIDTH,
        HEIGHT,
        left,
        right,
        top,
        bottom,
        tuple(lines),
        tuple(bands),
        dots,
        gaps,
        ticks,
        labels,
    )
