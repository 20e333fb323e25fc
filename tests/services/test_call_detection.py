"""The call-detection service: the fake sensor and an injected clock drive the
call state; explicit signals win; a long enough microphone call is reported."""

from __future__ import annotations

from datetime import UTC, datetime

from call_doubles import FakeMicrophone
from doubles import FakeClock
from pytestqt.qtbot import QtBot

from wellbeing.core.call_state import CallSource
from wellbeing.services.call_detection import CallDetection

T0 = datetime(2026, 11, 23, 10, tzinfo=UTC)


def detection(clock: FakeClock, mic: FakeMicrophone | None = None) -> CallDetection:
    return CallDetection(clock, sensor=mic, min_call_s=20, call_gap_s=10)


def test_the_microphone_puts_the_app_on_a_call_and_reports_the_call_after_the_gap(
    qtbot: QtBot,
) -> None:
    clock, mic = FakeClock(T0), FakeMicrophone()
    calls = detection(clock, mic)
    calls.start()
    assert mic.running
    with qtbot.waitSignal(calls.on_call_changed) as changed:
        mic.changed.emit(True)
    assert changed.args == [True]
    assert calls.call_source is CallSource.MICROPHONE
    clock.advance(seconds=60)
    mic.changed.emit(False)
    assert calls.on_call
    clock.advance(seconds=10)
    with qtbot.waitSignal(calls.detected_call_ended) as ended:
        calls.check()  # what the hold timer does when it fires
    assert ended.args == [T0, T0.replace(minute=1)]
    assert not calls.on_call
    calls.stop()
    assert not mic.running


def test_the_hold_timer_is_armed_for_the_end_of_the_gap(qtbot: QtBot) -> None:
    clock, mic = FakeClock(T0), FakeMicrophone()
    calls = detection(clock, mic)
    mic.changed.emit(True)
    clock.advance(seconds=30)
    mic.changed.emit(False)
    assert calls._timer.isActive()
    assert calls._timer.interval() == 10_000
    mic.changed.emit(True)
    assert not calls._timer.isActive()


def test_a_short_use_puts_the_app_on_a_call_but_records_nothing(qtbot: QtBot) -> None:
    clock, mic = FakeClock(T0), FakeMicrophone()
    calls = detection(clock, mic)
    reported: list[object] = []
    calls.detected_call_ended.connect(lambda *args: reported.append(args))
    mic.changed.emit(True)
    clock.advance(seconds=5)
    mic.changed.emit(False)
    clock.advance(seconds=10)
    with qtbot.waitSignal(calls.on_call_changed) as changed:
        calls.check()
    assert changed.args == [False]
    assert reported == []


def test_an_explicit_start_wins_over_the_microphone(qtbot: QtBot) -> None:
    clock, mic = FakeClock(T0), FakeMicrophone()
    calls = detection(clock, mic)
    with qtbot.waitSignal(calls.call_started) as started:
        calls.set_explicit(CallSource.CLI, True)
    assert started.args == ["cli"]
    mic.changed.emit(True)
    clock.advance(seconds=90)
    mic.changed.emit(False)
    clock.advance(seconds=10)
    calls.check()
    assert calls.call_source is CallSource.CLI
    calls.set_explicit(CallSource.CLI, False)
    assert not calls.on_call


def test_without_a_sensor_only_explicit_signals_count(qtbot: QtBot) -> None:
    calls = detection(FakeClock(T0))
    assert not calls.detecting
    calls.start()
    calls.set_explicit(CallSource.MENU, True)
    assert (calls.on_call, calls.call_source) == (True, CallSource.MENU)


def test_the_sensor_saying_it_cannot_work_is_passed_on(qtbot: QtBot) -> None:
    mic = FakeMicrophone()
    calls = detection(FakeClock(T0), mic)
    with qtbot.waitSignal(calls.unavailable) as said:
        mic.unavailable.emit("no capture device")
    assert said.args == ["no capture device"]
