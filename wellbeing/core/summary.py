"""Totals of one week file, and how totals combine into the whole history's.

``wellbeing stats`` over years of history must not rebuild every record, so
each week file is summed up once (the store keeps the sums beside it) and
``combine`` adds the weeks. Counts add; streaks do not, because a run of
difficult calls crosses week ends and a break in one file resets a streak
counted in another. So a week keeps its streak-relevant *events*, each an
int ``time_us * 4 + code`` (code 0 a call that is not difficult, 1 a
difficult call, 2 the end of a completed break): sorting the ints orders
them by time, a call before a break ending at the same moment (the break
covers it, as in ``classify``).

Only the events that can change a count are kept: inside a run of calls
that are not difficult, only the first and the last (the count is 0 all
along, whatever falls between; the last sets the shift's last call). Runs
are cut near the ends of the week (``EDGE``), where calls of a neighbouring
week file, read in another UTC offset, may fall between, so the result is
exactly ``classify``'s. Calls ending at the very same microsecond are taken
calls that are not difficult first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from wellbeing.core.classify import SHIFT_GAP, is_difficult, is_severe
from wellbeing.core.indicators import BREAK_PROMPT_KINDS
from wellbeing.core.records import Break, Call, Prompt, Reflection

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_US = timedelta(microseconds=1)
_GAP_US = SHIFT_GAP // _US
EDGE = timedelta(days=1)
"""Calls within this of a week's ends (UTC) are all kept: a UTC offset is
less than a day, so no other week file holds a call further inside."""
PLAIN, DIFFICULT, BREAK = 0, 1, 2


def _us(moment: datetime) -> int:
    return (moment - _EPOCH) // _US


@dataclass(slots=True)
class Totals:
    calls: int = 0
    difficult: int = 0
    severe: int = 0
    difficulty_sum: int = 0
    breaks_taken: int = 0
    breaks_skipped: int = 0
    breathing_s: int = 0
    stress_sum: int = 0
    stress_count: int = 0
    breaks_prompted: int = 0
    reflections: int = 0
    events: list[int] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Totals:
        return cls(**{f.name: data[f.name] for f in fields(cls)})


def of_calls(calls: Sequence[Call], monday: date) -> Totals:
    """The totals of one week file of calls (``monday`` names the file's week)."""
    start = datetime.combine(monday, time(0), tzinfo=UTC)
    inner_from, inner_to = _us(start + EDGE), _us(start + timedelta(days=7) - EDGE)
    totals = Totals(calls=len(calls), events=[])
    events: list[int] = []
    for call in sorted(calls, key=lambda c: c.ended_at):
        hard = is_difficult(call)
        totals.difficult += hard
        totals.severe += is_severe(call)
        totals.difficulty_sum += call.difficulty
        moment = _us(call.ended_at)
        event = moment * 4 + (DIFFICULT if hard else PLAIN)
        inner = inner_from <= moment < inner_to
        if not hard and inner and len(events) >= 2 and _plain_inner(events[-2:], inner_from):
            events[-1] = event  # the middle of a plain run changes nothing
        else:
            events.append(event)
    totals.events = events
    return totals


def _plain_inner(last_two: list[int], inner_from: int) -> bool:
    return all(e % 4 == PLAIN and e // 4 >= inner_from for e in last_two)


def of_breaks(breaks: Iterable[Break]) -> Totals:
    totals = Totals(events=[])
    events: list[int] = []
    for pause in breaks:
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
    totals.events = events
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
    """The sum of ``parts``, with every event, in time order."""
    total = Totals()
    events: list[int] = []
    names = [f.name for f in fields(Totals) if f.name != "events"]
    for part in parts:
        for name in names:
            setattr(total, name, getattr(total, name) + getattr(part, name))
        if part.events:
            events += part.events
    events.sort()
    total.events = events
    return total


def _walk(events: Iterable[int]) -> tuple[int, int, int | None]:
    """(best, count at the end, time of the last call) over sorted events."""
    best = count = 0
    last_call: int | None = None
    for event in events:
        moment, code = divmod(event, 4)
        if code == DIFFICULT:
            new_shift = last_call is not None and moment - last_call >= _GAP_US
            count = 1 if new_shift else count + 1
            best = max(best, count)
            last_call = moment
        else:
            count = 0
            if code == PLAIN:
                last_call = moment
    return best, count, last_call


def max_streak(totals: Totals) -> int:
    """``classify.max_streak`` over the records that made ``totals``."""
    return _walk(totals.events or ())[0]


def current_streak(totals: Totals, now: datetime) -> int:
    """``classify.streak`` at ``now`` over the records that made ``totals``."""
    from bisect import bisect_right

    events = totals.events or []
    limit = _us(now)
    _, count, last_call = _walk(events[: bisect_right(events, limit * 4 + 3)])
    if last_call is None or limit - last_call >= _GAP_US:
        return 0
    return count
