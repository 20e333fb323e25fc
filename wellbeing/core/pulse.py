"""The gate for one agent's weekly numbers, and which weeks an agent has to share.

The folder pulse (``wellbeing.pulse/1``: ``{"schema", "week", "token",
"indicators"}``) is retired with the shared-folder mode; agents now send
``wellbeing.pulse/2`` to a team hub (``core.hub_pulse``). Its gate,
``validate_pulse``, stays the one place that says what valid weekly numbers
are: the hub's pulse goes through it, so the desktop and the hub never
disagree. ``is_token`` remains so that the folder pulses this machine wrote
earlier can still be recognised and deleted.

Choices where the design was silent:

- The gate is strict: exact key sets at every level (a pulse with an extra
  key is refused, not trimmed), integers for counts (``true`` is not 1, and
  ``3.0`` is not 3), numbers for minutes, stress and scores (never strings),
  no NaN or infinity.
- Ranges beyond DESIGN.md's, each true by the domain's own definitions:
  ``severe <= difficult`` (every severe call is difficult) and
  ``max_streak <= difficult`` (a streak counts difficult calls). Counts are
  capped at ``MAX_COUNT`` and ``breathing_minutes`` at a week's minutes, so
  one forged file cannot outweigh a whole team in the sums.
- A week outside the years 2000 to 2099 (core.fields' time window, without
  a ``now``) is refused like any other invalid pulse: no agent's record can
  lie there, and a week at the calendar's edge has no week before it.
- ``breaks_taken`` may exceed ``breaks_prompted``: a break started from the
  menu is taken without any prompt.
- ``weeks_to_share`` offers every completed week (strictly before ``now``'s
  week) that holds at least one record of any kind and is not in
  ``shared``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from wellbeing.core.checkin import Part, Scores
from wellbeing.core.errors import InvalidInput
from wellbeing.core.fields import EARLIEST, LATEST_STORED
from wellbeing.core.history import History
from wellbeing.core.indicators import WeeklyIndicators
from wellbeing.core.weeks import iso_week, parse_week

PULSE_SCHEMA = "wellbeing.pulse/1"
PULSE_KEYS = frozenset({"schema", "week", "token", "indicators"})
COUNT_KEYS = ("calls", "difficult", "severe", "max_streak", "breaks_prompted", "breaks_taken")
INDICATOR_KEYS = frozenset({*COUNT_KEYS, "breathing_minutes", "mean_stress", "checkin"})
CHECKIN_KEYS = frozenset(part.value for part in Part)

MAX_COUNT = 100_000
"""Far above any week on the phone (a call a minute, all week, is 10,080)."""
MAX_BREATHING_MINUTES = 7 * 24 * 60
STRESS_RANGE = (0.0, 10.0)
SCORE_RANGE = (0.0, 100.0)

_TOKEN = re.compile(r"[0-9a-f]{32}")


class InvalidPulse(InvalidInput):
    """A pulse that the team view must skip; ``reason`` says why, in one line."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"invalid pulse: {reason}")
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Pulse:
    """A validated pulse: one contributor's numbers for one week."""

    week: str
    token: str
    indicators: WeeklyIndicators

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": PULSE_SCHEMA,
            "week": self.week,
            "token": self.token,
            "indicators": self.indicators.to_dict(),
        }


def is_token(value: object) -> bool:
    """Whether ``value`` is 32 lowercase hex digits, as ``secrets.token_hex(16)`` makes."""
    return isinstance(value, str) and _TOKEN.fullmatch(value) is not None


def weeks_to_share(history: History, shared: Collection[str], now: datetime) -> list[str]:
    """The completed weeks with any record that are not in ``shared``, oldest first."""
    current = parse_week(iso_week(now))
    weeks = {
        iso_week(record.at)
        for records in (
            history.calls,
            history.breaks,
            history.prompts,
            history.reflections,
            history.checkins,
        )
        for record in records
    }
    return sorted(w for w in weeks if parse_week(w) < current and w not in shared)


# --- the gate ------------------------------------------------------------------


def validate_pulse(obj: object) -> Pulse:
    """``obj`` (parsed JSON) as a ``Pulse``, or ``InvalidPulse`` saying why not."""
    body = _object(obj, "pulse", PULSE_KEYS)
    if body["schema"] != PULSE_SCHEMA:
        raise InvalidPulse(f"schema: expected {PULSE_SCHEMA!r}")
    week = body["week"]
    try:
        year, _ = parse_week(week)
    except InvalidInput as error:
        raise InvalidPulse(str(error)) from None
    if not EARLIEST.year <= year < LATEST_STORED.year:
        raise InvalidPulse(
            f"week: {week} is outside the years {EARLIEST.year} to {LATEST_STORED.year - 1}"
        )
    if not is_token(body["token"]):
        raise InvalidPulse("token: expected 32 lowercase hex digits")
    return Pulse(week=week, token=body["token"], indicators=_indicators(body["indicators"]))


def _indicators(obj: object) -> WeeklyIndicators:
    body = _object(obj, "indicators", INDICATOR_KEYS)
    counts = {key: _count(body[key], key) for key in COUNT_KEYS}
    for part in ("difficult", "severe"):
        if counts[part] > counts["calls"]:
            raise InvalidPulse(f"{part}: more than calls")
    for part in ("severe", "max_streak"):
        if counts[part] > counts["difficult"]:
            raise InvalidPulse(f"{part}: more than difficult")
    checkin = _object(body["checkin"], "checkin", CHECKIN_KEYS)
    scores = {key: _optional_number(checkin[key], f"checkin.{key}", SCORE_RANGE) for key in checkin}
    return WeeklyIndicators(
        **counts,
        breathing_minutes=_number(
            body["breathing_minutes"], "breathing_minutes", (0.0, MAX_BREATHING_MINUTES)
        ),
        mean_stress=_optional_number(body["mean_stress"], "mean_stress", STRESS_RANGE),
        checkin=Scores(**scores),
    )


def _object(obj: object, name: str, keys: frozenset[str]) -> Mapping[str, Any]:
    if not isinstance(obj, Mapping):
        raise InvalidPulse(f"{name}: expected an object")
    if set(obj) != keys:
        extra, missing = sorted(set(obj) - keys), sorted(keys - set(obj))
        raise InvalidPulse(f"{name}: unexpected keys {extra}, missing keys {missing}")
    return obj


def _count(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidPulse(f"{name}: expected a whole number")
    if not 0 <= value <= MAX_COUNT:
        raise InvalidPulse(f"{name}: out of range 0 to {MAX_COUNT}")
    return value


def _number(value: object, name: str, bounds: tuple[float, float]) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidPulse(f"{name}: expected a number")
    low, high = bounds
    if not (math.isfinite(value) and low <= value <= high):
        raise InvalidPulse(f"{name}: out of range {low:g} to {high:g}")
    return float(value)


def _optional_number(value: object, name: str, bounds: tuple[float, float]) -> float | None:
    return None if value is None else _number(value, name, bounds)
