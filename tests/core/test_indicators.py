"""ISO weeks and the weekly indicators a pulse carries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellbeing.core.checkin import Scores
from wellbeing.core.errors import InvalidInput
from wellbeing.core.history import History
from wellbeing.core.indicators import WeeklyIndicators, weekly_indicators
from wellbeing.core.reasons import Reason, ReasonCode
from wellbeing.core.records import (
    Break,
    BreakOutcome,
    Call,
    CheckIn,
    Prompt,
    PromptKind,
    Reflection,
    Tag,
)
from wellbeing.core.weeks import (
    iso_week,
    parse_week,
    previous_week,
    week_bounds,
)

CET = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 11, 16, tzinfo=CET)  # the first day of 2026-W47


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return MONDAY + timedelta(days=day, hours=hour, minutes=minute)


def call(when: datetime, difficulty: int, *tags: Tag) -> Call:
    return Call.create(ended_at=when, difficulty=difficulty, tags=tags)


def pause(
    when: datetime,
    completed_s: int,
    outcome: BreakOutcome = BreakOutcome.COMPLETED,
    before: int | None = None,
    after: int | None = None,
) -> Break:
    return Break(
        id=f"b{when.timestamp()}",
        started_at=when,
        pattern="box",
        planned_s=128,
        completed_s=completed_s,
        outcome=outcome,
        stress_before=before,
        stress_after=after,
    )


def prompt(when: datetime, kind: PromptKind) -> Prompt:
    return Prompt(
        id=f"p{when.timestamp()}{kind}",
        kind=kind,
        created_at=when,
        reason=Reason(ReasonCode.STREAK, {"streak": 3}),
    )


# --- weeks -------------------------------------------------------------------


def test_iso_week_reads_the_moment_in_its_own_offset() -> None:
    assert iso_week(MONDAY) == "2026-W47"
    late_sunday = datetime(2026, 11, 22, 23, 30, tzinfo=CET)
    assert iso_week(late_sunday) == "2026-W47"
    early_monday = datetime(2026, 11, 23, 0, 30, tzinfo=CET)
    assert iso_week(early_monday) == "2026-W48"
    assert iso_week(early_monday.astimezone(UTC)) == "2026-W47"
    assert iso_week(datetime(2027, 1, 1, tzinfo=UTC)) == "2026-W53"


@pytest.mark.parametrize(
    "text", ["2026-47", "2026-W7", "2026-W00", "2025-W53", " 2026-W47", "2026-W47\n", "٢٠٢٦-W47"]
)
def test_parse_week_refuses_bad_names(text: str) -> None:
    with pytest.raises(InvalidInput):
        parse_week(text)


def test_parse_week() -> None:
    assert parse_week("2026-W47") == (2026, 47)
    assert parse_week("2026-W53") == (2026, 53)


def test_week_bounds_hold_across_a_daylight_saving_change() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    start, end = week_bounds("2026-W13", berlin)
    assert start == datetime(2026, 3, 23, tzinfo=berlin)
    assert start.utcoffset() == timedelta(hours=1)
    assert end == datetime(2026, 3, 30, tzinfo=berlin)
    assert end.utcoffset() == timedelta(hours=2)
    assert end.timestamp() - start.timestamp() == (7 * 24 - 1) * 3600


def test_the_previous_week_crosses_the_year() -> None:
    assert previous_week("2027-W01") == "2026-W53"
    assert previous_week("2026-W47") == "2026-W46"


# --- indicators --------------------------------------------------------------


def hand_worked_history() -> History:
    calls = [
        call(at(0, 9, 0), 2),
        call(at(0, 9, 10), 4),
        call(at(0, 9, 20), 5),
        call(at(0, 9, 30), 3, Tag.ESCALATED),
        call(at(0, 9, 40), 2, Tag.ABUSIVE),
        call(at(0, 9, 50), 1),
        call(at(1, 10), 4),
        call(at(-1, 10), 5),  # the week before
        call(datetime(2026, 11, 23, 0, 30, tzinfo=CET), 5),  # the week after, 23:30 UTC
    ]
    breaks = [
        pause(at(0, 9, 35), 120, before=7, after=4),
        pause(at(1, 11), 30, BreakOutcome.SKIPPED, before=6),
        pause(at(-1, 11), 600, before=10, after=10),
    ]
    prompts = [
        prompt(at(0, 9, 21), PromptKind.RESET),
        prompt(at(0, 9, 31), PromptKind.BREAK),
        prompt(at(0, 9, 31), PromptKind.REFLECT),
        prompt(at(2, 14), PromptKind.MICRO_BREAK),
        prompt(at(4, 9), PromptKind.CHECKIN),
        prompt(at(4, 17), PromptKind.WIND_DOWN),
        prompt(at(-1, 9), PromptKind.BREAK),
    ]
    reflections = [
        Reflection(id="r1", created_at=at(0, 9, 45), stress=5),
        Reflection(id="r2", created_at=at(1, 12)),
    ]
    checkins = [
        CheckIn("k2", at(4, 9), {"p1": 50, "p2": 25, "p3": 75, "p4": 25, "w1": 100, "w2": 50,
                                  "w3": 50, "c1": 75, "c2": 0}),
        CheckIn("k1", at(0, 8), {item: 100 for item in ("p1", "p2", "p3", "w1", "w2", "w3")}),
    ]  # fmt: skip
    return History.of(calls, breaks, prompts, reflections, checkins)


def test_hand_worked_week() -> None:
    week = weekly_indicators(hand_worked_history(), "2026-W47")
    assert week == WeeklyIndicators(
        calls=7,
        difficult=5,
        severe=2,
        max_streak=3,
        breaks_prompted=4,
        breaks_taken=1,
        breathing_minutes=2.5,
        mean_stress=5.5,
        checkin=Scores(personal=43.8, work=66.7, customer=None),
    )


def test_to_dict_is_the_pulse_indicators_object() -> None:
    data = weekly_indicators(hand_worked_history(), "2026-W47").to_dict()
    assert list(data) == [
        "calls",
        "difficult",
        "severe",
        "max_streak",
        "breaks_prompted",
        "breaks_taken",
        "breathing_minutes",
        "mean_stress",
        "checkin",
    ]
    assert data["checkin"] == {"personal": 43.8, "work": 66.7, "customer": None}


def test_an_empty_week_is_all_zero_and_null() -> None:
    data = weekly_indicators(hand_worked_history(), "2026-W40").to_dict()
    assert data == {
        "calls": 0,
        "difficult": 0,
        "severe": 0,
        "max_streak": 0,
        "breaks_prompted": 0,
        "breaks_taken": 0,
        "breathing_minutes": 0.0,
        "mean_stress": None,
        "checkin": {"personal": None, "work": None, "customer": None},
    }


def test_the_streak_starts_again_with_the_week() -> None:
    calls = [call(at(-1, 23), 5), call(at(-1, 23, 30), 5), call(at(0, 8), 4)]
    assert weekly_indicators(History.of(calls), "2026-W47").max_streak == 1


def test_refuses_a_bad_week() -> None:
    with pytest.raises(InvalidInput):
        weekly_indicators(History(), "2026-47")


# --- properties --------------------------------------------------------------

minutes = st.integers(min_value=-3 * 24 * 60, max_value=10 * 24 * 60)
stress = st.none() | st.integers(min_value=0, max_value=10)
calls_st = st.builds(
    lambda m, d, tags: call(MONDAY + timedelta(minutes=m), d, *tags),
    minutes,
    st.integers(min_value=1, max_value=5),
    st.sets(st.sampled_from(list(Tag)), max_size=3),
)
breaks_st = st.builds(
    lambda m, s, o, b, a: pause(MONDAY + timedelta(minutes=m), s, o, b, a),
    minutes,
    st.integers(min_value=0, max_value=600),
    st.sampled_from(list(BreakOutcome)),
    stress,
    stress,
)
prompts_st = st.builds(
    lambda m, k: prompt(MONDAY + timedelta(minutes=m), k),
    minutes,
    st.sampled_from(list(PromptKind)),
)
reflections_st = st.builds(
    lambda i, m, s: Reflection(id=str(i), created_at=MONDAY + timedelta(minutes=m), stress=s),
    st.integers(),
    minutes,
    stress,
)
histories = st.builds(
    History.of,
    st.lists(calls_st, max_size=40),
    st.lists(breaks_st, max_size=8),
    st.lists(prompts_st, max_size=8),
    st.lists(reflections_st, max_size=5),
)


@given(histories)
def test_indicators_are_always_in_range(history: History) -> None:
    week = weekly_indicators(history, "2026-W47")
    assert 0 <= week.severe <= week.difficult <= week.calls
    assert 0 <= week.max_streak <= week.difficult
    assert 0 <= week.breaks_taken <= len(history.breaks)
    assert 0 <= week.breaks_prompted <= len(history.prompts)
    assert week.mean_stress is None or 0 <= week.mean_stress <= 10
    assert week.breathing_minutes >= 0


@given(histories)
def test_breaks_taken_counts_completed_breaks_in_the_week(history: History) -> None:
    inside = [b for b in history.breaks if MONDAY <= b.started_at < MONDAY + timedelta(days=7)]
    week = weekly_indicators(history, "2026-W47")
    assert week.breaks_taken == sum(b.outcome is BreakOutcome.COMPLETED for b in inside)
    total = sum(b.completed_s for b in inside) / 60
    assert week.breathing_minutes == pytest.approx(total, abs=0.051)


@given(histories)
def test_weeks_partition_the_history(history: History) -> None:
    weeks = [iso_week(MONDAY + timedelta(weeks=n)) for n in range(-1, 3)]
    total = sum(weekly_indicators(history, week).calls for week in weeks)
    assert total == len(history.calls)
