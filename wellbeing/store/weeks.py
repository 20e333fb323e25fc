"""Which week file a record lives in, and which files a time range touches.

Records are kept in one file per ISO week (``calls/2026-W47.json``) so that
logging a call rewrites a few hundred records, not years of them. The week
is that of the record's ``at`` read in its own UTC offset (the local time it
was recorded in), as the weekly indicators read it.

Because the week follows the local date, a file's records can lie a little
outside its Monday-to-Monday span in UTC. ``overlaps`` widens each file's
span by a day on each side (more than any UTC offset), so a range query may
open one extra file but never misses one.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta

_FILE = re.compile(r"([0-9]{4})-W([0-9]{2})\.json")
_SLACK = timedelta(days=1)


def week_file_name(at: datetime) -> str:
    year, week, _ = at.isocalendar()
    return f"{year:04d}-W{week:02d}.json"


def week_monday(file_name: str) -> date | None:
    """The Monday starting the week a file holds; None if it is not a week file."""
    match = _FILE.fullmatch(file_name)
    if match is None:
        return None
    try:
        return date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError:
        return None


def overlaps(monday: date, start: datetime | None, end: datetime | None) -> bool:
    """Whether the week starting ``monday`` may hold a record in ``[start, end)``."""
    first = datetime.combine(monday, time(0), tzinfo=UTC) - _SLACK
    last = datetime.combine(monday + timedelta(days=7), time(0), tzinfo=UTC) + _SLACK
    return (end is None or first < end) and (start is None or last > start)
