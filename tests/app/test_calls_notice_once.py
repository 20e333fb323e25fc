"""On a machine that cannot detect calls, the agent is told on the first start only."""

from __future__ import annotations

from collections.abc import Callable

from call_doubles import FakeMicrophone
from doubles import FakeClock
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from wellbeing.app.companion import Companion
from wellbeing.services.call_detection import CallDetection
from wellbeing.services.messages import MessageChannel
from wellbeing.store.store import Store

Build = Callable[..., Companion]
NOT_DETECTED = "Calls are not detected on this machine (no sound server, no microphone)."
LATER = "wellbeing kept your data safe: a file was moved aside."


def a_start(build: Build, store: Store, clock: FakeClock, qtbot: QtBot) -> str:
    """Start the app on a machine whose sensor gives up, then report something
    else; all the toast says."""
    channel = MessageChannel()
    mic = FakeMicrophone()
    companion = build(store, clock, channel=channel, calls=CallDetection(clock, sensor=mic))
    mic.unavailable.emit(NOT_DETECTED)
    channel.report(LATER)
    toast = companion.windows.toast
    qtbot.waitUntil(toast.isVisible)
    label = toast.findChild(QLabel)
    assert label is not None
    text = label.text()
    companion.stop()
    toast.hide()
    return text


def test_the_first_start_says_calls_are_not_detected_and_the_next_ones_do_not(
    build: Build, store: Store, clock: FakeClock, qtbot: QtBot
) -> None:
    first = a_start(build, store, clock, qtbot)
    assert NOT_DETECTED in first and LATER in first

    clock.advance(hours=20)
    next_morning = a_start(build, store, clock, qtbot)
    assert NOT_DETECTED not in next_morning and LATER in next_morning


def calls_page_says(companion: Companion) -> str:
    companion.on_settings_requested()
    dialog = companion.windows.settings
    assert dialog is not None
    label = dialog.findChild(QLabel, "calls_status")
    assert label is not None
    return label.text()


def test_the_calls_page_keeps_saying_why_calls_are_not_detected(
    build: Build, store: Store, clock: FakeClock
) -> None:
    mic = FakeMicrophone()
    companion = build(store, clock, calls=CallDetection(clock, sensor=mic))
    assert "microphone" in calls_page_says(companion)

    mic.unavailable.emit(NOT_DETECTED)  # while the page is open
    label = companion.windows.settings.findChild(QLabel, "calls_status")
    assert label.text() == NOT_DETECTED
    companion.windows.settings.close()

    assert calls_page_says(companion) == NOT_DETECTED


def test_without_a_sensor_the_calls_page_says_how_calls_are_noticed(
    companion: Companion,
) -> None:
    assert "On a call" in calls_page_says(companion)
