"""Failed sign-ins, counted per client address, so nobody can guess at speed.

A viewer credential has at least 128 random bits, so guessing cannot work;
the limit keeps a guesser from costing the hub work and filling nothing but
memory. After ``MAX_FAILURES`` wrong credentials from one address within
``WINDOW_S``, that address is refused (429) until the window has passed.
Addresses are held only in memory and only while they have failures.
"""

from __future__ import annotations

from collections.abc import Callable

MAX_FAILURES = 10
WINDOW_S = 15 * 60
MAX_ADDRESSES = 10_000


class SignInLimit:
    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._failures: dict[str, list[float]] = {}

    def _recent(self, address: str) -> list[float]:
        since = self._clock() - WINDOW_S
        recent = [t for t in self._failures.get(address, []) if t > since]
        if recent:
            self._failures[address] = recent
        else:
            self._failures.pop(address, None)
        return recent

    def blocked(self, address: str) -> bool:
        return len(self._recent(address)) >= MAX_FAILURES

    def failed(self, address: str) -> None:
        if len(self._failures) >= MAX_ADDRESSES and address not in self._failures:
            for stale in list(self._failures):
                self._recent(stale)
            if len(self._failures) >= MAX_ADDRESSES:
                return
        self._failures.setdefault(address, []).append(self._clock())
