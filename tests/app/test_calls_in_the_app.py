"""Calls in the running app, offscreen with an injected clock: nothing breaks
into a call, a detected call is recorded unrated and rated in one click, and
``status`` answers over the single-instance socket."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable

import pytest
from call_doubles import FakeMicrophone
from doubles import FakeClock
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from wellbeing.app.companion import Companion
from wellbeing.cli import main as cli
from wellbeing.core.records import PromptOutcome, Source, Tag
from wellbeing.services.call_detection import CallDetection
from wellbeing.services.instance import InstanceServer
from wellbeing.store.store import Store

Build = Callable[..., Companion]
COMMAND = [sys.executable, "-m", "wellbeing"]


def breather(companion: Companion, clock: FakeClock) -> None:
    """Three difficult calls: the "Time for a breather" card shows."""
    for _ in range(3):
        clock.advance(minutes=5)
        companion.actions.difficulty[3].trigger()
    assert companion.windows.card.isVisible()
    assert companion.windows.card._title.text() == "Time for a breather"


def with_mic(build: Build, store: Store, clock: FakeClock) -> tuple[Companion, FakeMicrophone]:
    mic = FakeMicrophone()
    calls = CallDetection(clock, sensor=mic, min_call_s=20, call_gap_s=10)
    return build(store, clock, calls=calls), mic


def detected_call(companion: Companion, mic: FakeMicrophone, clock: FakeClock) -> None:
    mic.changed.emit(True)
    clock.advance(seconds=90)
    mic.changed.emit(False)
    clock.advance(seconds=10)
    companion.calls.check()


def test_on_call_start_hides_the_breather_refuses_start_and_brings_it_back_after(
    companion: Companion, store: Store, clock: FakeClock, qtbot: QtBot
) -> None:
    breather(companion, clock)
    server = InstanceServer(store.data_dir)
    assert server.claim()
    server.message.connect(companion.ipc.on_message)
    try:
        process = subprocess.Popen(
            [*COMMAND, "--data-dir", str(store.data_dir), "on-call", "start"]
        )
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=15_000)
        assert process.returncode == 0
        qtbot.waitUntil(lambda: companion.service.on_call)
    finally:
        server.close()
    assert not companion.windows.card.isVisible()
    assert not companion.actions.prompt_start.isEnabled()
    assert "waits until the call ends" in companion.actions.prompt_start.text()
    companion.actions.prompt_start.trigger()
    companion.windows.prompt_started.emit()  # the card's Start, had it been clicked
    assert companion.windows.breathing is None
    assert store.prompts.all()[0].outcome is None

    clock.advance(minutes=4)
    companion.ipc.on_message({"on_call": False})
    assert companion.windows.card.isVisible()
    assert companion.actions.prompt_start.isEnabled()
    companion.actions.prompt_start.trigger()
    assert companion.windows.breathing is not None and companion.windows.breathing.isVisible()


def test_a_prompt_gone_stale_during_the_call_is_dropped(
    companion: Companion, store: Store, clock: FakeClock
) -> None:
    breather(companion, clock)
    companion.actions.on_call.trigger()
    assert not companion.windows.card.isVisible()
    clock.advance(minutes=45)
    companion.actions.on_call.trigger()
    assert not companion.windows.card.isVisible()
    assert store.prompts.all()[0].outcome is PromptOutcome.EXPIRED


def test_the_microphone_hides_the_card_and_a_break_already_open_stays_open(
    build: Build, store: Store, clock: FakeClock
) -> None:
    companion, mic = with_mic(build, store, clock)
    companion.actions.take_break.trigger()
    window = companion.windows.breathing
    assert window is not None and window.isVisible()
    breather(companion, clock)
    mic.changed.emit(True)
    assert companion.service.on_call and companion.calls.call_source.value == "microphone"
    assert not companion.windows.card.isVisible()
    assert window.isVisible()


def test_a_detected_call_is_recorded_unrated_then_one_click_rates_it(
    build: Build, store: Store, clock: FakeClock, qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    companion, mic = with_mic(build, store, clock)
    detected_call(companion, mic, clock)
    (call,) = store.calls.all()
    assert (call.difficulty, call.source, call.duration_s) == (None, Source.DETECTED, 90)
    assert "1 not rated" in companion.tray.icon.toolTip()
    card = companion.windows.rating
    assert card is not None and card.isVisible()
    assert companion.actions.rate_menu.menuAction().isVisible()

    qtbot.mouseClick(card.chips[Tag.ESCALATED], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.buttons[3], Qt.MouseButton.LeftButton)
    (rated,) = store.calls.all()
    assert (rated.id, rated.difficulty, rated.tags) == (call.id, 4, (Tag.ESCALATED,))
    assert not companion.actions.rate_menu.menuAction().isVisible()
    data_dir = str(store.data_dir)
    capsys.readouterr()
    assert cli(["--data-dir", data_dir, "stats", "--json"], clock=clock) == 0
    stats = json.loads(capsys.readouterr().out)
    assert (stats["calls"], stats["difficult"], stats["unrated"]) == (1, 1, 0)


def test_a_rating_card_left_alone_keeps_the_call_unrated_and_the_menu_rates_it(
    build: Build, store: Store, clock: FakeClock
) -> None:
    companion, mic = with_mic(build, store, clock)
    detected_call(companion, mic, clock)
    card = companion.windows.rating
    assert card is not None
    card.timer.timeout.emit()
    assert not card.isVisible()
    assert store.calls.all()[0].difficulty is None
    clock.advance(minutes=20)
    companion.actions.rate[1].trigger()
    assert store.calls.all()[0].difficulty == 2


def test_a_tray_log_within_five_minutes_rates_the_detected_call(
    build: Build, store: Store, clock: FakeClock
) -> None:
    companion, mic = with_mic(build, store, clock)
    detected_call(companion, mic, clock)
    clock.advance(minutes=4)
    companion.actions.difficulty[4].trigger()
    (call,) = store.calls.all()
    assert (call.difficulty, call.source) == (5, Source.DETECTED)
    assert companion.windows.rating is not None and not companion.windows.rating.isVisible()
    assert companion.windows.card.isVisible(), "a severe rating offers its reset"
    clock.advance(minutes=6)
    companion.actions.difficulty[0].trigger()
    assert len(store.calls.all()) == 2


def test_status_answers_over_the_socket(
    build: Build, store: Store, clock: FakeClock, qtbot: QtBot
) -> None:
    server = InstanceServer(store.data_dir)
    assert server.claim()
    companion, mic = with_mic(build, store, clock)
    companion.instance = server
    server.answer = companion.on_request
    mic.changed.emit(True)
    try:
        process = subprocess.Popen(
            [*COMMAND, "--data-dir", str(store.data_dir), "status", "--json"],
            stdout=subprocess.PIPE,
            text=True,
        )
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=15_000)
        assert process.returncode == 0
        out, _ = process.communicate()
        document = json.loads(out)
    finally:
        server.close()
    assert document == {
        "on_call": True,
        "call_source": "microphone",
        "level": "calm",
        "streak": 0,
        "unrated_today": 0,
        "paused_until": None,
    }


def test_a_call_logged_by_hand_during_the_microphone_call_is_not_recorded_twice(
    build: Build, store: Store, clock: FakeClock
) -> None:
    companion, mic = with_mic(build, store, clock)
    mic.changed.emit(True)
    clock.advance(seconds=90)
    mic.changed.emit(False)
    clock.advance(seconds=3)
    companion.actions.difficulty[2].trigger()
    clock.advance(seconds=7)
    companion.calls.check()
    (call,) = store.calls.all()
    assert (call.difficulty, call.source) == (3, Source.TRAY)
    assert companion.windows.rating is None
