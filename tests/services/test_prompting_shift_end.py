"""The end of a shift as the service records it, and the calls a route names."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from doubles import FakeClock

from wellbeing.core.offer_route import OpenReflection
from wellbeing.core.settings import Settings
from wellbeing.core.winddown import rest_until
from wellbeing.services.prompting import PromptService
from wellbeing.store.store import Store

CET = timezone(timedelta(hours=1))
FRIDAY_EVENING = datetime(2026, 11, 20, 17, 5, tzinfo=CET)


def make(tmp_path: Path, clock: FakeClock) -> PromptService:
    return PromptService(Store.open(tmp_path), clock, Settings())


def test_what_is_left_behind_is_stored_as_a_journal_entry_dated_now(tmp_path: Path) -> None:
    clock = FakeClock(FRIDAY_EVENING)
    make(tmp_path, clock).leave_behind("A long day.")
    (entry,) = Store.open(tmp_path).reflections.all()
    assert (entry.journal, entry.created_at, entry.call_id) == ("A long day.", clock.now(), None)


def test_ending_the_shift_rests_until_the_next_one_across_a_restart(tmp_path: Path) -> None:
    clock = FakeClock(FRIDAY_EVENING)
    service = make(tmp_path, clock)
    service.end_shift()
    monday = rest_until(Settings(), FRIDAY_EVENING)
    assert monday.weekday() == 0
    assert service.paused_until == monday
    clock.advance(hours=2)
    assert make(tmp_path, clock).paused_until == monday


def test_a_reflection_route_names_its_call_or_the_last_one(tmp_path: Path) -> None:
    clock = FakeClock(FRIDAY_EVENING)
    service = make(tmp_path, clock)
    first = service.log_call(2)
    clock.advance(minutes=10)
    last = service.log_call(3)
    assert service.reflection_call(OpenReflection(first.id)) == first
    assert service.reflection_call(OpenReflection(last_call=True)) == last
    assert service.reflection_call(OpenReflection()) is None
