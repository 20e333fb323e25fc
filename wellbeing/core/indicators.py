"""The weekly indicators: the only numbers that sharing may ever send.

``WeeklyIndicators`` holds exactly the pulse fields of DESIGN.md and nothing
else, so that nothing can be added to a pulse by accident; ``to_dict`` is the
pulse's ``"indicators"`` object, keys in the documented order.

Choices where the design was silent (``stats`` uses the same definitions,
so the two never disagree):

- A record belongs to the ISO week of its own time (``at``, read in the
  offset it was recorded with; see ``weeks.iso_week``).
- ``breaks_prompted`` counts the prompts that offered a break: kinds
  ``break``, ``reset``, ``micro_break`` and ``wind_down``. Each offer is its
  own record, so a prompt snoozed and offered again counts twice; a
  reflection or check-in prompt does not count.
- ``breaks_taken`` counts breaks completed, whether prompted or started from
  the menu; a break left early is not taken.
- ``breathing_minutes`` is the time actually breathed (``completed_s``) in
  all breaks, left early or not, over 60, to one decimal.
- ``mean_stress`` is the mean of every stress reading of the week: before
  and after each break, and in each reflection; one decimal; None without a
  reading.
- ``max_streak`` is the longest streak among the week's calls and breaks
  only: a streak running over from the week before starts again at 0.
- ``checkin`` is the scores of the latest check-in of the week, or all None.
- An unrated call counts in ``calls`` only: it is neither ``difficult`` nor
  ``severe`` and is skipped by ``max_streak``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from statistics import fmean
from typing import Any

from wellbeing.core import classify
from wellbeing.core.checkin import Scores, score
from wellbeing.core.history import History
from wellbeing.core.records import Break, Prompt, PromptKind, Record
from wellbeing.core.weeks import iso_week, parse_week

BREAK_PROMPT_KINDS = frozenset(
    {PromptKind.BREAK, PromptKind.RESET, PromptKind.MICRO_BREAK, PromptKind.WIND_DOWN}
)


def breaks_prompted(prompts: Iterable[Prompt]) -> int:
    return sum(1 for prompt in prompts if prompt.kind in BREAK_PROMPT_KINDS)


def breaks_taken(breaks: Iterable[Break]) -> int:
    return sum(1 for pause in breaks if pause.completed)


def breathing_minutes(breaks: Iterable[Break]) -> float:
    return round(sum(pause.completed_s for pause in breaks) / 60, 1)


def stress_readings(history: History) -> list[int]:
    """Every stress reading (0 to 10) in the history, breaks first."""
    readings = [
        value
        for pause in history.breaks
        for value in (pause.stress_before, pause.stress_after)
        if value is not None
    ]
    readings += [r.stress for r in history.reflections if r.stress is not None]
    return readings


def mean_stress(history: History) -> float | None:
    readings = stress_readings(history)
    return round(fmean(readings), 1) if readings else None


@dataclass(frozen=True, slots=True)
class WeeklyIndicators:
    """One agent's numbers for one ISO week: counts, minutes, means, scores."""

    calls: int = 0
    difficult: int = 0
    severe: int = 0
    max_streak: int = 0
    breaks_prompted: int = 0
    breaks_taken: int = 0
    breathing_minutes: float = 0.0
    mean_stress: float | None = None
    checkin: Scores = field(default_factory=Scores)

    def to_dict(self) -> dict[str, Any]:
        return {
            "calls": self.calls,
            "difficult": self.difficult,
            "severe": self.severe,
            "max_streak": self.max_streak,
            "breaks_prompted": self.breaks_prompted,
            "breaks_taken": self.breaks_taken,
            "breathing_minutes": self.breathing_minutes,
            "mean_stress": self.mean_stress,
            "checkin": self.checkin.to_dict(),
        }


def in_week(history: History, week: str) -> History:
    """The records whose time falls in ``week``."""
    parse_week(week)

    def keep(record: Record) -> bool:
        return iso_week(record.at) == week

    return History(
        calls=tuple(filter(keep, history.calls)),
        breaks=tuple(filter(keep, history.breaks)),
        prompts=tuple(filter(keep, history.prompts)),
        reflections=tuple(filter(keep, history.reflections)),
        checkins=tuple(filter(keep, history.checkins)),
    )


def weekly_indicators(history: History, week: str) -> WeeklyIndicators:
    """The indicators of ``week`` (like ``"2026-W47"``) from ``history``."""
    days = in_week(history, week)
    latest = max(days.checkins, key=lambda checkin: checkin.at, default=None)
    return WeeklyIndicators(
        calls=len(days.calls),
        difficult=sum(1 for call in days.calls if classify.is_difficult(call)),
        severe=sum(1 for call in days.calls if classify.is_severe(call)),
        max_streak=classify.max_streak(days.calls, days.breaks),
        breaks_prompted=breaks_prompted(days.prompts),
        breaks_taken=breaks_taken(days.breaks),
        breathing_minutes=breathing_minutes(days.breaks),
        mean_stress=mean_stress(days),
        checkin=Scores() if latest is None else score(latest),
    )
