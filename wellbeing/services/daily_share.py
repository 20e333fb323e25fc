"""Send the finished weeks by themselves, once the agent opted in, retrying with back-off.

The scheduler's heartbeat comes every minute. Every ``CHECK_EVERY`` (by
the injected clock) this asks the sharing runner to send the weeks whose
randomly drawn moment has come (``SharingService`` draws and stores one
per week, between the week's end and its close); while sharing is off the
runner does nothing at all. When the hub cannot be reached the next try
waits twice as long, from ``FIRST_RETRY`` up to ``LONGEST_WAIT``, and a
send that works resets the wait. Nothing here blocks: the runner works on
the app's one background worker.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from wellbeing.services.clock import Clock
from wellbeing.services.sharing_runner import HistoryProvider, SharingRunner

CHECK_EVERY = timedelta(minutes=15)
FIRST_RETRY = timedelta(minutes=5)
LONGEST_WAIT = timedelta(hours=6)

log = logging.getLogger(__name__)


class DailyShare:
    def __init__(self, runner: SharingRunner, history: HistoryProvider, clock: Clock) -> None:
        """``history`` is called on the worker: it must not hold a ``QObject``."""
        self._runner = runner
        self._history = history
        self._clock = clock
        self._next: datetime | None = None
        self._wait = FIRST_RETRY
        self._asked = False
        runner.auto_retry.connect(self._on_retry)
        runner.auto_done.connect(self._on_done)

    @property
    def next_attempt(self) -> datetime | None:
        return self._next

    def on_heartbeat(self) -> None:
        now = self._clock.now()
        if self._asked or (self._next is not None and now < self._next):
            return
        self._asked = True
        self._next = now + CHECK_EVERY
        self._runner.auto_publish(self._history)

    def _on_done(self) -> None:
        self._asked = False
        self._wait = FIRST_RETRY

    def _on_retry(self, reason: str) -> None:
        self._asked = False
        self._next = self._clock.now() + self._wait
        log.info(
            "the team hub could not take a week now (%s); trying again at %s", reason, self._next
        )
        self._wait = min(self._wait * 2, LONGEST_WAIT)
