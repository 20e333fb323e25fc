"""The history window's loader: what it reads, and that it agrees with the core."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from wellbeing.core import journal, series
from wellbeing.core.history import History
from wellbeing.core.records import Break, BreakOutcome, Call, Reflection, Tag
from wellbeing.services import history_view
from wellbeing.services.history_view import RECENT_DAYS, Range
from wellbeing.store.store import Store

NOW = datetime(2026, 11, 20, 16, 0, tzinfo=UTC)
TODAY = NOW.date()


def call(call_id: str, days_ago: int, difficulty: int, *tags: Tag) -> Call:
    return Call(
        id=call_id,
        ended_at=NOW - timedelta(days=days_ago, hours=1),
        difficulty=difficulty,
        tags=tuple(tags),
    )


def a_break(break_id: str, days_ago: int, before: int, after: int) -> Break:
    return Break(
        id=break_id,
        started_at=NOW - timedelta(days=days_ago, hours=2),
        pattern="box",
        planned_s=120,
        completed_s=120,
        outcome=BreakOutcome.COMPLETED,
        stress_before=before,
        stress_after=after,
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    made = Store.open(tmp_path / "data")
    made.import_history(
        History.of(
            calls=[
                call("old", 400, 5, Tag.ABUSIVE),
                call("older90", 120, 2),
                call("edge", RECENT_DAYS - 1, 4, Tag.ESCALATED),
                call("recent", 3, 3),
                call("today", 0, 1),
            ],
            breaks=[a_break("b-old", 200, 8, 4), a_break("b-new", 2, 6, 3)],
            reflections=[
                Reflection(
                    id="r1", created_at=NOW - timedelta(days=3), call_id="recent", journal="ok"
                )
            ],
        )
    )
    return made


def test_the_first_load_reads_only_the_last_90_days(store: Store) -> None:
    data = history_view.load_history_view_data(store, NOW, RECENT_DAYS)
    assert not data.complete
    assert data.since == TODAY - timedelta(days=RECENT_DAYS - 1)
    assert [c.id for c in data.history.calls] == ["edge", "recent", "today"]
    assert [b.id for b in data.history.breaks] == ["b-new"]
    assert data.whole is data.recent  # the same range, computed once
    assert data.covers(data.since)
    assert not data.covers(data.since - timedelta(days=1))


def test_the_full_load_reads_everything_and_agrees_with_the_core(store: Store) -> None:
    everything = store.history()
    data = history_view.load_history_view_data(store, NOW)
    assert data.complete and data.since is None
    assert data.covers(date(1990, 1, 1))
    first = TODAY - timedelta(days=400)
    assert data.whole == series.series_for(everything, first, TODAY)
    recent_first = TODAY - timedelta(days=RECENT_DAYS - 1)
    assert data.recent == series.series_for(everything, recent_first, TODAY)
    assert data.entries == journal.entries(everything)


def test_recent_series_are_the_same_from_a_partial_or_a_full_load(store: Store) -> None:
    partial = history_view.load_history_view_data(store, NOW, RECENT_DAYS)
    full = history_view.load_history_view_data(store, NOW)
    assert partial.recent == full.recent
    for chosen in (Range.LAST_30, Range.LAST_90):
        assert history_view.series_of(chosen, partial) == history_view.series_of(chosen, full)


def test_ranges_end_today(tmp_path: Path) -> None:
    data = history_view.load_history_view_data(Store.open(tmp_path), NOW, RECENT_DAYS)
    assert history_view.range_first(Range.LAST_30, data) == TODAY - timedelta(days=29)
    assert history_view.range_first(Range.LAST_90, data) == TODAY - timedelta(days=89)
    assert history_view.range_first(Range.THIS_YEAR, data) == date(2026, 1, 1)
    assert history_view.range_first(Range.ALL, data) is None


def test_an_empty_store_gives_empty_series(tmp_path: Path) -> None:
    data = history_view.load_history_view_data(Store.open(tmp_path), NOW)
    assert data.entries == []
    assert data.whole.first == data.whole.last == TODAY
    assert sum(data.whole.calls.totals) == 0


def test_without_drops_a_call_and_unlinks_its_reflection(store: Store) -> None:
    data = history_view.load_history_view_data(store, NOW)
    assert next(e for e in data.entries if e.id == "r1").difficulty == 3
    after = history_view.without(data, "calls", "recent")
    assert "recent" not in {c.id for c in after.history.calls}
    assert next(e for e in after.entries if e.id == "r1").difficulty is None
    assert sum(after.whole.calls.totals) == sum(data.whole.calls.totals) - 1
    assert after.recent == series.series_for(after.history, data.recent.first, TODAY)


def test_without_a_break_changes_the_stress_series(store: Store) -> None:
    data = history_view.load_history_view_data(store, NOW, RECENT_DAYS)
    assert [s.n for s in data.recent.stress] == [1]
    after = history_view.without(data, "breaks", "b-new")
    assert after.recent.stress == ()
    assert after.whole is after.recent
