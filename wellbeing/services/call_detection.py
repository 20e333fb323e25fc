"""The call state of the running app: explicit signals and the microphone sensor.

``core.call_state`` decides; this object feeds it the sensor's signals and
the explicit ones (the tray toggle, ``on-call``, the API) with the time of
the injected clock, arms one timer for the end of a hold, and re-emits what
the core decided as signals. The sensor is anything with ``changed(bool)``
and ``unavailable(str)`` signals (``services.mic_sensor``), or None: then
only explicit signals count.

Applied Settings take effect at once (``apply_settings``; which part they
touch is ``core.call_settings``' rule). Choices where the design was silent:

- Detection turned off stops the sensor as ``stop`` does: a microphone call
  in progress ends at that moment (its gap, then recorded if long enough),
  and the page's status forgets the old sensor's "not detected".
- Turned on, or a new programs list: a new sensor from the ``sensors``
  factory, started at once if the detection listens. The old one stops
  first; a call it heard that the new one hears again within the gap stays
  one call. Without a factory (a detection built around one given sensor)
  only explicit signals count from then on.
- Explicit calls (menu, ``on-call``, the API) go on through all of these.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from wellbeing.core.call_settings import SensorChange, call_settings_change
from wellbeing.core.call_state import (
    CallEnded,
    CallSource,
    CallStarted,
    CallState,
    DetectedCallEnded,
    Event,
)
from wellbeing.core.settings import Settings
from wellbeing.services.clock import Clock

SensorFactory = Callable[[Settings, QObject], Any]
"""Makes a sensor, not yet started, for these settings (``detect_calls`` is on),
owned by the ``QObject`` given; tests pass one that makes fakes."""


def system_sensor(settings: Settings, parent: QObject) -> Any:
    """``mic_sensor.choose_sensor``, its modules loaded only when a sensor is
    wanted, so an agent who turned detection off never starts ``pactl``."""
    from wellbeing.services.mic_sensor import choose_sensor

    return choose_sensor(settings, parent)


class CallDetection(QObject):
    on_call_changed = Signal(bool)
    call_started = Signal(str)  # CallSource value
    detected_call_ended = Signal(object, object)  # start, end (aware datetimes)
    unavailable = Signal(str)  # the sensor's reason
    status_changed = Signal()  # ``detecting`` or ``not_detected`` changed

    def __init__(
        self,
        clock: Clock,
        *,
        sensor: Any = None,
        sensors: SensorFactory | None = None,
        min_call_s: int = 20,
        call_gap_s: int = 10,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._state = CallState(min_call_s, call_gap_s)
        self._sensor: Any = None
        self._sensors = sensors
        self._listening = False
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.check)
        self.not_detected: str | None = None
        """The sensor's reason, once it said this machine cannot tell (for Settings)."""
        self._attach(sensor)

    @classmethod
    def following(
        cls,
        settings: Settings,
        clock: Clock,
        *,
        sensors: SensorFactory = system_sensor,
        parent: QObject | None = None,
    ) -> CallDetection:
        """The detection the app runs: the thresholds of ``settings``, and a sensor
        from ``sensors`` whenever detection is on, now and after Settings change."""
        calls = cls(
            clock,
            sensors=sensors,
            min_call_s=settings.min_call_s,
            call_gap_s=settings.call_gap_s,
            parent=parent,
        )
        if settings.detect_calls:
            calls._attach(sensors(settings, calls))
        return calls

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
        self._listening = True
        if self._sensor is not None:
            self._sensor.start()

    def stop(self) -> None:
        """Stop listening: the sensor's last word (a call it saw end as it
        stopped) still counts, anything it would say later does not."""
        self._listening = False
        self._drop_sensor()
        self._timer.stop()

    def apply_settings(self, old: Settings, new: Settings) -> None:
        """Settings applied: new thresholds, and the sensor stopped, restarted or
        kept as ``core.call_settings`` says (see the module's choices)."""
        change = call_settings_change(old, new)
        if change.thresholds:
            self._state.set_thresholds(new.min_call_s, new.call_gap_s)
            self.check()
        if change.sensor is SensorChange.KEEP:
            return
        self._drop_sensor()
        if change.sensor is SensorChange.RESTART and self._sensors is not None:
            self._attach(self._sensors(new, self))
            if self._listening:
                self._sensor.start()

    def _attach(self, sensor: Any) -> None:
        self._sensor = sensor
        if sensor is not None:
            sensor.changed.connect(self.on_microphone)
            sensor.unavailable.connect(self.on_unavailable)
            self.status_changed.emit()

    def _drop_sensor(self) -> None:
        """Stop the sensor and forget it and its "not detected". A sensor that
        stops mid-call says ``changed(False)``; one that does not (gone quiet, a
        test double) is taken to have, so no microphone call outlives it. One
        this object owns (made by ``sensors``) goes with it."""
        sensor, self._sensor = self._sensor, None
        self.not_detected = None
        if sensor is None:
            return
        self.status_changed.emit()
        sensor.stop()
        sensor.changed.disconnect(self.on_microphone)
        sensor.unavailable.disconnect(self.on_unavailable)
        self.on_microphone(False)
        if sensor.parent() is self:
            sensor.deleteLater()

    def on_unavailable(self, reason: str) -> None:
        self.not_detected = reason
        self.status_changed.emit()
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
