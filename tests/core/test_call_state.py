"""The call-state machine (DESIGN.md, Call state): explicit signals win over the
microphone, short uses are not calls, a short gap is a hold in the same call."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from wellbeing.core.call_state import (
    CallEnded,
    CallSource,
    CallStarted,
    CallState,
    DetectedCallEnded,
)

T0 = datetime(2026, 11, 23, 10, tzinfo=UTC)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def machine() -> CallState:
    return CallState(min_call_s=20, call_gap_s=10)


def test_the_microphone_puts_the_agent_on_a_call_at_once() -> None:
    state = machine()
    assert state.microphone(True, at(0)) == [CallStarted(CallSource.MICROPHONE, at(0))]
    assert (state.on_call, state.call_source) == (True, CallSource.MICROPHONE)


def test_a_microphone_call_ends_at_its_stop_once_the_gap_has_passed() -> None:
    state = machine()
    state.microphone(True, at(0))
    assert state.microphone(False, at(60)) == []
    assert state.on_call, "a hold is still the call"
    assert state.deadline() == at(70)
    assert state.tick(at(69)) == []
    assert state.tick(at(70)) == [
        DetectedCallEnded(at(0), at(60)),
        CallEnded(CallSource.MICROPHONE, at(60)),
    ]
    assert (state.on_call, state.call_source, state.deadline()) == (False, None, None)
    assert DetectedCallEnded(at(0), at(60)).duration_s == 60


def test_a_use_shorter_than_the_shortest_call_is_not_a_call() -> None:
    state = machine()
    state.microphone(True, at(0))
    state.microphone(False, at(5))
    assert state.tick(at(15)) == [CallEnded(CallSource.MICROPHONE, at(5))]


def test_two_uses_within_the_gap_are_one_call() -> None:
    state = machine()
    state.microphone(True, at(0))
    state.microphone(False, at(15))
    assert state.microphone(True, at(20)) == []
    state.microphone(False, at(40))
    assert state.tick(at(50)) == [
        DetectedCallEnded(at(0), at(40)),
        CallEnded(CallSource.MICROPHONE, at(40)),
    ]


def test_a_use_after_the_gap_is_a_new_call_even_without_a_tick() -> None:
    state = machine()
    state.microphone(True, at(0))
    state.microphone(False, at(30))
    events = state.microphone(True, at(45))
    assert events == [
        DetectedCallEnded(at(0), at(30)),
        CallEnded(CallSource.MICROPHONE, at(30)),
        CallStarted(CallSource.MICROPHONE, at(45)),
    ]


@pytest.mark.parametrize("source", [CallSource.MENU, CallSource.CLI, CallSource.API])
def test_an_explicit_signal_wins_over_the_microphone_until_its_own_end(
    source: CallSource,
) -> None:
    state = machine()
    assert state.start(source, at(0)) == [CallStarted(source, at(0))]
    assert state.microphone(True, at(5)) == []
    assert state.call_source is source
    assert state.microphone(False, at(50)) == []
    assert state.tick(at(100)) == []
    assert state.call_source is source
    assert state.end(at(120)) == [CallEnded(source, at(120))]
    assert not state.on_call


def test_an_explicit_start_takes_over_a_microphone_call_that_is_then_not_recorded() -> None:
    state = machine()
    state.microphone(True, at(0))
    assert state.start(CallSource.CLI, at(30)) == []
    assert state.call_source is CallSource.CLI
    state.microphone(False, at(60))
    assert state.end(at(61)) == [CallEnded(CallSource.CLI, at(61))]
    assert state.tick(at(200)) == []


def test_a_microphone_left_open_after_an_explicit_end_is_ignored_until_quiet() -> None:
    state = machine()
    state.start(CallSource.API, at(0))
    state.microphone(True, at(1))
    state.end(at(60))
    assert not state.on_call
    state.microphone(False, at(70))
    assert state.microphone(True, at(100)) == [CallStarted(CallSource.MICROPHONE, at(100))]


def test_an_explicit_end_without_a_start_does_nothing() -> None:
    state = machine()
    assert state.end(at(0)) == []
    with pytest.raises(ValueError):
        state.start(CallSource.MICROPHONE, at(0))
