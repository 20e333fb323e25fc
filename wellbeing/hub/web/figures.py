"""The released-figures document turned into the page's series, one per chart.

Each chart follows one figure across the released weeks. A week the hub
released as "not enough participants" becomes a *hidden* point that carries
no value at all, so no template or CSV can print one by mistake; a figure
nobody answered that week (no check-in, no break offered) is *missing*.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal


def N_(message: str) -> str:  # noqa: N802 - the gettext marker's usual name
    """Marks a label for the catalog; it is translated where it is shown."""
    return message


@dataclass(frozen=True)
class Figure:
    """One chart: where its value sits in ``indicators``, how to write it."""

    key: str
    path: tuple[str, ...]
    label: str
    unit: Literal["percent", "count", "minutes", "score"]
    ceiling: float | None  # the scale's fixed top, or None to fit the data
    is_share: bool


SHARES = (
    Figure("difficult_share", ("difficult_share",), N_("Difficult calls"), "percent", 100, True),
    Figure("break_acceptance", ("break_acceptance",), N_("Breaks accepted"), "percent", 100, True),
    Figure(
        "high_checkin_share",
        ("high_checkin_share",),
        N_("Agents in the high check-in band"),
        "percent",
        100,
        True,
    ),
)
NUMBERS = (
    Figure("calls", ("calls",), N_("Calls per agent"), "count", None, False),
    Figure("difficult", ("difficult",), N_("Difficult calls per agent"), "count", None, False),
    Figure("severe", ("severe",), N_("Severe calls per agent"), "count", None, False),
    Figure("max_streak", ("max_streak",), N_("Longest run of hard calls"), "count", None, False),
    Figure("breaks_prompted", ("breaks_prompted",), N_("Breaks offered"), "count", None, False),
    Figure("breaks_taken", ("breaks_taken",), N_("Breaks taken"), "count", None, False),
    Figure(
        "breathing_minutes", ("breathing_minutes",), N_("Minutes breathed"), "minutes", None, False
    ),
    Figure("mean_stress", ("mean_stress",), N_("Mean stress (0–10)"), "score", 10, False),
    Figure(
        "checkin_personal",
        ("checkin", "personal"),
        N_("Check-in: personal strain (0–100)"),
        "score",
        100,
        False,
    ),
    Figure(
        "checkin_work",
        ("checkin", "work"),
        N_("Check-in: work strain (0–100)"),
        "score",
        100,
        False,
    ),
    Figure(
        "checkin_customer",
        ("checkin", "customer"),
        N_("Check-in: customer strain (0–100)"),
        "score",
        100,
        False,
    ),
)
FIGURES = SHARES + NUMBERS


@dataclass(frozen=True)
class Point:
    """One week of one figure. ``state`` says whether any value exists.

    A share's ``value`` is in whole percent (the hub sends a fraction).
    """

    week: str
    state: Literal["value", "missing", "hidden"]
    value: float | None = None
    q1: float | None = None
    q3: float | None = None


@dataclass(frozen=True)
class Series:
    figure: Figure
    points: tuple[Point, ...]

    @property
    def has_quartiles(self) -> bool:
        return any(p.q1 is not None for p in self.points)


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _lookup(indicators: Mapping[str, Any], path: tuple[str, ...]) -> object:
    node: object = indicators
    for part in path:
        if not isinstance(node, Mapping):
            return None
        node = node.get(part)
    return node


def point(week: Mapping[str, Any], figure: Figure) -> Point:
    """``figure`` in one released week; a week not shown yields no value at all."""
    name = str(week.get("week", ""))
    if week.get("shown") is not True:
        return Point(name, "hidden")
    indicators = week.get("indicators") or {}
    if figure.is_share:
        share = _number(_lookup(indicators, figure.path))
        if share is None:
            return Point(name, "missing")
        return Point(name, "value", round(share * 100))
    median = _number(_lookup(indicators, ("median", *figure.path)))
    if median is None:
        return Point(name, "missing")
    quartiles = _lookup(indicators, ("quartiles", *figure.path))
    if isinstance(quartiles, Sequence) and not isinstance(quartiles, str) and len(quartiles) == 2:
        return Point(name, "value", median, _number(quartiles[0]), _number(quartiles[1]))
    return Point(name, "value", median)


def ordered_weeks(report: Mapping[str, Any], count: int) -> list[Mapping[str, Any]]:
    """The newest ``count`` released weeks, oldest first."""
    weeks = [w for w in report.get("weeks", []) if isinstance(w, Mapping)]
    return sorted(weeks, key=lambda w: str(w.get("week", "")))[-count:]


def series(weeks: Sequence[Mapping[str, Any]]) -> list[Series]:
    """A series per figure over ``weeks``."""
    return [Series(f, tuple(point(w, f) for w in weeks)) for f in FIGURES]
