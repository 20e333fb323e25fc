"""The totals behind ``wellbeing stats``."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellbeing.core.errors import InvalidInput
from wellbeing.core.history import History
from wellbeing.core.reasons import Reason, ReasonCode
from wellbeing.core.records import (
    Break,
    BreakOutcome,
    Call,
    Prompt,
    PromptKind,
    Reflection,
    Tag,
)
from wellbeing.core.stats import summarize

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 20, 18, tzinfo=CET)


def ago(days: float = 0, hours: float = 0) -> datetime:
    return NOW - timedelta(days=days, hours=hours)


def call(when: datetime, difficulty: int, *tags: Tag) -> Call:
    return Call.create(ended_at=when, difficulty=difficulty, tags=tags)


def pause(
    when: datetime, completed_s: int, outcome: BreakOutcome = BreakOutcome.COMPLETED
) -> Break:
    return Break(
        id=f"b{when.timestamp()}",
        started_at=when,
        pattern="box",
        planned_s=128,
        completed_s=completed_s,
        outcome=outcome,
        stress_before=8,
        stress_after=5,
    )


def history() -> History:
    calls = [
        call(ago(10), 5),  # old: only the whole history sees these
        call(ago(10, -1), 4),
        call(ago(10, -2), 4),
        call(ago(3), 1),
        call(ago(2, 3), 4, Tag.ANGRY),
        call(ago(2, 2), 2, Tag.THREATENING),
        call(ago(2, 1), 3),
        call(ago(0, 3), 5),
        call(ago(0, 2), 3, Tag.ESCALATED),
    ]
    breaks = [
        pause(ago(9), 180),
        pause(ago(2), 90),
        pause(ago(1), 20, BreakOutcome.SKIPPED),
    ]
    prompts = [
        Prompt("p1", PromptKind.BREAK, ago(10, -2), Reason.of(ReasonCode.STREAK, streak=3)),
        Prompt("p2", PromptKind.RESET, ago(2, 2), Reason(ReasonCode.SEVERE_CALL)),
        Prompt("p3", PromptKind.REFLECT, ago(0, 2), Reason(ReasonCode.ESCALATED)),
    ]
    reflections = [Reflection("r1", ago(0, 1), stress=2)]
    return History.of(calls, breaks, prompts, reflections)


def test_whole_history() -> None:
    stats = summarize(history(), NOW)
    assert stats.since is None
    assert stats.until == NOW
    assert (stats.calls, stats.difficult, stats.severe) == (9, 7, 3)
    assert stats.current_streak == 2
    assert stats.max_streak == 3
    assert (stats.breaks_taken, stats.breaks_prompted, stats.breaks_skipped) == (2, 2, 1)
    assert stats.breathing_minutes == 4.8  # 290 s
    assert stats.mean_difficulty == 3.4  # 31 / 9
    assert stats.mean_stress == 5.9  # (8 + 5) * 3 + 2 = 41 over 7 readings
    assert stats.reflections == 1


def test_window_of_days() -> None:
    stats = summarize(history(), NOW, days=7)
    assert stats.since == ago(7)
    assert (stats.calls, stats.difficult, stats.severe) == (6, 4, 2)
    assert stats.max_streak == 2
    assert (stats.breaks_taken, stats.breaks_prompted) == (1, 1)
    assert stats.mean_difficulty == 3.0


def test_current_streak_belongs_to_the_current_shift() -> None:
    tonight = [call(ago(hours=3), 4), call(ago(hours=2), 5), call(ago(hours=1), 4)]
    stats = summarize(History.of(tonight), NOW)
    assert (stats.current_streak, stats.max_streak) == (3, 3)
    last_night = [call(ago(1, hours=3), 4), call(ago(1, hours=2), 5), call(ago(1, hours=1), 4)]
    stats = summarize(History.of(last_night), NOW)
    assert (stats.current_streak, stats.max_streak) == (0, 3)  # a new shift starts calm


def test_empty_history() -> None:
    stats = summarize(History(), NOW, days=7)
    assert stats.calls == stats.current_streak == stats.max_streak == 0
    assert stats.mean_difficulty is None
    assert stats.mean_stress is None


def test_a_call_ahead_of_the_clock_still_counts() -> None:
    stats = summarize(History.of([call(NOW + timedelta(minutes=2), 2)]), NOW, days=1)
    assert stats.calls == 1


@pytest.mark.parametrize("days", [0, -3, True])
def test_refuses_bad_days(days: int) -> None:
    with pytest.raises(InvalidInput):
        summarize(History(), NOW, days=days)


def test_to_dict_is_the_json_contract() -> None:
    data = summarize(history(), NOW, days=7).to_dict()
    required = {
        "calls",
        "difficult",
        "severe",
        "current_streak",
        "max_streak",
        "breaks_taken",
        "breaks_prompted",
    }
    assert required <= set(data)
    assert data["since"] == "2026-11-13T18:00:00+01:00"
    assert data["days"] == 7
    assert json.loads(json.dumps(data)) == data
    assert summarize(history(), NOW).to_dict()["since"] is None


def test_to_text_is_short_and_says_the_numbers() -> None:
    text = summarize(history(), NOW, days=7).to_text()
    assert "last 7 days" in text
    assert "6 (4 difficult, 2 severe)" in text
    assert "Current streak:  2" in text
    assert len(text.splitlines()) <= 12
    assert "all history" in summarize(History(), NOW).to_text()


offsets = st.integers(min_value=-30 * 24 * 60, max_value=0)
calls_st = st.builds(
    lambda m, d: call(NOW + timedelta(minutes=m), d), offsets, st.integers(min_value=1, max_value=5)
)


@given(st.lists(calls_st, max_size=30), st.none() | st.integers(min_value=1, max_value=40))
def test_counts_are_consistent(calls: list[Call], days: int | None) -> None:
    stats = summarize(History.of(calls), NOW, days)
    assert 0 <= stats.severe <= stats.difficult <= stats.calls <= len(calls)
    assert stats.max_streak <= stats.difficult
    whole = summarize(History.of(calls), NOW)
    assert stats.current_streak == whole.current_streak
    assert stats.max_streak <= whole.max_streak
    if days is None or days >= 31:
        assert stats.calls == len(calls)
