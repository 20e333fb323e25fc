"""The call state of the running app: explicit signals and the microphone sensor.

``core.call_state`` decides; this object feeds it the sensor's signals and
the explicit ones (the tray toggle, ``on-call``, the API) with the time of
the injected clock, arms one timer for the end of a hold, and re-emits what
the core decided as signals. The sensor is anything with ``changed(bool)``
and ``unavailable(str)`` signals (``services.mic_sensor``), or None: then
only explicit signals count.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from wellbeing.core.call_state import (
    CallEnded,
    CallSource,
    CallStarted,
    CallState,
    DetectedCallEnded,
    Event,
)
from wellbeing.services.clock import Clock


class CallDetection(QObject):
    on_call_changed = Signal(bool)
    call_started = Signal(str)  # CallSource value
    detected_call_ended = Signal(object, object)  # start, end (aware datetimes)
    unavailable = Signal(str)  # the sensor's reason

    def __init__(
        self,
        clock: Clock,
        *,
        sensor: Any = None,
        min_call_s: int = 20,
        call_gap_s: int = 10,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._state = CallState(min_call_s, call_gap_s)
        self._sensor = sensor
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.check)
        self.not_detected: str | None = None
        """The sensor's reason, once it said this machine cannot tell (for Settings)."""
        if sensor is not None:
            sensor.changed.connect(self.on_microphone)
            sensor.unavailable.connect(self.on_unavailable)

    @property
    def on_call(self) -> bool:
        return self._state.on_call

    @property
    def call_source(self) -> CallSource | None:
        return self._state.call_source

    @property
    def detecting(self) -> bool:
        return self._sensor is not None

    def start(self) -> None:
        if self._sensor is not None:
            self._sensor.start()

    def stop(self) -> None:
        """Stop listening: the sensor's last word (a call it saw end as it
        stopped) still counts, anything it would say later does not."""
        self._timer.stop()
        if self._sensor is not None:
            self._sensor.stop()
            self._sensor.changed.disconnect(self.on_microphone)
            self._sensor.unavailable.disconnect(self.on_unavailable)
            self._sensor = None

    def on_unavailable(self, reason: str) -> None:
        self.not_detected = reason
        self.unavailable.emit(reason)

    def set_explicit(self, source: CallSource, on_call: bool) -> None:
        """``on-call start|end``, the tray toggle, the API."""
        now = self._clock.now()
        self._emit(self._state.start(source, now) if on_call else self._state.end(now))

    def on_microphone(self, in_use: bool) -> None:
        self._emit(self._state.microphone(in_use, self._clock.now()))

    def check(self) -> None:
        """The end of a hold may have come: close the microphone call."""
        self._emit(self._state.tick(self._clock.now()))

    def _emit(self, events: list[Event]) -> None:
        for event in events:
            if isinstance(event, DetectedCallEnded):
                self.detected_call_ended.emit(event.start, event.end)
            elif isinstance(event, CallStarted):
                self.call_started.emit(event.source.value)
                self.on_call_changed.emit(True)
            elif isinstance(event, CallEnded):
                self.on_call_changed.emit(self._state.on_call)
        deadline = self._state.deadline()
        if deadline is None:
            self._timer.stop()
        else:
            wait = (deadline - self._clock.now()).total_seconds()
            self._timer.start(max(0, int(wait * 1000)))
