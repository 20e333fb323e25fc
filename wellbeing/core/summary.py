"""Totals of one week file, and how totals combine into the whole history's.

``wellbeing stats`` over years of history must not rebuild every record, so
each week file is summed up once (the store keeps the sums beside it) and
``combine`` adds the weeks. Counts add; streaks do not, because a run of
difficult calls crosses week ends and a break in one file resets a streak
counted in another. So a week keeps its streak-relevant *events*, each an
int ``time_us * 4 + code`` (code 0 a call that is not difficult, 1 a
difficult call, 3 an unrated call, which neither extends nor breaks a
streak but keeps the shift going, 2 the end of a completed break): sorting the ints orders
them by time, a call before a break ending at the same moment (the break
covers it, as in ``classify``).

Only the events that can change a count are kept: inside a run of calls
that are not difficult, only the first and the last (the count is 0 all
along, whatever falls between; the last sets the shift's last call). Runs
are cut near the ends of the week (``EDGE``), where calls of a neighbouring
week file, read in another UTC offset, may fall between, so the result is
exactly ``classify``'s. Calls ending at the very same microsecond are taken
in ``classify.call_order``: routine, then difficult, then unrated.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, time, timedelta
from itertools import islice, pairwise
from typing import Any

from wellbeing.core.classify import SHIFT_GAP, call_order, is_difficult, is_severe
from wellbeing.core.indicators import BREAK_PROMPT_KINDS
from wellbeing.core.records import Break, Call, Prompt, Reflection

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_US = timedelta(microseconds=1)
EDGE = timedelta(days=1)
"""Calls within this of a week's ends (UTC) are all kept: a UTC offset is
less than a day, so no other week file holds a call further inside."""
PLAIN, DIFFICULT, BREAK, UNRATED = 0, 1, 2, 3
_State = tuple[int, int, int | None, int, int]
"""(best, count, time of the last call, next call index, next break index)."""
_NEVER = 1 << 62
_LONG_AGO = -(1 << 62)


def _us(moment: datetime) -> int:
    return (moment - _EPOCH) // _US


@dataclass(slots=True)
class Totals:
    calls: int = 0
    difficult: int = 0
    severe: int = 0
    difficulty_sum: int = 0
    unrated: int = 0
    breaks_taken: int = 0
    breaks_skipped: int = 0
    breathing_s: int = 0
    stress_sum: int = 0
    stress_count: int = 0
    breaks_prompted: int = 0
    reflections: int = 0
    events: array[int] = field(default_factory=lambda: array("q"))
    """Calls' events, or breaks' (never both in one week's totals), in time order."""
    break_events: array[int] = field(default_factory=lambda: array("q"))

    def to_dict(self) -> dict[str, Any]:
        """The counts; the events are stored apart, packed (see ``store.summaries``)."""
        return {name: getattr(self, name) for name in COUNTS}

    @classmethod
    def from_dict(cls, data: dict[str, Any], events: array[int] | None = None) -> Totals:
        totals = cls(**{name: data[name] for name in COUNTS})
        if events is not None:
            totals.events = events
        return totals


COUNTS = tuple(f.name for f in fields(Totals) if not f.name.endswith("events"))


def of_calls(calls: Sequence[Call], monday: date) -> Totals:
    """The totals of one week file of calls (``monday`` names the file's week)."""
    start = datetime.combine(monday, time(0), tzinfo=UTC)
    inner_from, inner_to = _us(start + EDGE), _us(start + timedelta(days=7) - EDGE)
    totals = Totals(calls=len(calls))
    events: list[int] = []
    for call in sorted(calls, key=call_order):
        moment = _us(call.ended_at)
        if call.difficulty is None:
            totals.unrated += 1
            events.append(moment * 4 + UNRATED)
            continue
        hard = is_difficult(call)
        totals.difficult += hard
        totals.severe += is_severe(call)
        totals.difficulty_sum += call.difficulty
        event = moment * 4 + (DIFFICULT if hard else PLAIN)
        inner = inner_from <= moment < inner_to
        if not hard and inner and len(events) >= 2 and _plain_inner(events[-2:], inner_from):
            events[-1] = event  # the middle of a plain run changes nothing
        else:
            events.append(event)
    totals.events = array("q", events)
    return totals


def _plain_inner(last_two: list[int], inner_from: int) -> bool:
    return all(e % 4 == PLAIN and e // 4 >= inner_from for e in last_two)


def of_breaks(breaks: Iterable[Break]) -> Totals:
    totals = Totals()
    events: list[int] = []
    for pause in sorted(breaks, key=lambda b: b.ended_at):
        if pause.completed:
            totals.breaks_taken += 1
            events.append(_us(pause.ended_at) * 4 + BREAK)
        else:
            totals.breaks_skipped += 1
        totals.breathing_s += pause.completed_s
        for value in (pause.stress_before, pause.stress_after):
            if value is not None:
                totals.stress_sum += value
                totals.stress_count += 1
    totals.events = array("q", events)
    return totals


def of_prompts(prompts: Iterable[Prompt]) -> Totals:
    return Totals(breaks_prompted=sum(1 for p in prompts if p.kind in BREAK_PROMPT_KINDS))


def of_reflections(reflections: Sequence[Reflection]) -> Totals:
    totals = Totals(reflections=len(reflections))
    for reflection in reflections:
        if reflection.stress is not None:
            totals.stress_sum += reflection.stress
            totals.stress_count += 1
    return totals


def combine(parts: Iterable[Totals]) -> Totals:
    """The sum of ``parts`` (weeks in order), calls' and breaks' events each in time order."""
    total = Totals()
    calls: list[array[int]] = []
    breaks: list[array[int]] = []
    for part in parts:
        for name in COUNTS:
            setattr(total, name, getattr(total, name) + getattr(part, name))
        if part.events:
            (breaks if part.events[0] & 3 == BREAK else calls).append(part.events)
    total.events = _joined(calls)
    total.break_events = _joined(breaks)
    return total


def _joined(runs: list[array[int]]) -> array[int]:
    """The sorted runs joined; sorted again only when they overlap (a week read
    in another UTC offset), which needs a list of them all for a moment."""
    joined = array("q")
    for run in runs:
        joined.extend(run)
    if any(left[-1] > right[0] for left, right in pairwise(runs)):
        joined = array("q", sorted(joined))
    return joined


def _walk(
    events: array[int], breaks: array[int], stop: tuple[int, int], state: _State, gap: int
) -> _State:
    """Carry (best, count, last call) from where ``state`` left off over the calls'
    ``events`` up to ``stop[0]`` and the breaks' up to ``stop[1]`` (indexes)."""
    best, count, last_call, index, at_break = state
    call_stop, break_stop = stop
    last = _LONG_AGO if last_call is None else last_call
    next_break = breaks[at_break] if at_break < break_stop else _NEVER
    for event in islice(events, index, call_stop):
        if event >> 2 > next_break >> 2:  # a break at a call's own moment comes after it
            count = 0
            at_break = bisect_left(breaks, (event >> 2) * 4, at_break, break_stop)
            next_break = breaks[at_break] if at_break < break_stop else _NEVER
        moment = event >> 2
        code = event & 3
        if code == UNRATED:
            if moment - last >= gap:
                count = 0
        elif code == DIFFICULT:
            count = 1 if moment - last >= gap else count + 1
            if count > best:
                best = count
        else:
            count = 0
        last = moment
    if next_break < _NEVER:
        count = 0  # a completed break after the last call
    last_call = None if last == _LONG_AGO else last
    return best, count, last_call, max(index, call_stop), break_stop


def streaks(totals: Totals, now: datetime, gap: timedelta = SHIFT_GAP) -> tuple[int, int]:
    """(``classify.streak`` at ``now``, ``classify.max_streak``) over the records
    that made ``totals``, in one pass over their events."""
    events, breaks = totals.events, totals.break_events
    limit = _us(now) * 4 + 3
    cut = (bisect_right(events, limit), bisect_right(breaks, limit))
    gap_us = gap // _US
    state = _walk(events, breaks, cut, (0, 0, None, 0, 0), gap_us)
    _, count, last_call, _, _ = state
    current = 0 if last_call is None or _us(now) - last_call >= gap_us else count
    return current, _walk(events, breaks, (len(events), len(breaks)), state, gap_us)[0]
