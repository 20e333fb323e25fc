"""Which calls are difficult or severe, and how long the current streak is.

These few rules decide every prompt and every weekly number, so they live in
one place (DESIGN.md, Calls):

- difficult: difficulty 4 or more, or tagged abusive, threatening or escalated;
- severe: difficulty 5, or tagged abusive or threatening;
- streak: consecutive difficult calls since the last non-difficult call, the
  last completed break or the start of the shift, whichever is latest;
- shift: the streak and the severe-call flag belong to it, so a new shift
  starts calm.

Choices where the design was silent:

- A shift is told from the calls alone: a gap of ``SHIFT_GAP`` (6 hours, the
  design's default) or more between two calls starts a new shift with the
  later call, and at ``now`` that long after the last call the shift is over
  (nothing carries into the next one). The start of work hours is not used:
  a call logged before them, in an early start, still belongs to that day's
  shift.
- A call and a completed break that end at the same moment: the break covers
  the call (it was taken after it).
- An unrated call (no difficulty yet) is neither difficult nor severe, and
  is skipped by the streak: it neither extends nor breaks it. It still is a
  call, so it keeps the shift going.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from wellbeing.core.records import Break, Call, Tag

DIFFICULT_TAGS = frozenset({Tag.ABUSIVE, Tag.THREATENING, Tag.ESCALATED})
SEVERE_TAGS = frozenset({Tag.ABUSIVE, Tag.THREATENING})

SHIFT_GAP = timedelta(hours=6)
"""The pause between calls that ends a shift, unless the caller passes the
agent's own (``core.shift.shift_gap``); ``core.shift`` also counts the app
starting and the start of work hours."""


def is_difficult(call: Call) -> bool:
    if call.difficulty is None:
        return False
    return call.difficulty >= 4 or not DIFFICULT_TAGS.isdisjoint(call.tags)


def is_severe(call: Call) -> bool:
    if call.difficulty is None:
        return False
    return call.difficulty >= 5 or not SEVERE_TAGS.isdisjoint(call.tags)


def last_completed_break_end(
    breaks: Iterable[Break], now: datetime | None = None
) -> datetime | None:
    """When the most recent completed break ended (not after ``now``)."""
    ends = [b.ended_at for b in breaks if b.completed and (now is None or b.ended_at <= now)]
    return max(ends, default=None)


def call_order(call: Call) -> tuple[datetime, int]:
    """Calls in the order they ended; at one same moment routine calls first, then
    difficult, then unrated ones, so every count (and the week summaries, which
    keep this order in their events) reads ties the same way."""
    rank = 2 if call.difficulty is None else int(is_difficult(call))
    return call.ended_at, rank


def _since_reset(
    calls: Iterable[Call], breaks: Iterable[Break], now: datetime | None, gap: timedelta
) -> list[Call]:
    """The calls of the current shift that ended after the last completed break,
    in the order they ended; none when the shift is over at ``now``."""
    ended = sorted((call for call in calls if now is None or call.ended_at <= now), key=call_order)
    if not ended or (now is not None and now - ended[-1].ended_at >= gap):
        return []
    first = len(ended) - 1
    while first > 0 and ended[first].ended_at - ended[first - 1].ended_at < gap:
        first -= 1
    reset = last_completed_break_end(breaks, now)
    return [call for call in ended[first:] if reset is None or call.ended_at > reset]


def streak(
    calls: Iterable[Call],
    breaks: Iterable[Break] = (),
    now: datetime | None = None,
    gap: timedelta = SHIFT_GAP,
) -> int:
    """The current streak: difficult calls at the end of the current shift.

    Calls are taken in the order they ended; a completed break resets the
    count for every call that ended before the break did.
    """
    count = 0
    for call in _since_reset(calls, breaks, now, gap):
        if call.difficulty is not None:
            count = count + 1 if is_difficult(call) else 0
    return count


def max_streak(
    calls: Iterable[Call], breaks: Iterable[Break] = (), gap: timedelta = SHIFT_GAP
) -> int:
    """The longest streak anywhere in the history, breaks and shifts resetting it."""
    # At one moment a break sorts after a call, so it covers it, as in streak().
    events: list[tuple[datetime, int, Call | None]] = [(c.ended_at, 0, c) for c in calls]
    events += [(b.ended_at, 1, None) for b in breaks if b.completed]
    events.sort(key=lambda e: (e[0], e[1], call_order(e[2])[1] if e[2] is not None else 0))
    best = count = 0
    last_call: datetime | None = None
    for moment, _, call in events:
        if call is not None and call.difficulty is None:
            if last_call is not None and moment - last_call >= gap:
                count = 0
        elif call is None or not is_difficult(call):
            count = 0
        else:
            new_shift = last_call is not None and moment - last_call >= gap
            count = 1 if new_shift else count + 1
            best = max(best, count)
        if call is not None:
            last_call = moment
    return best


def severe_since_break(
    calls: Iterable[Call],
    breaks: Iterable[Break] = (),
    now: datetime | None = None,
    gap: timedelta = SHIFT_GAP,
) -> bool:
    """Whether a severe call of the current shift ended after the last completed break."""
    return any(is_severe(call) for call in _since_reset(calls, breaks, now, gap))
