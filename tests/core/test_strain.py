"""The strain level; its wording is tested with the tray's text (tests/ui/test_strain_text.py)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from wellbeing.core.history import History
from wellbeing.core.records import Break, BreakOutcome, Call, new_id
from wellbeing.core.settings import Settings
from wellbeing.core.strain import (
    StrainLevel,
    StrainState,
    minutes_since_break,
    strain,
)

NOW = datetime(2026, 11, 23, 10, tzinfo=UTC)


def call(minutes_ago: float, difficulty: int = 4, tags: Iterable[str] = ()) -> Call:
    return Call.create(
        ended_at=NOW - timedelta(minutes=minutes_ago), difficulty=difficulty, tags=tags
    )


def pause(minutes_ago: float, seconds: int = 120, completed: bool = True) -> Break:
    started = NOW - timedelta(minutes=minutes_ago) - timedelta(seconds=seconds)
    outcome = BreakOutcome.COMPLETED if completed else BreakOutcome.SKIPPED
    return Break(new_id(), started, "box", seconds, seconds, outcome)


def level(*records: Call | Break, settings: Settings | None = None) -> StrainLevel:
    calls = [r for r in records if isinstance(r, Call)]
    breaks = [r for r in records if isinstance(r, Break)]
    return strain(History.of(calls, breaks), settings or Settings(), NOW).level


def state(**overrides: object) -> StrainState:
    values: dict[str, object] = {
        "level": StrainLevel.CALM,
        "streak": 0,
        "severe_since_break": False,
        "last_break_end": None,
        "on_call": False,
        "paused_until": None,
    }
    values.update(overrides)
    return StrainState(**values)  # type: ignore[arg-type]


def test_calm_without_difficult_calls() -> None:
    assert level() is StrainLevel.CALM
    assert level(call(30), call(10, difficulty=2)) is StrainLevel.CALM


def test_elevated_from_one_difficult_call() -> None:
    assert level(call(10)) is StrainLevel.ELEVATED
    assert level(call(20), call(10, difficulty=1, tags=["escalated"])) is StrainLevel.ELEVATED


def test_high_at_the_threshold_from_settings() -> None:
    two = (call(20), call(10))
    assert level(*two) is StrainLevel.ELEVATED
    assert level(*two, settings=Settings(streak_threshold=2)) is StrainLevel.HIGH
    assert level(call(30), *two) is StrainLevel.HIGH


def test_high_after_a_severe_call_until_a_completed_break() -> None:
    severe = call(30, difficulty=5)
    assert level(severe) is StrainLevel.HIGH
    assert level(severe, call(10, difficulty=1)) is StrainLevel.HIGH
    assert level(severe, pause(5, completed=False)) is StrainLevel.HIGH
    assert level(severe, pause(5)) is StrainLevel.CALM


def test_abusive_tag_is_severe() -> None:
    assert level(call(5, difficulty=2, tags=["abusive"])) is StrainLevel.HIGH


def test_completed_break_resets_the_streak() -> None:
    s = strain(History.of([call(30), call(20), call(10)], [pause(5)]), Settings(), NOW)
    assert (s.level, s.streak) == (StrainLevel.CALM, 0)
    assert s.last_break_end == NOW - timedelta(minutes=5)


def test_paused_wins_but_the_numbers_remain() -> None:
    history = History.of([call(30), call(20), call(10)])
    s = strain(history, Settings(), NOW, paused_until=NOW + timedelta(minutes=30))
    assert s.level is StrainLevel.PAUSED
    assert s.streak == 3
    assert s.paused_until == NOW + timedelta(minutes=30)


def test_a_pause_that_has_ended_is_no_pause() -> None:
    for until in (NOW, NOW - timedelta(minutes=1)):
        s = strain(History.of([call(10)]), Settings(), NOW, paused_until=until)
        assert s.level is StrainLevel.ELEVATED
        assert s.paused_until is None


def test_on_call_is_reported() -> None:
    assert strain(History(), Settings(), NOW, on_call=True).on_call


def test_calls_after_now_do_not_count() -> None:
    assert level(call(-10)) is StrainLevel.CALM


def test_minutes_since_break() -> None:
    assert minutes_since_break(state(), NOW) is None
    last = NOW - timedelta(minutes=52, seconds=40)
    assert minutes_since_break(state(last_break_end=last), NOW) == 52
    assert minutes_since_break(state(last_break_end=NOW + timedelta(minutes=1)), NOW) == 0


events = st.lists(
    st.tuples(st.integers(0, 600), st.integers(1, 5), st.booleans(), st.booleans()),
    max_size=30,
)


@given(events)
def test_streak_never_exceeds_calls_since_the_last_completed_break(
    items: list[tuple[int, int, bool, bool]],
) -> None:
    calls = [call(m, difficulty=d) for m, d, is_break, _ in items if not is_break]
    breaks = [pause(m, completed=done) for m, _, is_break, done in items if is_break]
    s = strain(History.of(calls, breaks), Settings(), NOW)
    since = [c for c in calls if s.last_break_end is None or c.ended_at > s.last_break_end]
    assert 0 <= s.streak <= len(since)
    assert (s.level is StrainLevel.CALM) == (s.streak == 0 and not s.severe_since_break)
