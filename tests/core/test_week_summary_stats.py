"""``stats`` from week summaries says exactly what the full computation says:
counts add up, and streaks cross week ends, shift gaps and breaks as
``classify`` counts them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

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
    new_id,
)
from wellbeing.core.stats import from_totals, summarize
from wellbeing.core.summary import (
    Totals,
    combine,
    of_breaks,
    of_calls,
    of_prompts,
    of_reflections,
)
from wellbeing.store.weeks import week_file_name, week_monday

START = datetime(2026, 10, 26, tzinfo=UTC)  # a Monday
SPAN_MIN = 60 * 24 * 21

offsets = st.integers(-12, 14).map(lambda hours: timezone(timedelta(hours=hours)))


def _moment(minutes: int, zone: timezone) -> datetime:
    return (START + timedelta(minutes=minutes)).astimezone(zone)


calls = st.lists(
    st.tuples(
        st.integers(0, SPAN_MIN),
        offsets,
        st.one_of(st.integers(1, 5), st.none()),  # None: a call not rated yet
        st.lists(st.sampled_from(list(Tag)), max_size=2),
    ),
    max_size=60,
    unique_by=lambda item: item[0],
).map(
    lambda items: [
        Call.create(ended_at=_moment(m, zone), difficulty=d, tags=tags if d else ())
        for m, zone, d, tags in items
    ]
)

breaks = st.lists(
    st.tuples(
        st.integers(-60, SPAN_MIN), offsets, st.integers(0, 600), st.booleans(), st.integers(0, 10)
    ),
    max_size=15,
).map(
    lambda items: [
        Break(
            new_id(),
            _moment(m, zone),
            "box",
            600,
            seconds,
            BreakOutcome.COMPLETED if done else BreakOutcome.SKIPPED,
            stress_before=stress,
        )
        for m, zone, seconds, done, stress in items
    ]
)

prompts = st.lists(
    st.tuples(st.integers(0, SPAN_MIN), st.sampled_from(list(PromptKind))), max_size=8
).map(
    lambda items: [
        Prompt(new_id(), kind, _moment(m, UTC), Reason(ReasonCode.MICRO_BREAK)) for m, kind in items
    ]
)

reflections = st.lists(
    st.tuples(st.integers(0, SPAN_MIN), st.none() | st.integers(0, 10)), max_size=6
).map(lambda items: [Reflection(new_id(), _moment(m, UTC), stress=s) for m, s in items])


def by_week(records: Sequence[Call | Break | Prompt | Reflection]) -> dict[date, list[object]]:
    """The records grouped by the week file the store keeps them in."""
    weeks: defaultdict[date, list[object]] = defaultdict(list)
    for record in records:
        monday = week_monday(week_file_name(record.at))
        assert monday is not None
        weeks[monday].append(record)
    return weeks


def totals_of(history: History) -> Totals:
    parts = [of_calls(week, monday) for monday, week in by_week(history.calls).items()]  # type: ignore[arg-type]
    parts += [of_breaks(week) for week in by_week(history.breaks).values()]  # type: ignore[arg-type]
    parts += [of_prompts(week) for week in by_week(history.prompts).values()]  # type: ignore[arg-type]
    parts += [of_reflections(week) for week in by_week(history.reflections).values()]  # type: ignore[arg-type]
    return combine(parts)


@settings(max_examples=300, deadline=None)
@given(
    calls, breaks, prompts, reflections, st.integers(-60, SPAN_MIN + 60 * 24), st.integers(2, 16)
)
def test_stats_from_week_summaries_equal_the_full_computation(
    call_list: list[Call],
    break_list: list[Break],
    prompt_list: list[Prompt],
    reflection_list: list[Reflection],
    now_minutes: int,
    gap_hours: int,
) -> None:
    """For every shift gap an agent may choose (Settings: 2 to 16 hours)."""
    history = History.of(
        calls=call_list, breaks=break_list, prompts=prompt_list, reflections=reflection_list
    )
    now = START + timedelta(minutes=now_minutes)
    gap = timedelta(hours=gap_hours)
    assert from_totals(totals_of(history), now, gap) == summarize(history, now, gap=gap)


def test_a_streak_runs_across_a_week_end_and_a_break_ends_it() -> None:
    sunday_night = datetime(2026, 11, 1, 23, 50, tzinfo=UTC)
    hard = [
        Call.create(ended_at=sunday_night + timedelta(minutes=5 * n), difficulty=4)
        for n in range(4)
    ]
    history = History.of(calls=hard)
    now = sunday_night + timedelta(minutes=30)
    stats = from_totals(totals_of(history), now)
    assert (stats.current_streak, stats.max_streak) == (4, 4)
    rest = Break(new_id(), now, "box", 60, 60, BreakOutcome.COMPLETED)
    later = now + timedelta(minutes=2)
    after_break = from_totals(totals_of(History.of(calls=hard, breaks=[rest])), later)
    assert (after_break.current_streak, after_break.max_streak) == (0, 4)


def test_a_plain_week_keeps_only_the_ends_of_its_runs() -> None:
    """Years of summaries stay small: the middle of a run of routine calls is dropped."""
    wednesday = datetime(2026, 11, 4, 9, tzinfo=UTC)
    routine = [
        Call.create(ended_at=wednesday + timedelta(minutes=5 * n), difficulty=2) for n in range(50)
    ]
    totals = of_calls(routine, date(2026, 11, 2))
    assert totals.calls == 50
    assert len(totals.events or []) == 2


def test_calls_at_one_moment_count_the_same_in_summaries_and_in_full() -> None:
    """Minute-resolution ``--at`` times make ties: a difficult call logged before a
    routine one at 15:10 must not end the streak in one count and not the other."""
    tie = datetime(2026, 11, 4, 15, 10, tzinfo=UTC)
    history = History.of(
        calls=[
            Call.create(ended_at=tie - timedelta(minutes=200), difficulty=4),
            Call.create(ended_at=tie, difficulty=5),
            Call.create(ended_at=tie, difficulty=None),
            Call.create(ended_at=tie, difficulty=1),
        ],
    )
    now = tie + timedelta(minutes=5)
    assert from_totals(totals_of(history), now) == summarize(history, now)


ties = st.lists(
    st.tuples(st.sampled_from([0, 30, 400, 405]), st.one_of(st.integers(1, 5), st.none())),
    max_size=12,
).map(
    lambda items: [
        Call.create(ended_at=START + timedelta(minutes=m), difficulty=d) for m, d in items
    ]
)


@settings(max_examples=200, deadline=None)
@given(ties, st.lists(st.sampled_from([0, 30, 400]), max_size=3), st.integers(0, 800))
def test_ties_read_the_same_in_summaries_and_in_full(
    call_list: list[Call], break_minutes: list[int], now_minutes: int
) -> None:
    break_list = [
        Break(new_id(), START + timedelta(minutes=m), "box", 60, 60, BreakOutcome.COMPLETED)
        for m in break_minutes
    ]
    history = History.of(calls=call_list, breaks=break_list)
    now = START + timedelta(minutes=now_minutes)
    assert from_totals(totals_of(history), now) == summarize(history, now)


def test_a_week_s_events_are_in_order_even_when_calls_tie() -> None:
    """The walk over the events and its binary searches rely on sorted events; a
    week read again in another UTC offset is sorted by value, so the order of
    ties must be the value's order from the start (routine, difficult, unrated)."""
    tie = datetime(2026, 11, 4, 15, 10, tzinfo=UTC)
    calls = [
        Call.create(ended_at=tie, difficulty=5),
        Call.create(ended_at=tie, difficulty=None),
        Call.create(ended_at=tie, difficulty=1),
    ]
    events = list(of_calls(calls, date(2026, 11, 2)).events)
    assert events == sorted(events)
