"""The prompt service as the tray drives it: calls in, prompts out, outcomes recorded."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from doubles import FakeClock
from pytestqt.qtbot import QtBot

from wellbeing.core.pause import PauseChoice
from wellbeing.core.policy import Offer
from wellbeing.core.records import (
    Break,
    BreakOutcome,
    Call,
    PromptKind,
    PromptOutcome,
    Source,
    Tag,
    new_id,
)
from wellbeing.core.settings import Settings
from wellbeing.core.strain import StrainLevel
from wellbeing.services.prompting import PromptService
from wellbeing.store.store import Store

START = datetime(2026, 11, 23, 10, 0, tzinfo=timezone(timedelta(hours=1)))
BREATHING_KINDS = frozenset({PromptKind.RESET, PromptKind.BREAK, PromptKind.MICRO_BREAK})


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path)


@pytest.fixture
def service(store: Store, clock: FakeClock) -> Iterator[PromptService]:
    yield PromptService(store, clock, Settings(), shown_kinds=BREATHING_KINDS)


class Shown:
    """Collects the offers the service asks the windows to show."""

    def __init__(self, service: PromptService) -> None:
        self.offers: list[Offer] = []
        service.prompt_ready.connect(self.offers.append)


def outcomes(store: Store) -> list[tuple[PromptKind, PromptOutcome | None]]:
    return [(prompt.kind, prompt.outcome) for prompt in store.prompts.all()]


def test_three_difficult_calls_offer_a_break_and_record_it(
    service: PromptService, store: Store, clock: FakeClock
) -> None:
    shown = Shown(service)
    for _ in range(3):
        clock.advance(minutes=6)
        service.log_call(4)
    assert service.state().level is StrainLevel.HIGH
    assert [offer.kind for offer in shown.offers] == [PromptKind.BREAK]
    assert shown.offers[0].reason.params == {"streak": 3}
    assert outcomes(store) == [(PromptKind.BREAK, None)]


def test_taking_the_break_records_it_and_calms_the_state(
    service: PromptService, store: Store, clock: FakeClock
) -> None:
    shown = Shown(service)
    for _ in range(3):
        clock.advance(minutes=6)
        service.log_call(4)
    service.answer(shown.offers[0], PromptOutcome.TAKEN)
    started = clock.now()
    clock.advance(minutes=3)
    service.record_break(
        Break(new_id(), started, "box", 180, 180, BreakOutcome.COMPLETED, trigger="break")
    )
    assert outcomes(store) == [(PromptKind.BREAK, PromptOutcome.TAKEN)]
    assert [b.outcome for b in store.breaks.all()] == [BreakOutcome.COMPLETED]
    assert service.state().level is StrainLevel.CALM


def test_a_severe_call_from_another_process_waits_for_the_call_to_end(
    service: PromptService, store: Store, clock: FakeClock
) -> None:
    shown = Shown(service)
    service.set_on_call(True)
    store.calls.add(Call.create(ended_at=clock.now(), difficulty=5, source=Source.CLI))
    service.check_new_calls()
    assert shown.offers == []
    assert outcomes(store) == [(PromptKind.RESET, None)]
    clock.advance(minutes=4)
    service.set_on_call(False)
    assert [offer.kind for offer in shown.offers] == [PromptKind.RESET]


def test_each_call_is_considered_once(service: PromptService, clock: FakeClock) -> None:
    shown = Shown(service)
    service.log_call(5)
    service.check_new_calls()
    service.check_new_calls()
    assert len(shown.offers) == 1


def test_a_pause_holds_prompts_and_ends_by_itself(service: PromptService, clock: FakeClock) -> None:
    shown = Shown(service)
    until = service.pause(PauseChoice.HALF_HOUR)
    assert until == START + timedelta(minutes=30)
    assert service.state().level is StrainLevel.PAUSED
    clock.advance(minutes=20)
    service.log_call(5)
    assert shown.offers == []
    clock.advance(minutes=11)
    service.tick()
    assert service.paused_until is None
    assert [offer.kind for offer in shown.offers] == [PromptKind.RESET]


def test_after_a_long_sleep_old_prompts_expire_instead_of_bursting(
    service: PromptService, store: Store, clock: FakeClock
) -> None:
    shown = Shown(service)
    service.set_on_call(True)
    service.log_call(5)
    clock.advance(hours=10)
    service.set_on_call(False)
    assert shown.offers == []
    assert outcomes(store) == [(PromptKind.RESET, PromptOutcome.EXPIRED)]


def test_a_snoozed_prompt_comes_back_after_the_snooze(
    service: PromptService, store: Store, clock: FakeClock
) -> None:
    shown = Shown(service)
    service.log_call(5)
    wake = service.snooze(shown.offers[0], 5)
    assert wake == clock.now() + timedelta(minutes=5)
    assert service.next_wake() == wake
    assert outcomes(store) == [(PromptKind.RESET, PromptOutcome.SNOOZED)]
    clock.advance(minutes=4)
    service.tick()
    assert len(shown.offers) == 1
    clock.advance(minutes=1)
    service.tick()
    assert len(shown.offers) == 2
    assert shown.offers[1].id == shown.offers[0].id


def test_prompts_without_a_window_are_not_offered(service: PromptService, store: Store) -> None:
    shown = Shown(service)
    service.log_call(3, [Tag.ESCALATED])
    assert shown.offers == []
    assert store.prompts.all() == []


def test_dismissing_records_the_outcome(service: PromptService, store: Store) -> None:
    shown = Shown(service)
    service.log_call(5)
    service.answer(shown.offers[0], PromptOutcome.DISMISSED)
    assert outcomes(store) == [(PromptKind.RESET, PromptOutcome.DISMISSED)]


def test_strain_is_emitted_for_the_tray(service: PromptService, qtbot: QtBot) -> None:
    with qtbot.waitSignal(service.strain_changed) as emitted:
        service.log_call(4)
    assert emitted.args is not None
    assert emitted.args[0].level is StrainLevel.ELEVATED
    assert emitted.args[0].streak == 1
