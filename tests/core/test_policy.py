"""The prompt policy and the queue that holds prompts until they may be shown."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellbeing.core.errors import InvalidInput
from wellbeing.core.history import History
from wellbeing.core.policy import (
    Offer,
    PromptQueue,
    Reason,
    ReasonCode,
    offer_after_call,
    scheduled_offer,
)
from wellbeing.core.records import (
    Break,
    BreakOutcome,
    Call,
    CheckIn,
    Prompt,
    PromptKind,
    PromptOutcome,
    new_id,
)
from wellbeing.core.settings import Settings

NOW = datetime(2026, 11, 23, 10, tzinfo=UTC)
"""A Monday, inside the default work hours."""

SATURDAY_NIGHT = datetime(2026, 11, 28, 3, tzinfo=UTC)
DEFAULTS = Settings()


def ago(minutes: float) -> datetime:
    return NOW - timedelta(minutes=minutes)


def call(minutes_ago: float = 0, difficulty: int = 4, tags: Iterable[str] = ()) -> Call:
    return Call.create(ended_at=ago(minutes_ago), difficulty=difficulty, tags=tags)


def prompt(minutes_ago: float, kind: PromptKind = PromptKind.BREAK) -> Prompt:
    return Prompt(new_id(), kind, ago(minutes_ago), Reason(ReasonCode.ESCALATED))


def completed_break(ended_minutes_ago: float) -> Break:
    started = ago(ended_minutes_ago) - timedelta(seconds=120)
    return Break(new_id(), started, "box", 120, 120, BreakOutcome.COMPLETED)


def after(
    last: Call,
    *earlier: Call,
    prompts: Iterable[Prompt] = (),
    breaks: Iterable[Break] = (),
    settings: Settings = DEFAULTS,
    now: datetime = NOW,
) -> Offer | None:
    history = History.of([*earlier, last], breaks=breaks, prompts=prompts)
    return offer_after_call(last, history, settings, now)


def offer(
    created: datetime = NOW,
    *,
    severe: bool = False,
    stale_min: int = 30,
    kind: PromptKind = PromptKind.BREAK,
) -> Offer:
    return Offer(
        id=new_id(),
        kind=kind,
        created_at=created,
        reason=Reason(ReasonCode.SEVERE_CALL) if severe else Reason.of(ReasonCode.STREAK, streak=3),
        severe=severe,
        call_id=None,
        offers_reflection=False,
        break_s=90,
        not_before=created,
        expires_at=created + timedelta(minutes=stale_min),
    )


# --- after a call -------------------------------------------------------------


def test_severe_call_offers_a_reset_and_a_reflection() -> None:
    severe = call(difficulty=5)
    o = after(severe)
    assert o is not None
    assert (o.kind, o.severe, o.offers_reflection, o.break_s) == (PromptKind.RESET, True, True, 90)
    assert (o.call_id, o.created_at, o.not_before) == (severe.id, NOW, NOW)
    assert o.expires_at == NOW + timedelta(minutes=30)
    assert o.reason == Reason(ReasonCode.SEVERE_CALL)


def test_threatening_tag_is_severe_and_reset_length_follows_settings() -> None:
    o = after(call(difficulty=1, tags=["threatening"]), settings=Settings(reset_s=120))
    assert o is not None
    assert (o.kind, o.break_s) == (PromptKind.RESET, 120)


def test_severe_ignores_the_cooldown() -> None:
    o = after(call(difficulty=5), prompts=[prompt(1)])
    assert o is not None
    assert o.kind is PromptKind.RESET


def test_severe_wins_over_a_streak() -> None:
    o = after(call(difficulty=5), call(20), call(10))
    assert o is not None
    assert o.kind is PromptKind.RESET


def test_streak_at_the_threshold_offers_a_break() -> None:
    assert after(call(), call(10)) is None
    o = after(call(), call(20), call(10))
    assert o is not None
    assert (o.kind, o.severe, o.offers_reflection, o.break_s) == (
        PromptKind.BREAK,
        False,
        False,
        180,
    )
    assert o.reason == Reason.of(ReasonCode.STREAK, streak=3)
    assert o.reason.to_dict() == {"code": "streak", "params": {"streak": 3}}


def test_streak_threshold_comes_from_the_settings() -> None:
    assert after(call(), call(10), settings=Settings(streak_threshold=2)) is not None
    assert after(call(), call(20), call(10), settings=Settings(streak_threshold=4)) is None


def test_a_completed_break_resets_the_streak() -> None:
    assert after(call(), call(20), call(10), breaks=[completed_break(5)]) is None


def test_an_easy_call_breaks_the_streak() -> None:
    assert after(call(), call(20), call(15, difficulty=2), call(10)) is None
    assert after(call(difficulty=1), call(20), call(10)) is None


def test_cooldown_blocks_a_second_break() -> None:
    earlier = (call(20), call(10))
    assert after(call(), *earlier, prompts=[prompt(5)]) is None
    assert after(call(), *earlier, prompts=[prompt(15)]) is not None
    assert after(call(), *earlier, prompts=[prompt(5)], settings=Settings(cooldown_min=0))


def test_streak_break_on_an_escalated_call_also_offers_reflection() -> None:
    o = after(call(difficulty=3, tags=["escalated"]), call(20), call(10))
    assert o is not None
    assert (o.kind, o.offers_reflection) == (PromptKind.BREAK, True)


def test_escalated_call_offers_a_reflection() -> None:
    o = after(call(difficulty=2, tags=["escalated"]))
    assert o is not None
    assert (o.kind, o.offers_reflection, o.break_s, o.severe) == (
        PromptKind.REFLECT,
        True,
        0,
        False,
    )
    assert o.reason == Reason(ReasonCode.ESCALATED)


@pytest.mark.parametrize(
    ("difficulty", "tags"),
    [
        (2, ("escalated",)),
        (1, ("abusive",)),
        (3, ("threatening",)),
        (5, ()),
        (4, ("escalated", "resolved")),
    ],
)
def test_an_escalated_or_severe_call_offers_a_reflection(
    difficulty: int, tags: tuple[str, ...]
) -> None:
    o = after(call(difficulty=difficulty, tags=tags))
    assert o is not None
    assert o.offers_reflection


@pytest.mark.parametrize(
    ("difficulty", "tags"),
    [(1, ()), (3, ("angry",)), (4, ()), (4, ("unresolved", "long"))],
)
def test_other_calls_offer_no_reflection(difficulty: int, tags: tuple[str, ...]) -> None:
    assert after(call(difficulty=difficulty, tags=tags)) is None
    streak = after(call(difficulty=difficulty, tags=tags), call(20), call(10))
    assert streak is None or not streak.offers_reflection


def test_escalated_reflection_respects_the_cooldown() -> None:
    assert after(call(tags=["escalated"]), prompts=[prompt(3, PromptKind.REFLECT)]) is None


def test_ordinary_calls_offer_nothing() -> None:
    assert after(call(difficulty=1)) is None
    assert after(call(difficulty=4)) is None


def test_calls_prompt_outside_work_hours() -> None:
    late = Call.create(ended_at=SATURDAY_NIGHT, difficulty=5)
    o = offer_after_call(late, History.of([late]), DEFAULTS, SATURDAY_NIGHT)
    assert o is not None
    assert o.kind is PromptKind.RESET


def test_a_back_filled_call_prompts_nothing() -> None:
    assert after(call(31, difficulty=5)) is None
    assert after(call(30, difficulty=5)) is not None


def test_to_prompt_keeps_id_and_explains() -> None:
    o = after(call(), call(20), call(10))
    assert o is not None
    p = o.to_prompt()
    assert (p.id, p.kind, p.created_at, p.reason) == (
        o.id,
        PromptKind.BREAK,
        NOW,
        Reason.of(ReasonCode.STREAK, streak=3),
    )
    assert (p.outcome, p.resolved_at) == (None, None)
    done = o.to_prompt(PromptOutcome.TAKEN, NOW + timedelta(minutes=1))
    assert Prompt.from_dict(done.to_dict()) == done


# --- scheduled ----------------------------------------------------------------

MICRO = Settings(micro_breaks=True)


def scheduled(
    kind: PromptKind,
    settings: Settings,
    now: datetime = NOW,
    history: History | None = None,
) -> Offer | None:
    return scheduled_offer(kind, history or History(), settings, now)


def test_micro_break_only_when_enabled_and_in_work_hours() -> None:
    assert scheduled(PromptKind.MICRO_BREAK, DEFAULTS) is None
    o = scheduled(PromptKind.MICRO_BREAK, MICRO)
    assert o is not None
    assert (o.kind, o.break_s, o.reason) == (
        PromptKind.MICRO_BREAK,
        60,
        Reason(ReasonCode.MICRO_BREAK),
    )
    assert scheduled(PromptKind.MICRO_BREAK, MICRO, now=NOW.replace(hour=8)) is None
    assert scheduled(PromptKind.MICRO_BREAK, MICRO, now=SATURDAY_NIGHT) is None


def test_micro_break_waits_for_the_cooldown_and_a_recent_break() -> None:
    assert scheduled(PromptKind.MICRO_BREAK, MICRO, history=History.of(prompts=[prompt(5)])) is None
    recent = History.of(breaks=[completed_break(30)])
    assert scheduled(PromptKind.MICRO_BREAK, MICRO, history=recent) is None
    old = History.of(breaks=[completed_break(61)])
    assert scheduled(PromptKind.MICRO_BREAK, MICRO, history=old) is not None


def test_checkin_reminder_once_a_week() -> None:
    o = scheduled(PromptKind.CHECKIN, DEFAULTS)
    assert o is not None
    assert (o.kind, o.break_s, o.reason) == (PromptKind.CHECKIN, 0, Reason(ReasonCode.CHECKIN))
    this_week = History.of(checkins=[CheckIn(new_id(), ago(60))])
    assert scheduled(PromptKind.CHECKIN, DEFAULTS, history=this_week) is None
    last_week = History.of(checkins=[CheckIn(new_id(), ago(60 * 24))])
    assert scheduled(PromptKind.CHECKIN, DEFAULTS, history=last_week) is not None


def test_checkin_reminder_can_be_off_and_waits_for_work_hours() -> None:
    assert scheduled(PromptKind.CHECKIN, Settings(checkin_reminder=False)) is None
    assert scheduled(PromptKind.CHECKIN, DEFAULTS, now=SATURDAY_NIGHT) is None


def test_wind_down_around_the_end_of_the_shift() -> None:
    on = Settings(wind_down=True)
    assert scheduled(PromptKind.WIND_DOWN, DEFAULTS, now=NOW.replace(hour=16, minute=50)) is None
    for hour, minute in ((16, 50), (17, 0), (17, 15)):
        o = scheduled(PromptKind.WIND_DOWN, on, now=NOW.replace(hour=hour, minute=minute))
        assert o is not None
        assert (o.break_s, o.reason) == (60, Reason(ReasonCode.WIND_DOWN))
    assert scheduled(PromptKind.WIND_DOWN, on, now=NOW.replace(hour=17, minute=16)) is None
    assert scheduled(PromptKind.WIND_DOWN, on, now=SATURDAY_NIGHT) is None


def test_wind_down_once_a_day() -> None:
    on = Settings(wind_down=True, cooldown_min=0)
    today = History.of(prompts=[prompt(60, PromptKind.WIND_DOWN)])
    assert scheduled(PromptKind.WIND_DOWN, on, history=today) is None
    yesterday = History.of(prompts=[prompt(60 * 24, PromptKind.WIND_DOWN)])
    assert scheduled(PromptKind.WIND_DOWN, on, history=yesterday) is not None


def test_scheduled_offer_refuses_call_prompts() -> None:
    with pytest.raises(ValueError, match="scheduled"):
        scheduled(PromptKind.BREAK, DEFAULTS)


# --- the queue ----------------------------------------------------------------


def test_release_shows_one_and_holds_it_open() -> None:
    queue = PromptQueue()
    first = offer()
    queue.add(first)
    assert queue.release(NOW).show == [first]
    assert queue.open == first
    assert queue.pending == ()
    second = offer()
    queue.add(second)
    assert queue.release(NOW).show == []
    queue.close(first)
    assert queue.release(NOW).show == [second]


def test_queue_holds_while_on_call_and_releases_after() -> None:
    queue = PromptQueue([offer()])
    assert queue.release(NOW + timedelta(minutes=5), on_call=True).show == []
    assert len(queue.release(NOW + timedelta(minutes=6), on_call=False).show) == 1


def test_queue_holds_while_paused_until_the_end() -> None:
    queue = PromptQueue([offer()])
    until = NOW + timedelta(minutes=20)
    assert queue.release(NOW + timedelta(minutes=19), paused_until=until).show == []
    assert len(queue.release(until, paused_until=until).show) == 1


def test_severe_is_held_during_a_call_too() -> None:
    queue = PromptQueue([offer(severe=True)])
    assert queue.release(NOW, on_call=True).show == []


def test_stale_offers_expire_instead_of_showing() -> None:
    stale = offer()
    queue = PromptQueue([stale])
    assert queue.release(NOW + timedelta(minutes=29), on_call=True).expired == []
    released = queue.release(NOW + timedelta(minutes=30), on_call=True)
    assert (released.show, released.expired) == ([], [stale])
    assert queue.release(NOW + timedelta(minutes=31)).show == []


def test_nothing_bursts_after_a_long_sleep() -> None:
    offers = [offer(ago(m), severe=m == 0) for m in (0, 5, 10)]
    queue = PromptQueue(offers)
    released = queue.release(NOW + timedelta(hours=10))
    assert released.show == []
    assert sorted(o.id for o in released.expired) == sorted(o.id for o in offers)
    assert queue.pending == ()


def test_an_open_offer_never_answered_expires() -> None:
    shown = offer()
    queue = PromptQueue([shown])
    queue.release(NOW + timedelta(minutes=20))
    assert queue.release(NOW + timedelta(minutes=49)).expired == []
    assert queue.release(NOW + timedelta(minutes=50)).expired == [shown]
    assert queue.open is None


def test_snooze_returns_later() -> None:
    shown = offer()
    queue = PromptQueue([shown])
    queue.release(NOW)
    later = queue.snooze(shown, 10, NOW + timedelta(minutes=2))
    assert (later.id, later.created_at) == (shown.id, shown.created_at)
    assert later.not_before == NOW + timedelta(minutes=12)
    assert later.expires_at == NOW + timedelta(minutes=42)
    assert queue.open is None
    assert queue.release(NOW + timedelta(minutes=11)).show == []
    assert queue.release(NOW + timedelta(minutes=12)).show == [later]


@pytest.mark.parametrize("minutes", [0, -5, True])
def test_snooze_needs_positive_minutes(minutes: int) -> None:
    with pytest.raises(InvalidInput, match="snooze"):
        PromptQueue().snooze(offer(), minutes, NOW)


def test_severe_first_then_most_recent_and_the_rest_wait() -> None:
    old, recent, severe = offer(ago(10)), offer(ago(2)), offer(ago(20), severe=True)
    queue = PromptQueue([old, recent, severe])
    assert queue.pending == (severe, recent, old)
    assert queue.release(NOW).show == [severe]
    queue.close(severe)
    assert queue.release(NOW).show == [recent]
    queue.close(recent)
    assert queue.release(NOW).show == [old]


def test_close_forgets_a_waiting_offer_and_add_replaces_by_id() -> None:
    waiting = offer()
    queue = PromptQueue([waiting])
    queue.add(waiting)
    assert queue.pending == (waiting,)
    queue.close(waiting)
    assert queue.pending == ()
    assert queue.release(NOW).show == []


# --- properties -----------------------------------------------------------------

ops = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.integers(0, 1)),
        st.tuples(st.just("tick"), st.integers(0, 120)),
        st.tuples(st.just("release"), st.integers(0, 1)),
        st.tuples(st.just("close"), st.integers(0, 1)),
        st.tuples(st.just("snooze"), st.integers(1, 30)),
        st.tuples(st.just("pause"), st.integers(1, 60)),
    ),
    max_size=40,
)


@given(ops)
def test_queue_shows_at_most_one_and_never_during_a_call(steps: list[tuple[str, int]]) -> None:
    queue, now, paused_until = PromptQueue(), NOW, None
    for op, arg in steps:
        if op == "add":
            queue.add(offer(now, severe=bool(arg)))
        elif op == "tick":
            now += timedelta(minutes=arg)
        elif op == "pause":
            paused_until = now + timedelta(minutes=arg)
        elif op == "close" and queue.open is not None:
            queue.close(queue.open)
        elif op == "snooze" and queue.open is not None:
            queue.snooze(queue.open, arg, now)
        elif op == "release":
            open_before = queue.open
            released = queue.release(now, on_call=bool(arg), paused_until=paused_until)
            assert len(released.show) <= 1
            if arg or (paused_until is not None and now < paused_until):
                assert released.show == []
            if open_before is not None and open_before not in released.expired:
                assert released.show == []
            for shown in released.show:
                assert shown.not_before <= now < shown.expires_at
            for gone in released.expired:
                assert gone not in queue.pending
