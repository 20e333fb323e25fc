"""The Calls settings take effect when the agent presses Apply, not at the next start:
offscreen, an injected clock, and fake microphone sensors from an injected factory."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from call_doubles import FakeMicrophone
from doubles import FakeClock
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from wellbeing.app.companion import Companion
from wellbeing.core.call_state import CallSource
from wellbeing.core.records import Source
from wellbeing.core.settings import Settings
from wellbeing.services.call_detection import CallDetection
from wellbeing.services.messages import Message, MessageChannel
from wellbeing.store.store import Store

Build = Callable[..., Companion]
NOT_DETECTED = "Calls are not detected on this machine (no sound server, no microphone)."


class Sensors:
    """The sensor factory the app is given: every sensor it made, in order."""

    def __init__(self) -> None:
        self.made: list[FakeMicrophone] = []

    def __call__(self, settings: Settings, parent: QObject) -> FakeMicrophone:
        self.made.append(FakeMicrophone())
        return self.made[-1]


def live(build: Build, store: Store, clock: FakeClock, **options: Any) -> tuple[Companion, Sensors]:
    sensors = Sensors()
    calls = CallDetection.following(Settings(), clock, sensors=sensors)
    return build(store, clock, calls=calls, **options), sensors


def apply(companion: Companion, qtbot: QtBot, **values: Any) -> None:
    """Open Settings, edit, press Apply, close: what the agent does."""
    companion.on_settings_requested()
    dialog = companion.windows.settings
    assert dialog is not None
    for name, value in values.items():
        editor = dialog.editors[name]
        if isinstance(editor, QLineEdit):  # the programs, typed
            editor.selectAll()
            qtbot.keyClicks(editor, ", ".join(value))
        else:
            editor.set_value(value)
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Apply)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert companion.service.settings.replace(**values) == companion.service.settings
    dialog.close()


def microphone_use(companion: Companion, mic: FakeMicrophone, clock: FakeClock, s: int) -> None:
    mic.changed.emit(True)
    clock.advance(seconds=s)
    mic.changed.emit(False)
    clock.advance(seconds=companion.service.settings.call_gap_s)
    companion.calls.check()


def calls_page_says(companion: Companion) -> str:
    companion.on_settings_requested()
    dialog = companion.windows.settings
    assert dialog is not None
    label = dialog.findChild(QLabel, "calls_status")
    assert label is not None
    text = label.text()
    dialog.close()
    return text


def test_turned_off_the_microphone_counts_nothing_and_turned_on_a_25_s_use_is_a_call(
    build: Build, store: Store, clock: FakeClock, qtbot: QtBot
) -> None:
    companion, sensors = live(build, store, clock)
    first = sensors.made[0]
    assert first.running

    apply(companion, qtbot, detect_calls=False)
    assert not first.running
    microphone_use(companion, first, clock, 60)
    assert not companion.service.on_call
    assert store.calls.all() == []

    apply(companion, qtbot, detect_calls=True)
    assert len(sensors.made) == 2
    second = sensors.made[1]
    assert second.running
    microphone_use(companion, second, clock, 25)
    (call,) = store.calls.all()
    assert (call.source, call.duration_s, call.difficulty) == (Source.DETECTED, 25, None)


def test_a_new_programs_list_restarts_the_sensor(
    build: Build, store: Store, clock: FakeClock, qtbot: QtBot
) -> None:
    companion, sensors = live(build, store, clock)
    apply(companion, qtbot, phone_programs=("zoiper", "linphone"))
    first, second = sensors.made
    assert not first.running and second.running
    microphone_use(companion, second, clock, 30)
    assert len(store.calls.all()) == 1


def test_new_thresholds_count_at_once_without_a_restart(
    build: Build, store: Store, clock: FakeClock, qtbot: QtBot
) -> None:
    companion, sensors = live(build, store, clock)
    apply(companion, qtbot, min_call_s=30, call_gap_s=20)
    (mic,) = sensors.made
    assert mic.running
    microphone_use(companion, mic, clock, 25)
    assert store.calls.all() == [], "shorter than the new minimum"

    mic.changed.emit(True)
    clock.advance(seconds=20)
    mic.changed.emit(False)
    clock.advance(seconds=15)  # a hold longer than the old gap, within the new one
    companion.calls.check()
    assert companion.service.on_call
    mic.changed.emit(True)
    clock.advance(seconds=20)
    mic.changed.emit(False)
    clock.advance(seconds=20)
    companion.calls.check()
    (call,) = store.calls.all()
    assert call.duration_s == 55


def test_a_change_that_concerns_no_call_keeps_the_sensor(
    build: Build, store: Store, clock: FakeClock, qtbot: QtBot
) -> None:
    companion, sensors = live(build, store, clock)
    apply(companion, qtbot, theme="dark", streak_threshold=5)
    (mic,) = sensors.made
    assert mic.running
    microphone_use(companion, mic, clock, 25)
    assert len(store.calls.all()) == 1


def test_an_explicit_call_goes_on_through_every_change(
    build: Build, store: Store, clock: FakeClock, qtbot: QtBot
) -> None:
    companion, sensors = live(build, store, clock)
    companion.actions.on_call.trigger()
    assert companion.calls.call_source is CallSource.MENU
    for change in (
        {"detect_calls": False},
        {"detect_calls": True},
        {"phone_programs": ("zoiper",)},
        {"min_call_s": 5, "call_gap_s": 0},
        {"theme": "dark"},
    ):
        clock.advance(minutes=1)
        apply(companion, qtbot, **change)
        assert companion.service.on_call, change
        assert companion.calls.call_source is CallSource.MENU, change
    sensors.made[-1].changed.emit(True)
    assert companion.calls.call_source is CallSource.MENU
    companion.actions.on_call.trigger()
    assert not companion.service.on_call

    companion.ipc.on_message({"on_call": True})
    apply(companion, qtbot, detect_calls=False)
    assert companion.calls.call_source is CallSource.CLI
    companion.ipc.on_message({"on_call": False})
    assert not companion.service.on_call


def test_the_calls_page_tells_of_the_sensor_now_running_and_the_reason_is_said_once(
    build: Build, store: Store, clock: FakeClock, qtbot: QtBot
) -> None:
    channel = MessageChannel()
    companion, sensors = live(build, store, clock, channel=channel)
    said: list[Message] = []
    companion.messages.arrived.connect(said.append)
    sensors.made[0].unavailable.emit(NOT_DETECTED)
    assert calls_page_says(companion) == NOT_DETECTED

    apply(companion, qtbot, detect_calls=False)
    assert "On a call" in calls_page_says(companion)
    apply(companion, qtbot, detect_calls=True)
    assert "microphone" in calls_page_says(companion)
    sensors.made[1].unavailable.emit(NOT_DETECTED)
    assert calls_page_says(companion) == NOT_DETECTED

    qtbot.waitUntil(lambda: bool(said))
    assert [message.text for message in said].count(NOT_DETECTED) == 1
