"""Share the finished weeks once a day, by itself, once the agent opted in.

The scheduler's heartbeat comes every minute; the first one of each day
(by the injected clock) asks the sharing runner to publish what is due.
While sharing is off the runner does nothing at all, so this need not know
the state. A problem found on the way (a corrupt ``sharing.json``) is
reported by the sharing service through the message channel.
"""

from __future__ import annotations

from datetime import date

from wellbeing.services.clock import Clock
from wellbeing.services.sharing_runner import HistoryProvider, SharingRunner


class DailyShare:
    def __init__(self, runner: SharingRunner, history: HistoryProvider, clock: Clock) -> None:
        """``history`` is called on the worker: it must not hold a ``QObject``."""
        self._runner = runner
        self._history = history
        self._clock = clock
        self._shared_on: date | None = None

    def on_heartbeat(self) -> None:
        today = self._clock.now().date()
        if self._shared_on != today:
            self._shared_on = today
            self._runner.auto_publish(self._history)
