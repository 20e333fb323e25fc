"""Signs that burnout is building in a team, read from its released weeks.

A lead's page shows a gentle notice when one of these signs holds for
``RUN_WEEKS`` released weeks in a row. The rules read only what the hub
released (the shares of a team's week, never a person), so the
notice can say nothing that the figures beside it do not already show.

The thresholds, in one place:

Shares are the hub's: fractions of 1, rounded to a whole percent.

- ``HIGH_CHECKIN_SHARE`` (0.40, 40 %): the share of the team in the high check-in
  band (any check-in part at 50 or more) is at least this much in each of
  the last ``RUN_WEEKS`` released weeks. Two in five agents reporting strain
  week after week is past an ordinary bad week.
- Rising together: in each of the last ``RUN_WEEKS`` released weeks the
  share of difficult calls is higher than the week before *and* break
  acceptance is lower (more breaks refused). Harder calls while people stop
  taking the breaks meant for them is the pattern the advice warns about.
  It therefore needs ``RUN_WEEKS + 1`` shown weeks in a row.

"In a row" means consecutive entries of the released weeks, newest last,
ending at the newest one: a sign from months ago that no longer holds is not
"building". A week released as "not enough participants" (``shown`` false)
breaks a run: nothing may be said about it, not even that a sign held.
A share that is null (nobody answered, no call, no break offered) breaks a
run too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

RUN_WEEKS = 3
HIGH_CHECKIN_SHARE = 0.40


class SignKind(Enum):
    """Which sign holds; the page words each one and the advice."""

    HIGH_CHECKIN = "high_checkin"
    DIFFICULT_RISING_BREAKS_REFUSED = "difficult_rising_breaks_refused"


@dataclass(frozen=True)
class Sign:
    """A sign that held in ``weeks`` (ISO week ids, oldest first)."""

    kind: SignKind
    weeks: tuple[str, ...]


def _share(week: Mapping[str, Any], key: str) -> float | None:
    if not week.get("shown"):
        return None
    value = week.get("indicators", {}).get(key)
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _tail(weeks: Sequence[Mapping[str, Any]], count: int) -> list[Mapping[str, Any]] | None:
    """The newest ``count`` weeks when there are that many, else None."""
    ordered = sorted(weeks, key=lambda w: str(w.get("week", "")))
    return ordered[-count:] if len(ordered) >= count else None


def _high_checkin(weeks: Sequence[Mapping[str, Any]]) -> Sign | None:
    tail = _tail(weeks, RUN_WEEKS)
    if tail is None:
        return None
    shares = [_share(w, "high_checkin_share") for w in tail]
    if all(s is not None and s >= HIGH_CHECKIN_SHARE for s in shares):
        return Sign(SignKind.HIGH_CHECKIN, tuple(str(w["week"]) for w in tail))
    return None


def _rising_together(weeks: Sequence[Mapping[str, Any]]) -> Sign | None:
    tail = _tail(weeks, RUN_WEEKS + 1)
    if tail is None:
        return None
    difficult = [_share(w, "difficult_share") for w in tail]
    accepted = [_share(w, "break_acceptance") for w in tail]
    for before, after in zip(range(RUN_WEEKS), range(1, RUN_WEEKS + 1), strict=True):
        d0, d1, a0, a1 = difficult[before], difficult[after], accepted[before], accepted[after]
        if d0 is None or d1 is None or a0 is None or a1 is None:
            return None
        if not (d1 > d0 and a1 < a0):
            return None
    return Sign(SignKind.DIFFICULT_RISING_BREAKS_REFUSED, tuple(str(w["week"]) for w in tail[1:]))


def burnout_signs(weeks: Sequence[Mapping[str, Any]]) -> list[Sign]:
    """Every sign that holds at the newest released week, in a stable order.

    ``weeks`` are the ``weeks`` entries of a released-figures document
    (DESIGN.md, "Released figures"), in any order.
    """
    found = (_high_checkin(weeks), _rising_together(weeks))
    return [sign for sign in found if sign is not None]
