"""ISO weeks, the unit of the weekly indicators and of sharing.

A week is named as in a pulse file's folder: ``"2026-W47"``. Weekly
numbers are the only thing that may leave the machine, and a week is the
finest time they carry.

Choices where the design was silent:

- ``iso_week`` reads a moment in its own UTC offset, the local time it was
  recorded in: a call at 23:30 on a Sunday belongs to that week wherever the
  machine is now.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, tzinfo

from wellbeing.core.errors import InvalidInput

_WEEK = re.compile(r"([0-9]{4})-W([0-9]{2})")


def _name(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def iso_week(moment: datetime) -> str:
    """The ISO week of ``moment``, in its own offset."""
    return _name(moment.date())


def parse_week(text: str) -> tuple[int, int]:
    """The (ISO year, week) of a name like ``"2026-W47"``."""
    match = _WEEK.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        raise InvalidInput(f"week: expected YYYY-Www like 2026-W47, got {text!r}")
    year, week = int(match[1]), int(match[2])
    try:
        date.fromisocalendar(year, week, 1)
    except ValueError:
        raise InvalidInput(f"week: {year} has no week {week}") from None
    return year, week


def week_monday(text: str) -> date:
    """The Monday that starts a week."""
    return date.fromisocalendar(*parse_week(text), 1)


def week_bounds(text: str, tz: tzinfo) -> tuple[datetime, datetime]:
    """Midnight on the week's Monday and on the next Monday, in ``tz``.

    Each end is built from its own date, so a daylight-saving change inside
    the week moves neither.
    """
    monday = week_monday(text)
    start = datetime.combine(monday, time(0), tzinfo=tz)
    end = datetime.combine(monday + timedelta(days=7), time(0), tzinfo=tz)
    return start, end


def previous_week(text: str) -> str:
    return _name(week_monday(text) - timedelta(days=7))
