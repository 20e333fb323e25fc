"""Which part of the call detection new settings touch, and thresholds changed mid-call."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from wellbeing.core.call_settings import SensorChange, call_settings_change
from wellbeing.core.call_state import CallEnded, CallSource, CallState, DetectedCallEnded
from wellbeing.core.settings import Settings

T0 = datetime(2026, 11, 23, 10, tzinfo=UTC)
ON = Settings()
OFF = Settings().replace(detect_calls=False)


@pytest.mark.parametrize(
    ("old", "new", "sensor"),
    [
        (ON, OFF, SensorChange.STOP),
        (OFF, ON, SensorChange.RESTART),
        (ON, ON.replace(phone_programs=("zoiper",)), SensorChange.RESTART),
        (OFF, OFF.replace(phone_programs=("zoiper",)), SensorChange.KEEP),
        (OFF, OFF.replace(theme="dark"), SensorChange.KEEP),
        (ON, ON.replace(theme="dark", streak_threshold=5), SensorChange.KEEP),
        (ON, ON.replace(min_call_s=60, call_gap_s=30), SensorChange.KEEP),
    ],
)
def test_only_detection_and_the_programs_list_touch_the_sensor(
    old: Settings, new: Settings, sensor: SensorChange
) -> None:
    assert call_settings_change(old, new).sensor is sensor


def test_thresholds_count_as_changed_only_when_one_of_them_is() -> None:
    assert call_settings_change(ON, ON.replace(min_call_s=60)).thresholds
    assert call_settings_change(ON, ON.replace(call_gap_s=0)).thresholds
    assert not call_settings_change(ON, OFF.replace(theme="dark")).thresholds


def test_a_longer_gap_keeps_a_call_in_its_gap_going_and_the_new_minimum_judges_it() -> None:
    state = CallState(min_call_s=20, call_gap_s=10)
    state.microphone(True, T0)
    state.microphone(False, T0 + timedelta(seconds=25))
    state.set_thresholds(30, 40)
    assert state.deadline() == T0 + timedelta(seconds=65)
    assert state.tick(T0 + timedelta(seconds=40)) == []
    assert state.on_call
    stop = T0 + timedelta(seconds=25)
    assert state.tick(T0 + timedelta(seconds=65)) == [CallEnded(CallSource.MICROPHONE, stop)]


def test_new_thresholds_leave_an_explicit_call_alone() -> None:
    state = CallState()
    state.start(CallSource.CLI, T0)
    state.microphone(True, T0 + timedelta(seconds=1))
    state.set_thresholds(5, 0)
    assert (state.call_source, state.deadline()) == (CallSource.CLI, None)
    end = T0 + timedelta(minutes=1)
    assert state.end(end) == [CallEnded(CallSource.CLI, end)]
    after = state.microphone(False, end + timedelta(seconds=1))
    assert not any(isinstance(event, DetectedCallEnded) for event in after)
