"""The end-of-shift wind-down: the day in three numbers, and when prompts resume.

Pure: the time is passed in. The wind-down window shows ``day_summary``;
once the agent says "Done for today" the app pauses prompts until
``rest_until``.

Choices where the design was silent:

- "Today" is the calendar day of ``now`` in ``now``'s own offset, midnight
  to midnight. Each record's time is read in that offset too, so a call
  stored in UTC at 23:30 belongs, for an agent at UTC+1, to the next day,
  as it did on their wall clock. (The weekly indicators read a record in
  the offset it was stored with; for "today" the agent's clock is what
  matters.)
- The three numbers count as ``stats`` and the weekly indicators do: calls
  logged; difficult calls (difficulty 4 or more, or tagged abusive,
  threatening or escalated); breaks *taken*, that is completed. A break
  belongs to the day it started. ``breathing_minutes`` is the time actually
  breathed in all of today's breaks, left early or not.
- What the agent leaves behind at the end of a shift (``left_behind``) is
  a journal entry on no call, dated when it is left.
- ``rest_until`` is the start of the next shift strictly after ``now``,
  from ``settings.work_hours``: at 17:05 on a Friday with Monday-to-Friday
  hours that is Monday's start; before today's shift has begun it is
  today's start. With no work hours at all, every day is taken to start at
  08:00 (``DEFAULT_START``), so an evening wind-down rests until 08:00 the
  next morning and one after midnight until 08:00 the same morning.
- The start is a wall-clock time combined with ``now``'s offset. With a
  fixed offset (as the system clock gives), a daylight-saving change before
  the next shift moves the resume time by an hour on the wall clock; with a
  ``zoneinfo`` time zone it is exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from wellbeing.core import classify
from wellbeing.core.history import History
from wellbeing.core.indicators import breaks_taken, breathing_minutes
from wellbeing.core.records import Reflection, new_id
from wellbeing.core.settings import Settings

DEFAULT_START = time(8, 0)
"""When the next shift is taken to start if no work hours are configured."""


@dataclass(frozen=True, slots=True)
class DaySummary:
    """The day in three numbers (and the minutes breathed)."""

    day: date
    calls: int
    difficult: int
    breaks: int
    breathing_minutes: float
    breathing_s: int | None = None
    """The same time in whole seconds, for the one "2 min 8 s" format."""


def day_summary(history: History, now: datetime) -> DaySummary:
    """Count the records of ``now``'s calendar day, read in ``now``'s offset."""
    today = now.date()

    def is_today(moment: datetime) -> bool:
        return moment.astimezone(now.tzinfo).date() == today

    calls = [call for call in history.calls if is_today(call.ended_at)]
    pauses = [pause for pause in history.breaks if is_today(pause.started_at)]
    return DaySummary(
        day=today,
        calls=len(calls),
        difficult=sum(1 for call in calls if classify.is_difficult(call)),
        breaks=breaks_taken(pauses),
        breathing_minutes=breathing_minutes(pauses),
        breathing_s=sum(pause.completed_s for pause in pauses),
    )


def rest_until(settings: Settings, now: datetime) -> datetime:
    """When the next shift starts, strictly after ``now``: prompts rest until then."""
    configured = any(span is not None for span in settings.work_hours)
    for ahead in range(8):  # today, and up to the same weekday next week
        day = now.date() + timedelta(days=ahead)
        span = settings.work_hours[day.weekday()]
        if configured and span is None:
            continue
        start = datetime.combine(day, span[0] if span else DEFAULT_START, tzinfo=now.tzinfo)
        if start > now:
            return start
    raise AssertionError("unreachable: a week always holds a configured start")


def left_behind(text: str, now: datetime) -> Reflection:
    """The journal entry for what the agent leaves behind as the shift ends."""
    return Reflection(new_id(), now, journal=text)
