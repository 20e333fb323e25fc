"""The series the history window charts, checked against hand-worked numbers."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from itertools import count

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wellbeing.core.errors import InvalidInput
from wellbeing.core.history import History
from wellbeing.core.indicators import weekly_indicators
from wellbeing.core.reasons import Reason, ReasonCode
from wellbeing.core.records import (
    Break,
    BreakOutcome,
    Call,
    CheckIn,
    Prompt,
    PromptKind,
    PromptOutcome,
)
from wellbeing.core.series import (
    DIFFICULTIES,
    BreaksPerWeek,
    CheckinPoint,
    PatternStress,
    breaks_per_week,
    calls_per_day,
    checkin_by_week,
    days_in,
    in_days,
    load_range,
    series_for,
    stress_by_pattern,
    weeks_in,
)
from wellbeing.core.stats import summarize

CET = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 11, 16, tzinfo=CET)  # the first day of 2026-W47
_ids = count()


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return MONDAY + timedelta(days=day, hours=hour, minutes=minute)


def call(when: datetime, difficulty: int | None) -> Call:
    return Call(id=f"c{next(_ids)}", ended_at=when, difficulty=difficulty)


def pause(
    when: datetime,
    pattern: str = "box",
    before: int | None = None,
    after: int | None = None,
    outcome: BreakOutcome = BreakOutcome.COMPLETED,
) -> Break:
    return Break(
        id=f"b{next(_ids)}",
        started_at=when,
        pattern=pattern,
        planned_s=64,
        completed_s=64 if outcome is BreakOutcome.COMPLETED else 10,
        outcome=outcome,
        stress_before=before,
        stress_after=after,
    )


def prompt(when: datetime, kind: PromptKind) -> Prompt:
    return Prompt(
        id=f"p{next(_ids)}",
        kind=kind,
        created_at=when,
        reason=Reason(ReasonCode.STREAK, {"streak": 3}),
        outcome=PromptOutcome.TAKEN,
        resolved_at=when,
    )


def checkin(when: datetime, value: int, *, parts: str = "pwc") -> CheckIn:
    answers = {f"{part}{n}": value for part in parts for n in (1, 2, 3, 4)}
    return CheckIn(id=f"k{next(_ids)}", created_at=when, answers=answers)


# --- days and weeks ------------------------------------------------------------


def test_days_in_is_inclusive_and_refuses_a_reversed_range() -> None:
    assert days_in(date(2026, 11, 16), date(2026, 11, 18)) == (
        date(2026, 11, 16),
        date(2026, 11, 17),
        date(2026, 11, 18),
    )
    assert days_in(date(2026, 11, 16), date(2026, 11, 16)) == (date(2026, 11, 16),)
    with pytest.raises(InvalidInput):
        days_in(date(2026, 11, 17), date(2026, 11, 16))


def test_weeks_in_covers_partial_weeks_and_crosses_the_year() -> None:
    assert weeks_in(date(2026, 11, 19), date(2026, 11, 23)) == ["2026-W47", "2026-W48"]
    assert weeks_in(date(2026, 11, 16), date(2026, 11, 22)) == ["2026-W47"]
    assert weeks_in(date(2026, 12, 30), date(2027, 1, 5)) == ["2026-W53", "2027-W01"]


def test_in_days_reads_each_record_in_its_own_offset_unless_told() -> None:
    # 00:30 on Tuesday in UTC+2 is still Monday in UTC.
    early = call(datetime(2026, 11, 17, 0, 30, tzinfo=timezone(timedelta(hours=2))), 1)
    history = History.of(calls=[early])
    monday, tuesday = date(2026, 11, 16), date(2026, 11, 17)
    assert in_days(history, tuesday, tuesday).calls == (early,)
    assert in_days(history, monday, monday).calls == ()
    assert in_days(history, monday, monday, UTC).calls == (early,)


def test_load_range_holds_every_record_of_the_days_in_any_offset() -> None:
    start, end = load_range(date(2026, 11, 16), date(2026, 11, 22), CET)
    first = datetime(2026, 11, 16, 0, 0, tzinfo=timezone(timedelta(hours=14)))
    last = datetime(2026, 11, 22, 23, 59, tzinfo=timezone(timedelta(hours=-12)))
    assert start <= first < end
    assert start <= last < end


# --- calls per day ----------------------------------------------------------------


def test_calls_per_day_are_stacked_by_difficulty_and_zero_filled() -> None:
    history = History.of(
        calls=[
            call(at(0, 9), 1),
            call(at(0, 10), 1),
            call(at(0, 11), 4),
            call(at(2, 9), 5),
            call(at(2, 23, 59), 2),
            call(at(-1, 12), 3),  # the day before the range
            call(at(3, 0), 3),  # the day after
        ]
    )
    chart = calls_per_day(history, date(2026, 11, 16), date(2026, 11, 18))
    assert chart.days == (date(2026, 11, 16), date(2026, 11, 17), date(2026, 11, 18))
    assert chart.by_difficulty == {
        1: (2, 0, 0),
        2: (0, 0, 1),
        3: (0, 0, 0),
        4: (1, 0, 0),
        5: (0, 0, 1),
    }
    assert list(chart.by_difficulty) == list(DIFFICULTIES)
    assert chart.totals == (3, 0, 2)


def test_calls_per_day_of_an_empty_history_is_all_zeros() -> None:
    chart = calls_per_day(History(), date(2026, 11, 16), date(2026, 11, 17))
    assert chart.by_difficulty == {d: (0, 0) for d in DIFFICULTIES}
    assert chart.unrated == (0, 0)
    assert chart.totals == (0, 0)


def test_calls_per_day_count_the_calls_not_rated_yet() -> None:
    """A call the microphone saw end is a call on its day (DESIGN.md, "Calls"), as
    ``stats`` counts it: in a stack of its own, in no difficulty's."""
    history = History.of(
        calls=[
            call(at(0, 9), None),
            call(at(0, 10), 4),
            call(at(1, 9), None),
            call(at(1, 11), None),
        ]
    )
    first, last = date(2026, 11, 16), date(2026, 11, 18)
    chart = calls_per_day(history, first, last)
    assert chart.unrated == (1, 2, 0)
    assert chart.by_difficulty[4] == (1, 0, 0)
    assert chart.totals == (2, 2, 0)
    window = in_days(history, first, last)
    assert sum(chart.totals) == summarize(window, at(3, 0)).calls == 4


def test_calls_per_day_in_a_zone_moves_a_late_call_to_its_day_there() -> None:
    late = call(datetime(2026, 11, 16, 23, 30, tzinfo=CET), 2)  # 22:30 UTC, 00:30 in UTC+2
    history = History.of(calls=[late])
    days = (date(2026, 11, 16), date(2026, 11, 17))
    assert calls_per_day(history, *days).by_difficulty[2] == (1, 0)
    plus_two = timezone(timedelta(hours=2))
    assert calls_per_day(history, *days, tz=plus_two).by_difficulty[2] == (0, 1)


moments = st.datetimes(
    min_value=datetime(2026, 11, 10), max_value=datetime(2026, 11, 30), timezones=st.just(CET)
)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(moments, st.none() | st.integers(1, 5)), max_size=40))
def test_calls_per_day_counts_every_call_of_the_range_once(
    calls: list[tuple[datetime, int | None]],
) -> None:
    history = History.of(calls=[call(when, difficulty) for when, difficulty in calls])
    first, last = date(2026, 11, 14), date(2026, 11, 24)
    chart = calls_per_day(history, first, last)
    assert sum(chart.totals) == sum(1 for when, _ in calls if first <= when.date() <= last)
    for difficulty in DIFFICULTIES:
        for day, n in zip(chart.days, chart.by_difficulty[difficulty], strict=True):
            assert n == sum(1 for w, d in calls if w.date() == day and d == difficulty)
    for day, n in zip(chart.days, chart.unrated, strict=True):
        assert n == sum(1 for w, d in calls if w.date() == day and d is None)


# --- stress by pattern ----------------------------------------------------------------


def test_stress_by_pattern_means_completed_breaks_with_both_readings() -> None:
    history = History.of(
        breaks=[
            pause(at(0, 9), "box", 8, 4),
            pause(at(0, 10), "box", 6, 5),
            pause(at(0, 11), "box", 7, 6),
            pause(at(0, 12), "box", 9, None),  # no after: not counted
            pause(at(0, 13), "box", None, 1),  # no before: not counted
            pause(at(0, 14), "box", 10, 0, BreakOutcome.SKIPPED),  # left early
            pause(at(1, 9), "cyclic_sigh", 5, 2),
            pause(at(1, 10), "coherent", None, None),  # no reading at all
        ]
    )
    box, sigh = stress_by_pattern(history)
    assert box == PatternStress("box", 3, 7.0, 5.0, -2.0)
    assert sigh == PatternStress("cyclic_sigh", 1, 5.0, 2.0, -3.0)


def test_stress_by_pattern_keeps_the_settings_order_then_unknown_ids() -> None:
    history = History.of(
        breaks=[
            pause(at(0, 9), "zen", 3, 3),
            pause(at(0, 10), "coherent", 4, 3),
            pause(at(0, 11), "alpha", 5, 6),
            pause(at(0, 12), "box", 6, 2),
        ]
    )
    result = stress_by_pattern(history)
    assert [p.pattern for p in result] == ["box", "coherent", "alpha", "zen"]
    assert result[2] == PatternStress("alpha", 1, 5.0, 6.0, 1.0)


def test_stress_by_pattern_of_no_breaks_is_empty() -> None:
    assert stress_by_pattern(History()) == ()


# --- breaks per week -------------------------------------------------------------------


def test_breaks_per_week_counts_offers_and_completed_breaks() -> None:
    history = History.of(
        prompts=[
            prompt(at(0, 9), PromptKind.BREAK),
            prompt(at(0, 10), PromptKind.RESET),
            prompt(at(1, 9), PromptKind.MICRO_BREAK),
            prompt(at(4, 17), PromptKind.WIND_DOWN),
            prompt(at(2, 9), PromptKind.REFLECT),  # not a break offer
            prompt(at(4, 15), PromptKind.CHECKIN),  # nor this
            prompt(at(14, 9), PromptKind.BREAK),  # 2026-W49
        ],
        breaks=[
            pause(at(0, 9, 5)),
            pause(at(1, 9, 5), outcome=BreakOutcome.SKIPPED),
            pause(at(3, 12)),  # from the menu: taken, not prompted
            pause(at(14, 9, 5)),
            pause(at(-1, 9)),  # Sunday of 2026-W46
        ],
    )
    weeks = ["2026-W46", "2026-W47", "2026-W48", "2026-W49"]
    assert breaks_per_week(history, weeks) == BreaksPerWeek(
        weeks=tuple(weeks), prompted=(0, 4, 0, 1), taken=(1, 2, 0, 1)
    )
    assert breaks_per_week(history, []) == BreaksPerWeek((), (), ())


kinds = st.sampled_from(list(PromptKind))
offsets = st.integers(0, 21 * 24 * 60)


@settings(max_examples=50, deadline=None)
@given(
    st.lists(st.tuples(offsets, kinds), max_size=20),
    st.lists(st.tuples(offsets, st.booleans()), max_size=20),
)
def test_breaks_per_week_agrees_with_the_weekly_indicators(
    prompts: list[tuple[int, PromptKind]], breaks: list[tuple[int, bool]]
) -> None:
    start = MONDAY - timedelta(days=3)
    history = History.of(
        prompts=[prompt(start + timedelta(minutes=m), kind) for m, kind in prompts],
        breaks=[
            pause(
                start + timedelta(minutes=m),
                outcome=BreakOutcome.COMPLETED if done else BreakOutcome.SKIPPED,
            )
            for m, done in breaks
        ],
    )
    weeks = weeks_in(start.date(), (start + timedelta(days=21)).date())
    chart = breaks_per_week(history, weeks)
    for week, prompted, taken in zip(chart.weeks, chart.prompted, chart.taken, strict=True):
        indicators = weekly_indicators(history, week)
        assert (prompted, taken) == (indicators.breaks_prompted, indicators.breaks_taken)


# --- check-ins by week -----------------------------------------------------------------


def test_checkin_by_week_takes_the_latest_of_each_week() -> None:
    history = History.of(
        checkins=[
            checkin(at(4, 15), 75),
            checkin(at(1, 12), 0),  # earlier the same week: replaced
            checkin(at(6, 23, 30), 50),  # Sunday night, still 2026-W47: the latest
            checkin(at(-3, 15), 25),  # 2026-W46
            checkin(at(18, 15), 100, parts="pw"),  # 2026-W49, customer part unanswered
        ]
    )
    assert checkin_by_week(history) == (
        CheckinPoint("2026-W46", 25.0, 25.0, 25.0),
        CheckinPoint("2026-W47", 50.0, 50.0, 50.0),
        CheckinPoint("2026-W49", 100.0, 100.0, None),
    )


def test_checkin_by_week_scores_a_part_as_the_mean_of_its_items() -> None:
    answers = {"p1": 0, "p2": 25, "p3": 50, "p4": 100, "w1": 75, "w2": 75, "c1": 100}
    history = History.of(checkins=[CheckIn(id="k", created_at=at(4, 15), answers=answers)])
    assert checkin_by_week(history) == (CheckinPoint("2026-W47", 43.8, None, None),)


# --- all of it for one range -----------------------------------------------------------


def test_series_for_counts_only_the_days_of_the_range() -> None:
    history = History.of(
        calls=[call(at(2, 9), 3), call(at(3, 9), 4), call(at(8, 9), 1)],
        breaks=[pause(at(2, 10), "box", 6, 3), pause(at(3, 10), "box", 8, 2)],
        prompts=[prompt(at(2, 10), PromptKind.BREAK), prompt(at(3, 10), PromptKind.BREAK)],
        checkins=[checkin(at(2, 15), 25), checkin(at(4, 15), 75)],
    )
    # Thursday of 2026-W47 to Wednesday of 2026-W48.
    result = series_for(history, date(2026, 11, 19), date(2026, 11, 25))
    assert result.weeks == ("2026-W47", "2026-W48")
    assert result.calls.totals == (1, 0, 0, 0, 0, 1, 0)
    assert result.calls.by_difficulty[4] == (1, 0, 0, 0, 0, 0, 0)
    assert result.calls.by_difficulty[1] == (0, 0, 0, 0, 0, 1, 0)
    assert result.stress == (PatternStress("box", 1, 8.0, 2.0, -6.0),)
    assert result.breaks == BreaksPerWeek(("2026-W47", "2026-W48"), (1, 0), (1, 0))
    assert result.checkins == (CheckinPoint("2026-W47", 75.0, 75.0, 75.0),)
