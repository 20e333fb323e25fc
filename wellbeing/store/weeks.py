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

from datetime import UTC, date, datetime, time, timedelta

from wellbeing.core import weeks
from wellbeing.core.errors import InvalidInput

_SUFFIX = ".json"
_SLACK = timedelta(days=1)


def week_file_name(at: datetime) -> str:
    return weeks.iso_week(at) + _SUFFIX


def week_monday(file_name: str) -> date | None:
    """The Monday starting the week a file holds; None if it is not a week file."""
    if not file_name.endswith(_SUFFIX):
        return None
    try:
        return weeks.week_monday(file_name.removesuffix(_SUFFIX))
    except InvalidInput:
        return None


def overlaps(monday: date, start: datetime | None, end: datetime | None) -> bool:
    """Whether the week starting ``monday`` may hold a record in ``[start, end)``."""
    first = datetime.combine(monday, time(0), tzinfo=UTC) - _SLACK
    last = datetime.combine(monday + timedelta(days=7), time(0), tzinfo=UTC) + _SLACK
    return (end is None or first < end) and (start is None or last > start)
