"""The strain level the tray shows, and the plain words that explain it.

``strain`` turns the history into a small value (level, streak, severe call
since the last break, last break, call and pause state); ``describe`` words
it in English for the CLI and as the fallback tooltip. A translated UI builds
its own sentence from the same numbers (``StrainState`` and
``minutes_since_break``), so nothing here needs to know the language.

Choices made where the design was silent:

- ``paused`` wins as the level while the pause lasts, but the streak and the
  rest are still worked out, so the tooltip can say both. A pause that has
  ended is reported as no pause at all (``paused_until`` is ``None``).
- The tooltip leads with what matters now (on a call, paused until when),
  then the streak, then the last break. A break taken on an earlier day
  reads "no break yet today": yesterday's break is no comfort this morning.
- Times are shown in ``now``'s offset, with weekday names of our own rather
  than ``strftime("%a")``, which would follow the process locale.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from wellbeing.core.classify import last_completed_break_end, severe_since_break, streak
from wellbeing.core.history import History
from wellbeing.core.settings import Settings

_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class StrainLevel(StrEnum):
    CALM = "calm"
    ELEVATED = "elevated"
    HIGH = "high"
    PAUSED = "paused"


@dataclass(frozen=True, slots=True)
class StrainState:
    """Everything the tray icon and its tooltip need, as plain values."""

    level: StrainLevel
    streak: int
    severe_since_break: bool
    last_break_end: datetime | None
    on_call: bool
    paused_until: datetime | None


def strain(
    history: History,
    settings: Settings,
    now: datetime,
    *,
    on_call: bool = False,
    paused_until: datetime | None = None,
) -> StrainState:
    """The strain at ``now``: calm, elevated, high, or paused (DESIGN.md, Strain level)."""
    count = streak(history.calls, history.breaks, now)
    severe = severe_since_break(history.calls, history.breaks, now)
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
        last_break_end=last_completed_break_end(history.breaks, now),
        on_call=on_call,
        paused_until=pause,
    )


def minutes_since_break(state: StrainState, now: datetime) -> int | None:
    """Whole minutes since the last completed break ended, or ``None``."""
    if state.last_break_end is None:
        return None
    return max(0, int((now - state.last_break_end).total_seconds() // 60))


def describe(state: StrainState, now: datetime) -> str:
    """A calm one-line English tooltip that says why the tray looks as it does."""
    parts: list[str] = []
    if state.on_call:
        parts.append("on a call")
    if state.paused_until is not None:
        parts.append(f"prompts paused until {_moment(state.paused_until, now)}")
    parts.append(_streak_words(state))
    if state.severe_since_break:
        parts.append("a severe call, no break since")
    parts.append(_break_words(state, now))
    text = " · ".join(part for part in parts if part)
    return text[0].upper() + text[1:]


def _streak_words(state: StrainState) -> str:
    if state.streak == 0:
        return "" if state.severe_since_break else "calm"
    if state.streak == 1:
        return "1 difficult call"
    return f"{state.streak} difficult calls in a row"


def _break_words(state: StrainState, now: datetime) -> str:
    last, minutes = state.last_break_end, minutes_since_break(state, now)
    if last is None or minutes is None or last.astimezone(now.tzinfo).date() != now.date():
        return "no break yet today"
    if minutes < 1:
        return "last break just now"
    if minutes < 60:
        return f"last break {minutes} min ago"
    hours, rest = divmod(minutes, 60)
    return f"last break {hours} h {rest} min ago" if rest else f"last break {hours} h ago"


def _moment(when: datetime, now: datetime) -> str:
    local = when.astimezone(now.tzinfo)
    if local.date() == now.date():
        return f"{local:%H:%M}"
    if local.date() == now.date() + timedelta(days=1):
        return f"tomorrow {local:%H:%M}"
    return f"{_DAY_NAMES[local.weekday()]} {local:%H:%M}"
