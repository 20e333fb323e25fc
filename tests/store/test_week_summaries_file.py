"""The store keeps week summaries privately and rebuilds a week when its file changes."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

from wellbeing.core.records import Call
from wellbeing.core.stats import from_totals, summarize
from wellbeing.store.store import Store

NOW = datetime(2026, 11, 23, 15, tzinfo=UTC)


def _call(days_ago: float, difficulty: int) -> Call:
    return Call.create(ended_at=NOW - timedelta(days=days_ago), difficulty=difficulty)


def test_stats_from_summaries_follow_every_change_of_a_week(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    store.calls.add_many([_call(days, 2 + days % 3) for days in range(0, 30, 2)])
    assert from_totals(store.totals(), NOW) == summarize(store.history(), NOW)
    latest = _call(0.01, 5)
    store.calls.add(latest)
    assert from_totals(store.totals(), NOW) == summarize(store.history(), NOW)
    store.calls.delete(latest.id)
    assert from_totals(store.totals(), NOW).calls == 15


def test_summaries_are_private_and_purged_with_the_records(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    store.calls.add(_call(1, 4))
    store.totals()
    summaries = sorted((tmp_path / "summaries").iterdir())
    assert [path.suffix for path in summaries] == [".events", ".json"]
    if os.name == "posix":
        assert {stat.S_IMODE(path.stat().st_mode) for path in summaries} == {0o600}
    store.purge()
    assert not any(path.exists() for path in summaries)
    assert store.totals().calls == 0


def test_an_unreadable_summary_is_rebuilt(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    store.calls.add(_call(1, 4))
    store.totals()
    (tmp_path / "summaries" / "calls.json").write_text("{not json")
    assert store.totals().calls == 1


def test_stats_survive_a_lost_events_file(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    store.calls.add_many([_call(days, 4) for days in range(5)])
    expected = from_totals(store.totals(), NOW)
    for events in (tmp_path / "summaries").glob("*.events"):
        events.unlink()
    assert from_totals(store.totals(), NOW) == expected


def test_a_rebuild_leaves_one_events_file(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    for days in range(3):
        store.calls.add(_call(days * 8, 4))
        store.totals()
    assert len(list((tmp_path / "summaries").glob("*.events"))) == 1
