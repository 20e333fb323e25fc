"""The numbers the history window charts, as plain tuples ready to plot.

Four series, each a frozen dataclass of dates, week names and numbers (no
numpy, no Qt), so a chart only maps them onto bars and lines and the tests
check the numbers without a display:

- ``calls_per_day``: calls per local day, stacked by difficulty 1 to 5,
  with the calls not rated yet on top;
- ``stress_by_pattern``: stress before and after breaks, per breathing
  pattern ("what breathing does for you");
- ``breaks_per_week``: breaks prompted and taken, per ISO week;
- ``checkin_by_week``: the three check-in scores, per ISO week.

``series_for`` computes all four for a range of days in one call, the way
the history window needs them.

Choices where the design was silent:

- **Unrated calls are calls** (DESIGN.md, "Calls"): a call the microphone
  or the API saw end and the agent has not rated is counted on its day, in
  a stack of its own (``CallsPerDay.unrated``), as ``stats``, the journal
  and the tooltip count it; it has no difficulty, so it is in no
  ``by_difficulty`` row.
- **Days.** A record's day is the date of its ``at`` read in ``tz`` when one
  is given (the agent's zone now), else in the record's own UTC offset (the
  local time it was recorded in, as ``weeks.iso_week`` reads it). The
  default agrees with the weekly indicators and the store's week files; pass
  ``tz`` to show an agent who moved zones their history in today's clock.
  Ranges of days are inclusive at both ends: ``first`` to ``last``.
- **Weeks.** ``breaks_per_week`` and ``checkin_by_week`` put a record in the
  ISO week of its own offset, exactly as ``indicators.weekly_indicators``
  does, so a chart never disagrees with the pulse of the same week. Their
  counts are ``indicators.breaks_prompted`` and ``indicators.breaks_taken``.
- **Stress by pattern counts completed breaks only**, and only those with
  both a before and an after reading. A break left early did not give the
  pattern its chance, and its "after" (if any) was read when something else
  (a call, a colleague) cut it short: mixing them in would blame the pattern
  for the interruption. The skipped breaks still show in ``breaks_per_week``
  (as prompted, not taken). Means are not rounded: the window formats them.
- **Patterns** come in the order of ``breathing.PATTERNS`` (the order the
  settings list them), then any other id met in the records (an old or
  imported pattern) alphabetically, so colours stay put between ranges.
- **Check-ins**: the latest check-in of each week (by ``at``), scored by
  ``checkin.score``; weeks without one are left out, not zero-filled (a
  score of 0 means "never exhausted", which nobody said). A part with too
  few answers is None: the chart leaves a gap.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TypeVar

from wellbeing.core.breathing import PATTERNS
from wellbeing.core.checkin import score
from wellbeing.core.errors import InvalidInput
from wellbeing.core.fields import DIFFICULTY_MAX, DIFFICULTY_MIN
from wellbeing.core.history import History
from wellbeing.core.indicators import breaks_prompted, breaks_taken
from wellbeing.core.records import Break, Call, CheckIn, Prompt, Reflection
from wellbeing.core.weeks import iso_week

R = TypeVar("R", Call, Break, Prompt, Reflection, CheckIn)

DIFFICULTIES: tuple[int, ...] = tuple(range(DIFFICULTY_MIN, DIFFICULTY_MAX + 1))
"""The stack order of ``CallsPerDay.by_difficulty``: 1 (routine) at the bottom."""


# --- days and weeks ------------------------------------------------------------


def local_day(moment: datetime, tz: tzinfo | None = None) -> date:
    """The day ``moment`` falls on: in ``tz``, or in its own offset when None."""
    return (moment if tz is None else moment.astimezone(tz)).date()


def days_in(first: date, last: date) -> tuple[date, ...]:
    """Every date from ``first`` to ``last`` inclusive; InvalidInput if reversed."""
    _check_range(first, last)
    return tuple(first + timedelta(days=n) for n in range((last - first).days + 1))


def weeks_in(first: date, last: date) -> list[str]:
    """The ISO weeks (``"2026-W47"``) that the days ``first``..``last`` touch."""
    _check_range(first, last)
    monday = first - timedelta(days=first.weekday())
    weeks = []
    while monday <= last:
        weeks.append(iso_week(datetime.combine(monday, time(0))))
        monday += timedelta(days=7)
    return weeks


def in_days(history: History, first: date, last: date, tz: tzinfo | None = None) -> History:
    """The records whose day (see ``local_day``) lies in ``first``..``last``."""
    _check_range(first, last)
    day = _day_in(tz)

    def keep(records: tuple[R, ...]) -> tuple[R, ...]:
        return tuple(record for record in records if first <= day(record.at) <= last)

    return History(
        calls=keep(history.calls),
        breaks=keep(history.breaks),
        prompts=keep(history.prompts),
        reflections=keep(history.reflections),
        checkins=keep(history.checkins),
    )


def _day_in(tz: tzinfo | None) -> Callable[[datetime], date]:
    """``local_day`` for one ``tz``, without its test on every call."""
    if tz is None:
        return datetime.date
    return lambda moment: moment.astimezone(tz).date()


class _Weeks:
    """``iso_week`` of many records, computed once per distinct date."""

    def __init__(self) -> None:
        self._names: dict[date, str] = {}

    def of(self, moment: datetime) -> str:
        day = moment.date()
        name = self._names.get(day)
        if name is None:
            name = self._names[day] = iso_week(moment)
        return name


def load_range(first: date, last: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """A ``[start, end)`` of instants certain to hold every record of the days.

    For ``Store.history(start, end)``: it is a day wider on each side than
    midnight-to-midnight in ``tz``, since a record read in its own offset may
    fall on a day that began earlier or later in ``tz``; narrow the result
    with ``in_days``.
    """
    _check_range(first, last)
    start = datetime.combine(first - timedelta(days=1), time(0), tzinfo=tz)
    end = datetime.combine(last + timedelta(days=2), time(0), tzinfo=tz)
    return start, end


def _check_range(first: date, last: date) -> None:
    if last < first:
        raise InvalidInput(f"days: the range ends ({last}) before it starts ({first})")


# --- calls per day ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CallsPerDay:
    """Calls per day, split by difficulty, for a stacked bar chart.

    ``by_difficulty[d][i]`` is the number of calls of difficulty ``d`` on
    ``days[i]``; every difficulty 1 to 5 is present, zeros included.
    ``unrated[i]`` is the number of calls not rated yet on ``days[i]``.
    """

    days: tuple[date, ...]
    by_difficulty: dict[int, tuple[int, ...]]
    unrated: tuple[int, ...]

    @property
    def totals(self) -> tuple[int, ...]:
        """All calls per day, rated or not (the height of each stacked bar)."""
        return tuple(map(sum, zip(*self.by_difficulty.values(), self.unrated, strict=True)))


def calls_per_day(
    history: History, first: date, last: date, tz: tzinfo | None = None
) -> CallsPerDay:
    """Every call per day from ``first`` to ``last`` inclusive, zero-filled."""
    days = days_in(first, last)
    index = {day: n for n, day in enumerate(days)}
    counts = {difficulty: [0] * len(days) for difficulty in DIFFICULTIES}
    unrated = [0] * len(days)
    day, slot_of = _day_in(tz), index.get
    for call in history.calls:
        slot = slot_of(day(call.ended_at))
        if slot is None:
            continue
        if call.difficulty is None:
            unrated[slot] += 1
        else:
            counts[call.difficulty][slot] += 1
    return CallsPerDay(days, {d: tuple(row) for d, row in counts.items()}, tuple(unrated))


# --- stress by pattern --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PatternStress:
    """Stress (0 to 10) before and after the completed breaks of one pattern.

    ``mean_change`` is ``mean_after - mean_before``: negative when breathing
    calms. ``n`` is the number of breaks behind the means (at least 1).
    """

    pattern: str
    n: int
    mean_before: float
    mean_after: float
    mean_change: float


def stress_by_pattern(history: History) -> tuple[PatternStress, ...]:
    """Per pattern with at least one counted break (see the module notes)."""
    sums: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for pause in history.breaks:
        before, after = pause.stress_before, pause.stress_after
        if pause.completed and before is not None and after is not None:
            total = sums[pause.pattern]
            total[0] += 1
            total[1] += before
            total[2] += after
    known = [pattern for pattern in PATTERNS if pattern in sums]
    others = sorted(pattern for pattern in sums if pattern not in PATTERNS)
    result = []
    for pattern in known + others:
        n, before_sum, after_sum = sums[pattern]
        mean_before, mean_after = before_sum / n, after_sum / n
        result.append(PatternStress(pattern, n, mean_before, mean_after, mean_after - mean_before))
    return tuple(result)


# --- breaks per week ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BreaksPerWeek:
    """Breaks prompted and taken per ISO week, as ``indicators`` counts them."""

    weeks: tuple[str, ...]
    prompted: tuple[int, ...]
    taken: tuple[int, ...]


def breaks_per_week(history: History, weeks: Iterable[str]) -> BreaksPerWeek:
    """For each week asked (in the order given), zero for a week without any."""
    wanted = tuple(weeks)
    week = _Weeks().of
    prompts: defaultdict[str, list[Prompt]] = defaultdict(list)
    breaks: defaultdict[str, list[Break]] = defaultdict(list)
    for prompt in history.prompts:
        prompts[week(prompt.at)].append(prompt)
    for pause in history.breaks:
        breaks[week(pause.at)].append(pause)
    return BreaksPerWeek(
        weeks=wanted,
        prompted=tuple(breaks_prompted(prompts.get(week, ())) for week in wanted),
        taken=tuple(breaks_taken(breaks.get(week, ())) for week in wanted),
    )


# --- check-in by week ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CheckinPoint:
    """The scores (0 to 100, None when too few answers) of a week's check-in."""

    week: str
    personal: float | None
    work: float | None
    customer: float | None


def checkin_by_week(history: History) -> tuple[CheckinPoint, ...]:
    """One point per week that has a check-in, oldest week first."""
    latest: dict[str, CheckIn] = {}
    for checkin in history.checkins:
        week = iso_week(checkin.at)
        held = latest.get(week)
        if held is None or checkin.at >= held.at:
            latest[week] = checkin
    points = []
    for week in sorted(latest):
        scores = score(latest[week])
        points.append(CheckinPoint(week, scores.personal, scores.work, scores.customer))
    return tuple(points)


# --- everything for one range ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Series:
    """Every chart of the history window for the days ``first``..``last``."""

    first: date
    last: date
    weeks: tuple[str, ...]
    calls: CallsPerDay
    stress: tuple[PatternStress, ...]
    breaks: BreaksPerWeek
    checkins: tuple[CheckinPoint, ...]


def series_for(history: History, first: date, last: date, tz: tzinfo | None = None) -> Series:
    """All four series over the days ``first``..``last``.

    ``history`` may hold more than the range (the whole of it, say): only
    the records of those days count. The weekly series cover every week the
    range touches, but only the range's days of its first and last week, so
    a range starting on a Thursday shows that week's Thursday to Sunday.
    """
    window = in_days(history, first, last, tz)
    weeks = weeks_in(first, last)
    return Series(
        first=first,
        last=last,
        weeks=tuple(weeks),
        calls=calls_per_day(window, first, last, tz),
        stress=stress_by_pattern(window),
        breaks=breaks_per_week(window, weeks),
        checkins=checkin_by_week(window),
    )
