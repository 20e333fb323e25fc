"""Where taking an offer leads (core.offer_route): one window, with its arguments."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from wellbeing.core.history import History
from wellbeing.core.offer_route import (
    MANUAL_TRIGGER,
    OpenBreathing,
    OpenCheckIn,
    OpenReflection,
    OpenWindDown,
    can_reflect,
    offer_route,
)
from wellbeing.core.policy import Offer, offer_after_call
from wellbeing.core.reasons import Reason, ReasonCode
from wellbeing.core.records import Call, PromptKind, new_id
from wellbeing.core.settings import Settings

NOW = datetime(2026, 11, 23, 10, tzinfo=UTC)
SETTINGS = Settings(default_break_min=4, reset_s=120, break_s=240)


def offer(
    kind: PromptKind,
    *,
    severe: bool = False,
    offers_reflection: bool = False,
    call_id: str | None = "call-1",
    break_s: int = 120,
) -> Offer:
    return Offer(
        id=new_id(),
        kind=kind,
        created_at=NOW,
        reason=Reason(ReasonCode.SEVERE_CALL),
        severe=severe,
        call_id=call_id,
        offers_reflection=offers_reflection,
        break_s=break_s,
        not_before=NOW,
        expires_at=NOW + timedelta(minutes=30),
    )


def after(difficulty: int, *tags: str) -> Offer:
    """The offer the policy makes for a call, as the card shows it."""
    call = Call.create(ended_at=NOW, difficulty=difficulty, tags=tags)
    made = offer_after_call(call, History.of([call]), SETTINGS, NOW)
    assert made is not None
    return made


# --- from the menu -------------------------------------------------------------------


def test_a_break_from_the_menu_lasts_the_agents_default_and_is_manual() -> None:
    assert offer_route(PromptKind.BREAK, None, SETTINGS) == OpenBreathing(240, MANUAL_TRIGGER)
    assert offer_route(PromptKind.BREAK, None, Settings(default_break_min=1)).seconds == 60


def test_reflecting_from_the_menu_is_on_the_last_call_and_offers_no_break() -> None:
    assert offer_route(PromptKind.REFLECT, None, SETTINGS) == OpenReflection(last_call=True)


def test_the_menus_wind_down_and_check_in() -> None:
    assert offer_route(PromptKind.WIND_DOWN, None, SETTINGS) == OpenWindDown()
    assert offer_route(PromptKind.CHECKIN, None, SETTINGS) == OpenCheckIn()


# --- a taken offer ---------------------------------------------------------------------


def test_start_on_a_severe_call_breathes_for_the_reset_and_offers_that_call_after() -> None:
    severe = after(5)
    route = offer_route(severe.kind, severe, SETTINGS)
    assert route == OpenBreathing(120, "reset", reflect_on=severe.call_id)


def test_a_streak_break_breathes_for_the_offer_and_offers_no_reflection() -> None:
    streak = offer(PromptKind.BREAK, break_s=240)
    assert offer_route(streak.kind, streak, SETTINGS) == OpenBreathing(240, "break")


def test_a_hard_calls_break_offers_a_reflection_on_that_call() -> None:
    hard = offer(PromptKind.BREAK, offers_reflection=True, call_id="hard", break_s=240)
    assert offer_route(hard.kind, hard, SETTINGS) == OpenBreathing(240, "break", "hard")


def test_reflect_on_a_severe_calls_card_then_offers_its_reset() -> None:
    severe = after(5)
    route = offer_route(PromptKind.REFLECT, severe, SETTINGS)
    assert route == OpenReflection(severe.call_id, then_breathe=OpenBreathing(120, "reset"))


def test_reflect_on_a_hard_but_not_severe_call_offers_no_break_after() -> None:
    hard = offer(PromptKind.BREAK, offers_reflection=True, call_id="hard")
    assert offer_route(PromptKind.REFLECT, hard, SETTINGS) == OpenReflection("hard")


def test_a_reflection_prompt_leads_to_its_call_and_never_to_a_break() -> None:
    escalated = offer(PromptKind.REFLECT, severe=True, call_id="esc")
    assert offer_route(escalated.kind, escalated, SETTINGS) == OpenReflection("esc")


@pytest.mark.parametrize(
    ("kind", "route"),
    [(PromptKind.CHECKIN, OpenCheckIn()), (PromptKind.WIND_DOWN, OpenWindDown())],
)
def test_scheduled_check_in_and_wind_down_open_their_window(
    kind: PromptKind, route: object
) -> None:
    assert offer_route(kind, offer(kind, call_id=None), SETTINGS) == route


def test_a_micro_break_breathes_for_its_minute() -> None:
    micro = offer(PromptKind.MICRO_BREAK, call_id=None, break_s=60)
    assert offer_route(micro.kind, micro, SETTINGS) == OpenBreathing(60, "micro_break")


# --- the card's second button ------------------------------------------------------------


def test_the_card_offers_reflect_for_a_hard_call_but_not_for_a_reflection() -> None:
    assert can_reflect(after(5))
    assert can_reflect(offer(PromptKind.BREAK, offers_reflection=True))
    assert not can_reflect(offer(PromptKind.BREAK))
    assert not can_reflect(offer(PromptKind.REFLECT, offers_reflection=True))
