"""The rules every prompt and weekly number rests on (DESIGN.md, Calls):
which calls are difficult or severe, and how long the current streak is."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellbeing.core.classify import (
    SHIFT_GAP,
    is_difficult,
    is_severe,
    last_completed_break_end,
    max_streak,
    severe_since_break,
    streak,
)
from wellbeing.core.records import Break, BreakOutcome, Call, Tag, new_id

NOW = datetime(2026, 11, 23, 15, tzinfo=UTC)


def call(minutes_ago: float, difficulty: int = 4, *tags: Tag) -> Call:
    return Call.create(
        ended_at=NOW - timedelta(minutes=minutes_ago), difficulty=difficulty, tags=tags
    )


def pause(ended_minutes_ago: float, completed: bool = True) -> Break:
    """A two-minute break that ended ``ended_minutes_ago`` (or was left after 20 s)."""
    seconds = 120 if completed else 20
    started = NOW - timedelta(minutes=ended_minutes_ago, seconds=seconds)
    outcome = BreakOutcome.COMPLETED if completed else BreakOutcome.SKIPPED
    return Break(new_id(), started, "box", 120, seconds, outcome)


# --- difficult ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("difficulty", "difficult"), [(1, False), (2, False), (3, False), (4, True), (5, True)]
)
def test_difficult_from_difficulty_4(difficulty: int, difficult: bool) -> None:
    assert is_difficult(call(0, difficulty)) is difficult


@pytest.mark.parametrize("tag", [Tag.ABUSIVE, Tag.THREATENING, Tag.ESCALATED])
def test_abusive_threatening_or_escalated_is_difficult_at_any_difficulty(tag: Tag) -> None:
    assert is_difficult(call(0, 1, tag))


@pytest.mark.parametrize("tag", [Tag.ANGRY, Tag.UNRESOLVED, Tag.RESOLVED, Tag.LONG])
def test_other_tags_do_not_make_a_call_difficult(tag: Tag) -> None:
    assert not is_difficult(call(0, 3, tag))
    assert not is_difficult(call(0, 1, Tag.ANGRY, Tag.UNRESOLVED, Tag.LONG))


# --- severe ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("difficulty", "tags", "severe"),
    [
        (5, (), True),
        (4, (), False),
        (1, (Tag.ABUSIVE,), True),
        (2, (Tag.THREATENING,), True),
        (3, (Tag.ESCALATED,), False),  # difficult, not severe
        (4, (Tag.ESCALATED, Tag.ANGRY, Tag.UNRESOLVED), False),
    ],
)
def test_severe_is_difficulty_5_or_abusive_or_threatening(
    difficulty: int, tags: tuple[Tag, ...], severe: bool
) -> None:
    assert is_severe(call(0, difficulty, *tags)) is severe


@given(st.integers(1, 5), st.sets(st.sampled_from(list(Tag))))
def test_a_severe_call_is_always_difficult(difficulty: int, tags: set[Tag]) -> None:
    c = call(0, difficulty, *tags)
    assert not is_severe(c) or is_difficult(c)


# --- streak ------------------------------------------------------------------------


def test_streak_counts_the_difficult_calls_at_the_end() -> None:
    assert streak([], now=NOW) == 0
    assert streak([call(30), call(20), call(10)], now=NOW) == 3
    assert streak([call(30), call(20, 2), call(10)], now=NOW) == 1
    assert streak([call(30), call(20), call(10, 1)], now=NOW) == 0


def test_streak_follows_when_calls_ended_not_the_order_given() -> None:
    assert streak([call(10), call(20, 1), call(30)], now=NOW) == 1
    assert streak([call(10, 1), call(20), call(30)], now=NOW) == 0


def test_a_completed_break_resets_the_streak_a_skipped_one_does_not() -> None:
    calls = [call(30), call(20), call(10)]
    assert streak(calls, [pause(15)], NOW) == 1
    assert streak(calls, [pause(5)], NOW) == 0
    assert streak(calls, [pause(5, completed=False)], NOW) == 3


def test_a_break_ending_as_a_call_ends_covers_it() -> None:
    assert streak([call(30), call(10)], [pause(10)], NOW) == 0
    assert max_streak([call(30), call(10), call(5), call(2, 5)], [pause(10)]) == 2


def test_calls_and_breaks_after_now_do_not_count() -> None:
    assert streak([call(20), call(10), call(-5)], now=NOW) == 2
    assert streak([call(20), call(10)], [pause(-5)], NOW) == 2
    assert last_completed_break_end([pause(5), pause(-5)], NOW) == NOW - timedelta(minutes=5)


# --- shifts ------------------------------------------------------------------------

GAP_MIN = SHIFT_GAP.total_seconds() / 60


def test_the_shift_gap_is_six_hours() -> None:
    assert timedelta(hours=6) == SHIFT_GAP


def test_a_long_gap_between_calls_starts_a_new_shift() -> None:
    last_night = [call(GAP_MIN + 30), call(GAP_MIN + 20)]
    assert streak([*last_night, call(10)], now=NOW) == 1
    same_shift = [call(GAP_MIN + 9), call(GAP_MIN + 8)]  # gaps just under six hours
    assert streak([*same_shift, call(10)], now=NOW) == 3


def test_a_new_shift_starts_calm() -> None:
    calls = [call(GAP_MIN + 20, 5), call(GAP_MIN + 10)]
    assert streak(calls, now=NOW) == 0
    assert not severe_since_break(calls, now=NOW)
    assert streak(calls, now=NOW - timedelta(minutes=11)) == 2
    assert severe_since_break(calls, now=NOW - timedelta(minutes=11))


def test_max_streak_never_spans_two_shifts() -> None:
    calls = [call(GAP_MIN + 30), call(GAP_MIN + 20), call(10), call(5)]
    assert max_streak(calls) == 2
    assert max_streak([call(GAP_MIN + 8), call(10), call(5)]) == 3


# --- the severe flag ---------------------------------------------------------------


def test_a_severe_call_stays_flagged_until_a_completed_break() -> None:
    severe = call(30, 5)
    assert severe_since_break([severe, call(10, 1)], now=NOW)
    assert severe_since_break([severe], [pause(5, completed=False)], NOW)
    assert not severe_since_break([severe], [pause(5)], NOW)
    assert severe_since_break([severe, call(2, 1, Tag.ABUSIVE)], [pause(5)], NOW)
    assert not severe_since_break([call(10, 4, Tag.ESCALATED)], now=NOW)


# --- against a model ----------------------------------------------------------------

events = st.lists(
    st.tuples(st.integers(0, 16 * 60), st.integers(1, 5), st.booleans(), st.booleans()),
    max_size=25,
)


def model_streak(calls: Sequence[Call], breaks: Iterable[Break]) -> int:
    """The DESIGN.md rule read backwards from now: count difficult calls until a
    non-difficult call, a completed break or a gap of a shift. Of calls that
    ended at one moment, a routine one comes before a difficult one."""
    reset = max((b.ended_at for b in breaks if b.completed), default=None)
    later = NOW
    count = 0
    for c in reversed(sorted(calls, key=lambda c: (c.ended_at, is_difficult(c)))):
        if later - c.ended_at >= SHIFT_GAP:
            break
        if (reset is not None and c.ended_at <= reset) or not is_difficult(c):
            break
        count += 1
        later = c.ended_at
    return count


@given(events)
def test_streak_agrees_with_the_rule_read_backwards(
    items: list[tuple[int, int, bool, bool]],
) -> None:
    calls = [call(m, d) for m, d, is_break, _ in items if not is_break]
    breaks = [pause(m, done) for m, _, is_break, done in items if is_break]
    assert streak(calls, breaks, NOW) == model_streak(calls, breaks)
    assert 0 <= streak(calls, breaks, NOW) <= max_streak(calls, breaks)
