"""Test doubles shared by the suite: things that stand in for the world.

Kept out of the package on purpose: nothing that ships should exist only
for a test.
"""

from __future__ import annotations

from datetime import datetime, timedelta


class FakeClock:
    """A clock that moves only when told: tests step through a shift without sleeping.

    Satisfies ``wellbeing.services.clock.Clock``.
    """

    def __init__(self, start: datetime) -> None:
        self._now = start

    def now(self) -> datetime:
        return self._now

    def advance(self, **delta: float) -> datetime:
        self._now += timedelta(**delta)
        return self._now

    def set(self, moment: datetime) -> None:
        self._now = moment
