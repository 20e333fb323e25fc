"""The shift rule: activity after a gap of hours, or the start of work hours, begins it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from wellbeing.core.history import History
from wellbeing.core.records import Call
from wellbeing.core.settings import Settings
from wellbeing.core.shift import current_shift, shift_start
from wellbeing.core.strain import strain, tooltip_parts

CET = timezone(timedelta(hours=1))
FRIDAY = datetime(2026, 11, 27, 12, 0, tzinfo=CET)
NO_HOURS = Settings(work_hours=(None,) * 7)


def at(hour: int, minute: int = 0, day: int = 27) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=CET)


def test_no_activity_means_no_shift() -> None:
    assert shift_start([], NO_HOURS, FRIDAY) is None


def test_a_gap_of_the_set_hours_starts_a_new_shift() -> None:
    moments = [at(1), at(10), at(11)]
    assert shift_start(moments, NO_HOURS, FRIDAY) == at(10)
    assert shift_start(moments, NO_HOURS.replace(shift_gap_h=10), FRIDAY) == at(1)


def test_the_shift_is_over_once_the_gap_has_passed() -> None:
    assert shift_start([at(5)], NO_HOURS, at(11)) is None
    assert shift_start([at(5)], NO_HOURS, at(10, 59)) == at(5)


def test_work_hours_start_a_shift_when_nothing_came_just_before() -> None:
    settings = Settings()  # 9:00 to 17:00, Monday to Friday
    assert shift_start([at(2)], settings, at(9, 30)) == at(9)
    assert shift_start([at(8, 30)], settings, at(9, 30)) == at(8, 30)  # an early start


def test_the_app_starting_begins_a_shift_but_says_nothing_of_breaks() -> None:
    shift = current_shift(History(), NO_HOURS, at(7, 5), started_at=at(7))
    assert shift is not None and shift.start == at(7)
    state = strain(History(), NO_HOURS, at(7, 5), started_at=at(7))
    assert [key for key, _ in tooltip_parts(state, at(7, 5))] == ["calm"]


def test_yesterdays_severe_call_and_break_do_not_count_this_morning() -> None:
    calls = [Call.create(ended_at=at(16, day=26), difficulty=5)]
    state = strain(History.of(calls, []), Settings(), at(9, 5))
    assert (state.streak, state.severe_since_break, state.last_break_end) == (0, False, None)
    assert [key for key, _ in tooltip_parts(state, at(9, 5))] == ["calm"]


def test_a_call_in_the_shift_without_a_break_says_so() -> None:
    calls = [Call.create(ended_at=at(9, 30), difficulty=2)]
    state = strain(History.of(calls, []), Settings(), at(10))
    assert [key for key, _ in tooltip_parts(state, at(10))] == ["calm", "no_break_today"]


def test_the_gap_setting_is_validated() -> None:
    assert Settings(shift_gap_h=8).shift_gap_h == 8
    assert Settings.from_dict({"shift_gap_h": "6"}).shift_gap_h == 6


def test_the_prompt_after_a_call_counts_the_streak_with_the_set_gap() -> None:
    from wellbeing.core.policy import offer_after_call

    calls = [Call.create(ended_at=at(h), difficulty=4) for h in (1, 2, 9)]
    long_gap = NO_HOURS.replace(shift_gap_h=8, streak_threshold=3)
    assert offer_after_call(calls[-1], History.of(calls, []), long_gap, at(9)) is not None
    assert offer_after_call(calls[-1], History.of(calls, []), NO_HOURS, at(9)) is None


def test_the_tooltip_and_the_level_read_one_shift() -> None:
    """A severe call at 08:00, a break skipped at 12:00, a routine call at 15:00:
    one shift (the skipped break was work), so the severe call still counts;
    the tooltip must not say "no break yet" of a shift whose severe call it forgets."""
    from wellbeing.core.records import Break, BreakOutcome, new_id
    from wellbeing.core.strain import StrainLevel

    history = History.of(
        calls=[
            Call.create(ended_at=at(8), difficulty=5),
            Call.create(ended_at=at(15), difficulty=1),
        ],
        breaks=[Break(new_id(), at(12), "box", 180, 20, BreakOutcome.SKIPPED)],
    )
    state = strain(history, NO_HOURS, at(15, 5))
    assert state.shift_calls == 2
    assert state.severe_since_break
    assert state.level is StrainLevel.HIGH
