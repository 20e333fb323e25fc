"""The shift: the stretch of work the streak, the severe flag and "no break
yet" belong to, so that each shift starts calm.

"Leave work behind" is the advice the app is built on: yesterday's hard
calls must not greet the agent in the morning. The shift is told from what
the app sees — calls and breaks ending, the app starting — and from the work
hours (DESIGN.md, Strain level).

Choices where the design was silent:

- A shift begins with the first activity (a call or a break ending, the app
  starting) after a gap of ``settings.shift_gap_h`` hours without any, or
  at the start of today's work hours when nothing happened in the gap
  before them. A call logged shortly before the work hours (an early start)
  belongs to that day's shift.
- A shift is over once the gap has passed since its last activity; there is
  then no current shift, and nothing carries into the next one.
- Only activity at or before ``now`` counts: a record from the future (a
  clock that jumped) does not start or extend a shift.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from wellbeing.core.history import History
from wellbeing.core.records import Break, Call
from wellbeing.core.settings import Settings


@dataclass(frozen=True, slots=True)
class Shift:
    """The current shift: when it began, and its calls and breaks so far."""

    start: datetime
    calls: tuple[Call, ...]
    breaks: tuple[Break, ...]

    def last_break_end(self) -> datetime | None:
        """When the shift's last completed break ended, or ``None``."""
        return max((b.ended_at for b in self.breaks if b.completed), default=None)


def shift_gap(settings: Settings) -> timedelta:
    return timedelta(hours=settings.shift_gap_h)


def _work_start(settings: Settings, now: datetime) -> datetime | None:
    span = settings.work_hours[now.weekday()]
    if span is None:
        return None
    start = datetime.combine(now.date(), span[0], tzinfo=now.tzinfo)
    return start if start <= now else None


def shift_start(activity: Iterable[datetime], settings: Settings, now: datetime) -> datetime | None:
    """When the current shift began, or ``None`` when no shift is on at ``now``."""
    gap = shift_gap(settings)
    moments = sorted(moment for moment in activity if moment <= now)
    work_start = _work_start(settings, now)
    if work_start is not None:
        moments = sorted([*moments, work_start])
    if not moments or now - moments[-1] >= gap:
        return None
    first = len(moments) - 1
    while first > 0 and moments[first] - moments[first - 1] < gap:
        first -= 1
    return moments[first]


def current_shift(
    history: History, settings: Settings, now: datetime, started_at: datetime | None = None
) -> Shift | None:
    """The shift on at ``now``; ``started_at`` is when the app started, if known."""
    activity = [call.ended_at for call in history.calls]
    activity += [pause.ended_at for pause in history.breaks]
    if started_at is not None:
        activity.append(started_at)
    start = shift_start(activity, settings, now)
    if start is None:
        return None
    return Shift(
        start=start,
        calls=tuple(c for c in history.calls if start <= c.ended_at <= now),
        breaks=tuple(b for b in history.breaks if start <= b.ended_at <= now),
    )
