"""What the API's start and end do in the running app: a call source like the others.

A start is an explicit start (``CallSource.API``), which wins over the
microphone as the menu and ``on-call`` do. An end ends the explicit call
and stores what ``core.api_rules.call_for_end`` says: a rated call, an
unrated one (the rating card follows, as for a detected call), or nothing.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal

from wellbeing.core.api_rules import CallEnd, call_for_end
from wellbeing.core.call_state import CallSource
from wellbeing.services.call_detection import CallDetection
from wellbeing.services.clock import Clock
from wellbeing.store.store import Store


class ApiCalls(QObject):
    stored = Signal()
    """A call was stored: the prompt service considers it."""
    unrated_recorded = Signal(object)  # Call, for the rating card

    def __init__(
        self, calls: CallDetection, store: Store, clock: Clock, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._calls = calls
        self._store = store
        self._clock = clock
        self._started: datetime | None = None

    def on_start(self) -> None:
        if self._calls.call_source is not CallSource.API:
            self._started = self._clock.now()
        self._calls.set_explicit(CallSource.API, True)

    def on_end(self, end: CallEnd) -> None:
        started = self._started if self._calls.call_source is CallSource.API else None
        self._started = None
        self._calls.set_explicit(CallSource.API, False)
        call = call_for_end(end, started, self._clock.now())
        if call is None:
            return
        self._store.calls.add(call)
        self.stored.emit()
        if call.difficulty is None:
            self.unrated_recorded.emit(call)
