"""The summary behind ``wellbeing stats``: totals over a window of days.

Counts use the same definitions as the weekly indicators (see
``indicators``), so ``stats --days 7`` and a week's pulse tell one story.

Choices where the design was silent:

- ``days=None`` counts the whole history; ``days=N`` counts records with
  ``at >= now - N days``, with no upper bound, so a call logged with a time a
  little ahead of this machine's clock still counts.
- ``current_streak`` is the streak at ``now`` over the whole history: a
  streak that began before the window is still the agent's streak.
  ``max_streak`` is the longest within the window.
- ``unrated`` counts calls not rated yet (they are in ``calls``, never in
  ``difficult`` or ``severe``).
- ``mean_difficulty`` (one decimal, over rated calls, None without any) and ``mean_stress``
  (as in the indicators) give a sense of load beyond the counts;
  ``reflections`` counts reflections written; ``breaks_skipped`` the breaks
  left early, to set against ``breaks_taken``.
- ``since`` is the start of the window (None for the whole history) and
  ``until`` is ``now``; both are in the JSON so a script knows what it read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from statistics import fmean
from typing import Any

from wellbeing.core import classify
from wellbeing.core.classify import SHIFT_GAP
from wellbeing.core.errors import InvalidInput
from wellbeing.core.history import History
from wellbeing.core.indicators import breaks_prompted, breaks_taken, breathing_minutes, mean_stress
from wellbeing.core.records import Call
from wellbeing.core.summary import Totals, streaks


@dataclass(frozen=True, slots=True)
class Stats:
    since: datetime | None
    until: datetime
    days: int | None
    calls: int
    difficult: int
    severe: int
    current_streak: int
    max_streak: int
    breaks_taken: int
    breaks_prompted: int
    breaks_skipped: int
    breathing_minutes: float
    mean_difficulty: float | None
    mean_stress: float | None
    reflections: int
    unrated: int = 0

    def to_dict(self) -> dict[str, Any]:
        """The ``stats --json`` document."""
        return {
            "days": self.days,
            "since": None if self.since is None else self.since.isoformat(),
            "until": self.until.isoformat(),
            "calls": self.calls,
            "difficult": self.difficult,
            "severe": self.severe,
            "current_streak": self.current_streak,
            "max_streak": self.max_streak,
            "breaks_taken": self.breaks_taken,
            "breaks_prompted": self.breaks_prompted,
            "breaks_skipped": self.breaks_skipped,
            "breathing_minutes": self.breathing_minutes,
            "mean_difficulty": self.mean_difficulty,
            "mean_stress": self.mean_stress,
            "reflections": self.reflections,
            "unrated": self.unrated,
        }

    def to_text(self) -> str:
        """A short block for the terminal."""
        window = "all history" if self.days is None else f"last {self.days} days"
        mean = "-" if self.mean_difficulty is None else f"{self.mean_difficulty:.1f}"
        stress = "-" if self.mean_stress is None else f"{self.mean_stress:.1f}"
        lines = [
            f"Period:          {window}",
            f"Calls:           {self.calls} ({self.difficult} difficult, {self.severe} severe)",
            f"Not rated:       {self.unrated}",
            f"Mean difficulty: {mean}",
            f"Current streak:  {self.current_streak}",
            f"Longest streak:  {self.max_streak}",
            f"Breaks:          {self.breaks_taken} taken, {self.breaks_prompted} prompted, "
            f"{self.breaks_skipped} left early",
            f"Breathing:       {self.breathing_minutes:.1f} min",
            f"Mean stress:     {stress}",
            f"Reflections:     {self.reflections}",
        ]
        return "\n".join(lines)


def _mean_difficulty(calls: tuple[Call, ...]) -> float | None:
    rated = [call.difficulty for call in calls if call.difficulty is not None]
    return round(fmean(rated), 1) if rated else None


def check_days(days: int | None) -> None:
    if days is not None and (isinstance(days, bool) or days < 1):
        raise InvalidInput(f"days: must be at least 1, got {days!r}")


def since_of(now: datetime, days: int | None) -> datetime | None:
    """The start of the window of ``days`` days before ``now``; None for everything."""
    check_days(days)
    return None if days is None else now - timedelta(days=days)


def summarize(
    history: History, now: datetime, days: int | None = None, gap: timedelta = SHIFT_GAP
) -> Stats:
    """Totals over the last ``days`` days before ``now``, or everything."""
    streak = classify.streak(history.calls, history.breaks, now, gap)
    return summarize_window(history.between(since_of(now, days), None), now, days, streak, gap)


def summarize_window(
    window: History, now: datetime, days: int | None, streak: int, gap: timedelta = SHIFT_GAP
) -> Stats:
    """The stats of ``window`` (the records since ``since_of(now, days)``), given
    the current streak over the whole history."""
    since = since_of(now, days)
    calls = window.calls
    return Stats(
        since=since,
        until=now,
        days=days,
        calls=len(calls),
        difficult=sum(1 for call in calls if classify.is_difficult(call)),
        severe=sum(1 for call in calls if classify.is_severe(call)),
        current_streak=streak,
        max_streak=classify.max_streak(calls, window.breaks, gap),
        breaks_taken=breaks_taken(window.breaks),
        breaks_prompted=breaks_prompted(window.prompts),
        breaks_skipped=sum(1 for pause in window.breaks if not pause.completed),
        breathing_minutes=breathing_minutes(window.breaks),
        mean_difficulty=_mean_difficulty(calls),
        mean_stress=mean_stress(window),
        reflections=len(window.reflections),
        unrated=sum(1 for call in calls if call.difficulty is None),
    )


def from_totals(totals: Totals, now: datetime, gap: timedelta = SHIFT_GAP) -> Stats:
    """The stats of the whole history from the sum of its week summaries.

    The same numbers as ``summarize(history, now)`` without building a record.
    """
    readings = totals.stress_count
    rated = totals.calls - totals.unrated
    current, longest = streaks(totals, now, gap)
    return Stats(
        since=None,
        until=now,
        days=None,
        calls=totals.calls,
        difficult=totals.difficult,
        severe=totals.severe,
        current_streak=current,
        max_streak=longest,
        breaks_taken=totals.breaks_taken,
        breaks_prompted=totals.breaks_prompted,
        breaks_skipped=totals.breaks_skipped,
        breathing_minutes=round(totals.breathing_s / 60, 1),
        mean_difficulty=round(totals.difficulty_sum / rated, 1) if rated else None,
        mean_stress=round(totals.stress_sum / readings, 1) if readings else None,
        reflections=totals.reflections,
        unrated=totals.unrated,
    )
