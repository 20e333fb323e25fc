"""The tray's log follows core.rating: it rates the detected call that just
ended, and adds a call of its own otherwise."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from doubles import FakeClock
from pytestqt.qtbot import QtBot

from wellbeing.core.records import PromptKind, Source
from wellbeing.core.settings import Settings
from wellbeing.services.prompting import PromptService
from wellbeing.store.store import Store

START = datetime(2026, 11, 23, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def make(tmp_path: Path) -> tuple[PromptService, Store, FakeClock]:
    store, clock = Store.open(tmp_path), FakeClock(START)
    service = PromptService(store, clock, Settings(), shown_kinds=frozenset({PromptKind.RESET}))
    return service, store, clock


def test_a_severe_tray_log_rates_the_detected_call_and_offers_a_reset(
    tmp_path: Path, qtbot: QtBot
) -> None:
    service, store, clock = make(tmp_path)
    detected = service.record_detected(START - timedelta(minutes=3), START)
    assert detected is not None
    clock.advance(minutes=4)
    offers: list[object] = []
    service.prompt_ready.connect(offers.append)
    with qtbot.waitSignal(service.logged_here) as logged:
        rated = service.log_call(5, note="shouted")
    (stored,) = store.calls.all()
    assert logged.args == [rated] and stored == rated
    assert (rated.id, rated.source, rated.duration_s) == (detected.id, Source.DETECTED, 180)
    assert (rated.difficulty, rated.note) == (5, "shouted")
    assert len(offers) == 1


def test_a_tray_log_after_the_window_adds_a_call(tmp_path: Path) -> None:
    service, store, clock = make(tmp_path)
    service.record_detected(START - timedelta(minutes=3), START)
    clock.advance(minutes=6)
    added = service.log_call(2)
    assert added.source is Source.TRAY and added.ended_at == clock.now()
    assert sorted(call.difficulty or 0 for call in store.calls.all()) == [0, 2]
