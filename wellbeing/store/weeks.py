"""Which week file a record lives in, and which files a time range touches.

Records are kept in one file per ISO week (``calls/2026-W47.json``) so that
logging a call rewrites a few hundred records, not years of them. The week
is that of the record's ``at`` read in its own UTC offset (the local time it
was recorded in), as the weekly indicators read it.

Because the week follows the local date, a file's records can lie a little
outside its Monday-to-Monday span in UTC. ``overlaps`` widens each file's
span by a day on each side (more than any UTC offset), so a range query may
open one extra file but never misses one.

The store keeps the weeks that can hold a record core accepts: from the
week holding ``core.fields.EARLIEST`` to the one holding ``LATEST_STORED``,
each read in any UTC offset. The window is core's, not a second one: a week
file outside it (``0001-W01.json`` or ``2999-W01.json``, written by an older
version or by hand) could only hold records core refuses, so it is reported
and left alone, never read; a record outside it is never written. Both ends
lie far from the ends of Python's dates, so no date arithmetic on a stored
record can overflow. The window does not follow the clock: a machine whose
clock went back must still show and export everything it holds.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from wellbeing.core import weeks
from wellbeing.core.errors import InvalidInput
from wellbeing.core.fields import EARLIEST, LATEST_STORED

_SUFFIX = ".json"
_SLACK = timedelta(days=1)
"""More than any UTC offset: how far a record's local date can lie from its UTC date."""


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


FIRST_MONDAY = _monday((EARLIEST - _SLACK).date())
"""The first week kept: 1999-W52, which holds 2000-01-01 in every offset."""
LAST_MONDAY = _monday((LATEST_STORED + _SLACK).date())
"""The last week kept: 2099-W53, which holds 2100-01-01 in every offset."""


def in_window(monday: date) -> bool:
    """Whether the store keeps the week starting ``monday``."""
    return FIRST_MONDAY <= monday <= LAST_MONDAY


def week_file_name(at: datetime) -> str:
    """The file a record at ``at`` lives in; ``InvalidInput`` outside the window."""
    name = weeks.iso_week(at) + _SUFFIX
    monday = week_monday(name)
    if monday is None or not in_window(monday):
        raise InvalidInput(
            f"{at.isoformat()} is outside the years {EARLIEST.year}-{LATEST_STORED.year - 1} "
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
