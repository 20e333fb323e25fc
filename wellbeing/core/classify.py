"""Which calls are difficult or severe, and how long the current streak is.

These few rules decide every prompt and every weekly number, so they live in
one place (DESIGN.md, Calls):

- difficult: difficulty 4 or more, or tagged abusive, threatening or escalated;
- severe: difficulty 5, or tagged abusive or threatening;
- streak: consecutive difficult calls since the last non-difficult call or
  the last completed break, whichever is later.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from wellbeing.core.records import Break, Call, Tag

DIFFICULT_TAGS = frozenset({Tag.ABUSIVE, Tag.THREATENING, Tag.ESCALATED})
SEVERE_TAGS = frozenset({Tag.ABUSIVE, Tag.THREATENING})


def is_difficult(call: Call) -> bool:
    return call.difficulty >= 4 or not DIFFICULT_TAGS.isdisjoint(call.tags)


def is_severe(call: Call) -> bool:
    return call.difficulty >= 5 or not SEVERE_TAGS.isdisjoint(call.tags)


def last_completed_break_end(
    breaks: Iterable[Break], now: datetime | None = None
) -> datetime | None:
    """When the most recent completed break ended (not after ``now``)."""
    ends = [b.ended_at for b in breaks if b.completed and (now is None or b.ended_at <= now)]
    return max(ends, default=None)


def streak(calls: Iterable[Call], breaks: Iterable[Break] = (), now: datetime | None = None) -> int:
    """The current streak: difficult calls at the end of the history.

    Calls are taken in the order they ended; a completed break resets the
    count for every call that ended before the break did.
    """
    reset = last_completed_break_end(breaks, now)
    count = 0
    for call in sorted(calls, key=lambda c: c.ended_at):
        if now is not None and call.ended_at > now:
            continue
        if reset is not None and call.ended_at <= reset:
            continue
        count = count + 1 if is_difficult(call) else 0
    return count


def max_streak(calls: Iterable[Call], breaks: Iterable[Break] = ()) -> int:
    """The longest streak anywhere in the history, breaks resetting it."""
    # A break that ends at the same moment as a call covers it, as in streak().
    events: list[tuple[datetime, int, Call | None]] = [(c.ended_at, 0, c) for c in calls]
    events += [(b.ended_at, 1, None) for b in breaks if b.completed]
    events.sort(key=lambda event: (event[0], event[1]))
    best = count = 0
    for _, _, call in events:
        if call is None or not is_difficult(call):
            count = 0
        else:
            count += 1
            best = max(best, count)
    return best


def severe_since_break(
    calls: Iterable[Call], breaks: Iterable[Break] = (), now: datetime | None = None
) -> bool:
    """Whether a severe call ended after the last completed break."""
    reset = last_completed_break_end(breaks, now)
    return any(
        is_severe(call)
        and (reset is None or call.ended_at > reset)
        and (now is None or call.ended_at <= now)
        for call in calls
    )
