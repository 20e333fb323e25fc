"""The call detection follows applied Settings: sensors from an injected factory,
an injected clock; a call in progress is never lost to a change of settings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from call_doubles import FakeMicrophone
from doubles import FakeClock
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from wellbeing.core.call_state import CallSource
from wellbeing.core.settings import Settings
from wellbeing.services.call_detection import CallDetection

T0 = datetime(2026, 11, 23, 10, tzinfo=UTC)
ON = Settings()
OFF = ON.replace(detect_calls=False)


class Sensors:
    """A sensor factory that keeps what it made, and for which programs."""

    def __init__(self) -> None:
        self.made: list[FakeMicrophone] = []
        self.programs: list[tuple[str, ...]] = []

    def __call__(self, settings: Settings, parent: QObject) -> FakeMicrophone:
        self.made.append(FakeMicrophone())
        self.programs.append(settings.phone_programs)
        return self.made[-1]


def started(settings: Settings, clock: FakeClock) -> tuple[CallDetection, Sensors]:
    sensors = Sensors()
    calls = CallDetection.following(settings, clock, sensors=sensors)
    calls.start()
    return calls, sensors


def test_built_from_settings_the_detection_listens_only_when_detection_is_on(
    qtbot: QtBot,
) -> None:
    calls, sensors = started(ON, FakeClock(T0))
    assert calls.detecting and sensors.made[0].running
    calls, sensors = started(OFF, FakeClock(T0))
    assert not calls.detecting and sensors.made == []


def test_turned_off_mid_call_the_call_ends_then_and_is_recorded_after_the_gap(
    qtbot: QtBot,
) -> None:
    clock = FakeClock(T0)
    calls, sensors = started(ON, clock)
    mic = sensors.made[0]
    mic.changed.emit(True)
    clock.advance(seconds=40)
    calls.apply_settings(ON, OFF)
    assert not mic.running and not calls.detecting
    assert calls.on_call, "still within the gap"
    mic.changed.emit(True)  # a stopped sensor is not heard
    clock.advance(seconds=10)
    with qtbot.waitSignal(calls.detected_call_ended) as ended:
        calls.check()
    assert ended.args == [T0, T0 + timedelta(seconds=40)]
    assert not calls.on_call


def test_a_new_programs_list_during_a_call_keeps_it_one_call(qtbot: QtBot) -> None:
    clock = FakeClock(T0)
    calls, sensors = started(ON, clock)
    sensors.made[0].changed.emit(True)
    clock.advance(seconds=30)
    calls.apply_settings(ON, ON.replace(phone_programs=("zoiper",)))
    assert sensors.programs == [ON.phone_programs, ("zoiper",)]
    new = sensors.made[1]
    assert new.running and not sensors.made[0].running
    clock.advance(seconds=2)
    new.changed.emit(True)  # the new sensor hears the same call
    clock.advance(seconds=30)
    new.changed.emit(False)
    clock.advance(seconds=10)
    with qtbot.waitSignal(calls.detected_call_ended) as ended:
        calls.check()
    assert ended.args == [T0, T0 + timedelta(seconds=62)]


def test_a_longer_gap_rearms_the_hold_timer(qtbot: QtBot) -> None:
    clock = FakeClock(T0)
    calls, sensors = started(ON, clock)
    mic = sensors.made[0]
    mic.changed.emit(True)
    clock.advance(seconds=30)
    mic.changed.emit(False)
    assert calls._timer.interval() == 10_000
    clock.advance(seconds=5)
    calls.apply_settings(ON, ON.replace(call_gap_s=30))
    assert calls._timer.isActive() and calls._timer.interval() == 25_000
    assert sensors.made == [mic] and mic.running


def test_the_reason_calls_are_not_detected_belongs_to_the_sensor_that_gave_it(
    qtbot: QtBot,
) -> None:
    calls, sensors = started(ON, FakeClock(T0))
    sensors.made[0].unavailable.emit("no sound server")
    assert calls.not_detected == "no sound server"
    calls.apply_settings(ON, OFF)
    assert calls.not_detected is None and not calls.detecting
    calls.apply_settings(OFF, ON)
    assert calls.not_detected is None and calls.detecting
    with qtbot.waitSignal(calls.unavailable):
        sensors.made[1].unavailable.emit("no sound server")
    assert calls.not_detected == "no sound server"


def test_a_sensor_made_before_the_start_waits_for_it(qtbot: QtBot) -> None:
    sensors = Sensors()
    calls = CallDetection.following(OFF, FakeClock(T0), sensors=sensors)
    calls.apply_settings(OFF, ON)
    assert calls.detecting and not sensors.made[0].running
    calls.start()
    assert sensors.made[0].running
    calls.stop()
    assert not sensors.made[0].running and not calls.detecting


def test_without_a_factory_turning_detection_on_again_leaves_explicit_signals_only(
    qtbot: QtBot,
) -> None:
    clock, mic = FakeClock(T0), FakeMicrophone()
    calls = CallDetection(clock, sensor=mic)
    calls.start()
    calls.set_explicit(CallSource.API, True)
    calls.apply_settings(ON, OFF)
    calls.apply_settings(OFF, ON)
    assert not mic.running and not calls.detecting
    assert calls.call_source is CallSource.API


def test_a_sensor_it_made_and_stopped_is_let_go(qtbot: QtBot) -> None:
    made: list[FakeMicrophone] = []

    def owned(settings: Settings, parent: QObject) -> FakeMicrophone:
        made.append(FakeMicrophone())
        made[-1].setParent(parent)
        return made[-1]

    calls = CallDetection.following(ON, FakeClock(T0), sensors=owned)
    calls.start()
    with qtbot.waitSignal(made[0].destroyed):
        calls.apply_settings(ON, ON.replace(phone_programs=("bria",)))
    assert made[1].parent() is calls and made[1].running
