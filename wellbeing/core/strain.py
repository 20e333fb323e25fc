"""The strain level the tray shows, and which clauses explain it.

``strain`` turns the history into a small value (level, streak, severe call
since the last break, last break, call and pause state); ``tooltip_parts``
picks the clauses that say why, as keys with numbers and times. The UI words
them in the agent's language (``ui.strain_text``), so nothing here knows a
language and no English twin can drift from what the tray shows.

Choices made where the design was silent:

- ``paused`` wins as the level while the pause lasts, but the streak and the
  rest are still worked out, so the tooltip can say both. A pause that has
  ended is reported as no pause at all (``paused_until`` is ``None``).
- The tooltip leads with what matters now (on a call, paused until when),
  then the streak, then the last break. Only the current shift counts
  (``core.shift``): yesterday's streak, severe call and break are neither a
  worry nor a comfort this morning, and "no break yet today" is said only
  once the shift has calls.
- ``unrated_today`` counts today's calls (in ``now``'s zone) not rated
  yet; the tooltip says "N not rated" after the streak, so the agent knows
  *Rate the last call* waits.
- A time in a clause (the end of a pause) is given as a datetime: how to
  name its day ("tomorrow", "Monday") is the wording's business.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from wellbeing.core.classify import severe_since_break, streak
from wellbeing.core.history import History
from wellbeing.core.levels import StrainLevel
from wellbeing.core.settings import Settings
from wellbeing.core.shift import current_shift


@dataclass(frozen=True, slots=True)
class StrainState:
    """Everything the tray icon and its tooltip need, as plain values."""

    level: StrainLevel
    streak: int
    severe_since_break: bool
    last_break_end: datetime | None
    on_call: bool
    paused_until: datetime | None
    unrated_today: int = 0
    shift_calls: int = 0


WHOLE_SHIFT = timedelta.max
"""The gap given to the counts inside an already decided shift: none splits it."""


def strain(
    history: History,
    settings: Settings,
    now: datetime,
    *,
    on_call: bool = False,
    paused_until: datetime | None = None,
    started_at: datetime | None = None,
) -> StrainState:
    """The strain at ``now``: calm, elevated, high, or paused (DESIGN.md, Strain level).

    Only the current shift counts (``core.shift``); ``started_at`` is when
    the app started, which can begin a shift.
    """
    shift = current_shift(history, settings, now, started_at)
    calls = shift.calls if shift is not None else ()
    breaks = shift.breaks if shift is not None else ()
    # The shift is decided once, by ``current_shift`` (calls, breaks, the app's
    # start, work hours): counting inside it must not split it again by calls alone.
    count = streak(calls, breaks, now, WHOLE_SHIFT)
    severe = severe_since_break(calls, breaks, now, WHOLE_SHIFT)
    pause = paused_until if paused_until is not None and now < paused_until else None
    if pause is not None:
        level = StrainLevel.PAUSED
    elif count >= settings.streak_threshold or severe:
        level = StrainLevel.HIGH
    elif count >= 1:
        level = StrainLevel.ELEVATED
    else:
        level = StrainLevel.CALM
    return StrainState(
        level=level,
        streak=count,
        severe_since_break=severe,
        last_break_end=shift.last_break_end() if shift is not None else None,
        on_call=on_call,
        paused_until=pause,
        shift_calls=len(calls),
        unrated_today=unrated_on_day(history, now),
    )


def unrated_on_day(history: History, now: datetime) -> int:
    """Calls not rated yet that ended on ``now``'s day, in ``now``'s zone."""
    today = now.date()
    return sum(
        1
        for call in history.calls
        if call.difficulty is None and call.ended_at.astimezone(now.tzinfo).date() == today
    )


def minutes_since_break(state: StrainState, now: datetime) -> int | None:
    """Whole minutes since the last completed break ended, or ``None``."""
    if state.last_break_end is None:
        return None
    return max(0, int((now - state.last_break_end).total_seconds() // 60))


TooltipPart = tuple[str, dict[str, object]]
"""One clause of the tooltip: a key and its values, e.g. ("streak", {"count": 3});
a time is given as a datetime. The keys are: on_call, paused (until),
calm, one_difficult, streak (count), severe (no break this shift),
severe_after_break (a severe call since the last break), unrated (count),
no_break_today (the shift has calls and no break yet),
break_just_now, break_minutes (minutes), break_hours (hours) and
break_hours_minutes (hours, minutes)."""


def tooltip_parts(state: StrainState, now: datetime) -> list[TooltipPart]:
    """Why the tray looks as it does, as clauses in the order they are read."""
    parts: list[TooltipPart] = []
    if state.on_call:
        parts.append(("on_call", {}))
    if state.paused_until is not None:
        parts.append(("paused", {"until": state.paused_until}))
    if state.streak == 0 and not state.severe_since_break:
        parts.append(("calm", {}))
    elif state.streak == 1:
        parts.append(("one_difficult", {}))
    elif state.streak > 1:
        parts.append(("streak", {"count": state.streak}))
    if state.severe_since_break:
        parts.append(("severe_after_break" if state.last_break_end else "severe", {}))
    if state.unrated_today:
        parts.append(("unrated", {"count": state.unrated_today}))
    part = _break_part(state, now)
    if part is not None:
        parts.append(part)
    return parts


def _break_part(state: StrainState, now: datetime) -> TooltipPart | None:
    last, minutes = state.last_break_end, minutes_since_break(state, now)
    if last is None or minutes is None:
        return ("no_break_today", {}) if state.shift_calls else None
    if minutes < 1:
        return ("break_just_now", {})
    if minutes < 60:
        return ("break_minutes", {"minutes": minutes})
    hours, rest = divmod(minutes, 60)
    if rest:
        return ("break_hours_minutes", {"hours": hours, "minutes": rest})
    return ("break_hours", {"hours": hours})
