"""Undoing a log from the app: exactly that call goes, and the prompt it made if the
agent has not answered it yet (services.prompting, issue 15)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from doubles import FakeClock
from pytestqt.qtbot import QtBot

from wellbeing.core.records import PromptKind, PromptOutcome, Source
from wellbeing.core.settings import Settings
from wellbeing.services.prompting import PromptService
from wellbeing.store.store import Store

START = datetime(2026, 11, 23, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def make(tmp_path: Path) -> tuple[PromptService, Store, FakeClock]:
    store = Store.open(tmp_path)
    clock = FakeClock(START)
    return PromptService(store, clock, Settings()), store, clock


def test_undo_removes_exactly_that_call(tmp_path: Path, qtbot: QtBot) -> None:
    service, store, clock = make(tmp_path)
    first = service.log_call(2, source=Source.TRAY)
    clock.advance(minutes=1)
    second = service.log_call(4, source=Source.POPUP)
    with qtbot.waitSignal(service.log_undone) as undone:
        assert service.undo_log(second.id)
    assert undone.args == [second.id]
    assert [call.id for call in store.calls.all()] == [first.id]
    assert not service.undo_log(second.id)  # a second Undo finds nothing to remove


def test_every_log_from_the_app_is_announced_for_confirmation(tmp_path: Path, qtbot: QtBot) -> None:
    service, _, _ = make(tmp_path)
    with qtbot.waitSignal(service.logged_here) as logged:
        call = service.log_call(3)
    assert logged.args == [call]


def test_an_unanswered_prompt_goes_with_its_call(tmp_path: Path, qtbot: QtBot) -> None:
    service, store, _ = make(tmp_path)
    shown = []
    service.prompt_ready.connect(shown.append)
    call = service.log_call(5)
    (offer,) = shown
    with qtbot.waitSignal(service.prompt_withdrawn) as withdrawn:
        service.undo_log(call.id)
    assert withdrawn.args == [offer.id]
    assert store.prompts.all() == []
    assert service.queue.open is None and service.queue.pending == ()


def test_an_answered_prompt_stays_recorded(tmp_path: Path) -> None:
    service, store, _ = make(tmp_path)
    shown = []
    service.prompt_ready.connect(shown.append)
    call = service.log_call(5)
    service.answer(shown[0], PromptOutcome.TAKEN)
    service.undo_log(call.id)
    assert [(p.kind, p.outcome) for p in store.prompts.all()] == [
        (PromptKind.RESET, PromptOutcome.TAKEN)
    ]


def test_undo_of_a_rating_keeps_the_detected_call_unrated(tmp_path: Path, qtbot: QtBot) -> None:
    """A tray log just after a microphone call rates that call; Undo takes the
    rating back and keeps the call the microphone saw, never deletes it."""
    service, store, clock = make(tmp_path)
    detected = service.record_detected(START - timedelta(minutes=4), START)
    assert detected is not None
    clock.advance(minutes=2)
    with qtbot.waitSignal(service.logged_here) as logged:
        rated = service.log_call(4, source=Source.TRAY)
    assert rated.id == detected.id and logged.args == [rated]
    assert service.undo_log(rated.id)
    (kept,) = store.calls.all()
    assert kept.id == detected.id and kept.difficulty is None and kept.source is Source.DETECTED
