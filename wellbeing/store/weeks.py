"""Which week file a record lives in, and which files a time range touches.

Records are kept in one file per ISO week (``calls/2026-W47.json``) so that
logging a call rewrites a few hundred records, not years of them. The week
is that of the record's ``at`` read in its own UTC offset (the local time it
was recorded in), as the weekly indicators read it.

Because the week follows the local date, a file's records can lie a little
outside its Monday-to-Monday span in UTC. ``overlaps`` widens each file's
span by a day on each side (more than any UTC offset), so a range query may
open one extra file but never misses one.

The store keeps the weeks from the one holding 2000-01-01 (the earliest time
the command line accepts) to the end of the year 2999: far beyond any
honest record, and far from the ends of Python's dates, so that no date
arithmetic on a stored record can overflow. A week file outside that window
(``0001-W01.json``, written by an older version or by hand) is reported and
left alone, never read; a record outside it is never written. The window
does not follow the clock: a machine whose clock went back must still show
and export everything it holds.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from wellbeing.core import weeks
from wellbeing.core.errors import InvalidInput

_SUFFIX = ".json"
_SLACK = timedelta(days=1)
FIRST_MONDAY = date(1999, 12, 27)
"""The Monday of ISO week 1999-W52, which holds 2000-01-01."""
LAST_YEAR = 2999


def in_window(monday: date) -> bool:
    """Whether the store keeps the week starting ``monday``."""
    return monday >= FIRST_MONDAY and monday.year <= LAST_YEAR


def week_file_name(at: datetime) -> str:
    """The file a record at ``at`` lives in; ``InvalidInput`` outside the window."""
    name = weeks.iso_week(at) + _SUFFIX
    monday = week_monday(name)
    if monday is None or not in_window(monday):
        raise InvalidInput(
            f"{at.isoformat()} is outside the years {FIRST_MONDAY.year + 1}-{LAST_YEAR} "
            "that the store keeps"
        )
    return name


def week_monday(file_name: str) -> date | None:
    """The Monday starting the week a file holds; None if it is not a week file."""
    if not file_name.endswith(_SUFFIX):
        return None
    try:
        return weeks.week_monday(file_name.removesuffix(_SUFFIX))
    except (InvalidInput, ValueError, OverflowError):
        return None


def overlaps(monday: date, start: datetime | None, end: datetime | None) -> bool:
    """Whether the week starting ``monday`` (inside the window) may hold a record
    in ``[start, end)``."""
    first = datetime.combine(monday, time(0), tzinfo=UTC) - _SLACK
    last = datetime.combine(monday + timedelta(days=7), time(0), tzinfo=UTC) + _SLACK
    return (end is None or first < end) and (start is None or last > start)
