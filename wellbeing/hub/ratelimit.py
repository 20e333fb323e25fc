"""Failed attempts per client address, kept in memory only, to slow guessing.

An address that fails ``per_address`` times (an unknown invitation or
credential) within ``window`` gets 429 for the rest of that window. Once all
addresses together failed ``overall`` times, an address that failed even once
is refused too, which slows guessing spread over many addresses; an address
that never failed is never refused, so nobody can lock the agents and the
leads out by failing on purpose. Successes cost nothing, so a whole office
enrolling through one address is never refused. Addresses are never written
anywhere.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from datetime import datetime, timedelta


class FailureLimit:
    def __init__(
        self,
        clock: Callable[[], datetime],
        *,
        per_address: int = 10,
        overall: int = 200,
        window: timedelta = timedelta(minutes=10),
    ) -> None:
        self._clock = clock
        self._per_address = per_address
        self._overall = overall
        self._window = window
        self._failures: dict[str, deque[datetime]] = {}
        self._all: deque[datetime] = deque()
        self._lock = threading.Lock()

    def blocked(self, address: str) -> bool:
        with self._lock:
            self._forget(self._clock())
            mine = self._failures.get(address, ())
            if not mine:
                return False
            return len(mine) >= self._per_address or len(self._all) >= self._overall

    def failed(self, address: str) -> None:
        now = self._clock()
        with self._lock:
            self._failures.setdefault(address, deque()).append(now)
            self._all.append(now)

    def _forget(self, now: datetime) -> None:
        cutoff = now - self._window
        while self._all and self._all[0] <= cutoff:
            self._all.popleft()
        for address in list(self._failures):
            times = self._failures[address]
            while times and times[0] <= cutoff:
                times.popleft()
            if not times:
                del self._failures[address]
